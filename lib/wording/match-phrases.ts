import { candidatesOf, type Candidates, type CompiledPack, type CompiledPhrase, type TokenMatcher } from './compile';
import type { Token } from './tokenize';
import { STARTS_RULE } from './language-facts';
import { phrasesFor, type LanguageFacts } from './word-facts';

/** A rule matched on tokens [first, last). */
export interface PhraseMatch {
  phrase: CompiledPhrase;
  first: number;
  last: number;
}

const NUMBER = /^\p{N}/u;

function wordMatches(matcher: TokenMatcher, token: Token): boolean {
  if (matcher.number) return NUMBER.test(token.norm);
  if (matcher.alts === null) return true;
  const norm = token.norm;
  for (const alt of matcher.alts) {
    if (alt.kind === 'exact' ? norm === alt.value : alt.kind === 'prefix' ? norm.startsWith(alt.value) : norm.endsWith(alt.value)) {
      return true;
    }
  }
  return false;
}

/** Match matchers[from..] at token `at`; returns one past the last token matched, or -1. */
export function matchRest(tokens: readonly Token[], matchers: readonly TokenMatcher[], from: number, at: number, limit: number): number {
  if (from === matchers.length) return at;
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
  return matcher.optional ? matchRest(tokens, matchers, from + 1, at, limit) : -1;
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

/** Candidate phrases per word, remembered per pack: most words of a text start no phrase at all. */
const MEMO_LIMIT = 50_000;
const memos = new WeakMap<CompiledPack, Map<string, Candidates>>();

function memoFor(pack: CompiledPack): Map<string, Candidates> {
  let memo = memos.get(pack);
  if (!memo || memo.size >= MEMO_LIMIT) {
    memo = new Map();
    memos.set(pack, memo);
  }
  return memo;
}

/**
 * All phrase matches inside one sentence (tokens [first, last)). With `facts` (the words' facts
 * in the pack's language, see word-facts.ts) the candidates come from there, without a lookup.
 */
export function matchPhrases(
  pack: CompiledPack,
  tokens: readonly Token[],
  first: number,
  last: number,
  out: PhraseMatch[],
  facts?: readonly LanguageFacts[],
): void {
  if (facts) {
    for (let i = first; i < last; i++) {
      const f = facts[i] as LanguageFacts;
      if (f.pack !== pack) phrasesFor(f, (tokens[i] as Token).norm, pack);
      if ((f.starts & STARTS_RULE) !== 0) matchCandidates(tokens, i, last, f.phrases, out);
    }
    return;
  }
  const memo = memoFor(pack);
  for (let i = first; i < last; i++) {
    const norm = (tokens[i] as Token).norm;
    let candidates = memo.get(norm);
    if (candidates === undefined) {
      candidates = candidatesOf(pack, norm);
      memo.set(norm, candidates);
    }
    if (candidates.phrases.length > 0) matchCandidates(tokens, i, last, candidates, out);
  }
}
