import { SEVERITY_KEY_PREFIX, type Breakdown } from '../../../../components/vacancy/activity-breakdown';
import { localDay } from '../../../../lib/db/activity';
import type { EerlijkWervenDatabase } from '../../../../lib/db/database';
import type { ActivityRow } from '../../../../lib/db/rows';
import { GROUNDS, SEVERITIES, type Ground, type Severity } from '../../../../lib/schema/grounds';

/** The periods the Vacaturecheck page can show. */
export const PERIODS = ['month', 'days-90', 'year'] as const;
export type Period = (typeof PERIODS)[number];

/** First and last day (inclusive, local "YYYY-MM-DD") of a period ending today. */
export function periodRange(period: Period, now = new Date()): { from: string; to: string } {
  const to = localDay(now);
  if (period === 'month') return { from: `${to.slice(0, 8)}01`, to };
  if (period === 'year') return { from: `${to.slice(0, 5)}01-01`, to };
  // Today and the 89 days before it; setDate handles month and year ends and summer time.
  const start = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 89, 12);
  return { from: localDay(start), to };
}

export interface FoundFixed {
  found: number;
  fixed: number;
}

export interface VacancyActivity {
  /** Vacancies checked (pages or SPA vacancies, one each). */
  checked: number;
  found: number;
  fixed: number;
  /** Sites where anything was checked. */
  sites: number;
  byGround: Record<Ground, FoundFixed>;
  bySeverity: Record<Severity, FoundFixed>;
}

function zeroes<K extends string>(keys: readonly K[]): Record<K, FoundFixed> {
  return Object.fromEntries(keys.map((key) => [key, { found: 0, fixed: 0 }])) as Record<K, FoundFixed>;
}

function addBreakdown(target: VacancyActivity, breakdown: Breakdown | undefined, field: keyof FoundFixed): number {
  let groundTotal = 0;
  for (const [key, value] of Object.entries(breakdown ?? {})) {
    // A damaged or older row: skip what is not a count of a known ground or severity.
    if (!Number.isSafeInteger(value) || value < 0) continue;
    if (key.startsWith(SEVERITY_KEY_PREFIX)) {
      const severity = key.slice(SEVERITY_KEY_PREFIX.length);
      if (Object.hasOwn(target.bySeverity, severity)) target.bySeverity[severity as Severity][field] += value;
    } else if (Object.hasOwn(target.byGround, key)) {
      target.byGround[key as Ground][field] += value;
      groundTotal += value;
    }
  }
  return groundTotal;
}

/**
 * Add up the vacancy check's daily counters: vacancies checked with the findings per ground and
 * severity they had, and the findings the user replaced. Other metrics are left out.
 */
export function summarizeVacancyActivity(rows: readonly ActivityRow[]): VacancyActivity {
  const summary: VacancyActivity = { checked: 0, found: 0, fixed: 0, sites: 0, byGround: zeroes(GROUNDS), bySeverity: zeroes(SEVERITIES) };
  const sites = new Set<string>();
  for (const row of rows) {
    if (row.metric === 'vacancies-checked') {
      summary.checked += row.count;
      summary.found += addBreakdown(summary, row.breakdown, 'found');
      sites.add(row.site);
    } else if (row.metric === 'findings-fixed') {
      summary.fixed += row.count;
      addBreakdown(summary, row.breakdown, 'fixed');
    }
  }
  summary.sites = sites.size;
  return summary;
}

export async function loadVacancyActivity(db: EerlijkWervenDatabase, period: Period, now = new Date()): Promise<VacancyActivity> {
  const { from, to } = periodRange(period, now);
  const rows = await db.activity.where('day').between(from, to, true, true).toArray();
  return summarizeVacancyActivity(rows);
}
