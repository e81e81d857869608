import type { Locale } from '../i18n/locale';
import type { Token } from '../wording/tokenize';
import { UNKNOWN_RANK, wordRank } from './frequency';
import { nounStyleAt } from './nominalisation';
import { findPassives } from './passive';
import type { SentenceSpan } from './sentences';
import { OTHER_SCRIPT, profileIn, type WordEntry } from './word-profile';

const isKnownVerb = {
  nl: (verb: string) => wordRank('nl', verb).rank < UNKNOWN_RANK,
  en: (verb: string) => wordRank('en', verb).rank < UNKNOWN_RANK,
};

/** A content word ranked beyond this in the subtitle list counts as rare (about B2 vocabulary). */
export const RARE_RANK = 5000;
/** Words of this many syllables or more count as long. */
export const LONG_SYLLABLES = 4;

/** Counts for one sentence: what the formulas and the level model are built from. */
export interface SentenceStats {
  /** Offsets count from the start of the sentence's paragraph. */
  span: SentenceSpan;
  words: number;
  syllables: number;
  contentWords: number;
  rareWords: number;
  /** Words the language's list knows (also as a compound or another form): the text is in that language. */
  knownWords: number;
  /** Content words judged for frequency, and the sum of log10(rank + 10) over them (LiNT's word frequency). */
  judgedWords: number;
  rankLogSum: number;
  longWords: number;
  nominalisations: number;
  /** "de uitvoering van", "het verrichten van": token index of each noun. */
  nounStyle: readonly number[];
  /** [auxiliary, participle] token indexes. */
  passives: readonly [number, number][];
  /** Words in another script (left out of every figure). */
  otherScript: number;
  /** Token indexes for the hints: rare words, long words, possible starts of plain-word entries. */
  rareAt: readonly number[];
  longAt: readonly number[];
  plainAt: readonly number[];
}

/** Most sentences have no hint of a kind: they share this empty list instead of making their own. */
const NONE: readonly never[] = Object.freeze([]);

function push(list: readonly number[], value: number): readonly number[] {
  if (list === NONE) return [value];
  (list as number[]).push(value);
  return list;
}

/** Counts one sentence; `entries[i]` is the word entry of `tokens[i]`. */
export function sentenceStats(lang: Locale, tokens: readonly Token[], entries: readonly WordEntry[], span: SentenceSpan): SentenceStats {
  const stats: SentenceStats = {
    span,
    words: 0,
    syllables: 0,
    contentWords: 0,
    rareWords: 0,
    knownWords: 0,
    judgedWords: 0,
    rankLogSum: 0,
    longWords: 0,
    nominalisations: 0,
    nounStyle: NONE,
    passives: NONE,
    otherScript: 0,
    rareAt: NONE,
    longAt: NONE,
    plainAt: NONE,
  };
  let auxiliaries: readonly number[] = NONE;
  for (let i = span.first; i < span.last; i++) {
    const token = tokens[i] as Token;
    const entry = entries[i] as WordEntry;
    if (entry.bits & OTHER_SCRIPT) {
      stats.otherScript++;
      continue;
    }
    const profile = profileIn(entry, lang);
    stats.words++;
    stats.syllables += profile.syllables;
    if (profile.rank < UNKNOWN_RANK) stats.knownWords++;
    if (profile.plainStart) stats.plainAt = push(stats.plainAt, i);
    if (profile.auxiliary) auxiliaries = push(auxiliaries, i);
    if (profile.article) {
      const noun = nounStyleAt(lang, tokens, i, span.last, isKnownVerb[lang]);
      if (noun >= 0) stats.nounStyle = push(stats.nounStyle, noun);
    }
    if (profile.syllables >= LONG_SYLLABLES) {
      stats.longWords++;
      stats.longAt = push(stats.longAt, i);
    }
    if (profile.functionWord) continue;
    stats.contentWords++;
    if (profile.nominalisation) stats.nominalisations++;
    // Names are capitalised inside a sentence and need not be known; nor do codes and numbers.
    const judged = profile.judgeable && !(token.cap && i > span.first);
    if (judged) {
      stats.judgedWords++;
      stats.rankLogSum += profile.rankLog;
    }
    if (profile.rank > RARE_RANK && judged) {
      stats.rareWords++;
      stats.rareAt = push(stats.rareAt, i);
    }
  }
  if (auxiliaries.length > 0) stats.passives = findPassives(lang, tokens, span.first, span.last, auxiliaries);
  return stats;
}
