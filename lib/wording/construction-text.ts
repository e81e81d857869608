import type { CueIndex } from './cue-index';
import type { Sentence, Token } from './tokenize';
import type { WordSet } from './word-set';

/*
 * Small questions the construction matcher (match-constructions.ts) asks of a paragraph's text:
 * which words of a set it holds, whether a sentence is a question, where a sorted list starts.
 */

const NEGATION_BEFORE = 2;

/**
 * Which words of a set a paragraph holds, looked up once per paragraph and set: a task word
 * anywhere in the paragraph ("bezorger"), where a word right after a negation does not count
 * ("geen buitendienst", "no travel"). Range questions scan their few words directly.
 */
export class ParagraphWords {
  private found: Map<WordSet, boolean> | null = null;
  constructor(
    private readonly tokens: readonly Token[],
    private readonly cues: CueIndex,
  ) {}

  /** Does the paragraph hold an affirmed word of the set? */
  affirmed(set: WordSet): boolean {
    this.found ??= new Map();
    let answer = this.found.get(set);
    if (answer === undefined) {
      answer = false;
      for (let i = 0; i < this.tokens.length && !answer; i++) {
        answer = set.has((this.tokens[i] as Token).norm) && !this.cues.any('negation', Math.max(0, i - NEGATION_BEFORE), i);
      }
      this.found.set(set, answer);
    }
    return answer;
  }

  any(set: WordSet, from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (set.has((this.tokens[i] as Token).norm)) return true;
    return false;
  }
}

export function endsWithQuestion(text: string, base: number, tokens: readonly Token[], sentence: Sentence): boolean {
  const lastToken = tokens[sentence.last - 1];
  if (!lastToken) return false;
  const next = tokens[sentence.last];
  const to = next ? next.start - base : text.length;
  return text.slice(lastToken.end - base, Math.min(to, lastToken.end - base + 40)).includes('?');
}

const CLAUSE_MARKS = /[,;:\u2013\u2014]/;

/** Words that start a contrasting clause: "55-plussers zijn welkom maar jongeren vallen af". */
const CONTRAST = new Set(['maar', 'echter', 'terwijl', 'but', 'however', 'whereas', 'while']);

/** Does a comma, semicolon, colon, dash or a contrasting word stand between two neighbouring tokens? */
function clauseBreakBefore(text: string, base: number, tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1] as Token;
  if (CONTRAST.has((tokens[i] as Token).norm)) return true;
  return CLAUSE_MARKS.test(text.slice(previous.end - base, (tokens[i] as Token).start - base));
}

/** Token range of the clause (between commas, semicolons, colons, dashes) that holds first..last. */
export function clauseAround(
  text: string,
  base: number,
  tokens: readonly Token[],
  sentence: Sentence,
  first: number,
  last: number,
): Sentence {
  let from = first;
  while (from > sentence.first && !clauseBreakBefore(text, base, tokens, from)) from--;
  let to = last;
  while (to < sentence.last && !clauseBreakBefore(text, base, tokens, to)) to++;
  return { first: from, last: to };
}

/** Index of the first item whose `first` is at least `at` (items sorted by first). */
export function lowerBound(items: readonly { first: number }[], at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((items[mid] as { first: number }).first < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
