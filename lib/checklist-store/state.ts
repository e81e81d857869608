import type { ChecklistPack } from '../checklist/pack-schema';
import type { ItemProgress } from '../checklist/progress-schema';
import { ACTIVE_ORGANISATION_KEY, DEFAULT_ORGANISATION_ID, defaultOrganisationRow, type EerlijkWervenDatabase } from '../db/database';
import type { ChecklistProgressRow, OrganisationRow } from '../db/rows';
import { effectivePack, listInstalledPacks, readStoredPacks, type InstalledPack } from './packs';

/** Everything a checklist view needs for the active organisation. */
export interface ChecklistState {
  organisations: OrganisationRow[];
  organisation: OrganisationRow;
  pack: ChecklistPack;
  progress: Record<string, ItemProgress>;
  installedPacks: InstalledPack[];
}

/** A progress row without its keys: the core's ItemProgress. */
export function toItemProgress(row: ChecklistProgressRow): ItemProgress {
  const { organisationId: _organisation, packId: _pack, ...progress } = row;
  return progress;
}

/** Organisations sorted by name, the Dutch way. */
export async function readOrganisations(db: EerlijkWervenDatabase): Promise<OrganisationRow[]> {
  const rows = await db.organisations.toArray();
  return rows.sort((a, b) => a.name.localeCompare(b.name, 'nl') || a.id.localeCompare(b.id));
}

/**
 * The active organisation: the stored choice when it still exists, else the default one, else the
 * first. With no organisation at all (everything was erased) the default profile stands in; it is
 * stored by the first change.
 */
export async function readActiveOrganisation(db: EerlijkWervenDatabase, organisations?: OrganisationRow[]): Promise<OrganisationRow> {
  const all = organisations ?? (await readOrganisations(db));
  const chosen = (await db.meta.get(ACTIVE_ORGANISATION_KEY))?.value;
  return (
    all.find((row) => row.id === chosen) ??
    all.find((row) => row.id === DEFAULT_ORGANISATION_ID) ??
    all[0] ??
    defaultOrganisationRow(new Date(0))
  );
}

/** Progress of one organisation on one pack, by item id. */
export async function readProgress(
  db: EerlijkWervenDatabase,
  organisationId: string,
  packId: string,
): Promise<Record<string, ItemProgress>> {
  const rows = await db.checklistProgress.where('[organisationId+packId]').equals([organisationId, packId]).toArray();
  const byItem: Record<string, ItemProgress> = {};
  for (const row of rows) byItem[row.itemId] = toItemProgress(row);
  return byItem;
}

/** Reads only the database: safe inside a Dexie live query, so every open page shows the same state. */
export async function readChecklistState(db: EerlijkWervenDatabase, bundled: ChecklistPack): Promise<ChecklistState> {
  const organisations = await readOrganisations(db);
  const organisation = await readActiveOrganisation(db, organisations);
  const stored = await readStoredPacks(db);
  const pack = effectivePack(stored, bundled, organisation.packId);
  return {
    organisations: organisations.length > 0 ? organisations : [organisation],
    organisation,
    pack,
    progress: await readProgress(db, organisation.id, pack.id),
    installedPacks: listInstalledPacks(stored, bundled),
  };
}
