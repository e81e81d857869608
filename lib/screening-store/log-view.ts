import type { LOG_KINDS } from '../blinding/scoring';
import type { ScreeningLogRow } from '../db/rows';

/** Filters of the dashboard's screening log. Pure, for tests and the page. */
export interface LogFilter {
  site?: string;
  kind?: (typeof LOG_KINDS)[number];
  /** "YYYY-MM-DD": entries on or after this day (UTC date of `at`). */
  from?: string;
}

export function filterLog(rows: readonly ScreeningLogRow[], filter: LogFilter): ScreeningLogRow[] {
  return rows.filter(
    (row) =>
      (filter.site === undefined || row.site === filter.site) &&
      (filter.kind === undefined || row.kind === filter.kind) &&
      (filter.from === undefined || row.at.slice(0, 10) >= filter.from),
  );
}

export interface LogCounts {
  decisions: number;
  reveals: number;
  overrides: number;
  pauses: number;
}

export function logCounts(rows: readonly ScreeningLogRow[]): LogCounts {
  const counts: LogCounts = { decisions: 0, reveals: 0, overrides: 0, pauses: 0 };
  for (const row of rows) {
    if (row.kind === 'decision') counts.decisions += 1;
    else if (row.kind === 'reveal') {
      counts.reveals += 1;
      if (row.override) counts.overrides += 1;
    } else if (row.kind === 'pause') counts.pauses += 1;
  }
  return counts;
}
