import type { EerlijkWervenDatabase } from './database';
import type { ActivityRow } from './rows';
import { METRICS, type Metric } from '../schema/metrics';

/** Grounds and severities fit easily; anything beyond is dropped rather than stored. */
export const MAX_BREAKDOWN_KEYS_PER_ROW = 60;

export interface ActivityEntry {
  site: string;
  metric: Metric;
  count: number;
  breakdown?: Record<string, number>;
}

/** "2026-11-28" in the user's own time zone: a day is the day the user lived it. */
export function localDay(date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Add to today's counter for a site and metric (one row per day, site and metric). */
export async function recordActivity(db: EerlijkWervenDatabase, entry: ActivityEntry, now = new Date()): Promise<void> {
  const day = localDay(now);
  await db.transaction('rw', db.activity, async () => {
    const existing = await db.activity
      .where({ metric: entry.metric, day })
      .filter((row) => row.site === entry.site)
      .first();
    if (!existing) {
      await db.activity.add({ day, site: entry.site, metric: entry.metric, count: entry.count, breakdown: entry.breakdown });
      return;
    }
    const breakdown = { ...existing.breakdown };
    for (const [key, value] of Object.entries(entry.breakdown ?? {})) {
      // A day's row never grows past a bounded number of keys, whatever the messages carry.
      if (key in breakdown || Object.keys(breakdown).length < MAX_BREAKDOWN_KEYS_PER_ROW) breakdown[key] = (breakdown[key] ?? 0) + value;
    }
    await db.activity.update(existing.id!, {
      count: existing.count + entry.count,
      breakdown: entry.breakdown || existing.breakdown ? breakdown : undefined,
    });
  });
}

/** Totals per metric from `fromDay` to `toDay` (inclusive). */
export async function activityTotals(db: EerlijkWervenDatabase, fromDay: string, toDay: string): Promise<Record<Metric, number>> {
  const totals = Object.fromEntries(METRICS.map((metric) => [metric, 0])) as Record<Metric, number>;
  const rows: ActivityRow[] = await db.activity.where('day').between(fromDay, toDay, true, true).toArray();
  for (const row of rows) {
    if ((METRICS as readonly string[]).includes(row.metric)) totals[row.metric as Metric] += row.count;
  }
  return totals;
}
