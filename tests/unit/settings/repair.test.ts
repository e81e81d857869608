import { describe, expect, test } from 'vitest';
import { defaultSettings } from '../../../lib/settings/defaults';
import { migrateSettings } from '../../../lib/settings/migrate';
import { repairSettings } from '../../../lib/settings/repair';
import { SETTINGS_VERSION } from '../../../lib/settings/schema';
import { KNOWN_SITES } from '../../../lib/sites/known-sites';

describe('repairSettings', () => {
  test('nothing stored gives the defaults without problems', () => {
    expect(repairSettings(undefined)).toEqual({ settings: defaultSettings(), problems: [], readOnly: false });
  });

  test('valid settings come back unchanged', () => {
    const settings = defaultSettings();
    settings.language = 'en';
    settings.sites[0]!.vacancy = false;
    expect(repairSettings(structuredClone(settings))).toEqual({ settings, problems: [], readOnly: false });
  });

  test.each([['a string'], [42], [['an', 'array']], [true]])('a non-object (%j) is replaced by defaults and reported', (stored) => {
    const result = repairSettings(stored);
    expect(result.settings).toEqual(defaultSettings());
    expect(result.problems).toEqual([{ path: '', kind: 'not-an-object' }]);
  });

  test('a bad field is reset while every valid part is kept', () => {
    const stored = {
      version: 1,
      language: 'klingon',
      sites: [
        { match: 'https://werkenbij.acme.nl/*', vacancy: true, screening: false, checklist: true },
        { match: 'not a pattern', vacancy: true },
        'garbage',
      ],
      wording: { ignoredRules: 'nope', ignoredRulesBySite: { 'acme.nl': ['nl.age.jong'] } },
    };
    const { settings, problems, readOnly } = repairSettings(stored);
    expect(readOnly).toBe(false);
    expect(settings.language).toBe('browser');
    expect(settings.sites[0]).toEqual({ match: 'https://werkenbij.acme.nl/*', vacancy: true, screening: false, checklist: true });
    expect(settings.wording).toEqual({ ignoredRules: [], ignoredRulesBySite: { 'acme.nl': ['nl.age.jong'] } });
    expect(problems.map((problem) => problem.path)).toEqual(['language', 'sites[1]', 'sites[2]', 'wording.ignoredRules']);
  });

  test('an administrator can switch a site on with a minimal hand-written item', () => {
    const { settings, problems } = repairSettings({ sites: [{ match: 'http://127.0.0.1/*', screening: true }] });
    expect(problems).toEqual([]);
    expect(settings.sites[0]).toEqual({ match: 'http://127.0.0.1/*', vacancy: false, screening: true, checklist: false });
    // Known sites that were not listed are added with their defaults.
    for (const known of KNOWN_SITES) expect(settings.sites.some((site) => site.match === known.match)).toBe(true);
  });

  test('duplicate patterns keep the first entry', () => {
    const { settings } = repairSettings({
      sites: [
        { match: 'https://a.nl/*', vacancy: true },
        { match: 'https://a.nl/*', vacancy: false },
      ],
    });
    expect(settings.sites.filter((site) => site.match === 'https://a.nl/*')).toEqual([
      { match: 'https://a.nl/*', vacancy: true, screening: false, checklist: false },
    ]);
  });

  test('settings from a newer version are used but marked read-only', () => {
    const result = repairSettings({ version: SETTINGS_VERSION + 1, language: 'en', futureField: 1 });
    expect(result.readOnly).toBe(true);
    expect(result.settings.language).toBe('en');
    expect(result.problems).toContainEqual({ path: 'version', kind: 'newer-version' });
  });
});

describe('migrateSettings', () => {
  test('runs each step from the stored version up to the target, in order', () => {
    const steps = {
      1: (old: Record<string, unknown>) => ({ ...old, version: 2, trail: ['1>2'] }),
      2: (old: Record<string, unknown>) => ({ ...old, version: 3, trail: [...(old.trail as string[]), '2>3'] }),
    };
    expect(migrateSettings({ version: 1 }, 1, 3, steps)).toEqual({ version: 3, trail: ['1>2', '2>3'] });
    expect(migrateSettings({ version: 2, trail: [] }, 2, 3, steps)).toEqual({ version: 3, trail: ['2>3'] });
  });

  test('leaves current settings alone', () => {
    const stored = { version: SETTINGS_VERSION, language: 'nl' };
    expect(migrateSettings(stored, SETTINGS_VERSION)).toBe(stored);
  });
});
