import type { Hint, ReadabilityResult } from '../readability/types';

/**
 * The `readability` object of the CLI's JSON forms (README, docs/cli.md). Hints are advice: they
 * never change the exit code or the findings' summary.
 */
export interface ContractReadability {
  lang: string | null;
  level: string | null;
  target: string;
  reached: boolean | null;
  score: number | null;
  method: string;
  grade: number | null;
  sentences: number;
  words: number;
  syllables: number;
  /** Why there is no level (a code such as "no-prose"), and the same in words; null with a level. */
  reason: string | null;
  reasonMessage: string | null;
  hints: { start: number; end: number; kind: string; message: string; alternatives: string[] }[];
}

function toContractHint(h: Hint): ContractReadability['hints'][number] {
  return { start: h.start, end: h.end, kind: h.kind, message: h.message, alternatives: h.alternatives };
}

export function toContractReadability(r: ReadabilityResult): ContractReadability {
  return {
    lang: r.lang,
    level: r.level,
    target: r.target,
    reached: r.reached,
    score: r.score,
    method: r.method,
    grade: r.grade,
    sentences: r.sentences,
    words: r.words,
    syllables: r.syllables,
    reason: r.reason,
    reasonMessage: r.reasonMessage,
    hints: r.hints.map(toContractHint),
  };
}
