import { describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadBundledPack } from '../../../lib/checklist-store/bundled-pack';
import { applyPolicy, isLocked, locksOf } from '../../../lib/settings/apply-policy';
import { defaultSettings } from '../../../lib/settings/defaults';
import { readManagedPolicy } from '../../../lib/settings/managed-policy';
import { SETTINGS_KEY } from '../../../lib/settings/schema';
import { isManagedUrl, isPillarOn } from '../../../lib/settings/site-lookup';
import { loadSettings, updateSettings } from '../../../lib/settings/store';
import { readFixture } from '../checklist/helpers';

const acme = { match: 'https://*.acme.nl/*', vacancy: true, screening: true, checklist: false };

describe('reading a managed policy', () => {
  test('no policy is an empty policy without problems', () => {
    expect(readManagedPolicy(undefined)).toEqual({ policy: {}, problems: [] });
  });

  test('a complete policy is read as written', () => {
    const pack = JSON.parse(readFixture('valid-school-pack.json'));
    const { policy, problems } = readManagedPolicy({
      language: 'en',
      sites: [acme],
      hiddenMarkers: ['names', 'photos'],
      checklistPack: pack,
      reviewEveryDays: 60,
    });
    expect(problems).toEqual([]);
    expect(policy).toMatchObject({ language: 'en', sites: [acme], hiddenMarkers: ['names', 'photos'], reviewEveryDays: 60 });
    expect(policy.checklistPack?.id).toBe(pack.id);
  });

  test('lists and the pack may come as JSON text (Windows registry, macOS plist)', () => {
    const pack = readFixture('valid-school-pack.json');
    const { policy, problems } = readManagedPolicy({ sites: JSON.stringify([acme]), hiddenMarkers: '["birth"]', checklistPack: pack });
    expect(problems).toEqual([]);
    expect(policy.sites).toEqual([acme]);
    expect(policy.hiddenMarkers).toEqual(['birth']);
    expect(policy.checklistPack?.sections.length).toBeGreaterThan(0);
  });

  test('values of the wrong type are left out and reported; the rest applies', () => {
    const { policy, problems } = readManagedPolicy({
      language: 'fr',
      sites: 'all of them',
      hiddenMarkers: ['names', 'shoe-size', 3],
      checklistPack: { id: 'not-a-pack' },
      reviewEveryDays: '30',
      reviewEverydays: 30,
    });
    expect(policy).toEqual({ hiddenMarkers: ['names'] });
    expect(problems).toEqual([
      { path: 'reviewEverydays', kind: 'unknown-key' },
      { path: 'language', kind: 'invalid' },
      { path: 'sites', kind: 'invalid' },
      { path: 'hiddenMarkers[1]', kind: 'invalid' },
      { path: 'hiddenMarkers[2]', kind: 'invalid' },
      { path: 'checklistPack', kind: 'invalid' },
      { path: 'reviewEveryDays', kind: 'invalid' },
    ]);
  });

  test('a broken site entry is dropped, the valid ones stay (first one wins per pattern)', () => {
    const { policy, problems } = readManagedPolicy({
      sites: [acme, { match: 'not a pattern', vacancy: true }, { ...acme, vacancy: false }],
    });
    expect(policy.sites).toEqual([acme]);
    expect(problems).toEqual([{ path: 'sites[1]', kind: 'invalid' }]);
  });

  test('a policy that is not an object is reported as a whole', () => {
    expect(readManagedPolicy(['language', 'nl'])).toEqual({ policy: {}, problems: [{ path: '', kind: 'not-an-object' }] });
  });
});

describe('applying a policy', () => {
  test('managed values win, and the user keeps the rest', () => {
    const local = defaultSettings();
    local.language = 'nl';
    local.screening.hidden = { names: false, email: false };
    local.sites.push({ match: 'https://*.acme.nl/*', vacancy: false, screening: false, checklist: true });
    const merged = applyPolicy(local, { language: 'en', sites: [acme], hiddenMarkers: ['names'], reviewEveryDays: 30 });
    expect(merged.language).toBe('en');
    expect(merged.screening.hidden).toEqual({ names: true, email: false });
    expect(merged.checklist.reviewEveryDays).toBe(30);
    expect(merged.sites.filter((site) => site.match === acme.match)).toEqual([{ ...acme, managed: true }]);
    expect(merged.sites.length).toBe(local.sites.length);
  });

  test('a policy site decides for every page it covers, even against a narrower site of the user', () => {
    const local = defaultSettings();
    local.sites.push({ match: 'https://werkenbij.acme.nl/*', vacancy: true, screening: true, checklist: true });
    const merged = applyPolicy(local, { sites: [{ ...acme, checklist: false }] });
    expect(isPillarOn(merged, 'https://werkenbij.acme.nl/vacature', 'checklist')).toBe(false);
    expect(isPillarOn(merged, 'https://werkenbij.acme.nl/vacature', 'vacancy')).toBe(true);
    expect(isManagedUrl(merged, 'https://werkenbij.acme.nl/')).toBe(true);
    expect(isManagedUrl(merged, 'https://jobs.example.org/')).toBe(false);
  });

  test('locks name exactly what the policy sets', () => {
    expect(isLocked(locksOf({}))).toBe(false);
    expect(locksOf({ sites: [acme], hiddenMarkers: ['photos'] })).toEqual({
      language: false,
      sites: [acme.match],
      hiddenMarkers: ['photos'],
      checklistPack: false,
      reviewEveryDays: false,
    });
  });
});

describe('the policy in the settings store', () => {
  test('loadSettings applies the policy and reports its problems; nothing stored changes', async () => {
    await updateSettings((settings) => ({ ...settings, language: 'nl' }));
    const before = await fakeBrowser.storage.local.get(SETTINGS_KEY);
    await fakeBrowser.storage.managed.set({ language: 'en', reviewEveryDays: 'often' });
    const loaded = await loadSettings();
    expect(loaded.settings.language).toBe('en');
    expect(loaded.local.language).toBe('nl');
    expect(loaded.managed.locks.language).toBe(true);
    expect(loaded.managed.problems).toEqual([{ path: 'reviewEveryDays', kind: 'invalid' }]);
    expect(await fakeBrowser.storage.local.get(SETTINGS_KEY)).toEqual(before);
  });

  test('updateSettings never stores the policy values, so lifting the policy gives the user theirs back', async () => {
    await fakeBrowser.storage.managed.set({ sites: [acme], language: 'en' });
    const inForce = await updateSettings((settings) => {
      settings.screening.pausedSites = ['acme.nl'];
    });
    expect(inForce.language).toBe('en');
    const stored = (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as { language: string; sites: { match: string }[] };
    expect(stored.language).toBe('browser');
    expect(stored.sites.some((site) => site.match === acme.match)).toBe(false);
    await fakeBrowser.storage.managed.remove(['sites', 'language']);
    expect((await loadSettings()).settings.language).toBe('browser');
  });

  test("a managed checklist pack takes the bundled pack's place", async () => {
    await fakeBrowser.storage.managed.set({ checklistPack: readFixture('valid-school-pack.json') });
    const pack = await loadBundledPack();
    expect(pack.id).toBe(JSON.parse(readFixture('valid-school-pack.json')).id);
  });
});
