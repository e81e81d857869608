import { describe, expect, it } from 'vitest';
import { addDays, dayToUtcMs, daysBetween, isoDay, startOfMonth } from '../../../lib/checklist/dates';
import {
  describeMetric,
  evidenceForItem,
  evidenceForPack,
  metricTotals,
  resolvePeriod,
  type ActivityCount,
} from '../../../lib/checklist/evidence';
import { findItem } from '../../../lib/checklist/pack-schema';
import { loadDefaultPack } from './helpers';

const rows: ActivityCount[] = [
  { day: '2026-03-01', metric: 'vacancies-checked', count: 2 },
  { day: '2026-03-09', metric: 'vacancies-checked', count: 3 },
  { day: '2026-02-20', metric: 'vacancies-checked', count: 10 },
  { day: '2025-11-01', metric: 'vacancies-checked', count: 100 },
  { day: '2026-03-05', metric: 'decided-before-reveal', count: 9 },
  { day: '2026-03-06', metric: 'reveals-with-override', count: 1 },
  { day: '2026-03-06', metric: 'unknown-metric', count: 50 },
  { day: '2026-13-01', metric: 'vacancies-checked', count: 1000 },
  { day: '2026-03-07', metric: 'vacancies-checked', count: -4 },
  { day: '2026-03-07', metric: 'findings-fixed', count: Number.NaN },
];
const today = '2026-03-10';

describe('periods', () => {
  it('resolves this month, the last N days and a range (either order)', () => {
    expect(resolvePeriod({ kind: 'this-month' }, today)).toEqual({ from: '2026-03-01', to: today });
    expect(resolvePeriod({ kind: 'last-days', days: 90 }, today)).toEqual({ from: '2025-12-11', to: today });
    expect(resolvePeriod({ kind: 'last-days', days: 0 }, today)).toEqual({ from: today, to: today });
    expect(resolvePeriod({ kind: 'range', from: '2026-03-05', to: '2026-03-01' }, today)).toEqual({
      from: '2026-03-01',
      to: '2026-03-05',
    });
  });
});

describe('metricTotals', () => {
  it('sums counts in the range and ignores unknown metrics, bad days and bad counts', () => {
    const totals = metricTotals(rows, { from: '2026-03-01', to: today });
    expect(totals).toEqual({
      'vacancies-checked': 5,
      'findings-fixed': 0,
      'vacancies-readable': 0,
      'applicants-screened-blind': 0,
      'decided-before-reveal': 9,
      'reveals-with-override': 1,
    });
    expect(metricTotals(rows, resolvePeriod({ kind: 'last-days', days: 90 }, today))['vacancies-checked']).toBe(15);
  });
});

describe('evidence for items', () => {
  const pack = loadDefaultPack();

  it('gives the figure for an item with a metric, with a readable label', () => {
    const item = findItem(pack, 'mon-vacature-audit')!.item;
    const figure = evidenceForItem(item, rows, { kind: 'this-month' }, today);
    expect(figure?.value).toBe(5);
    expect(figure?.label).toEqual({ nl: '5 vacatures gecontroleerd', en: '5 vacancies checked' });
  });

  it('adds the share of reveals after a decision to the reveal items', () => {
    const item = findItem(pack, 'sel-onthullen')!.item;
    const figure = evidenceForItem(item, rows, { kind: 'this-month' }, today);
    expect(figure?.decidedFirstShare).toBeCloseTo(0.9);
    expect(figure?.detail?.nl).toBe('90% van de onthullingen kwam na een vastgelegd besluit');
    expect(evidenceForItem(item, [], { kind: 'this-month' }, today)?.decidedFirstShare).toBeUndefined();
  });

  it('says how many of the checked vacancies reached the target reading level', () => {
    const item = findItem(pack, 'vac-leesbaar')!.item;
    const readable = [...rows, { day: '2026-03-09', metric: 'vacancies-readable', count: 2 }];
    const figure = evidenceForItem(item, readable, { kind: 'this-month' }, today);
    expect(figure?.label).toEqual({ nl: '2 vacatures op het doelniveau van leesbaarheid', en: '2 vacancies at the target reading level' });
    expect(figure?.detail?.nl).toBe('40% van de 5 gecontroleerde vacatures haalde het doelniveau');
    expect(evidenceForItem(item, [], { kind: 'this-month' }, today)?.detail).toBeUndefined();
  });

  it('gives nothing for items without a metric and covers all six metric items of the default pack', () => {
    expect(evidenceForItem(findItem(pack, 'beleid-norm')!.item, rows, { kind: 'this-month' }, today)).toBeUndefined();
    expect(Object.keys(evidenceForPack(pack, rows, { kind: 'this-month' }, today)).sort()).toEqual([
      'mon-vacature-audit',
      'sel-blind',
      'sel-criteria',
      'sel-onthullen',
      'vac-geen-direct',
      'vac-leesbaar',
    ]);
  });

  it('uses singular forms for one', () => {
    expect(describeMetric('applicants-screened-blind', 1).nl).toBe('1 kandidaat blind gescreend');
    expect(describeMetric('findings-fixed', 1).en).toBe('1 finding fixed');
  });
});

describe('calendar days', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(daysBetween('2026-01-01', '2026-03-01')).toBe(59);
    expect(startOfMonth('2026-03-10')).toBe('2026-03-01');
    expect(isoDay(new Date(2026, 2, 9, 23, 59))).toBe('2026-03-09');
  });

  it('refuses days that do not exist', () => {
    for (const bad of ['2026-02-30', '2026-3-1', 'gisteren', '2026-00-10']) expect(() => dayToUtcMs(bad), bad).toThrow(RangeError);
  });
});
