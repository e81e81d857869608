import { z } from 'zod';

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

/** Table name -> row schema, for backups. Keep in step with database.ts. */
export const TABLE_ROW_SCHEMAS = {
  meta: metaRowSchema,
  activity: activityRowSchema,
} as const;
export type TableName = keyof typeof TABLE_ROW_SCHEMAS;
