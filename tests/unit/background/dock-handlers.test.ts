import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DOCK_POSITIONS_KEY, dockHandlers } from '../../../entrypoints/background/dock-handlers';
import { dockMessages } from '../../../lib/messages/dock-messages';

const from = (url: string) => ({ id: 'x', url, tab: { id: 1, url } }) as never;
const acme = from('https://werkenbij.acme.nl/vacature/1');

describe('dock positions', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    fakeBrowser.i18n.getUILanguage = () => 'nl-NL';
  });

  it('answers texts in the user language and no place before the user moved it', async () => {
    const reply = await dockHandlers['dock:setup']({}, acme);
    expect(dockMessages['dock:setup'].response.parse(reply)).toEqual(reply);
    expect(reply).toEqual({ texts: expect.objectContaining({ move: 'Balk verplaatsen' }), position: null });
  });

  it('keeps a place per site, taken from the sender, and forgets it on request', async () => {
    expect(await dockHandlers['dock:save-position']({ position: { x: 10, y: 600 } }, acme)).toEqual({ saved: true });
    expect((await dockHandlers['dock:setup']({}, acme)).position).toEqual({ x: 10, y: 600 });
    expect((await dockHandlers['dock:setup']({}, from('https://other.example/'))).position).toBeNull();
    await dockHandlers['dock:save-position']({ position: null }, acme);
    expect((await dockHandlers['dock:setup']({}, acme)).position).toBeNull();
  });

  it('refuses a sender without a page, ignores a broken stored item and keeps at most 200 sites', async () => {
    expect(await dockHandlers['dock:save-position']({ position: { x: 1, y: 1 } }, { id: 'x' } as never)).toEqual({ saved: false });
    await fakeBrowser.storage.local.set({ [DOCK_POSITIONS_KEY]: 'broken' });
    expect((await dockHandlers['dock:setup']({}, acme)).position).toBeNull();
    for (let site = 0; site < 205; site += 1)
      await dockHandlers['dock:save-position']({ position: { x: site, y: 0 } }, from(`https://s${site}.example/`));
    const stored = (await fakeBrowser.storage.local.get(DOCK_POSITIONS_KEY))[DOCK_POSITIONS_KEY] as Record<string, unknown>;
    expect(Object.keys(stored)).toHaveLength(200);
    expect(stored['s0.example']).toBeUndefined();
    expect(stored['s204.example']).toEqual({ x: 204, y: 0 });
  });

  it('refuses positions out of range', () => {
    expect(dockMessages['dock:save-position'].request.safeParse({ position: { x: -1, y: 0 } }).success).toBe(false);
    expect(dockMessages['dock:save-position'].request.safeParse({ position: { x: 1.5, y: 0 } }).success).toBe(false);
  });
});
