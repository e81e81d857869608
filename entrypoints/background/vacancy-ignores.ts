import type { EerlijkWervenDatabase } from '../../lib/db/database';
import { localDay } from '../../lib/db/activity';
import type { ForgetIgnore } from '../../lib/messages/vacancy-messages';
import type { Settings } from '../../lib/settings/schema';

/** Fingerprints of the occurrences ignored on a site ("ignore here"). */
export async function ignoredFingerprints(db: EerlijkWervenDatabase, site: string): Promise<string[]> {
  const rows = await db.vacancyIgnored.where('site').equals(site).toArray();
  return rows.map((row) => row.fingerprint);
}

export async function ignoreOccurrence(db: EerlijkWervenDatabase, site: string, fingerprint: string, ruleId: string): Promise<void> {
  await db.vacancyIgnored.put({ site, fingerprint, ruleId, day: localDay() });
}

/**
 * Undo rule ignores in settings (mutates `settings`, as `updateSettings` expects). Returns how
 * many entries went. A site left without ignored rules is dropped from the map.
 */
export function forgetRuleIgnores(settings: Settings, request: ForgetIgnore): number {
  const wording = settings.wording;
  switch (request.kind) {
    case 'rule-everywhere': {
      const before = wording.ignoredRules.length;
      wording.ignoredRules = wording.ignoredRules.filter((id) => id !== request.ruleId);
      return before - wording.ignoredRules.length;
    }
    case 'rule-site': {
      const current = wording.ignoredRulesBySite[request.site];
      if (!current) return 0;
      const kept = current.filter((id) => id !== request.ruleId);
      if (kept.length > 0) wording.ignoredRulesBySite[request.site] = kept;
      else delete wording.ignoredRulesBySite[request.site];
      return current.length - kept.length;
    }
    case 'clear': {
      if (request.list === 'rules-everywhere') {
        const removed = wording.ignoredRules.length;
        wording.ignoredRules = [];
        return removed;
      }
      if (request.list === 'rules-by-site') {
        const removed = Object.values(wording.ignoredRulesBySite).reduce((sum, ids) => sum + ids.length, 0);
        wording.ignoredRulesBySite = {};
        return removed;
      }
      return 0;
    }
    case 'occurrence':
      return 0;
  }
}

/** Undo ignored occurrences in the database: one, or all of them. Returns how many rows went. */
export async function forgetOccurrences(db: EerlijkWervenDatabase, request: ForgetIgnore): Promise<number> {
  if (request.kind === 'occurrence') {
    const key: [string, string] = [request.site, request.fingerprint];
    const existing = await db.vacancyIgnored.get(key);
    if (!existing) return 0;
    await db.vacancyIgnored.delete(key);
    return 1;
  }
  if (request.kind === 'clear' && request.list === 'occurrences') {
    const removed = await db.vacancyIgnored.count();
    await db.vacancyIgnored.clear();
    return removed;
  }
  return 0;
}
