import { formatPseudonym } from '../blinding/pseudonym';
import { canReveal, type Criterion, type CriterionScore, type Decision, type RevealVerdict } from '../blinding/scoring';
import type { EerlijkWervenDatabase } from '../db/database';
import { screeningLogRowSchema, type ScreeningLogRow, type ScreeningStateRow } from '../db/rows';
import { knownPseudonymNumber, pseudonymNumber } from './pseudonyms';

/**
 * Criteria, scores, decisions and reveals (docs/decisions.md#criteria-before-reveal), by site,
 * vacancy and applicant key. Every decision, reveal and pause is logged with its pseudonym; the log
 * never holds a name (its row schema is strict and its pseudonym must be one).
 */

export interface ApplicantRef {
  site: string;
  vacancyId: string;
  applicantKey: string;
}

export interface ApplicantView {
  number: number;
  scores: CriterionScore[];
  decision?: Decision;
  decidedAt?: string;
  revealed: boolean;
}

export async function getCriteria(db: EerlijkWervenDatabase, site: string, vacancyId: string): Promise<Criterion[]> {
  return (await db.screeningCriteria.get([site, vacancyId]))?.criteria ?? [];
}

export async function setCriteria(
  db: EerlijkWervenDatabase,
  site: string,
  vacancyId: string,
  criteria: Criterion[],
  now = new Date(),
): Promise<Criterion[]> {
  await db.screeningCriteria.put({ site, vacancyId, criteria, updatedAt: now.toISOString() });
  return criteria;
}

async function stateRow(db: EerlijkWervenDatabase, ref: ApplicantRef): Promise<ScreeningStateRow> {
  return (await db.screeningStates.get([ref.site, ref.vacancyId, ref.applicantKey])) ?? { ...ref, scores: [] };
}

/**
 * Read one applicant's state. Reading never hands out a pseudonym: a key the content script has
 * not registered through `screening:pseudonyms` is refused rather than given a number.
 */
export async function applicantView(db: EerlijkWervenDatabase, ref: ApplicantRef): Promise<ApplicantView> {
  const number = await knownPseudonymNumber(db, ref.site, ref.applicantKey);
  if (number === undefined) throw new Error('unknown applicant');
  return toView(await stateRow(db, ref), number);
}

function toView(row: ScreeningStateRow, number: number): ApplicantView {
  return {
    number,
    scores: row.scores,
    ...(row.decision === undefined ? {} : { decision: row.decision }),
    ...(row.decidedAt === undefined ? {} : { decidedAt: row.decidedAt }),
    revealed: row.revealedAt !== undefined,
  };
}

/** Store scores; scores for criteria the vacancy does not have are dropped. */
export async function saveScores(db: EerlijkWervenDatabase, ref: ApplicantRef, scores: CriterionScore[]): Promise<ApplicantView> {
  const criteria = await getCriteria(db, ref.site, ref.vacancyId);
  const known = new Set(criteria.map((criterion) => criterion.id));
  const row = await stateRow(db, ref);
  const next = { ...row, scores: scores.filter((score) => known.has(score.criterionId)) };
  await db.screeningStates.put(next);
  return toView(next, await pseudonymNumber(db, ref.site, ref.applicantKey));
}

export async function appendLog(db: EerlijkWervenDatabase, entry: Omit<ScreeningLogRow, 'id'>): Promise<void> {
  await db.screeningLog.add(screeningLogRowSchema.parse(entry));
}

/** Record a decision and log it. `beforeReveal` is true when the applicant was still blind. */
export async function decide(
  db: EerlijkWervenDatabase,
  ref: ApplicantRef,
  decision: Decision,
  now = new Date(),
): Promise<{ view: ApplicantView; beforeReveal: boolean }> {
  return db.transaction('rw', [db.screeningStates, db.screeningLog, db.meta], async () => {
    const row = await stateRow(db, ref);
    const next: ScreeningStateRow = { ...row, decision, decidedAt: now.toISOString() };
    await db.screeningStates.put(next);
    const number = await pseudonymNumber(db, ref.site, ref.applicantKey);
    await appendLog(db, {
      at: now.toISOString(),
      site: ref.site,
      pseudonym: formatPseudonym(number, 'nl'),
      kind: 'decision',
      decision,
      override: false,
    });
    return { view: toView(next, number), beforeReveal: row.revealedAt === undefined };
  });
}

/**
 * May the recruiter see who this is? Decided by the stored state (never by what the page says):
 * after a decision, or with a reason (override). Allowed reveals are logged.
 */
export async function reveal(
  db: EerlijkWervenDatabase,
  ref: ApplicantRef,
  reason: string | undefined,
  now = new Date(),
): Promise<RevealVerdict> {
  return db.transaction('rw', [db.screeningStates, db.screeningLog, db.meta], async () => {
    const row = await stateRow(db, ref);
    const verdict = canReveal(row, reason);
    if (!verdict.allowed) return verdict;
    const number = await pseudonymNumber(db, ref.site, ref.applicantKey);
    await db.screeningStates.put({ ...row, revealedAt: row.revealedAt ?? now.toISOString() });
    await appendLog(db, {
      at: now.toISOString(),
      site: ref.site,
      pseudonym: formatPseudonym(number, 'nl'),
      kind: 'reveal',
      ...(row.decision === undefined ? {} : { decision: row.decision }),
      ...(verdict.override ? { reason: verdict.reason } : {}),
      override: verdict.override,
    });
    return verdict;
  });
}

export async function logPause(db: EerlijkWervenDatabase, site: string, paused: boolean, now = new Date()): Promise<void> {
  await appendLog(db, { at: now.toISOString(), site, kind: paused ? 'pause' : 'resume', override: false });
}

/** The log, newest first. */
export async function readLog(db: EerlijkWervenDatabase): Promise<ScreeningLogRow[]> {
  return db.screeningLog.orderBy('at').reverse().toArray();
}
