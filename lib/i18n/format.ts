import type { Locale } from './locale';

const LANGUAGE_TAG: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

/** "2026-11-28" as people read it: "28 november 2026" / "28 November 2026". Other text is returned as is. */
export function formatDay(day: string, locale: Locale): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  // Noon local time: the calendar day never shifts, whatever the time zone.
  const date = new Date(`${day}T12:00:00`);
  return Number.isNaN(date.getTime())
    ? day
    : date.toLocaleDateString(LANGUAGE_TAG[locale], { day: 'numeric', month: 'long', year: 'numeric' });
}

/** A moment with date and time, e.g. "28-11-2026 14:05". */
export function formatMoment(moment: string | number | Date, locale: Locale): string {
  const date = new Date(moment);
  return Number.isNaN(date.getTime()) ? String(moment) : date.toLocaleString(LANGUAGE_TAG[locale]);
}

/** A number with the locale's decimal comma or point, e.g. 4.25 → "4,3" (nl). */
export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 1): string {
  return value.toLocaleString(LANGUAGE_TAG[locale], { minimumFractionDigits: 0, maximumFractionDigits });
}
