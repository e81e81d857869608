import { describe, expect, it } from 'vitest';
import { findingsBreakdown } from '../../../components/vacancy/activity-breakdown';
import { loadVacancyActivity, periodRange, summarizeVacancyActivity } from '../../../entrypoints/dashboard/pages/vacancy/vacancy-stats';
import { recordActivity } from '../../../lib/db/activity';
import { getDatabase } from '../../../lib/db/database';
import type { ActivityRow } from '../../../lib/db/rows';

const row = (partial: Partial<ActivityRow>): ActivityRow =>
  ({ day: '2026-03-10', site: 'a.nl', metric: 'vacancies-checked', count: 1, ...partial }) as ActivityRow;

describe('vacancy activity breakdown', () => {
  it('counts findings per ground and per severity, with keys that cannot collide', () => {
    const breakdown = findingsBreakdown([
      { ground: 'age', severity: 'prohibited' },
      { ground: 'age', severity: 'risk' },
      { ground: 'gender', severity: 'style' },
    ]);
    expect(breakdown).toEqual({ age: 2, gender: 1, 'severity:prohibited': 1, 'severity:risk': 1, 'severity:style': 1 });
    expect(findingsBreakdown([])).toEqual({});
  });

  it('round-trips through the summary: what a page records is what the dashboard shows', () => {
    const findings = [
      { ground: 'origin', severity: 'prohibited' },
      { ground: 'origin', severity: 'prohibited' },
      { ground: 'working-hours', severity: 'risk' },
    ] as const;
    const summary = summarizeVacancyActivity([row({ breakdown: findingsBreakdown(findings) })]);
    expect(summary.found).toBe(3);
    expect(summary.byGround.origin.found).toBe(2);
    expect(summary.byGround['working-hours'].found).toBe(1);
    expect(summary.bySeverity.prohibited.found).toBe(2);
    expect(summary.bySeverity.risk.found).toBe(1);
    expect(summary.bySeverity.style.found).toBe(0);
  });
});

describe('summarizeVacancyActivity', () => {
  it('adds checked vacancies, findings and fixes, and counts sites once', () => {
    const summary = summarizeVacancyActivity([
      row({ count: 2, breakdown: { age: 3, 'severity:prohibited': 3 } }),
      row({ site: 'b.nl', breakdown: { gender: 1, 'severity:style': 1 } }),
      row({ day: '2026-03-11', breakdown: {} }),
      row({ metric: 'findings-fixed', count: 2, breakdown: { age: 2, 'severity:prohibited': 2 } }),
    ]);
    expect(summary).toMatchObject({ checked: 4, found: 4, fixed: 2, sites: 2 });
    expect(summary.byGround.age).toEqual({ found: 3, fixed: 2 });
    expect(summary.bySeverity.prohibited).toEqual({ found: 3, fixed: 2 });
  });

  it('leaves out other pillars, unknown keys and damaged numbers', () => {
    const summary = summarizeVacancyActivity([
      row({ metric: 'applicants-screened-blind', count: 50, breakdown: { age: 9 } }),
      row({ breakdown: { age: 1, colour: 4, 'severity:fatal': 2, 'severity:risk': -3, gender: Number.NaN, origin: 1.5, religion: 2 } }),
      // An older row from before severity keys: grounds only.
      row({ metric: 'findings-fixed', breakdown: { religion: 1 } }),
      row({ breakdown: undefined }),
    ]);
    expect(summary.checked).toBe(2);
    expect(summary.found).toBe(3);
    expect(summary.byGround.age.found).toBe(1);
    expect(summary.byGround.religion).toEqual({ found: 2, fixed: 1 });
    expect(summary.byGround.gender.found).toBe(0);
    expect(summary.byGround.origin.found).toBe(0);
    expect(summary.bySeverity).toEqual({ prohibited: { found: 0, fixed: 0 }, risk: { found: 0, fixed: 0 }, style: { found: 0, fixed: 0 } });
    expect(Object.keys(summary.byGround)).not.toContain('colour');
  });

  it('is all zero without rows', () => {
    expect(summarizeVacancyActivity([])).toMatchObject({ checked: 0, found: 0, fixed: 0, sites: 0 });
  });
});

describe('periodRange', () => {
  const now = new Date(2026, 1, 14, 9, 30); // 14 February 2026, local time
  it('this month starts on the first', () => {
    expect(periodRange('month', now)).toEqual({ from: '2026-02-01', to: '2026-02-14' });
  });
  it('this year starts on 1 January', () => {
    expect(periodRange('year', now)).toEqual({ from: '2026-01-01', to: '2026-02-14' });
  });
  it('the last 90 days include today and cross the year boundary', () => {
    expect(periodRange('days-90', now)).toEqual({ from: '2025-11-17', to: '2026-02-14' });
    expect(periodRange('days-90', new Date(2026, 2, 31, 23, 59))).toEqual({ from: '2026-01-01', to: '2026-03-31' });
  });
});

describe('loadVacancyActivity', () => {
  it('reads only the days inside the period', async () => {
    const db = getDatabase();
    await db.activity.clear();
    const now = new Date(2026, 5, 20, 12);
    await recordActivity(
      db,
      { site: 'a.nl', metric: 'vacancies-checked', count: 1, breakdown: { age: 1, 'severity:risk': 1 } },
      new Date(2026, 5, 2, 12),
    );
    await recordActivity(db, { site: 'a.nl', metric: 'vacancies-checked', count: 1, breakdown: { age: 2 } }, new Date(2026, 3, 1, 12));
    await recordActivity(db, { site: 'a.nl', metric: 'vacancies-checked', count: 1 }, new Date(2025, 11, 31, 12));
    await recordActivity(db, { site: 'a.nl', metric: 'vacancies-checked', count: 1 }, new Date(2026, 5, 21, 12));
    expect((await loadVacancyActivity(db, 'month', now)).checked).toBe(1);
    expect((await loadVacancyActivity(db, 'days-90', now)).checked).toBe(2);
    expect(await loadVacancyActivity(db, 'year', now)).toMatchObject({ checked: 2, found: 3 });
  });
});
