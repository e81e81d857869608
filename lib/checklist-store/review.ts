import { addDays, daysBetween } from '../checklist/dates';
import type { EerlijkWervenDatabase } from '../db/database';

/** `meta` key of the day the user last marked the periodic review as done. */
export const REVIEWED_ON_KEY = 'checklist.reviewedOn';

export interface ReviewStatus {
  enabled: boolean;
  due: boolean;
  /** The day the next review falls due (undefined when reminders are off). */
  dueOn?: string;
  reviewedOn?: string;
}

/**
 * Is the periodic review due? Off when `everyDays` is 0. Without a recorded review the count starts
 * on `startedOn` (the day reminders were switched on), so switching them on never nags at once.
 */
export function reviewStatus(everyDays: number, reviewedOn: string | undefined, today: string, startedOn = today): ReviewStatus {
  if (everyDays <= 0) return { enabled: false, due: false, ...(reviewedOn ? { reviewedOn } : {}) };
  const from = reviewedOn ?? startedOn;
  const dueOn = addDays(from, everyDays);
  return { enabled: true, due: daysBetween(dueOn, today) >= 0, dueOn, ...(reviewedOn ? { reviewedOn } : {}) };
}

export async function readReviewedOn(db: EerlijkWervenDatabase): Promise<string | undefined> {
  const value = (await db.meta.get(REVIEWED_ON_KEY))?.value;
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}

export async function markReviewed(db: EerlijkWervenDatabase, day: string): Promise<void> {
  await db.meta.put({ key: REVIEWED_ON_KEY, value: day });
}
