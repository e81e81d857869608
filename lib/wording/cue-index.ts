import type { ContextCues } from './context-cues';
import type { Token } from './tokenize';
import {
  CUE_CANDIDATE,
  CUE_CLIENT_AFTER,
  CUE_CLIENT_BEFORE,
  CUE_INCLUSION_PHRASE_START,
  CUE_INCLUSION_WORD,
  CUE_JUSTIFICATION_PHRASE_START,
  CUE_JUSTIFICATION_WORD,
  CUE_NEGATION,
  type LanguageFacts,
} from './word-facts';
import type { WordSet } from './word-set';

export type CueKind = 'inclusion' | 'candidate' | 'justification' | 'clientBefore' | 'clientAfter' | 'negation' | 'moderateLevel';

const MODERATE_LEVEL = /^(?:a1|a2|b1|b2|1f|2f|nt2)/;

/** Multi-word phrases indexed by their first word, for one pass over the tokens. */
function indexPhrases(phrases: readonly string[]): Map<string, string[][]> {
  const index = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const words = phrase.split(' ');
    const first = words[0] as string;
    const list = index.get(first);
    if (list) list.push(words);
    else index.set(first, [words]);
  }
  return index;
}

const phraseIndexes = new WeakMap<readonly string[], Map<string, string[][]>>();

function phraseIndex(phrases: readonly string[]): Map<string, string[][]> {
  let index = phraseIndexes.get(phrases);
  if (!index) {
    index = indexPhrases(phrases);
    phraseIndexes.set(phrases, index);
  }
  return index;
}

/** The cue flag (word-facts.ts) that answers set.has() for each word set of ContextCues. */
const WORD_FLAGS: Partial<Record<keyof ContextCues, number>> = {
  candidate: CUE_CANDIDATE,
  clientBefore: CUE_CLIENT_BEFORE,
  clientAfter: CUE_CLIENT_AFTER,
  negation: CUE_NEGATION,
  inclusionWords: CUE_INCLUSION_WORD,
  justification: CUE_JUSTIFICATION_WORD,
};

function markWords(
  tokens: readonly Token[],
  flags: Uint8Array,
  cues: ContextCues,
  key: keyof ContextCues,
  facts: readonly LanguageFacts[] | undefined,
): void {
  const bit = WORD_FLAGS[key];
  if (facts && bit !== undefined) {
    for (let i = 0; i < tokens.length; i++) if (((facts[i] as LanguageFacts).cues & bit) !== 0) flags[i] = 1;
    return;
  }
  const set = cues[key] as WordSet;
  for (let i = 0; i < tokens.length; i++) if (set.has((tokens[i] as Token).norm)) flags[i] = 1;
}

/** Where `words` (with `~N` gaps: up to N other words) match from token i, or -1. */
function phraseEnd(tokens: readonly Token[], words: readonly string[], i: number): number {
  let at = i + 1;
  for (let k = 1; k < words.length; k++) {
    const word = words[k] as string;
    const gap = word.length === 2 && word[0] === '~' ? Number(word[1]) : 0;
    if (gap > 0) {
      const target = words[++k];
      let found = -1;
      for (let j = at; j <= at + gap && j < tokens.length; j++) {
        if ((tokens[j] as Token).norm === target) {
          found = j;
          break;
        }
      }
      if (found < 0) return -1;
      at = found + 1;
      continue;
    }
    if (at >= tokens.length || (tokens[at] as Token).norm !== word) return -1;
    at++;
  }
  return at;
}

function markPhrases(
  tokens: readonly Token[],
  flags: Uint8Array,
  phrases: readonly string[],
  facts: readonly LanguageFacts[] | undefined,
  startBit: number,
): void {
  const index = phraseIndex(phrases);
  for (let i = 0; i < tokens.length; i++) {
    if (facts && ((facts[i] as LanguageFacts).cues & startBit) === 0) continue;
    const candidates = index.get((tokens[i] as Token).norm);
    if (!candidates) continue;
    for (const words of candidates) {
      const end = phraseEnd(tokens, words, i);
      // Only count a phrase inside one sentence.
      if (end > i && (tokens[end - 1] as Token).sentence === (tokens[i] as Token).sentence) {
        for (let k = i; k < end; k++) flags[k] = 1;
      }
    }
  }
}

/**
 * Per paragraph, which tokens are cues of each kind, as prefix sums, so a gate can ask "is there
 * an equal-opportunity word between token a and b?" in constant time. Built lazily per kind:
 * most paragraphs have no match at all and never build any.
 */
export class CueIndex {
  private readonly sums = new Map<CueKind, Int32Array>();

  /** `facts`: the words' facts in the cues' language (word-facts.ts), to skip the word-set lookups. */
  constructor(
    private readonly tokens: readonly Token[],
    private readonly cues: ContextCues,
    private readonly facts?: readonly LanguageFacts[],
  ) {}

  /** Is there a cue of this kind among tokens [from, to)? */
  any(kind: CueKind, from: number, to: number): boolean {
    if (to <= from) return false;
    const sums = this.sumsFor(kind);
    return (sums[to] as number) - (sums[from] as number) > 0;
  }

  private sumsFor(kind: CueKind): Int32Array {
    let sums = this.sums.get(kind);
    if (!sums) {
      sums = this.build(kind);
      this.sums.set(kind, sums);
    }
    return sums;
  }

  private build(kind: CueKind): Int32Array {
    const { tokens, cues, facts } = this;
    const flags = new Uint8Array(tokens.length);
    switch (kind) {
      case 'inclusion':
        markWords(tokens, flags, cues, 'inclusionWords', facts);
        markPhrases(tokens, flags, cues.inclusionPhrases, facts, CUE_INCLUSION_PHRASE_START);
        break;
      case 'justification':
        markWords(tokens, flags, cues, 'justification', facts);
        markPhrases(tokens, flags, cues.justificationPhrases, facts, CUE_JUSTIFICATION_PHRASE_START);
        break;
      case 'moderateLevel':
        for (let i = 0; i < tokens.length; i++) if (MODERATE_LEVEL.test((tokens[i] as Token).norm)) flags[i] = 1;
        break;
      default:
        markWords(tokens, flags, cues, kind, facts);
    }
    const sums = new Int32Array(tokens.length + 1);
    for (let i = 0; i < tokens.length; i++) sums[i + 1] = (sums[i] as number) + (flags[i] as number);
    return sums;
  }
}
