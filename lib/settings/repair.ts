import { z } from 'zod';
import { KNOWN_SITES } from '../sites/known-sites';
import { defaultSettings } from './defaults';
import { migrateSettings } from './migrate';
import {
  checklistSettingsSchema,
  languagePreferenceSchema,
  readabilitySettingsSchema,
  screeningSettingsSchema,
  SETTINGS_VERSION,
  siteSettingSchema,
  wordingSettingsSchema,
  type Settings,
  type SiteSetting,
} from './schema';

/** One part of the stored settings that could not be used as it was. */
export interface SettingsProblem {
  /** Where, e.g. "language", "sites[3]", "wording.ignoredRules". */
  path: string;
  kind: 'invalid' | 'not-an-object' | 'newer-version';
}

export interface RepairedSettings {
  settings: Settings;
  problems: SettingsProblem[];
  /**
   * True when the stored item comes from a newer version of the extension: use it as far as we
   * understand it, but never write over it (the newer version may still need it).
   */
  readOnly: boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Read whatever is stored under `settings` into valid Settings. Every part that validates is kept;
 * every part that does not falls back to its default and is reported. Never throws.
 */
export function repairSettings(stored: unknown): RepairedSettings {
  const defaults = defaultSettings();
  if (stored === undefined || stored === null) return { settings: defaults, problems: [], readOnly: false };
  if (!isRecord(stored)) {
    return { settings: defaults, problems: [{ path: '', kind: 'not-an-object' }], readOnly: false };
  }

  const problems: SettingsProblem[] = [];
  const storedVersion = typeof stored.version === 'number' ? stored.version : SETTINGS_VERSION;
  const readOnly = storedVersion > SETTINGS_VERSION;
  if (readOnly) problems.push({ path: 'version', kind: 'newer-version' });
  const raw = readOnly ? stored : migrateSettings(stored, storedVersion);

  const language = languagePreferenceSchema.safeParse(raw.language ?? defaults.language);
  if (!language.success) problems.push({ path: 'language', kind: 'invalid' });

  return {
    settings: {
      version: SETTINGS_VERSION,
      language: language.success ? language.data : defaults.language,
      sites: repairSites(raw.sites, problems),
      wording: repairSection(wordingSettingsSchema, raw.wording, 'wording', problems),
      screening: repairSection(screeningSettingsSchema, raw.screening, 'screening', problems),
      checklist: repairSection(checklistSettingsSchema, raw.checklist, 'checklist', problems),
      readability: repairSection(readabilitySettingsSchema, raw.readability, 'readability', problems),
    },
    problems,
    readOnly,
  };
}

/** Keep every valid site entry (first one wins per pattern) and add known sites that are missing. */
function repairSites(value: unknown, problems: SettingsProblem[]): SiteSetting[] {
  const sites: SiteSetting[] = [];
  if (value !== undefined && !Array.isArray(value)) problems.push({ path: 'sites', kind: 'invalid' });
  const entries: unknown[] = Array.isArray(value) ? value : [];
  entries.forEach((entry, index) => {
    const parsed = siteSettingSchema.safeParse(entry);
    if (!parsed.success) {
      problems.push({ path: `sites[${index}]`, kind: 'invalid' });
    } else if (!sites.some((site) => site.match === parsed.data.match)) {
      sites.push(parsed.data);
    }
  });
  for (const known of KNOWN_SITES) {
    if (!sites.some((site) => site.match === known.match)) sites.push({ match: known.match, ...known.defaults });
  }
  return sites;
}

/** Validate an object section field by field; a bad field gets its default. */
function repairSection<Shape extends z.ZodRawShape>(
  schema: z.ZodObject<Shape>,
  value: unknown,
  path: string,
  problems: SettingsProblem[],
): z.infer<z.ZodObject<Shape>> {
  if (value !== undefined && !isRecord(value)) problems.push({ path, kind: 'invalid' });
  const source = isRecord(value) ? value : {};
  const result: Record<string, unknown> = {};
  for (const [key, fieldSchema] of Object.entries(schema.shape) as [string, z.ZodType][]) {
    const parsed = fieldSchema.safeParse(source[key]);
    if (parsed.success) {
      result[key] = parsed.data;
    } else {
      problems.push({ path: `${path}.${key}`, kind: 'invalid' });
      result[key] = fieldSchema.parse(undefined);
    }
  }
  return schema.parse(result);
}
