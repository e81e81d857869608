import type { Candidates, CompiledPhrase, TokenMatcher } from './compile';
import type { Token } from './tokenize';

/** A rule matched on tokens [first, last). */
export interface PhraseMatch {
  phrase: CompiledPhrase;
  first: number;
  last: number;
}

const NUMBER = /^\p{N}/u;

function wordMatches(matcher: TokenMatcher, token: Token): boolean {
  if (matcher.number) return NUMBER.test(token.norm);
  const alts = matcher.alts;
  if (alts === null) return true;
  const norm = token.norm;
  for (let k = 0; k < alts.length; k++) {
    const alt = alts[k] as (typeof alts)[number];
    if (alt.kind === 'exact' ? norm === alt.value : alt.kind === 'prefix' ? norm.startsWith(alt.value) : norm.endsWith(alt.value)) {
      return true;
    }
  }
  return false;
}

/** Match matchers[from..] at token `at`; returns one past the last token matched, or -1. */
export function matchRest(tokens: readonly Token[], matchers: readonly TokenMatcher[], from: number, at: number, limit: number): number {
  // A plain word matches one way only: walk those without recursion; gaps and optional words branch.
  for (; from < matchers.length; from++, at++) {
    const matcher = matchers[from] as TokenMatcher;
    if (matcher.gap > 0 || matcher.optional) return branch(tokens, matchers, from, at, limit);
    if (at >= limit || !wordMatches(matcher, tokens[at] as Token)) return -1;
  }
  return at;
}

/** matchRest at a gap (`~N`: skip up to N words) or an optional word, trying each way in turn. */
function branch(tokens: readonly Token[], matchers: readonly TokenMatcher[], from: number, at: number, limit: number): number {
  const matcher = matchers[from] as TokenMatcher;
  if (matcher.gap > 0) {
    for (let skip = 0; skip <= matcher.gap && at + skip <= limit; skip++) {
      const end = matchRest(tokens, matchers, from + 1, at + skip, limit);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (at < limit && wordMatches(matcher, tokens[at] as Token)) {
    const end = matchRest(tokens, matchers, from + 1, at + 1, limit);
    if (end >= 0) return end;
  }
  return matchRest(tokens, matchers, from + 1, at, limit);
}

/** The matches of `candidates` (the phrases that can start at token i) within tokens [i, last). */
export function matchCandidates(tokens: readonly Token[], i: number, last: number, candidates: Candidates, out: PhraseMatch[]): void {
  const { phrases, next } = candidates;
  if (next !== null && (i + 1 >= last || !next.has((tokens[i + 1] as Token).norm))) return;
  for (let k = 0; k < phrases.length; k++) {
    const phrase = phrases[k] as CompiledPhrase;
    const end = matchRest(tokens, phrase.matchers, 1, i + 1, last);
    if (end > i) out.push({ phrase, first: i, last: end });
  }
}
