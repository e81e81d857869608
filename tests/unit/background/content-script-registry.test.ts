import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PILLAR_SCRIPTS, syncContentScripts } from '../../../entrypoints/background/content-script-registry';
import { defaultSettings } from '../../../lib/settings/defaults';
import type { Settings } from '../../../lib/settings/schema';

interface Registered {
  id: string;
  matches?: string[];
  js?: string[];
  runAt?: string;
  allFrames?: boolean;
}

let registered: Registered[];
let granted: Set<string>;

beforeEach(() => {
  registered = [];
  granted = new Set();
  // The fake browser has no scripting or permissions: keep them in memory here.
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async ({ origins }) =>
    (origins ?? []).every((origin) => granted.has(origin)),
  );
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(async () => structuredClone(registered) as never);
  vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation(async (scripts) => {
    registered.push(...(structuredClone(scripts) as Registered[]));
  });
  vi.spyOn(fakeBrowser.scripting, 'updateContentScripts').mockImplementation(async (scripts) => {
    for (const update of scripts as Registered[])
      Object.assign(
        registered.find((entry) => entry.id === update.id)!,
        update,
      );
  });
  vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation(async (filter) => {
    registered = registered.filter((entry) => !filter?.ids?.includes(entry.id));
  });
});

function settingsWith(sites: Settings['sites']): Settings {
  return { ...defaultSettings(), sites };
}

const ids = () => registered.map((entry) => entry.id).sort();

describe('syncContentScripts', () => {
  test('registers each pillar only for switched-on sites whose permission is granted', async () => {
    granted.add('https://*.recruitee.com/*');
    await syncContentScripts(
      settingsWith([
        { match: 'https://*.recruitee.com/*', vacancy: true, screening: true, checklist: false },
        { match: 'https://werkenbij.acme.nl/*', vacancy: true, screening: false, checklist: false }, // no permission
      ]),
    );
    expect(ids()).toEqual([PILLAR_SCRIPTS.screening!.id, PILLAR_SCRIPTS.vacancy!.id].sort());
    for (const entry of registered) expect(entry.matches).toEqual(['https://*.recruitee.com/*']);
    // Blind screening must run before the page paints, in every frame.
    expect(registered.find((entry) => entry.id === PILLAR_SCRIPTS.screening!.id)).toMatchObject({
      runAt: 'document_start',
      allFrames: true,
    });
  });

  test('follows changes: new sites are added, switched-off pillars are unregistered', async () => {
    granted.add('https://*.recruitee.com/*').add('http://127.0.0.1/*');
    await syncContentScripts(settingsWith([{ match: 'https://*.recruitee.com/*', vacancy: true, screening: true, checklist: true }]));
    await syncContentScripts(
      settingsWith([
        { match: 'https://*.recruitee.com/*', vacancy: true, screening: false, checklist: false },
        { match: 'http://127.0.0.1/*', vacancy: true, screening: false, checklist: false },
      ]),
    );
    expect(ids()).toEqual([PILLAR_SCRIPTS.vacancy!.id]);
    expect(registered[0]!.matches).toEqual(['https://*.recruitee.com/*', 'http://127.0.0.1/*']);
  });

  test('nothing is registered when every pillar is off', async () => {
    granted.add('https://*.recruitee.com/*');
    await syncContentScripts(settingsWith([{ match: 'https://*.recruitee.com/*', vacancy: false, screening: false, checklist: false }]));
    expect(registered).toEqual([]);
  });

  test('a failing browser call is reported, not thrown, and later syncs still run', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    granted.add('https://*.recruitee.com/*');
    vi.mocked(fakeBrowser.scripting.registerContentScripts).mockRejectedValueOnce(new Error('boom'));
    await syncContentScripts(settingsWith([{ match: 'https://*.recruitee.com/*', vacancy: true, screening: false, checklist: false }]));
    expect(error).toHaveBeenCalled();
    await syncContentScripts(settingsWith([{ match: 'https://*.recruitee.com/*', vacancy: true, screening: false, checklist: false }]));
    expect(ids()).toEqual([PILLAR_SCRIPTS.vacancy!.id]);
  });

  test('leaves an unchanged registration alone and updates one whose sites changed', async () => {
    granted.add('https://*.recruitee.com/*');
    granted.add('https://*.homerun.co/*');
    const recruitee = { match: 'https://*.recruitee.com/*', vacancy: false, screening: true, checklist: false };
    await syncContentScripts(settingsWith([recruitee]));
    const update = vi.mocked(fakeBrowser.scripting.updateContentScripts);
    update.mockClear();
    await syncContentScripts(settingsWith([recruitee]));
    expect(update).not.toHaveBeenCalled();
    await syncContentScripts(settingsWith([recruitee, { ...recruitee, match: 'https://*.homerun.co/*' }]));
    expect(update).toHaveBeenCalledTimes(1);
    expect(registered.find((entry) => entry.id === PILLAR_SCRIPTS.screening!.id)?.matches?.sort()).toEqual([
      'https://*.homerun.co/*',
      'https://*.recruitee.com/*',
    ]);
  });
});
