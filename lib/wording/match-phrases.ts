import { phraseCandidates, type CompiledPack, type CompiledPhrase, type TokenMatcher } from './compile';
import type { Token } from './tokenize';
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
      const candidates = f.pack === pack ? f.phrases : phrasesFor(f, (tokens[i] as Token).norm, pack);
      for (let k = 0; k < candidates.length; k++) {
        const phrase = candidates[k] as CompiledPhrase;
        const end = matchRest(tokens, phrase.matchers, 1, i + 1, last);
        if (end > i) out.push({ phrase, first: i, last: end });
      }
    }
    return;
  }
  const memo = memoFor(pack);
  for (let i = first; i < last; i++) {
    const norm = (tokens[i] as Token).norm;
    let candidates = memo.get(norm);
    if (candidates === undefined) {
      const found = phraseCandidates(pack, norm);
      candidates = found.length > 0 ? found : NONE;
      memo.set(norm, candidates);
    }
    for (const phrase of candidates) {
      const end = matchRest(tokens, phrase.matchers, 1, i + 1, last);
      if (end > i) out.push({ phrase, first: i, last: end });
    }
  }
}
