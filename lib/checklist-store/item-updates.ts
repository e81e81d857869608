import { isoDay } from '../checklist/dates';
import { findItem, type ChecklistPack } from '../checklist/pack-schema';
import { emptyProgress, itemProgressSchema, type EvidenceEntry, type ItemProgress, type ItemStatus } from '../checklist/progress-schema';
import type { EerlijkWervenDatabase } from '../db/database';
import { recordSnapshotFor } from './snapshots';
import { readActiveOrganisation, readProgress } from './state';
import { effectivePack, readStoredPacks } from './packs';

/** A change to one item; `null` clears an optional field. */
export interface ItemChange {
  status?: ItemStatus;
  naReason?: string | null;
  note?: string;
  evidence?: EvidenceEntry[];
  owner?: string | null;
  dueDate?: string | null;
  lastReviewed?: string | null;
}

/** Why a change was refused; the UI shows a translated message per code. */
export type ItemChangeErrorCode = 'unknown-item' | 'na-reason-required' | 'invalid';

export class ItemChangeError extends Error {
  constructor(
    readonly code: ItemChangeErrorCode,
    readonly field?: string,
  ) {
    super(`Item change refused: ${code}${field ? ` (${field})` : ''}`);
    this.name = 'ItemChangeError';
  }
}

const OPTIONAL_FIELDS = ['naReason', 'owner', 'dueDate', 'lastReviewed'] as const;

/** The entry after a change, or an ItemChangeError. Pure. */
export function applyItemChange(current: ItemProgress, change: ItemChange, updatedAt: string): ItemProgress {
  const next: Record<string, unknown> = { ...current, updatedAt };
  if (change.status !== undefined) next.status = change.status;
  if (change.note !== undefined) next.note = change.note;
  if (change.evidence !== undefined) next.evidence = change.evidence;
  for (const field of OPTIONAL_FIELDS) {
    const value = change[field];
    if (value === undefined) continue;
    if (value === null || value.trim() === '') delete next[field];
    else next[field] = value.trim();
  }
  // A reason only belongs to a skipped item; keep it while the status is not-applicable.
  if (next.status !== 'not-applicable') delete next.naReason;
  const parsed = itemProgressSchema.safeParse(next);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.join('.');
  if (field === 'naReason') throw new ItemChangeError('na-reason-required', field);
  throw new ItemChangeError('invalid', field);
}

export interface UpdateItemOptions {
  /** Default: the active organisation. */
  organisationId?: string;
  now?: Date;
}

/**
 * Change one item of an organisation's progress and record the day's snapshot, in one
 * transaction: every open page sees the new state through its live query.
 */
export async function updateItem(
  db: EerlijkWervenDatabase,
  bundled: ChecklistPack,
  itemId: string,
  change: ItemChange,
  options: UpdateItemOptions = {},
): Promise<ItemProgress> {
  const now = options.now ?? new Date();
  return db.transaction('rw', [db.organisations, db.meta, db.checklistPacks, db.checklistProgress, db.checklistSnapshots], async () => {
    const active = await readActiveOrganisation(db);
    const organisation = options.organisationId ? await db.organisations.get(options.organisationId) : active;
    if (!organisation) throw new ItemChangeError('invalid', 'organisationId');
    // The stand-in default profile becomes real with its first change.
    if (!(await db.organisations.get(organisation.id))) await db.organisations.put({ ...organisation, createdAt: now.toISOString() });
    const pack: ChecklistPack = effectivePack(await readStoredPacks(db), bundled, organisation.packId);
    if (!findItem(pack, itemId)) throw new ItemChangeError('unknown-item', itemId);

    const key: [string, string, string] = [organisation.id, pack.id, itemId];
    const stored = await db.checklistProgress.get(key);
    const current = stored ?? { ...emptyProgress(itemId, now.toISOString()), organisationId: organisation.id, packId: pack.id };
    const { organisationId: _organisation, packId: _pack, ...currentProgress } = current;
    const next = applyItemChange(currentProgress, change, now.toISOString());
    await db.checklistProgress.put({ ...next, organisationId: organisation.id, packId: pack.id });

    const progress = await readProgress(db, organisation.id, pack.id);
    await recordSnapshotFor(db, pack, progress, organisation.id, isoDay(now));
    return next;
  });
}
