import { createNameLexicon, lexiconTag, type NameLexicon, type NameLexiconData } from '../../../lib/blinding/name-lexicon';
import { encodeWordList } from '../../../lib/blinding/word-list';

/** Lexicon data from short word lists, for tests that must not depend on the packages' lists. */
export function testLexiconData(lists: {
  given?: string[];
  family?: string[];
  common?: string[];
  weakGiven?: string[];
  places?: string[];
}): NameLexiconData {
  const words = new Set([...(lists.given ?? []), ...(lists.weakGiven ?? []), ...(lists.family ?? []), ...(lists.common ?? [])]);
  const tags = new Map<string, number>();
  for (const word of words) {
    const givenTier = lists.given?.includes(word) ? 1 : lists.weakGiven?.includes(word) ? 2 : 0;
    tags.set(word, lexiconTag(givenTier, lists.family?.includes(word) ? 1 : 0, lists.common?.includes(word) ?? false));
  }
  return { words: encodeWordList(tags), givenScores: [0, 1, 0.5, 0], familyScores: [0, 1, 0.5, 0], places: (lists.places ?? []).join('|') };
}

export function testLexicon(lists: Parameters<typeof testLexiconData>[0]): NameLexicon {
  return createNameLexicon(testLexiconData(lists));
}
