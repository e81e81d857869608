import { snapshotAction, takeSnapshot, type ProgressSnapshot } from '../checklist/history';
import type { ChecklistPack } from '../checklist/pack-schema';
import type { ProgressByItem } from '../checklist/progress-schema';
import type { EerlijkWervenDatabase } from '../db/database';

/**
 * Keep a snapshot of the organisation's progress for `day`, by the core's policy: at most one a
 * day (the last state of the day wins), none when nothing changed. Call inside the transaction
 * that changed progress, so progress and history never disagree.
 */
export async function recordSnapshotFor(
  db: EerlijkWervenDatabase,
  pack: ChecklistPack,
  progress: ProgressByItem,
  organisationId: string,
  day: string,
): Promise<ProgressSnapshot | undefined> {
  const next = takeSnapshot(pack, progress, organisationId, day);
  // Only the same day and the latest earlier day matter to the policy.
  const sameDay = await db.checklistSnapshots.get([organisationId, day]);
  const before = await db.checklistSnapshots
    .where('[organisationId+day]')
    .between([organisationId, ''], [organisationId, day], true, false)
    .last();
  const history = [sameDay, before].filter((snapshot) => snapshot !== undefined);
  if (snapshotAction(history, next) === 'skip') return undefined;
  await db.checklistSnapshots.put(next);
  return next;
}

/** The organisation's history, oldest first. */
export function readHistory(db: EerlijkWervenDatabase, organisationId: string): Promise<ProgressSnapshot[]> {
  return db.checklistSnapshots.where('[organisationId+day]').between([organisationId, ''], [organisationId, '\uffff']).toArray();
}
