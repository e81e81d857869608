import { z } from 'zod';
import { applicantKeySchema, pseudonymSchema } from '../blinding/pseudonym';
import { criterionSchema, criterionScoreSchema, decisionSchema, LOG_KINDS, MAX_CRITERIA, MAX_REVEAL_REASON } from '../blinding/scoring';
import { progressSnapshotSchema } from '../checklist/history';
import { archivedProgressSchema } from '../checklist/migrate-pack';
import { packSchema } from '../checklist/pack-schema';
import { itemProgressSchema, organisationSchema } from '../checklist/progress-schema';

/** Rows of each table, as zod schemas: backups and anything read back are parsed with them. */

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const metaRowSchema = z.object({
  key: z.string().min(1).max(100),
  value: z.unknown(),
});
export type MetaRow = z.infer<typeof metaRowSchema>;

/**
 * One counter for one day, site and metric, e.g. "vacancy-checked" 3 times on werkenbij.acme.nl.
 * Never text: only counts (docs/decisions.md#counts-not-text).
 */
export const activityRowSchema = z.object({
  id: z.number().int().positive().optional(),
  day: isoDay,
  site: z.string().max(253),
  metric: z.string().min(1).max(60),
  count: z.number().int().min(0),
  /** Optional breakdown, e.g. findings per ground. */
  breakdown: z.record(z.string().max(60), z.number().int().min(0)).optional(),
});
export type ActivityRow = z.infer<typeof activityRowSchema>;

// ---- Gouden standaard, database version 2

/** A profile (location, department) with its own progress, assessed against one pack. */
export const organisationRowSchema = organisationSchema.extend({ packId: z.string().min(1).max(64) });
export type OrganisationRow = z.infer<typeof organisationRowSchema>;

/** Where one organisation stands on one item of one pack. */
export const checklistProgressRowSchema = z.intersection(
  itemProgressSchema,
  z.object({ organisationId: z.string().min(1).max(64), packId: z.string().min(1).max(64) }),
);
export type ChecklistProgressRow = z.infer<typeof checklistProgressRowSchema>;

/** At most one per organisation and day (lib/checklist/history.ts). */
export const checklistSnapshotRowSchema = progressSnapshotSchema;
export type ChecklistSnapshotRow = z.infer<typeof checklistSnapshotRowSchema>;

/** A pack the user imported (or a newer version of the bundled one); the bundled pack itself is not stored. */
export const checklistPackRowSchema = z.object({
  id: z.string().min(1).max(64),
  version: z.string().min(1).max(64),
  installedAt: z.string(),
  pack: packSchema,
});
export type ChecklistPackRow = z.infer<typeof checklistPackRowSchema>;

/**
 * Progress on items that a newer pack version dropped: kept, never deleted
 * (docs/decisions.md#pack-updates-keep-progress).
 */
export const checklistArchiveRowSchema = archivedProgressSchema.extend({
  id: z.number().int().positive().optional(),
  organisationId: z.string().min(1).max(64),
});
export type ChecklistArchiveRow = z.infer<typeof checklistArchiveRowSchema>;

// ---- Vacaturecheck, database version 4

/** One flagged occurrence the user chose to ignore on a site: a hash, never the text. */
export const vacancyIgnoredRowSchema = z.object({
  site: z.string().min(1).max(253),
  fingerprint: z.string().min(1).max(64),
  ruleId: z.string().min(1).max(200),
  day: isoDay,
});
export type VacancyIgnoredRow = z.infer<typeof vacancyIgnoredRowSchema>;

// --- Blind screenen -----------------------------------------------------------------------------
// Rows hold HMAC keys and pseudonyms, never names (lib/blinding/pseudonym.ts).

/** Criteria set once per vacancy on a site (up to six, with weights). */
export const screeningCriteriaRowSchema = z.object({
  site: z.string().min(1).max(253),
  vacancyId: z.string().min(1).max(200),
  criteria: z.array(criterionSchema).min(1).max(MAX_CRITERIA),
  updatedAt: z.iso.datetime(),
});
export type ScreeningCriteriaRow = z.infer<typeof screeningCriteriaRowSchema>;

/** One applicant's scores and decision for one vacancy, keyed by the applicant's HMAC key. */
export const screeningStateRowSchema = z.object({
  site: z.string().min(1).max(253),
  vacancyId: z.string().min(1).max(200),
  applicantKey: applicantKeySchema,
  scores: z.array(criterionScoreSchema).max(MAX_CRITERIA),
  decision: decisionSchema.optional(),
  decidedAt: z.iso.datetime().optional(),
  revealedAt: z.iso.datetime().optional(),
});
export type ScreeningStateRow = z.infer<typeof screeningStateRowSchema>;

/**
 * One line of the screening log: a decision, a reveal (with the reason of an override), a pause
 * or a resume. Pauses concern a site, not an applicant, so their pseudonym is absent.
 */
export const screeningLogRowSchema = z.strictObject({
  id: z.number().int().positive().optional(),
  at: z.iso.datetime(),
  site: z.string().min(1).max(253),
  pseudonym: pseudonymSchema.optional(),
  kind: z.enum(LOG_KINDS),
  decision: decisionSchema.optional(),
  reason: z.string().trim().min(1).max(MAX_REVEAL_REASON).optional(),
  override: z.boolean(),
});
export type ScreeningLogRow = z.infer<typeof screeningLogRowSchema>;

/** Table name -> row schema, for backups. Keep in step with database.ts. */
export const TABLE_ROW_SCHEMAS = {
  meta: metaRowSchema,
  activity: activityRowSchema,
  organisations: organisationRowSchema,
  checklistProgress: checklistProgressRowSchema,
  checklistSnapshots: checklistSnapshotRowSchema,
  checklistPacks: checklistPackRowSchema,
  checklistArchive: checklistArchiveRowSchema,
  vacancyIgnored: vacancyIgnoredRowSchema,
  screeningCriteria: screeningCriteriaRowSchema,
  screeningStates: screeningStateRowSchema,
  screeningLog: screeningLogRowSchema,
} as const;
export type TableName = keyof typeof TABLE_ROW_SCHEMAS;
