import type { CompiledPack, CompiledPhrase, TokenMatcher } from './compile';
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
function matchRest(tokens: readonly Token[], matchers: readonly TokenMatcher[], from: number, at: number, limit: number): number {
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

function computeCandidates(pack: CompiledPack, norm: string): CompiledPhrase[] {
  const out: CompiledPhrase[] = [];
  const exact = pack.exact.get(norm);
  if (exact) out.push(...exact);
  if (pack.prefixStarts.has(norm.slice(0, 2))) {
    for (const { length, map } of pack.prefixes) {
      if (length > norm.length) break;
      const hits = map.get(norm.slice(0, length));
      if (hits) out.push(...hits);
    }
  }
  if (pack.suffixEnds.has(norm.slice(-2))) {
    for (const { length, map } of pack.suffixes) {
      // A suffix pattern matches compounds only: "*jongen" is for magazijnjongen, not jongen itself.
      if (length >= norm.length) break;
      const hits = map.get(norm.slice(norm.length - length));
      if (hits) out.push(...hits);
    }
  }
  return out;
}

/** Candidate phrases per word, remembered per pack: most words of a text start no phrase at all. */
const NONE: CompiledPhrase[] = [];
const MEMO_LIMIT = 50_000;
const memos = new WeakMap<CompiledPack, Map<string, CompiledPhrase[]>>();

function memoFor(pack: CompiledPack): Map<string, CompiledPhrase[]> {
  let memo = memos.get(pack);
  if (!memo || memo.size >= MEMO_LIMIT) {
    memo = new Map();
    memos.set(pack, memo);
  }
  return memo;
}

/** All phrase matches inside one sentence (tokens [first, last)). */
export function matchPhrases(pack: CompiledPack, tokens: readonly Token[], first: number, last: number, out: PhraseMatch[]): void {
  const memo = memoFor(pack);
  for (let i = first; i < last; i++) {
    const norm = (tokens[i] as Token).norm;
    let candidates = memo.get(norm);
    if (candidates === undefined) {
      const found = computeCandidates(pack, norm);
      candidates = found.length > 0 ? found : NONE;
      memo.set(norm, candidates);
    }
    for (const phrase of candidates) {
      const end = matchRest(tokens, phrase.matchers, 1, i + 1, last);
      if (end > i) out.push({ phrase, first: i, last: end });
    }
  }
}
