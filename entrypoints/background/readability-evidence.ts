/**
 * Evidence for the gold-standard item on plain vacancy language: of the vacancies checked, how
 * many reached the target level. The background reads every checked block's readability when it
 * analyses it (vacancy-handlers.ts) and keeps the latest verdict per tab in memory; when the page's vacancy
 * is counted as checked (activity:record), the verdict of its longest block is counted too.
 * Only the verdict is kept, never the text.
 */
import { recordActivity } from '../../lib/db/activity';
import type { EerlijkWervenDatabase } from '../../lib/db/database';

interface Verdict {
  chars: number;
  reached: boolean | null;
}

const MAX_TABS = 48;
const verdicts = new Map<number, Map<string, Verdict>>();

/** Remember one analysed block's verdict (its readability reached the target or not) for its tab. */
export function noteReadability(tabId: number | undefined, block: string, chars: number, reached: boolean | null): void {
  if (tabId === undefined) return;
  let blocks = verdicts.get(tabId);
  if (!blocks) {
    blocks = new Map();
    verdicts.set(tabId, blocks);
    if (verdicts.size > MAX_TABS) verdicts.delete(verdicts.keys().next().value as number);
  }
  blocks.set(block, { chars, reached });
}

/**
 * After a vacancy was counted as checked: count it as readable when its longest block reached the
 * target. The tab's verdicts are then dropped, so the next vacancy in the tab starts afresh.
 */
export async function recordReadableVacancy(
  db: EerlijkWervenDatabase,
  tabId: number | undefined,
  site: string,
  now = new Date(),
): Promise<boolean> {
  const blocks = tabId === undefined ? undefined : verdicts.get(tabId);
  if (!blocks || blocks.size === 0) return false;
  verdicts.delete(tabId as number);
  const longest = [...blocks.values()].reduce((best, v) => (v.chars > best.chars ? v : best));
  if (longest.reached !== true) return false;
  await recordActivity(db, { site, metric: 'vacancies-readable', count: 1 }, now);
  return true;
}
