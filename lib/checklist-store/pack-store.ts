import { isoDay } from '../checklist/dates';
import { importPack, type PackImportError } from '../checklist/pack-parse';
import { classifyPackUpdate, migrateProgress, type PackUpdateKind } from '../checklist/migrate-pack';
import type { ChecklistPack } from '../checklist/pack-schema';
import type { EerlijkWervenDatabase } from '../db/database';
import { recordSnapshotFor } from './snapshots';
import { effectivePack, readStoredPacks } from './packs';
import { readProgress, toItemProgress } from './state';

export interface MigrationSummary {
  organisations: number;
  carried: number;
  archived: number;
  restored: number;
  added: number;
}

export type StoredPackImport =
  | { ok: true; kind: Exclude<PackUpdateKind, 'downgrade' | 'same-version'>; pack: ChecklistPack; migration?: MigrationSummary }
  | { ok: true; kind: 'same-version'; pack: ChecklistPack }
  | { ok: false; kind: 'invalid'; errors: PackImportError[]; omitted: number }
  | { ok: false; kind: 'downgrade'; pack: ChecklistPack; installedVersion: string };

/**
 * Move every organisation's progress on `to.id` from `from` to `to` by item id: progress on removed
 * items goes to the archive, archived progress comes back when an item returns (core:
 * migrateProgress). Runs inside the caller's transaction.
 */
async function migrateOrganisations(
  db: EerlijkWervenDatabase,
  from: ChecklistPack | undefined,
  to: ChecklistPack,
  day: string,
): Promise<MigrationSummary> {
  const summary: MigrationSummary = { organisations: 0, carried: 0, archived: 0, restored: 0, added: 0 };
  const organisations = await db.organisations.toArray();
  for (const organisation of organisations) {
    const rows = await db.checklistProgress.where('[organisationId+packId]').equals([organisation.id, to.id]).toArray();
    const archiveRows = await db.checklistArchive.where('[organisationId+packId]').equals([organisation.id, to.id]).toArray();
    if (rows.length === 0 && archiveRows.length === 0) continue;
    const result = migrateProgress({
      ...(from ? { from } : {}),
      to,
      progress: Object.fromEntries(rows.map((row) => [row.itemId, toItemProgress(row)])),
      archive: archiveRows.map(({ id: _id, organisationId: _organisation, ...record }) => record),
      day,
    });
    await db.checklistProgress.where('[organisationId+packId]').equals([organisation.id, to.id]).delete();
    await db.checklistProgress.bulkPut(
      Object.values(result.progress).map((entry) => ({ ...entry, organisationId: organisation.id, packId: to.id })),
    );
    await db.checklistArchive.where('[organisationId+packId]').equals([organisation.id, to.id]).delete();
    await db.checklistArchive.bulkAdd(result.archive.map((record) => ({ ...record, organisationId: organisation.id })));
    if (organisation.packId === to.id) {
      await recordSnapshotFor(db, to, await readProgress(db, organisation.id, to.id), organisation.id, day);
    }
    summary.organisations += 1;
    summary.carried += result.carried.length;
    summary.archived += result.archived.length;
    summary.restored += result.restored.length;
    summary.added += result.added.length;
  }
  return summary;
}

const TABLES = (db: EerlijkWervenDatabase) => [
  db.organisations,
  db.meta,
  db.checklistPacks,
  db.checklistProgress,
  db.checklistArchive,
  db.checklistSnapshots,
];

/**
 * Import a pack from a file's text. Everything is checked first (core: importPack); on any error
 * nothing stored changes. A new pack is stored; a newer version of an installed pack replaces it
 * and every organisation's progress moves along; the same version changes nothing; an older
 * version is refused.
 */
export async function importPackText(
  db: EerlijkWervenDatabase,
  bundled: ChecklistPack,
  text: string,
  now = new Date(),
): Promise<StoredPackImport> {
  const result = importPack(text);
  if (!result.ok) return { ok: false, kind: 'invalid', errors: result.errors, omitted: result.omitted };
  const incoming = result.pack;
  return db.transaction('rw', TABLES(db), async (): Promise<StoredPackImport> => {
    const stored = await readStoredPacks(db);
    const installed = stored.has(incoming.id) || incoming.id === bundled.id ? effectivePack(stored, bundled, incoming.id) : undefined;
    const kind = classifyPackUpdate(installed, incoming);
    if (kind === 'downgrade') return { ok: false, kind, pack: incoming, installedVersion: installed?.version ?? '' };
    if (kind === 'same-version') return { ok: true, kind, pack: incoming };
    await db.checklistPacks.put({ id: incoming.id, version: incoming.version, installedAt: now.toISOString(), pack: incoming });
    if (kind === 'new-pack') return { ok: true, kind, pack: incoming };
    const migration = await migrateOrganisations(db, installed, incoming, isoDay(now));
    return { ok: true, kind, pack: incoming, migration };
  });
}

/** `meta` key remembering which bundled pack version the stored progress was last moved to. */
export const BUNDLED_VERSION_KEY = 'checklist.bundledPackVersion';

/**
 * After an extension update brings a new version of the bundled pack, move progress along once
 * (called by the background at install/update and start-up).
 */
export async function syncBundledPack(
  db: EerlijkWervenDatabase,
  bundled: ChecklistPack,
  now = new Date(),
): Promise<MigrationSummary | undefined> {
  return db.transaction('rw', TABLES(db), async () => {
    const known = (await db.meta.get(BUNDLED_VERSION_KEY))?.value;
    const stored = await readStoredPacks(db);
    const current = effectivePack(stored, bundled, bundled.id);
    if (known === current.version) return undefined;
    await db.meta.put({ key: BUNDLED_VERSION_KEY, value: current.version });
    // The first run has nothing to move; later runs move progress from whatever the items were.
    if (known === undefined) return undefined;
    return migrateOrganisations(db, undefined, current, isoDay(now));
  });
}

/** Remove an imported pack. Organisations working on it go back to the bundled pack; their progress on it stays stored. */
export async function removeImportedPack(db: EerlijkWervenDatabase, bundled: ChecklistPack, packId: string): Promise<void> {
  await db.transaction('rw', [db.organisations, db.checklistPacks], async () => {
    await db.checklistPacks.delete(packId);
    if (packId === bundled.id) return;
    const users = await db.organisations.filter((row) => row.packId === packId).toArray();
    for (const row of users) await db.organisations.update(row.id, { packId: bundled.id });
  });
}
