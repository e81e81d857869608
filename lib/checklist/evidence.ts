import type { BilingualText } from '../i18n/locale';
import { addDays, dayToUtcMs, startOfMonth } from './dates';
import { METRICS, type ChecklistItem, type ChecklistPack, type Metric } from './pack-schema';

/**
 * Figures from real use: the vacancy check and blind screening count what they do per day
 * (lib/db/activity.ts, one row per day, site and metric); items with a `metric` show the total
 * for a period the user picks.
 */

/** Structurally the same as an activity row from the database. */
export interface ActivityCount {
  day: string;
  metric: string;
  count: number;
}

export type EvidencePeriod = { kind: 'this-month' } | { kind: 'last-days'; days: number } | { kind: 'range'; from: string; to: string };

export interface DayRange {
  from: string;
  to: string;
}

/** The inclusive days a period covers, counted back from `today`. */
export function resolvePeriod(period: EvidencePeriod, today: string): DayRange {
  switch (period.kind) {
    case 'this-month':
      return { from: startOfMonth(today), to: today };
    case 'last-days': {
      const days = Math.max(1, Math.floor(period.days));
      return { from: addDays(today, -(days - 1)), to: today };
    }
    case 'range':
      return period.from <= period.to ? { from: period.from, to: period.to } : { from: period.to, to: period.from };
  }
}

export function describePeriod(period: EvidencePeriod, today: string): BilingualText {
  switch (period.kind) {
    case 'this-month':
      return { nl: 'deze maand', en: 'this month' };
    case 'last-days':
      return { nl: `afgelopen ${Math.max(1, Math.floor(period.days))} dagen`, en: `last ${Math.max(1, Math.floor(period.days))} days` };
    case 'range': {
      const { from, to } = resolvePeriod(period, today);
      return { nl: `${from} t/m ${to}`, en: `${from} to ${to}` };
    }
  }
}

function isMetric(value: string): value is Metric {
  return (METRICS as readonly string[]).includes(value);
}

function isUsableRow(row: ActivityCount): boolean {
  if (!Number.isFinite(row.count) || row.count < 0) return false;
  try {
    dayToUtcMs(row.day);
    return true;
  } catch {
    return false;
  }
}

/** Totals per metric within the range; rows with unknown metrics, bad days or bad counts are ignored. */
export function metricTotals(rows: readonly ActivityCount[], range: DayRange): Record<Metric, number> {
  const totals = Object.fromEntries(METRICS.map((metric) => [metric, 0])) as Record<Metric, number>;
  for (const row of rows) {
    if (!isMetric(row.metric) || row.day < range.from || row.day > range.to || !isUsableRow(row)) continue;
    totals[row.metric] += row.count;
  }
  return totals;
}

/** "12 vacatures gecontroleerd" / "12 vacancies checked", with singular forms. */
export function describeMetric(metric: Metric, value: number): BilingualText {
  const one = value === 1;
  switch (metric) {
    case 'vacancies-checked':
      return { nl: `${value} ${one ? 'vacature' : 'vacatures'} gecontroleerd`, en: `${value} ${one ? 'vacancy' : 'vacancies'} checked` };
    case 'findings-fixed':
      return { nl: `${value} ${one ? 'bevinding' : 'bevindingen'} verbeterd`, en: `${value} ${one ? 'finding' : 'findings'} fixed` };
    case 'vacancies-readable':
      return {
        nl: `${value} ${one ? 'vacature' : 'vacatures'} op het doelniveau van leesbaarheid`,
        en: `${value} ${one ? 'vacancy' : 'vacancies'} at the target reading level`,
      };
    case 'applicants-screened-blind':
      return {
        nl: `${value} ${one ? 'kandidaat' : 'kandidaten'} blind gescreend`,
        en: `${value} ${one ? 'applicant' : 'applicants'} screened blind`,
      };
    case 'decided-before-reveal':
      return {
        nl: `${value} ${one ? 'besluit' : 'besluiten'} vóór onthulling`,
        en: `${value} ${one ? 'decision' : 'decisions'} before reveal`,
      };
    case 'reveals-with-override':
      return {
        nl: `${value} keer vóór een besluit onthuld, met reden`,
        en: `${value} ${one ? 'reveal' : 'reveals'} before a decision, with a reason`,
      };
  }
}

export interface EvidenceFigure {
  metric: Metric;
  value: number;
  range: DayRange;
  label: BilingualText;
  /** For reveal metrics: the share of reveals that came after a recorded decision (0..1), if any reveals happened. */
  decidedFirstShare?: number;
  detail?: BilingualText;
}

/** The figure for one item in a period, or undefined when the item has no metric. */
export function evidenceForItem(
  item: ChecklistItem,
  rows: readonly ActivityCount[],
  period: EvidencePeriod,
  today: string,
): EvidenceFigure | undefined {
  if (!item.metric) return undefined;
  const range = resolvePeriod(period, today);
  const totals = metricTotals(rows, range);
  const value = totals[item.metric];
  const figure: EvidenceFigure = { metric: item.metric, value, range, label: describeMetric(item.metric, value) };
  if (item.metric === 'vacancies-readable' && totals['vacancies-checked'] > 0) {
    const checked = totals['vacancies-checked'];
    const percent = Math.round((Math.min(value, checked) / checked) * 100);
    figure.detail = {
      nl: `${percent}% van de ${checked} gecontroleerde vacatures haalde het doelniveau`,
      en: `${percent}% of the ${checked} checked vacancies reached the target level`,
    };
  }
  if (item.metric === 'decided-before-reveal' || item.metric === 'reveals-with-override') {
    const reveals = totals['decided-before-reveal'] + totals['reveals-with-override'];
    if (reveals > 0) {
      const share = totals['decided-before-reveal'] / reveals;
      const percent = Math.round(share * 100);
      figure.decidedFirstShare = share;
      figure.detail = {
        nl: `${percent}% van de onthullingen kwam na een vastgelegd besluit`,
        en: `${percent}% of reveals came after a recorded decision`,
      };
    }
  }
  return figure;
}

/** Figures for every item of the pack that has a metric, keyed by item id. */
export function evidenceForPack(
  pack: ChecklistPack,
  rows: readonly ActivityCount[],
  period: EvidencePeriod,
  today: string,
): Record<string, EvidenceFigure> {
  const figures: Record<string, EvidenceFigure> = {};
  for (const section of pack.sections) {
    for (const item of section.items) {
      const figure = evidenceForItem(item, rows, period, today);
      if (figure) figures[item.id] = figure;
    }
  }
  return figures;
}
