import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EerlijkWervenDatabase } from '../../../lib/db/database';
import { screeningLogRowSchema } from '../../../lib/db/rows';
import { filterLog, logCounts } from '../../../lib/screening-store/log-view';
import { pseudonymNumbers } from '../../../lib/screening-store/pseudonyms';
import {
  appendLog,
  applicantView,
  decide,
  logPause,
  readLog,
  reveal,
  saveScores,
  setCriteria,
} from '../../../lib/screening-store/screening-records';
import { getOrCreateSecret } from '../../../lib/screening-store/secret';

const KEY_A = 'a'.repeat(64);
const KEY_B = 'b'.repeat(64);
let db: EerlijkWervenDatabase;
let counter = 0;

beforeEach(async () => {
  counter += 1;
  db = new EerlijkWervenDatabase(`screening-test-${counter}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const ref = { site: 'app.recruitee.com', vacancyId: 'Stage marketing', applicantKey: KEY_A };

describe('screening store', () => {
  it('makes the secret once and keeps it', async () => {
    const first = await getOrCreateSecret(db);
    expect(first).toMatch(/^[0-9a-f]{64}$/u);
    expect(await getOrCreateSecret(db)).toBe(first);
  });

  it('gives stable numbers per site that count up and are never reused', async () => {
    expect(await pseudonymNumbers(db, 'a.nl', [KEY_A, KEY_B])).toEqual({ numbers: { [KEY_A]: 1, [KEY_B]: 2 }, created: 2 });
    expect(await pseudonymNumbers(db, 'a.nl', [KEY_B])).toEqual({ numbers: { [KEY_B]: 2 }, created: 0 });
    expect((await pseudonymNumbers(db, 'b.nl', [KEY_B])).numbers[KEY_B]).toBe(1);
  });

  it('reads an applicant without handing out a pseudonym: an unknown key is refused and gets no number', async () => {
    await expect(applicantView(db, ref)).rejects.toThrow(/unknown applicant/u);
    expect(await db.meta.get(`screening-pseudonyms:${ref.site}`)).toBeUndefined();
    await pseudonymNumbers(db, ref.site, [KEY_B]);
    await expect(applicantView(db, ref)).rejects.toThrow(/unknown applicant/u);
    // KEY_A still has no number: registering it now gives 2, not a number taken by the reads.
    expect(await pseudonymNumbers(db, ref.site, [KEY_A])).toEqual({ numbers: { [KEY_A]: 2 }, created: 1 });
    expect(await applicantView(db, ref)).toMatchObject({ number: 2, revealed: false, scores: [] });
  });

  it('refuses a reveal without a decision or with an empty reason, and logs nothing then', async () => {
    await pseudonymNumbers(db, ref.site, [KEY_A]);
    expect(await reveal(db, ref, undefined)).toEqual({ allowed: false, problem: 'no-decision' });
    expect(await reveal(db, ref, 'omdat')).toEqual({ allowed: false, problem: 'reason-too-short' });
    expect(await readLog(db)).toEqual([]);
    expect((await applicantView(db, ref)).revealed).toBe(false);
  });

  it('reveals after a decision and logs decision and reveal by pseudonym', async () => {
    await setCriteria(db, ref.site, ref.vacancyId, [{ id: 'c1', label: 'Schrijfvaardigheid', weight: 3 }]);
    const scored = await saveScores(db, ref, [
      { criterionId: 'c1', score: 4, note: 'sterk' },
      { criterionId: 'nope', score: 1, note: '' },
    ]);
    expect(scored.scores).toEqual([{ criterionId: 'c1', score: 4, note: 'sterk' }]);
    const decided = await decide(db, ref, 'invite');
    expect(decided.beforeReveal).toBe(true);
    expect(await reveal(db, ref, undefined)).toMatchObject({ allowed: true, override: false });
    const log = await readLog(db);
    expect(log.map((row) => [row.kind, row.pseudonym, row.decision, row.override])).toEqual(
      expect.arrayContaining([
        ['decision', 'Kandidaat 1', 'invite', false],
        ['reveal', 'Kandidaat 1', 'invite', false],
      ]),
    );
    expect((await applicantView(db, ref)).revealed).toBe(true);
    expect((await decide(db, ref, 'doubt')).beforeReveal).toBe(false);
  });

  it('logs an override with its reason and counts it', async () => {
    const verdict = await reveal(db, ref, 'Tweede ronde: referentie nagaan bij de school');
    expect(verdict).toMatchObject({ allowed: true, override: true });
    await logPause(db, ref.site, true);
    const log = await readLog(db);
    expect(logCounts(log)).toEqual({ decisions: 0, reveals: 1, overrides: 1, pauses: 1 });
    expect(filterLog(log, { kind: 'pause' })).toHaveLength(1);
    expect(filterLog(log, { site: 'other.nl' })).toHaveLength(0);
    expect(filterLog(log, { from: '2999-01-01' })).toHaveLength(0);
  });

  it('cannot store a name in the log', async () => {
    await expect(
      appendLog(db, { at: new Date().toISOString(), site: 'a.nl', pseudonym: 'Fatima Benali', kind: 'reveal', override: false }),
    ).rejects.toThrow();
    expect(
      screeningLogRowSchema.safeParse({ at: new Date().toISOString(), site: 'a.nl', kind: 'pause', override: false, name: 'Fatima' })
        .success,
    ).toBe(false);
  });
});
