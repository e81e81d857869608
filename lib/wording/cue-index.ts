import type { ContextCues } from './context-cues';
import type { LanguageFacts } from './language-facts';
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
} from './word-facts';

export type CueKind = 'inclusion' | 'candidate' | 'justification' | 'clientBefore' | 'clientAfter' | 'negation' | 'moderateLevel';

const MODERATE_LEVEL = /^(?:a1|a2|b1|b2|1f|2f|nt2)/;

/** Ranges up to this many tokens are read directly: a gate's window is at most a sentence clipped to 40 words a side. */
const DIRECT_RANGE = 96;

/** Multi-word phrases indexed by their first word, and how many tokens the longest can span. */
interface PhraseIndex {
  byFirst: Map<string, string[][]>;
  span: number;
}

function indexPhrases(phrases: readonly string[]): PhraseIndex {
  const byFirst = new Map<string, string[][]>();
  let span = 1;
  for (const phrase of phrases) {
    const words = phrase.split(' ');
    const first = words[0] as string;
    const list = byFirst.get(first);
    if (list) list.push(words);
    else byFirst.set(first, [words]);
    // A `~N` gap lets up to N other words in before the word after it.
    span = Math.max(
      span,
      words.reduce((sum, w) => sum + (w.length === 2 && w[0] === '~' ? Number(w[1]) : 1), 0),
    );
  }
  return { byFirst, span };
}

const phraseIndexes = new WeakMap<readonly string[], PhraseIndex>();

function phraseIndex(phrases: readonly string[]): PhraseIndex {
  let index = phraseIndexes.get(phrases);
  if (!index) {
    index = indexPhrases(phrases);
    phraseIndexes.set(phrases, index);
  }
  return index;
}

/** The cue flag (word-facts.ts) for each kind of cue word, and for the start of each kind's phrases. */
const WORD_FLAGS: Record<Exclude<CueKind, 'moderateLevel'>, number> = {
  candidate: CUE_CANDIDATE,
  clientBefore: CUE_CLIENT_BEFORE,
  clientAfter: CUE_CLIENT_AFTER,
  negation: CUE_NEGATION,
  inclusion: CUE_INCLUSION_WORD,
  justification: CUE_JUSTIFICATION_WORD,
};

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

/**
 * Per paragraph: is there a cue of a kind among tokens [from, to)? A gate asks about a few words
 * or a sentence clipped to a window, so those ranges are read directly from the words' cue flags
 * (word-facts.ts). A longer range (a clause in a sentence without full stops) is answered from
 * prefix sums over the whole paragraph, built once per kind, so that no text makes this quadratic.
 */
export class CueIndex {
  /** Built on the first long range only: most paragraphs never need one. */
  private sums: Map<CueKind, Int32Array> | null = null;

  /** `facts`: the words' facts in the cues' language. */
  constructor(
    private readonly tokens: readonly Token[],
    private readonly cues: ContextCues,
    private readonly facts: readonly LanguageFacts[],
  ) {}

  /** Is there a cue of this kind among tokens [from, to)? */
  any(kind: CueKind, from: number, to: number): boolean {
    if (to <= from) return false;
    if (to - from > DIRECT_RANGE) {
      const sums = this.sumsFor(kind);
      return (sums[to] as number) - (sums[from] as number) > 0;
    }
    if (kind === 'moderateLevel') {
      for (let i = from; i < to; i++) if (MODERATE_LEVEL.test((this.tokens[i] as Token).norm)) return true;
      return false;
    }
    const bit = WORD_FLAGS[kind];
    for (let i = from; i < to; i++) if (((this.facts[i] as LanguageFacts).cues & bit) !== 0) return true;
    if (kind === 'inclusion') return this.phraseIn(this.cues.inclusionPhrases, CUE_INCLUSION_PHRASE_START, from, to);
    if (kind === 'justification') return this.phraseIn(this.cues.justificationPhrases, CUE_JUSTIFICATION_PHRASE_START, from, to);
    return false;
  }

  /** Does a phrase (inside one sentence) cover any of tokens [from, to)? */
  private phraseIn(phrases: readonly string[], startBit: number, from: number, to: number): boolean {
    const index = phraseIndex(phrases);
    for (let i = Math.max(0, from - index.span + 1); i < to; i++) {
      if (((this.facts[i] as LanguageFacts).cues & startBit) !== 0 && this.phraseAt(index, i) > from) return true;
    }
    return false;
  }

  /** End of the longest phrase of `index` that matches from token i within its sentence, or -1. */
  private phraseAt(index: PhraseIndex, i: number): number {
    const { tokens } = this;
    let best = -1;
    for (const words of index.byFirst.get((tokens[i] as Token).norm) ?? []) {
      const end = phraseEnd(tokens, words, i);
      if (end > i && (tokens[end - 1] as Token).sentence === (tokens[i] as Token).sentence) best = Math.max(best, end);
    }
    return best;
  }

  private sumsFor(kind: CueKind): Int32Array {
    this.sums ??= new Map();
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
    if (kind === 'moderateLevel') {
      for (let i = 0; i < tokens.length; i++) if (MODERATE_LEVEL.test((tokens[i] as Token).norm)) flags[i] = 1;
    } else {
      const bit = WORD_FLAGS[kind];
      for (let i = 0; i < tokens.length; i++) if (((facts[i] as LanguageFacts).cues & bit) !== 0) flags[i] = 1;
      const phrases = kind === 'inclusion' ? cues.inclusionPhrases : kind === 'justification' ? cues.justificationPhrases : null;
      const startBit = kind === 'inclusion' ? CUE_INCLUSION_PHRASE_START : CUE_JUSTIFICATION_PHRASE_START;
      if (phrases) {
        const index = phraseIndex(phrases);
        for (let i = 0; i < tokens.length; i++) {
          if (((facts[i] as LanguageFacts).cues & startBit) === 0) continue;
          const end = this.phraseAt(index, i);
          for (let k = i; k < end; k++) flags[k] = 1;
        }
      }
    }
    const sums = new Int32Array(tokens.length + 1);
    for (let i = 0; i < tokens.length; i++) sums[i + 1] = (sums[i] as number) + (flags[i] as number);
    return sums;
  }
}
