import { z } from 'zod';
import { pseudonymSchema } from './pseudonym';

/**
 * Criteria-first screening (docs/decisions.md#criteria-before-reveal): the recruiter sets up to six
 * weighted criteria per vacancy, scores each 1 to 5 with a note, records a decision, and only then
 * sees who it is. Structured, predefined criteria are what the Dutch evidence supports best (domain
 * notes E.4: the Den Haag study, Movisie/TNO "objectiveren").
 */

export const MAX_CRITERIA = 6;
export const MIN_REVEAL_REASON = 15;
export const MAX_REVEAL_REASON = 500;

export const criterionSchema = z.object({
  id: z.string().min(1).max(64),
  /** The recruiter's own words, in whatever language they write. */
  label: z.string().trim().min(1).max(120),
  weight: z.number().int().min(1).max(5),
});
export type Criterion = z.infer<typeof criterionSchema>;

export const vacancyCriteriaSchema = z
  .object({
    site: z.string().min(1),
    vacancyId: z.string().min(1).max(200),
    criteria: z.array(criterionSchema).min(1).max(MAX_CRITERIA),
  })
  .refine((value) => new Set(value.criteria.map((criterion) => criterion.id)).size === value.criteria.length, {
    message: 'Criterion ids must be unique.',
    path: ['criteria'],
  });
export type VacancyCriteria = z.infer<typeof vacancyCriteriaSchema>;

export const criterionScoreSchema = z.object({
  criterionId: z.string().min(1).max(64),
  score: z.number().int().min(1).max(5),
  note: z.string().max(1000).default(''),
});
export type CriterionScore = z.infer<typeof criterionScoreSchema>;

export const DECISIONS = ['invite', 'doubt', 'reject'] as const;
export const decisionSchema = z.enum(DECISIONS);
export type Decision = z.infer<typeof decisionSchema>;

export const screeningStateSchema = z.object({
  scores: z.array(criterionScoreSchema).max(MAX_CRITERIA),
  decision: decisionSchema.optional(),
  decidedAt: z.iso.datetime().optional(),
});
export type ScreeningState = z.infer<typeof screeningStateSchema>;

export interface WeightedTotal {
  /** Weighted mean on the 1 to 5 scale, two decimals; null when nothing is scored. */
  total: number | null;
  /** Every criterion has a score. */
  complete: boolean;
  scored: number;
}

/** Weighted mean of the scores; scores for unknown criteria are ignored. */
export function weightedTotal(criteria: readonly Criterion[], scores: readonly CriterionScore[]): WeightedTotal {
  let weighted = 0;
  let weights = 0;
  let scored = 0;
  for (const criterion of criteria) {
    const score = scores.find((entry) => entry.criterionId === criterion.id);
    if (score === undefined) continue;
    weighted += criterion.weight * score.score;
    weights += criterion.weight;
    scored += 1;
  }
  return {
    total: weights === 0 ? null : Math.round((weighted / weights) * 100) / 100,
    complete: criteria.length > 0 && scored === criteria.length,
    scored,
  };
}

export type RevealVerdict =
  | { allowed: true; override: false; basis: 'decision' }
  | { allowed: true; override: true; basis: 'reason'; reason: string }
  | { allowed: false; problem: 'no-decision' | 'reason-too-short' | 'reason-too-long' };

/**
 * May the recruiter see who the candidate is? Yes once a decision is recorded; before that only
 * with a stated reason (an override, which is logged). A reason must say something: at least
 * MIN_REVEAL_REASON characters that are not spaces or one repeated character.
 */
export function canReveal(state: Pick<ScreeningState, 'decision'>, reason?: string): RevealVerdict {
  if (state.decision !== undefined && decisionSchema.safeParse(state.decision).success) {
    return { allowed: true, override: false, basis: 'decision' };
  }
  if (reason === undefined || reason.trim() === '') return { allowed: false, problem: 'no-decision' };
  const trimmed = reason.trim().replace(/\s+/gu, ' ');
  if (trimmed.length > MAX_REVEAL_REASON) return { allowed: false, problem: 'reason-too-long' };
  const meaningful = trimmed.replace(/[\s\p{P}]/gu, '');
  if (meaningful.length < MIN_REVEAL_REASON || new Set(meaningful.toLowerCase()).size < 3) {
    return { allowed: false, problem: 'reason-too-short' };
  }
  return { allowed: true, override: true, basis: 'reason', reason: trimmed };
}

export const LOG_KINDS = ['decision', 'reveal', 'pause', 'resume'] as const;

/**
 * One line of the screening log. Strict: an extra field (a name, say) is rejected, and the
 * pseudonym must be one (see pseudonymSchema), so the log never holds who a candidate is.
 */
export const screeningLogEntrySchema = z
  .strictObject({
    at: z.iso.datetime(),
    site: z.string().min(1).max(253),
    pseudonym: pseudonymSchema,
    kind: z.enum(LOG_KINDS),
    decision: decisionSchema.optional(),
    reason: z.string().trim().min(1).max(MAX_REVEAL_REASON).optional(),
    override: z.boolean(),
  })
  .refine((entry) => entry.kind !== 'decision' || entry.decision !== undefined, {
    message: 'A decision entry needs the decision.',
    path: ['decision'],
  })
  .refine((entry) => !entry.override || (entry.kind === 'reveal' && entry.reason !== undefined), {
    message: 'An override is a reveal with a reason.',
    path: ['override'],
  });
export type ScreeningLogEntry = z.infer<typeof screeningLogEntrySchema>;

const CSV_COLUMNS = ['at', 'site', 'pseudonym', 'kind', 'decision', 'reason', 'override'] as const;

/**
 * RFC 4180 CSV of log entries (CRLF line ends, fields quoted when they hold a quote, comma or line
 * break). Cells that a spreadsheet would read as a formula (= + - @, tab, carriage return at the
 * start) get a leading apostrophe (OWASP "CSV injection").
 */
export function toCsv(entries: readonly ScreeningLogEntry[]): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const entry of entries) {
    rows.push(
      CSV_COLUMNS.map((column) => {
        const value = entry[column];
        return csvCell(value === undefined ? '' : String(value));
      }).join(','),
    );
  }
  return `${rows.join('\r\n')}\r\n`;
}

export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value;
  return /[",\r\n]/u.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
