import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SCREENING_PANEL_FILE, screeningHandlers } from '../../../entrypoints/background/screening-handlers';
import { screeningMessages } from '../../../lib/messages/screening-messages';
import { routeMessage, type Handlers } from '../../../lib/messages/router';
import { updateSettings } from '../../../lib/settings/store';

const LINKEDIN = 'https://www.linkedin.com/talent/hire/1/discover/applicants';
const contentSender = (url: string, frameId = 0) => ({ id: 'ext', url, frameId, tab: { id: 7, url } }) as never;

async function switchScreeningOn(match: string): Promise<void> {
  await updateSettings((settings) => {
    settings.sites = [
      ...settings.sites.filter((site) => site.match !== match),
      { match, vacancy: false, screening: true, checklist: false } as never,
    ];
  });
}

describe('Blind screenen background: session and panel script', () => {
  const executeScript = vi.fn(async () => []);

  beforeEach(() => {
    fakeBrowser.i18n.getUILanguage = () => 'nl-NL';
    executeScript.mockClear();
    (fakeBrowser as unknown as { scripting: { executeScript: typeof executeScript } }).scripting = { executeScript };
  });

  it('sends the adapter for the sender URL with the session, in the wire shape', async () => {
    await switchScreeningOn('https://www.linkedin.com/*');
    const session = await screeningHandlers['screening:session']({}, contentSender(LINKEDIN));
    expect(screeningMessages['screening:session'].response.parse(session)).toEqual(session);
    expect(session.active).toBe(true);
    expect(session.adapter.id).toBe('linkedin');
    expect(session.adapter.names.length).toBeGreaterThan(0);
    expect(session.secret).toMatch(/^[0-9a-f]{64}$/u);
  });

  it('gives the generic adapter and no secret where screening is off, and ignores a requested adapter in the store build', async () => {
    const session = await screeningHandlers['screening:session'](
      { adapter: 'linkedin' },
      contentSender('https://ats.example.org/candidates'),
    );
    expect(session.active).toBe(false);
    expect(session.secret).toBeUndefined();
    expect(session.adapter.id).toBe('generic');
  });

  it('runs the panel script only in the frame that asked, and only where screening is on', async () => {
    await switchScreeningOn('https://www.linkedin.com/*');
    await expect(screeningHandlers['screening:panel']({}, contentSender(LINKEDIN, 3))).resolves.toEqual({ loaded: true });
    expect(executeScript).toHaveBeenCalledTimes(1);
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [3] }, files: [SCREENING_PANEL_FILE] });

    await expect(screeningHandlers['screening:panel']({}, contentSender('https://elsewhere.example/'))).rejects.toThrow(/not switched on/u);
    await expect(screeningHandlers['screening:panel']({}, { id: 'ext', url: LINKEDIN } as never)).rejects.toThrow(/tab/u);
    expect(executeScript).toHaveBeenCalledTimes(1);
  });

  it('refuses the panel request from an extension page or another extension at the router', async () => {
    await switchScreeningOn('https://www.linkedin.com/*');
    const context = { extensionId: 'ext', extensionOrigin: 'chrome-extension://ext/' };
    const handlers = screeningHandlers as unknown as Handlers;
    const message = { channel: 'eerlijk-werven', type: 'screening:panel', payload: {} };
    const fromPage = await routeMessage(message, { id: 'ext', url: 'chrome-extension://ext/dashboard.html' } as never, handlers, context);
    const fromOther = await routeMessage(message, { id: 'other', url: LINKEDIN, tab: { id: 7 } } as never, handlers, context);
    expect(fromPage).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(fromOther).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(executeScript).not.toHaveBeenCalled();
    const fromContent = await routeMessage(message, contentSender(LINKEDIN), handlers, context);
    expect(fromContent).toEqual({ ok: true, data: { loaded: true } });
  });

  it('refuses a pause from an extension page at the router (it has no tab URL to pause)', async () => {
    await switchScreeningOn('https://www.linkedin.com/*');
    const context = { extensionId: 'ext', extensionOrigin: 'chrome-extension://ext/' };
    const message = { channel: 'eerlijk-werven', type: 'screening:pause', payload: { paused: true } };
    const fromPage = await routeMessage(
      message,
      { id: 'ext', url: 'chrome-extension://ext/dashboard.html' } as never,
      screeningHandlers as unknown as Handlers,
      context,
    );
    expect(fromPage).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(screeningMessages['screening:pause'].from).toEqual(['content']);
  });
});
