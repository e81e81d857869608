import { hasWord, type WordList } from './word-list';

/** Words of one source with how strongly being on it says "this is a name" (0..1). */
export interface ScoredWordList {
  score: number;
  words: WordList;
}

/**
 * The lexicon as it travels to a page: word lists built by scripts/build-name-lexicon.ts from
 * licensed packages (see lib/blinding/README.md). Every word is folded with text-fold.
 */
export interface NameLexiconData {
  given: readonly ScoredWordList[];
  family: readonly ScoredWordList[];
  /** Ordinary Dutch and English words, names that are also words included ("koster", "rose"). */
  common: WordList;
}

/** A compact lexicon of given and family names of many origins. Lookups take folded words. */
export interface NameLexicon {
  /** 0..1: how likely this folded word is a given name. */
  given(folded: string): number;
  /** 0..1: how likely this folded word is a family name. */
  family(folded: string): number;
  /** True for an ordinary Dutch or English word ("koster", "bakker", "rose", "wolf"). */
  commonWord(folded: string): boolean;
}

/** No data: every word is unknown. Name evidence then rests on cues and shape alone. */
export const EMPTY_NAME_LEXICON_DATA: NameLexiconData = { given: [], family: [], common: '\n' };

export function createNameLexicon(data: NameLexiconData): NameLexicon {
  const score = (lists: readonly ScoredWordList[], folded: string): number => {
    let best = 0;
    for (const list of lists) if (list.score > best && hasWord(list.words, folded)) best = list.score;
    return best;
  };
  return {
    given: (folded) => score(data.given, folded),
    family: (folded) => score(data.family, folded),
    commonWord: (folded) => hasWord(data.common, folded),
  };
}
