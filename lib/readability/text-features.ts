import type { SentenceStats } from './sentence-stats';
import { rankLog } from './word-profile';

/** Totals over the sentences that count (prose and list items). */
export interface Totals {
  sentences: number;
  words: number;
  syllables: number;
  contentWords: number;
  rareWords: number;
  knownWords: number;
  judgedWords: number;
  rankLogSum: number;
  longWords: number;
  nominalisations: number;
  passives: number;
  /** Words in the longest sentence. */
  longest: number;
}

/**
 * What the level model reads (see level-model.ts): sentence length and syllables per word, as in
 * the classic formulas, and LiNT's strongest word feature, how common the content words are.
 */
export interface Features {
  /** Words per sentence. */
  wordsPerSentence: number;
  /** Syllables per word. */
  syllablesPerWord: number;
  /** Mean log10(rank + 10) of the content words: higher is rarer. */
  wordRarity: number;
}

export function totalsOf(sentences: readonly SentenceStats[]): Totals {
  const totals: Totals = {
    sentences: 0,
    words: 0,
    syllables: 0,
    contentWords: 0,
    rareWords: 0,
    knownWords: 0,
    judgedWords: 0,
    rankLogSum: 0,
    longWords: 0,
    nominalisations: 0,
    passives: 0,
    longest: 0,
  };
  for (const s of sentences) {
    if (s.span.kind !== 'prose' && s.span.kind !== 'item') continue;
    if (s.words === 0) continue;
    totals.sentences++;
    totals.words += s.words;
    totals.syllables += s.syllables;
    totals.contentWords += s.contentWords;
    totals.rareWords += s.rareWords;
    totals.knownWords += s.knownWords;
    totals.judgedWords += s.judgedWords;
    totals.rankLogSum += s.rankLogSum;
    totals.longWords += s.longWords;
    totals.nominalisations += s.nominalisations;
    totals.passives += s.passives.length;
    totals.longest = Math.max(totals.longest, s.words);
  }
  return totals;
}

export function featuresOf(t: Totals): Features {
  return {
    wordsPerSentence: t.sentences > 0 ? t.words / t.sentences : 0,
    syllablesPerWord: t.words > 0 ? t.syllables / t.words : 0,
    wordRarity: t.judgedWords > 0 ? t.rankLogSum / t.judgedWords : rankLog(0),
  };
}
