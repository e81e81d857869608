import type { EerlijkWervenDatabase } from '../../lib/db/database';
import { localDay } from '../../lib/db/activity';

/** Fingerprints of the occurrences ignored on a site ("ignore here"). */
export async function ignoredFingerprints(db: EerlijkWervenDatabase, site: string): Promise<string[]> {
  const rows = await db.vacancyIgnored.where('site').equals(site).toArray();
  return rows.map((row) => row.fingerprint);
}

export async function ignoreOccurrence(db: EerlijkWervenDatabase, site: string, fingerprint: string, ruleId: string): Promise<void> {
  await db.vacancyIgnored.put({ site, fingerprint, ruleId, day: localDay() });
}
