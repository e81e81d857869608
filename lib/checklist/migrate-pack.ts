import { z } from 'zod';
import { bilingualTextSchema } from '../i18n/locale';
import { findItem, type ChecklistPack } from './pack-schema';
import { isoDateSchema, itemProgressSchema, type ItemProgress, type ProgressByItem } from './progress-schema';
import { compareVersions } from './semver';

/**
 * Progress on an item that a newer pack version no longer has. Kept, not dropped: the report and
 * the dashboard can show it, and it comes back if a later version brings the item back.
 */
export const archivedProgressSchema = z.object({
  packId: z.string().min(1),
  /** The last pack version that had the item. */
  packVersion: z.string().min(1),
  /** The item's title in that version, so the archive stays readable without the old pack. */
  title: bilingualTextSchema.optional(),
  sectionTitle: bilingualTextSchema.optional(),
  archivedOn: isoDateSchema,
  progress: itemProgressSchema,
});
export type ArchivedProgress = z.infer<typeof archivedProgressSchema>;

export interface MigrationResult {
  /** Progress for the items of the new version, keyed by item id. */
  progress: Record<string, ItemProgress>;
  /** The whole archive after the move: what was there, minus what was restored, plus what was removed now. */
  archive: ArchivedProgress[];
  /** Item ids whose progress moved along unchanged. */
  carried: string[];
  /** Item ids whose progress went into the archive now. */
  archived: string[];
  /** Item ids whose archived progress came back because the new version has the item again. */
  restored: string[];
  /** Item ids of the new version that have no progress yet. */
  added: string[];
}

export interface MigrationInput {
  /** The version the progress was made on; optional when unknown (titles are then missing from the archive). */
  from?: ChecklistPack;
  to: ChecklistPack;
  progress: ProgressByItem;
  archive?: readonly ArchivedProgress[];
  /** Today, "YYYY-MM-DD", stamped on newly archived entries. */
  day: string;
}

/** Move progress to a new version of the same pack, by item id. */
export function migrateProgress(input: MigrationInput): MigrationResult {
  const { from, to, day } = input;
  if (from && from.id !== to.id) {
    throw new RangeError(`Progress of pack "${from.id}" cannot move to a different pack "${to.id}"`);
  }
  const progress: Record<string, ItemProgress> = {};
  const carried: string[] = [];
  const archived: string[] = [];
  const restored: string[] = [];
  const newlyArchived: ArchivedProgress[] = [];

  for (const entry of Object.values(input.progress)) {
    if (!entry) continue;
    if (findItem(to, entry.itemId)) {
      progress[entry.itemId] = entry;
      carried.push(entry.itemId);
      continue;
    }
    const old = from ? findItem(from, entry.itemId) : undefined;
    const record: ArchivedProgress = { packId: to.id, packVersion: from?.version ?? 'unknown', archivedOn: day, progress: entry };
    if (old) {
      record.title = old.item.title;
      record.sectionTitle = old.section.title;
    }
    newlyArchived.push(record);
    archived.push(entry.itemId);
  }

  const archive: ArchivedProgress[] = [];
  for (const record of input.archive ?? []) {
    const itemId = record.progress.itemId;
    const comesBack = record.packId === to.id && findItem(to, itemId) !== undefined && progress[itemId] === undefined;
    if (comesBack) {
      progress[itemId] = record.progress;
      restored.push(itemId);
    } else if (!(record.packId === to.id && archived.includes(itemId))) {
      // A fresher archive entry for the same item replaces this one below; everything else stays.
      archive.push(record);
    }
  }
  archive.push(...newlyArchived);

  const added = to.sections.flatMap((section) => section.items.map((item) => item.id)).filter((id) => !progress[id]);
  return { progress, archive, carried, archived, restored, added };
}

export type PackUpdateKind = 'new-pack' | 'upgrade' | 'same-version' | 'downgrade';

/** How an incoming pack relates to the installed one with the same id. */
export function classifyPackUpdate(installed: ChecklistPack | undefined, incoming: ChecklistPack): PackUpdateKind {
  if (!installed || installed.id !== incoming.id) return 'new-pack';
  const order = compareVersions(incoming.version, installed.version);
  return order > 0 ? 'upgrade' : order === 0 ? 'same-version' : 'downgrade';
}
