import { afterEach, beforeEach, expect, test } from 'vitest';
import { activityTotals, localDay, MAX_BREAKDOWN_KEYS_PER_ROW, recordActivity } from '../../../lib/db/activity';
import { EerlijkWervenDatabase } from '../../../lib/db/database';

let db: EerlijkWervenDatabase;
beforeEach(async () => {
  db = new EerlijkWervenDatabase(`activity-test-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

test('counts for one day, site and metric add up in one row, breakdowns too', async () => {
  const day = new Date(2026, 10, 28, 9);
  await recordActivity(db, { site: 'acme.nl', metric: 'vacancies-checked', count: 1, breakdown: { age: 2 } }, day);
  await recordActivity(db, { site: 'acme.nl', metric: 'vacancies-checked', count: 1, breakdown: { age: 1, origin: 1 } }, day);
  await recordActivity(db, { site: 'other.nl', metric: 'vacancies-checked', count: 1 }, day);
  const rows = await db.activity.orderBy('site').toArray();
  expect(rows.map(({ site, count, breakdown }) => ({ site, count, breakdown }))).toEqual([
    { site: 'acme.nl', count: 2, breakdown: { age: 3, origin: 1 } },
    { site: 'other.nl', count: 1, breakdown: undefined },
  ]);
});

test('totals cover the days asked for and nothing else', async () => {
  await recordActivity(db, { site: 'a', metric: 'applicants-screened-blind', count: 5 }, new Date(2026, 9, 31));
  await recordActivity(db, { site: 'a', metric: 'applicants-screened-blind', count: 3 }, new Date(2026, 10, 1));
  await recordActivity(db, { site: 'a', metric: 'decided-before-reveal', count: 2 }, new Date(2026, 10, 30));
  const totals = await activityTotals(db, '2026-11-01', '2026-11-30');
  expect(totals['applicants-screened-blind']).toBe(3);
  expect(totals['decided-before-reveal']).toBe(2);
  expect(totals['vacancies-checked']).toBe(0);
});

test('a day is the local calendar day', () => {
  expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
});

test('a day row keeps at most a bounded number of breakdown keys, however many messages add new ones', async () => {
  const day = new Date(2026, 10, 28);
  for (let batch = 0; batch < 5; batch++) {
    const breakdown = Object.fromEntries(Array.from({ length: 30 }, (_, index) => [`k${batch}-${index}`, 1]));
    await recordActivity(db, { site: 'a', metric: 'vacancies-checked', count: 1, breakdown }, day);
  }
  const [row] = await db.activity.toArray();
  expect(Object.keys(row!.breakdown!)).toHaveLength(MAX_BREAKDOWN_KEYS_PER_ROW);
  expect(row!.count).toBe(5);
});
