import { z } from 'zod';
import { LEVELS } from '../readability/levels';
import { isValidMatchPattern } from '../sites/match-pattern';

/**
 * The one settings item, stored in `browser.storage.local` under the key `settings`.
 * Documented in the README: administrators and tests write it exactly as the options page does.
 * Bump SETTINGS_VERSION and add a step to `migrate.ts` whenever a stored shape changes meaning.
 */
export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 1;

export const languagePreferenceSchema = z.enum(['browser', 'nl', 'en']);
export type LanguagePreference = z.infer<typeof languagePreferenceSchema>;

export const siteSettingSchema = z.object({
  /** A WebExtension match pattern, e.g. "https://*.recruitee.com/*". */
  match: z.string().refine(isValidMatchPattern, { message: 'not a match pattern' }),
  /** Vacaturecheck: flag biased wording on this site. */
  vacancy: z.boolean().default(false),
  /** Blind screenen: hide applicant names and identity markers on this site. */
  screening: z.boolean().default(false),
  /** Gouden standaard: show the checklist badge on this site. */
  checklist: z.boolean().default(false),
});
/** `managed` marks an entry set by the organisation's policy (apply-policy.ts); it is never stored. */
export type SiteSetting = z.infer<typeof siteSettingSchema> & { managed?: boolean };

export const wordingSettingsSchema = z.object({
  /** Rule ids ignored everywhere. */
  ignoredRules: z.array(z.string().max(200)).max(1000).default([]),
  /** Rule ids ignored per host name ("werkenbij.acme.nl"). */
  ignoredRulesBySite: z.record(z.string().max(253), z.array(z.string().max(200)).max(1000)).default({}),
});

export const screeningSettingsSchema = z.object({
  /**
   * Marker categories to hide; a category missing here is hidden
   * (docs/decisions.md#hide-every-marker-by-default).
   */
  hidden: z.record(z.string().max(40), z.boolean()).default({}),
  /** Host names where the recruiter paused blind screening. */
  pausedSites: z.array(z.string().max(253)).max(1000).default([]),
});

export const checklistSettingsSchema = z.object({
  /** Host names where the user dismissed the checklist badge. */
  dismissedSites: z.array(z.string().max(253)).max(1000).default([]),
  /** Periodic review reminder (docs/decisions.md#review-reminder); 0 = off. */
  reviewEveryDays: z.number().int().min(0).max(366).default(0),
});

export const readabilitySettingsSchema = z.object({
  /** The level internship ads should reach: B1, the level the Dutch government writes at. */
  target: z.enum(LEVELS).default('B1'),
  /** The level other vacancies should reach. */
  otherTarget: z.enum(LEVELS).default('B1'),
  /** Host names where the readability check is switched off (it runs wherever the vacancy check runs). */
  offSites: z.array(z.string().max(253)).max(1000).default([]),
});
export type ReadabilitySettings = z.infer<typeof readabilitySettingsSchema>;

export const settingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  language: languagePreferenceSchema,
  sites: z.array(siteSettingSchema).max(500),
  wording: wordingSettingsSchema,
  screening: screeningSettingsSchema,
  checklist: checklistSettingsSchema,
  readability: readabilitySettingsSchema,
});
export type Settings = Omit<z.infer<typeof settingsSchema>, 'sites'> & { sites: SiteSetting[] };
