import type { Locale } from '../i18n/locale';
import type { Token } from './tokenize';

/*
 * Language by function words: short, frequent words that differ between Dutch and English.
 * Words both languages share (in, is, of, we, over) are left out. Enough for vacancy text, which
 * is either Dutch, English, or a Dutch ad with an English paragraph (or the other way round).
 */
const DUTCH = new Set([
  'de',
  'het',
  'een',
  'en',
  'van',
  'je',
  'jij',
  'jou',
  'jouw',
  'wij',
  'ons',
  'onze',
  'zijn',
  'voor',
  'met',
  'op',
  'niet',
  'ook',
  'dat',
  'die',
  'naar',
  'bij',
  'als',
  'te',
  'uit',
  'om',
  'aan',
  'er',
  'maar',
  'ben',
  'bent',
  'heb',
  'hebt',
  'heeft',
  'kun',
  'kunt',
  'wordt',
  'werkt',
  'jaar',
  'ervaring',
  'wat',
  'wie',
  'hoe',
  'waar',
  'ga',
  'gaat',
  'geen',
  'nog',
  'dan',
  'zoeken',
  'zoekt',
  'stagiair',
  'naast',
  'tot',
  'mee',
  'door',
  'wel',
  'zo',
  'deze',
  'dit',
  'mag',
  'moet',
  'worden',
  'werk',
  'uur',
  'per',
  'week',
  'kennis',
  'alleen',
  'wij',
  'hij',
  'zij',
  'hem',
  'jullie',
  'graag',
  'zonder',
  'tussen',
]);
const ENGLISH = new Set([
  'the',
  'a',
  'and',
  'to',
  'you',
  'your',
  'our',
  'are',
  'for',
  'with',
  'on',
  'not',
  'that',
  'this',
  'be',
  'will',
  'have',
  'has',
  'an',
  'as',
  'at',
  'by',
  'who',
  'what',
  'from',
  'or',
  'can',
  'about',
  'work',
  'years',
  'experience',
  'looking',
  'role',
  'skills',
  'us',
  'it',
  'do',
  'all',
  "we're",
  'were',
  'would',
  'should',
  'must',
  'join',
  'apply',
  'how',
  'where',
  'which',
  'their',
  'they',
  'these',
  'into',
  'no',
  'only',
  'any',
  'please',
  'than',
  'she',
  'he',
  'his',
  'her',
  'him',
  'been',
  'there',
]);

export interface LanguageScore {
  nl: number;
  en: number;
  /** Letter shapes (wordShape), summed: above 0 reads Dutch, below 0 English. Breaks ties of function words. */
  shape?: number;
}

const DUTCH_SHAPES = /ij|aa|uu|sch|cht|oe|heid$|lijk|tje$|isch/;
const ENGLISH_SHAPES = /th|wh|ght|ea|ing$|tion$|ly$|ness$|ous$|ity$|[^i]y$|[^eo]ed$/;

/**
 * Does a word look Dutch (1) or English (-1) by its letters: "ij", "sch", "-heid" against "th",
 * "-ing", "-tion"? Only a tie-breaker for short texts with too few function words to tell.
 */
export function wordShape(norm: string): number {
  if (norm.length < 3) return 0;
  return (DUTCH_SHAPES.test(norm) ? 1 : 0) - (ENGLISH_SHAPES.test(norm) ? 1 : 0);
}

/** One lookup per word: 1 = Dutch function word, 2 = English. */
const FUNCTION_WORDS = new Map<string, number>([
  ...[...ENGLISH].map((w): [string, number] => [w, 2]),
  ...[...DUTCH].map((w): [string, number] => [w, 1]),
]);

const LONGEST = Math.max(...[...FUNCTION_WORDS.keys()].map((w) => w.length));

/** 1 = Dutch function word, 2 = English, 0 = neither. */
export function functionWordKind(norm: string): number {
  return FUNCTION_WORDS.get(norm) ?? 0;
}

export function scoreLanguage(tokens: readonly Token[], first = 0, last = tokens.length): LanguageScore {
  let nl = 0;
  let en = 0;
  for (let i = first; i < last; i++) {
    const norm = (tokens[i] as Token).norm;
    // Function words are short; skipping long words saves most lookups.
    if (norm.length > LONGEST) continue;
    const kind = FUNCTION_WORDS.get(norm);
    if (kind === 1) nl++;
    else if (kind === 2) en++;
  }
  return { nl, en };
}

/**
 * A language even for a weak score: function words first, letter shapes on a tie; Dutch when
 * nothing tells them apart.
 */
export function leaningLanguage(score: LanguageScore): Locale {
  if (score.en !== score.nl) return score.en > score.nl ? 'en' : 'nl';
  return (score.shape ?? 0) < 0 ? 'en' : 'nl';
}

/** The language a score points to, or undefined when it is too weak to tell. */
export function decideLanguage(score: LanguageScore): Locale | undefined {
  if (score.nl + score.en < 3) return undefined;
  // Both sides worked out for every paragraph, whichever language wins.
  const dutch = score.nl > score.en * 1.2;
  const english = score.en > score.nl * 1.2;
  if (dutch) return 'nl';
  if (english) return 'en';
  return undefined;
}
