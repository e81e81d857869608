import { z } from 'zod';
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
 * Never text: only counts (issue #4 item 8, issue #5 "counts become evidence").
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

// ---- Gouden standaard (issue #6), database version 2

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

/** Progress on items that a newer pack version dropped: kept, never deleted (issue #6 item 9). */
export const checklistArchiveRowSchema = archivedProgressSchema.extend({
  id: z.number().int().positive().optional(),
  organisationId: z.string().min(1).max(64),
});
export type ChecklistArchiveRow = z.infer<typeof checklistArchiveRowSchema>;

/** Table name -> row schema, for backups. Keep in step with database.ts. */
export const TABLE_ROW_SCHEMAS = {
  meta: metaRowSchema,
  activity: activityRowSchema,
  organisations: organisationRowSchema,
  checklistProgress: checklistProgressRowSchema,
  checklistSnapshots: checklistSnapshotRowSchema,
  checklistPacks: checklistPackRowSchema,
  checklistArchive: checklistArchiveRowSchema,
} as const;
export type TableName = keyof typeof TABLE_ROW_SCHEMAS;
