import { PROGRESS_LIMITS } from '../checklist/progress-schema';
import { ACTIVE_ORGANISATION_KEY, DEFAULT_PACK_ID, type EerlijkWervenDatabase } from '../db/database';
import type { OrganisationRow } from '../db/rows';
import { readActiveOrganisation, readOrganisations } from './state';

export type OrganisationErrorCode = 'empty-name' | 'name-too-long' | 'duplicate-name' | 'unknown' | 'last-one';

export class OrganisationError extends Error {
  constructor(readonly code: OrganisationErrorCode) {
    super(`Organisation change refused: ${code}`);
    this.name = 'OrganisationError';
  }
}

function cleanName(name: string, others: readonly OrganisationRow[]): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (trimmed === '') throw new OrganisationError('empty-name');
  if (trimmed.length > PROGRESS_LIMITS.organisationNameChars) throw new OrganisationError('name-too-long');
  const folded = trimmed.toLocaleLowerCase('nl');
  if (others.some((row) => row.name.toLocaleLowerCase('nl') === folded)) throw new OrganisationError('duplicate-name');
  return trimmed;
}

/** The stand-in default profile is stored before anything refers to it. */
async function storeActiveIfMissing(db: EerlijkWervenDatabase): Promise<OrganisationRow> {
  const active = await readActiveOrganisation(db);
  if (!(await db.organisations.get(active.id))) await db.organisations.put({ ...active, createdAt: new Date().toISOString() });
  return active;
}

function newId(): string {
  return `org-${Date.now().toString(36)}-${crypto.randomUUID().slice(0, 8)}`;
}

/** A new organisation with no progress, working on the given pack (default: the active one's); it becomes active. */
export async function createOrganisation(
  db: EerlijkWervenDatabase,
  name: string,
  packId?: string,
  now = new Date(),
): Promise<OrganisationRow> {
  return db.transaction('rw', [db.organisations, db.meta], async () => {
    const active = await storeActiveIfMissing(db);
    const row: OrganisationRow = {
      id: newId(),
      name: cleanName(name, await readOrganisations(db)),
      createdAt: now.toISOString(),
      packId: packId ?? active.packId ?? DEFAULT_PACK_ID,
    };
    await db.organisations.add(row);
    await db.meta.put({ key: ACTIVE_ORGANISATION_KEY, value: row.id });
    return row;
  });
}

export async function renameOrganisation(db: EerlijkWervenDatabase, id: string, name: string): Promise<void> {
  await db.transaction('rw', [db.organisations, db.meta], async () => {
    await storeActiveIfMissing(db);
    const all = await readOrganisations(db);
    if (!all.some((row) => row.id === id)) throw new OrganisationError('unknown');
    await db.organisations.update(id, {
      name: cleanName(
        name,
        all.filter((row) => row.id !== id),
      ),
    });
  });
}

export async function setActiveOrganisation(db: EerlijkWervenDatabase, id: string): Promise<void> {
  await db.transaction('rw', [db.organisations, db.meta], async () => {
    await storeActiveIfMissing(db);
    if (!(await db.organisations.get(id))) throw new OrganisationError('unknown');
    await db.meta.put({ key: ACTIVE_ORGANISATION_KEY, value: id });
  });
}

/** Which pack an organisation works on; its progress on other packs stays stored for when it switches back. */
export async function setOrganisationPack(db: EerlijkWervenDatabase, id: string, packId: string): Promise<void> {
  await db.transaction('rw', [db.organisations, db.meta], async () => {
    await storeActiveIfMissing(db);
    if (!(await db.organisations.get(id))) throw new OrganisationError('unknown');
    await db.organisations.update(id, { packId });
  });
}

/** Delete an organisation and all its progress, history and archive. The last one cannot go. */
export async function deleteOrganisation(db: EerlijkWervenDatabase, id: string): Promise<void> {
  await db.transaction('rw', [db.organisations, db.meta, db.checklistProgress, db.checklistSnapshots, db.checklistArchive], async () => {
    await storeActiveIfMissing(db);
    const all = await readOrganisations(db);
    if (!all.some((row) => row.id === id)) throw new OrganisationError('unknown');
    if (all.length === 1) throw new OrganisationError('last-one');
    const active = await readActiveOrganisation(db, all);
    await db.organisations.delete(id);
    await db.checklistProgress.where('organisationId').equals(id).delete();
    await db.checklistSnapshots.where('organisationId').equals(id).delete();
    await db.checklistArchive.where('organisationId').equals(id).delete();
    if (active.id === id) {
      const next = all.find((row) => row.id !== id);
      if (next) await db.meta.put({ key: ACTIVE_ORGANISATION_KEY, value: next.id });
    }
  });
}
