import { parseProgressExport, PROGRESS_EXPORT_FORMAT, type ProgressExport } from '../checklist/export-format';
import type { ChecklistPack } from '../checklist/pack-schema';
import type { BilingualText } from '../i18n/locale';
import type { EerlijkWervenDatabase } from '../db/database';
import { effectivePack, readStoredPacks } from './packs';
import { readActiveOrganisation } from './state';

/** What importing a progress export did, or why nothing was done. */
export type ProgressImportOutcome =
  | { kind: 'merged'; organisation: string; fromFile: number; keptHere: number; snapshotsAdded: number }
  | { kind: 'other-pack'; file: { id: string; version: string }; here: { id: string; version: string } }
  | { kind: 'invalid'; message: BilingualText };

/** Is this file's text a progress export (rather than a checklist pack)? */
export function looksLikeProgressExport(text: string): boolean {
  return text.slice(0, 500).includes(`"${PROGRESS_EXPORT_FORMAT}"`);
}

/**
 * Merge a progress export (lib/checklist/export.ts) into the organisation with the same id, or
 * else the active one: item by item, the newer change wins (ties keep what is here); history days
 * missing here are added. A file for another pack, or another version of it, changes nothing: its
 * item ids may mean something else. One transaction, so a failure changes nothing either.
 */
export async function importProgressText(db: EerlijkWervenDatabase, bundled: ChecklistPack, text: string): Promise<ProgressImportOutcome> {
  const parsed = parseProgressExport(text);
  if (!parsed.ok) return { kind: 'invalid', message: parsed.message };
  return mergeProgress(db, bundled, parsed.data);
}

async function mergeProgress(db: EerlijkWervenDatabase, bundled: ChecklistPack, file: ProgressExport): Promise<ProgressImportOutcome> {
  return db.transaction('rw', [db.organisations, db.meta, db.checklistPacks, db.checklistProgress, db.checklistSnapshots], async () => {
    const organisation = (await db.organisations.get(file.organisation.id)) ?? (await readActiveOrganisation(db));
    const pack = effectivePack(await readStoredPacks(db), bundled, organisation.packId);
    if (pack.id !== file.pack.id || pack.version !== file.pack.version) {
      return { kind: 'other-pack' as const, file: file.pack, here: { id: pack.id, version: pack.version } };
    }
    // The stand-in default profile becomes real with its first change.
    if (!(await db.organisations.get(organisation.id))) await db.organisations.put(organisation);

    const items = new Set(pack.sections.flatMap((section) => section.items.map((item) => item.id)));
    let fromFile = 0;
    let keptHere = 0;
    for (const entry of file.items) {
      if (!items.has(entry.itemId)) continue;
      const here = await db.checklistProgress.get([organisation.id, pack.id, entry.itemId]);
      if (here && Date.parse(here.updatedAt) >= Date.parse(entry.updatedAt)) {
        keptHere += 1;
        continue;
      }
      await db.checklistProgress.put({ ...entry, organisationId: organisation.id, packId: pack.id });
      fromFile += 1;
    }
    let snapshotsAdded = 0;
    for (const snapshot of file.snapshots) {
      if (await db.checklistSnapshots.get([organisation.id, snapshot.day])) continue;
      await db.checklistSnapshots.put({ ...snapshot, organisationId: organisation.id });
      snapshotsAdded += 1;
    }
    return { kind: 'merged' as const, organisation: organisation.name, fromFile, keptHere, snapshotsAdded };
  });
}
