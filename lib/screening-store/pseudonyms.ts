import {
  assignPseudonym,
  emptyPseudonymRegistry,
  lookupPseudonym,
  siteRegistrySchema,
  type PseudonymRegistry,
} from '../blinding/pseudonym';
import { PSEUDONYM_LIST_PREFIX } from '../db/backup-privacy';
import type { EerlijkWervenDatabase } from '../db/database';

/**
 * Pseudonym numbers per site, by applicant key, in `meta` under "screening-pseudonyms:<site>".
 * Uses the pure registry of lib/blinding/pseudonym.ts: numbers count up per site from 1 and are
 * never reused. One transaction per request, so two tabs cannot hand out the same number.
 */
const metaKey = (site: string) => `${PSEUDONYM_LIST_PREFIX}${site}`;

export async function pseudonymNumbers(
  db: EerlijkWervenDatabase,
  site: string,
  keys: readonly string[],
): Promise<{ numbers: Record<string, number>; created: number }> {
  return db.transaction('rw', db.meta, async () => {
    const row = await db.meta.get(metaKey(site));
    const stored = siteRegistrySchema.safeParse(row?.value);
    let registry: PseudonymRegistry = emptyPseudonymRegistry();
    if (stored.success) registry = { version: 1, sites: { [site]: stored.data } };
    const numbers: Record<string, number> = {};
    let created = 0;
    for (const key of keys) {
      const result = assignPseudonym(registry, site, key);
      registry = result.registry;
      numbers[key] = result.sequenceNumber;
      if (result.created) created += 1;
    }
    if (created > 0) await db.meta.put({ key: metaKey(site), value: registry.sites[site] });
    return { numbers, created };
  });
}

/** The number of one key, assigning one if it has none. */
export async function pseudonymNumber(db: EerlijkWervenDatabase, site: string, key: string): Promise<number> {
  const { numbers } = await pseudonymNumbers(db, site, [key]);
  return numbers[key]!;
}

/** The number of one key if it has one; never assigns (for requests that only read). */
export async function knownPseudonymNumber(db: EerlijkWervenDatabase, site: string, key: string): Promise<number | undefined> {
  const stored = siteRegistrySchema.safeParse((await db.meta.get(metaKey(site)))?.value);
  if (!stored.success) return undefined;
  return lookupPseudonym({ version: 1, sites: { [site]: stored.data } }, site, key);
}
