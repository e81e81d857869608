/**
 * Calendar days as "YYYY-MM-DD" strings. Due dates, review dates and snapshots are days, not
 * moments, so the core works on day strings (which also sort correctly as plain strings) and never
 * on the machine's clock: callers pass `today`.
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** The local calendar day of a Date, e.g. for `today` in the user's own time zone. */
export function isoDay(date: Date): string {
  const year = String(date.getFullYear()).padStart(4, '0');
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/** Milliseconds of the day's UTC midnight; throws on a string that is not a real calendar day. */
export function dayToUtcMs(day: string): number {
  const match = ISO_DAY.exec(day);
  if (!match) throw new RangeError(`Not a calendar day: "${day}"`);
  const [, year, month, date] = match.map(Number) as [number, number, number, number];
  const ms = Date.UTC(year, month - 1, date);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== date) {
    throw new RangeError(`Not a calendar day: "${day}"`);
  }
  return ms;
}

/** The day `days` after (or before, when negative) `day`. */
export function addDays(day: string, days: number): string {
  return new Date(dayToUtcMs(day) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayToUtcMs(to) - dayToUtcMs(from)) / MS_PER_DAY);
}

/** First day of the month that `day` falls in. */
export function startOfMonth(day: string): string {
  dayToUtcMs(day);
  return `${day.slice(0, 8)}01`;
}
