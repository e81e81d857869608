import type { BilingualText } from '../i18n/locale';
import { packSchema, type ChecklistPack } from '../checklist/pack-schema';
import { compareVersions } from '../checklist/semver';
import type { EerlijkWervenDatabase } from '../db/database';
import type { ChecklistPackRow } from '../db/rows';

/** A pack the user can choose for an organisation. */
export interface InstalledPack {
  id: string;
  version: string;
  name: BilingualText;
  itemCount: number;
  /** bundled = shipped with the extension; imported = read from a file. */
  source: 'bundled' | 'imported';
}

const parsedRows = new Map<string, ChecklistPack>();

/** Stored rows are parsed once per id and version (architecture principle 4: parse what is read). */
function parsedPack(row: ChecklistPackRow): ChecklistPack | undefined {
  const key = `${row.id}@${row.version}`;
  const known = parsedRows.get(key);
  if (known) return known;
  const parsed = packSchema.safeParse(row.pack);
  if (!parsed.success) return undefined;
  parsedRows.set(key, parsed.data);
  return parsed.data;
}

/** Stored packs that are readable, by id. */
export async function readStoredPacks(db: EerlijkWervenDatabase): Promise<Map<string, ChecklistPack>> {
  const packs = new Map<string, ChecklistPack>();
  for (const row of await db.checklistPacks.toArray()) {
    const pack = parsedPack(row);
    if (pack) packs.set(pack.id, pack);
  }
  return packs;
}

/**
 * The pack in force for an id: a stored copy of the bundled pack wins only when it is newer
 * (an imported update); otherwise the bundled one, so an extension update brings its new version.
 * An unknown id falls back to the bundled pack.
 */
export function effectivePack(stored: ReadonlyMap<string, ChecklistPack>, bundled: ChecklistPack, packId: string): ChecklistPack {
  const copy = stored.get(packId);
  if (packId === bundled.id) return copy && compareVersions(copy.version, bundled.version) > 0 ? copy : bundled;
  return copy ?? bundled;
}

function itemCount(pack: ChecklistPack): number {
  return pack.sections.reduce((sum, section) => sum + section.items.length, 0);
}

/** Every pack to choose from: the bundled one (or its imported update) first, then imported ones by name. */
export function listInstalledPacks(stored: ReadonlyMap<string, ChecklistPack>, bundled: ChecklistPack): InstalledPack[] {
  const main = effectivePack(stored, bundled, bundled.id);
  const others = [...stored.values()].filter((pack) => pack.id !== bundled.id).sort((a, b) => a.name.nl.localeCompare(b.name.nl, 'nl'));
  return [main, ...others].map((pack) => ({
    id: pack.id,
    version: pack.version,
    name: pack.name,
    itemCount: itemCount(pack),
    source: pack === bundled ? 'bundled' : 'imported',
  }));
}
