import { z } from 'zod';
import { webUrlSchema } from './pack-schema';

/** niet gestart / bezig / gedaan / niet van toepassing. */
export const ITEM_STATUSES = ['not-started', 'in-progress', 'done', 'not-applicable'] as const;
export const itemStatusSchema = z.enum(ITEM_STATUSES);
export type ItemStatus = z.infer<typeof itemStatusSchema>;

export const PROGRESS_LIMITS = {
  noteChars: 5000,
  evidenceEntries: 20,
  evidenceTextChars: 300,
  ownerChars: 100,
  reasonChars: 1000,
  organisationNameChars: 100,
} as const;

/** A calendar day, "YYYY-MM-DD" (no time, no zone): due dates and review dates are days. */
export const isoDateSchema = z.iso.date();
/** A moment, e.g. "2026-03-01T09:30:00.000Z". */
export const isoDateTimeSchema = z.iso.datetime({ offset: true });

/** Evidence is either a web link (with an optional label) or a short text such as "minutes of 3 March, HR drive". */
export const evidenceEntrySchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('link'),
    url: webUrlSchema,
    label: z.string().trim().max(PROGRESS_LIMITS.evidenceTextChars).optional(),
  }),
  z.object({
    kind: z.literal('text'),
    text: z.string().trim().min(1).max(PROGRESS_LIMITS.evidenceTextChars),
  }),
]);
export type EvidenceEntry = z.infer<typeof evidenceEntrySchema>;

/** Where one organisation stands on one checklist item. */
export const itemProgressSchema = z
  .object({
    itemId: z.string().min(1),
    status: itemStatusSchema,
    /** Required (non-empty) when status is not-applicable: the report shows why an item was skipped. */
    naReason: z.string().trim().max(PROGRESS_LIMITS.reasonChars).optional(),
    note: z.string().max(PROGRESS_LIMITS.noteChars).default(''),
    evidence: z.array(evidenceEntrySchema).max(PROGRESS_LIMITS.evidenceEntries).default([]),
    owner: z.string().trim().max(PROGRESS_LIMITS.ownerChars).optional(),
    dueDate: isoDateSchema.optional(),
    lastReviewed: isoDateSchema.optional(),
    updatedAt: isoDateTimeSchema,
  })
  .superRefine((progress, ctx) => {
    if (progress.status === 'not-applicable' && !progress.naReason) {
      ctx.addIssue({
        code: 'custom',
        path: ['naReason'],
        message: 'An item marked not applicable needs a reason',
        params: { reason: 'na-reason-required' },
      });
    }
  });
export type ItemProgress = z.infer<typeof itemProgressSchema>;
export type ItemProgressInput = z.input<typeof itemProgressSchema>;

/** Progress of one organisation, keyed by item id. Items without an entry count as not started. */
export type ProgressByItem = Readonly<Record<string, ItemProgress | undefined>>;

/** Index a list of progress entries (e.g. rows from the database) by item id; the newest entry wins. */
export function progressByItem(entries: readonly ItemProgress[]): Record<string, ItemProgress> {
  const byItem: Record<string, ItemProgress> = {};
  for (const entry of entries) {
    const existing = byItem[entry.itemId];
    if (!existing || Date.parse(existing.updatedAt) <= Date.parse(entry.updatedAt)) byItem[entry.itemId] = entry;
  }
  return byItem;
}

/** The progress to show for an item that has no entry yet. */
export function emptyProgress(itemId: string, updatedAt: string): ItemProgress {
  return { itemId, status: 'not-started', note: '', evidence: [], updatedAt };
}

/** One profile (a location or department) with its own progress; several can exist, one is active. */
export const organisationSchema = z.object({
  id: z.string().trim().min(1).max(64),
  name: z.string().trim().min(1).max(PROGRESS_LIMITS.organisationNameChars),
  createdAt: isoDateTimeSchema,
});
export type Organisation = z.infer<typeof organisationSchema>;
