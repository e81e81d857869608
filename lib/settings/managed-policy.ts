import { z } from 'zod';
import { markerCategorySchema, type MarkerCategory } from '../blinding/categories';
import { packSchema, type ChecklistPack } from '../checklist/pack-schema';
import { checklistSettingsSchema, languagePreferenceSchema, siteSettingSchema, type LanguagePreference, type SiteSetting } from './schema';

/**
 * An organisation's policy, deployed by IT through the browser's managed storage
 * (`storage.managed_schema`, see public/managed-schema.json and the README). Every key is
 * optional; what a policy sets wins over the user's own settings and is locked in the options
 * page and the popup.
 */
export const MANAGED_POLICY_KEYS = ['language', 'sites', 'hiddenMarkers', 'checklistPack', 'reviewEveryDays'] as const;
export type ManagedPolicyKey = (typeof MANAGED_POLICY_KEYS)[number];

export interface ManagedPolicy {
  language?: LanguagePreference;
  /** Sites with their pillars; they replace the user's entry for the same pattern and are locked. */
  sites?: SiteSetting[];
  /** Marker categories that Blind screenen must always hide. */
  hiddenMarkers?: MarkerCategory[];
  /** The checklist pack in force, instead of the bundled Gouden standaard. */
  checklistPack?: ChecklistPack;
  reviewEveryDays?: number;
}

/** One part of a policy that could not be used; it is left out, everything else applies. */
export interface PolicyProblem {
  /** Where, e.g. "sites[2]", "reviewEveryDays", "checklistPack". */
  path: string;
  kind: 'invalid' | 'unknown-key' | 'not-an-object';
}

export interface ReadPolicy {
  policy: ManagedPolicy;
  problems: PolicyProblem[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Windows' registry and macOS plists carry nested values most easily as JSON text. */
function fromJsonText(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function readList<T>(value: unknown, path: string, item: z.ZodType<T>, problems: PolicyProblem[]): T[] | undefined {
  const list = fromJsonText(value);
  if (!Array.isArray(list)) {
    problems.push({ path, kind: 'invalid' });
    return undefined;
  }
  const kept: T[] = [];
  list.forEach((entry, index) => {
    const parsed = item.safeParse(entry);
    if (parsed.success) kept.push(parsed.data);
    else problems.push({ path: `${path}[${index}]`, kind: 'invalid' });
  });
  return kept;
}

/**
 * Read whatever the managed storage holds into a usable policy. A part that does not validate is
 * left out and reported (the same repair-and-explain treatment as the settings item); the rest
 * applies. Never throws.
 */
export function readManagedPolicy(raw: unknown): ReadPolicy {
  const problems: PolicyProblem[] = [];
  const policy: ManagedPolicy = {};
  if (raw === undefined || raw === null) return { policy, problems };
  if (!isRecord(raw)) return { policy, problems: [{ path: '', kind: 'not-an-object' }] };

  for (const key of Object.keys(raw)) {
    if (!(MANAGED_POLICY_KEYS as readonly string[]).includes(key)) problems.push({ path: key, kind: 'unknown-key' });
  }
  if (raw.language !== undefined) {
    const parsed = languagePreferenceSchema.safeParse(raw.language);
    if (parsed.success) policy.language = parsed.data;
    else problems.push({ path: 'language', kind: 'invalid' });
  }
  if (raw.sites !== undefined) {
    const sites = readList(raw.sites, 'sites', siteSettingSchema, problems);
    // First entry wins per pattern, as in the settings item.
    if (sites) policy.sites = sites.filter((site, index) => sites.findIndex((other) => other.match === site.match) === index);
  }
  if (raw.hiddenMarkers !== undefined) {
    const markers = readList(raw.hiddenMarkers, 'hiddenMarkers', markerCategorySchema, problems);
    if (markers) policy.hiddenMarkers = [...new Set(markers)];
  }
  if (raw.checklistPack !== undefined) {
    const parsed = packSchema.safeParse(fromJsonText(raw.checklistPack));
    if (parsed.success) policy.checklistPack = parsed.data;
    else problems.push({ path: 'checklistPack', kind: 'invalid' });
  }
  if (raw.reviewEveryDays !== undefined) {
    const parsed = checklistSettingsSchema.shape.reviewEveryDays.safeParse(raw.reviewEveryDays);
    if (parsed.success) policy.reviewEveryDays = parsed.data;
    else problems.push({ path: 'reviewEveryDays', kind: 'invalid' });
  }
  return { policy, problems };
}
