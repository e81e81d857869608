import type { Locale } from '../i18n/locale';
import type { Token } from '../wording/tokenize';
import { isListed, UNKNOWN_RANK, wordRank } from './frequency';
import { isFunctionWord } from './function-words';
import { isNominalisation, startsNounStyle } from './nominalisation';
import { isPassiveAuxiliary } from './passive';
import { startsPlainWordPhrase } from './plain-words/index';
import { dutchSyllables } from './syllables-nl';
import { englishSyllables } from './syllables-en';

/*
 * What the readability check asks about one word, worked out once per distinct word and
 * remembered (vacancy texts repeat their words), so that a text costs one Map lookup per word:
 * the entry tells the language evidence, and holds a profile per language, built on first use.
 * The memo is bounded; absurdly long "words" (a pasted hash, a URL) are not remembered.
 */
export interface WordProfile {
  syllables: number;
  /** Rank in the frequency list; UNKNOWN_RANK when unknown. */
  rank: number;
  /** log10(rank + 10), capped: the word-frequency feature (higher is rarer). */
  rankLog: number;
  /** Known only as a compound of known parts. */
  compound: boolean;
  functionWord: boolean;
  nominalisation: boolean;
  /** Letters only and at least three of them: a word whose frequency is worth judging. */
  judgeable: boolean;
  /** Starts an entry of the plain-words lists; an auxiliary of the passive; an article before a noun style. */
  plainStart: boolean;
  auxiliary: boolean;
  article: boolean;
  /** A common English word that Dutch does not know: jargon in a Dutch text. */
  englishLoan: boolean;
}

/** An English word in Dutch text is jargon when it is this common in English and unknown in Dutch. */
const ENGLISH_LOAN_RANK = 10_000;

/** Evidence bits of a word: in the Dutch list, in the English list, a Latin word, another script. */
export const IN_DUTCH = 1;
export const IN_ENGLISH = 2;
export const LATIN = 4;
export const OTHER_SCRIPT = 8;

export interface WordEntry {
  bits: number;
  /** Lower-case spelling (diacritics kept: they change Dutch syllables) and normalised form. */
  lower: string;
  norm: string;
  nl?: WordProfile;
  en?: WordProfile;
}

const MEMO_LIMIT = 30_000;
const LONGEST_REMEMBERED = 40;
/** Ranks beyond the lists' reach all count as this rare. */
const RANK_CAP = 50_000;
const LATIN_WORD = /^[\p{Script=Latin}\p{M}'’\-‐‑/]+$/u;
const NUMBER = /^[\p{N}.,/-]+$/u;
const LETTERS = /^\p{L}{3,}$/u;

/** log10 of a rank, +10 so that the most common words do not dominate, capped for unknown words. */
export function rankLog(rank: number): number {
  return Math.log10(Math.min(rank, RANK_CAP) + 10);
}

function bitsOf(lower: string, norm: string): number {
  if (NUMBER.test(lower)) return 0;
  if (!LATIN_WORD.test(lower)) return OTHER_SCRIPT;
  return LATIN | (isListed('nl', norm) ? IN_DUTCH : 0) | (isListed('en', norm) ? IN_ENGLISH : 0);
}

function build(lang: Locale, entry: WordEntry): WordProfile {
  const { lower, norm, bits } = entry;
  const functionWord = isFunctionWord(lang, norm);
  // Numbers and other scripts are not judged; a very long string is unknown without a search
  // through its parts, which keeps the check linear in the length of the text.
  const judged = (bits & LATIN) !== 0 && !functionWord;
  const { rank, compound } = !judged
    ? { rank: 0, compound: false }
    : norm.length > LONGEST_REMEMBERED
      ? { rank: UNKNOWN_RANK, compound: false }
      : wordRank(lang, norm);
  return {
    syllables: bits === 0 ? 1 : lang === 'nl' ? dutchSyllables(lower) : englishSyllables(lower),
    rank,
    rankLog: rankLog(rank),
    compound,
    functionWord,
    nominalisation: judged && isNominalisation(lang, norm),
    judgeable: judged && LETTERS.test(norm),
    plainStart: startsPlainWordPhrase(lang, norm),
    auxiliary: isPassiveAuxiliary(lang, norm),
    article: startsNounStyle(lang, norm),
    englishLoan:
      lang === 'nl' &&
      rank === UNKNOWN_RANK &&
      norm.length >= 4 &&
      (bits & IN_DUTCH) === 0 &&
      wordRank('en', norm).rank < ENGLISH_LOAN_RANK,
  };
}

let memo = new Map<string, WordEntry>();

/** True when the token's text has a character beyond ASCII (a diaeresis changes Dutch syllables). */
function hasNonAscii(text: string, token: Token): boolean {
  for (let i = token.start; i < token.end; i++) if (text.charCodeAt(i) > 127) return true;
  return false;
}

/**
 * The entry of a token of `text` (the document its offsets point into). Plain ASCII words are
 * looked up by their normalised form; others by their own spelling, since "geïnteresseerd" has
 * one syllable more than "geinteresseerd".
 */
export function wordEntry(text: string, token: Token): WordEntry {
  const { norm } = token;
  const ascii = !hasNonAscii(text, token);
  const key = ascii ? norm : `\u0001${text.slice(token.start, token.end)}`;
  let entry = memo.get(key);
  if (!entry) {
    const lower = ascii ? norm : text.slice(token.start, token.end).toLowerCase();
    entry = { bits: bitsOf(lower, norm), lower, norm };
    if (key.length <= LONGEST_REMEMBERED + 1) {
      if (memo.size >= MEMO_LIMIT) memo = new Map();
      memo.set(key, entry);
    }
  }
  return entry;
}

/** The entry's profile in one language (built on first use). */
export function profileIn(entry: WordEntry, lang: Locale): WordProfile {
  return (entry[lang] ??= build(lang, entry));
}
