import { normalizeWord } from './normalize';
import { ABBREVIATIONS } from './abbreviations';
import { HASH_SEED, hashStep, isAsciiJoined, pool, poolAscii, poolJoined, type PooledWord } from './word-pool';
import { classAt, classes, goesOn, scanned, WORD, widthAt, wordEnd } from './word-scan';

/** A word or number in the text, with UTF-16 offsets into the original string. */
export interface Token {
  start: number;
  end: number;
  /** Normalised form (see normalizeWord). */
  norm: string;
  /** The same word for every token of it (word-pool.ts), with what is known about it. */
  word: PooledWord;
  /** Starts with a capital letter (used to recognise names such as "Jong Talent"). */
  cap: boolean;
  /** Written in capitals only ("MBO", "JONG", "B"). */
  allCaps: boolean;
  /** Index of the sentence the token belongs to, counted from 0 within the tokenised text. */
  sentence: number;
}

export interface Sentence {
  /** Index of the first and one past the last token. */
  first: number;
  last: number;
}

export interface Tokenized {
  tokens: Token[];
  sentences: Sentence[];
}

const DIGITS = /^\p{N}+$/u;
const DIGIT_HYPHEN_DIGIT = /\p{N}-\p{N}/u;
const UPPER_START = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const LOWER_START = /^\p{Ll}/u;

/** Push one scanned word, splitting it further where the scanner joined too much. */
function pushWord(text: string, start: number, end: number, out: Token[], sentence: number, whole: boolean, base: number): void {
  const raw = text.slice(start, end);
  const hyphen = whole ? scanned.hyphen : raw.includes('-');
  const slash = whole ? scanned.slash : raw.includes('/');
  // "18-23" is a range, not a word: split hyphens between digits.
  if (hyphen && DIGIT_HYPHEN_DIGIT.test(raw)) {
    let partStart = start;
    for (let i = start; i < end; i++) {
      if (text[i] === '-' && /\p{N}/u.test(text[i - 1] ?? '') && /\p{N}/u.test(text[i + 1] ?? '')) {
        pushWord(text, partStart, i, out, sentence, false, base);
        partStart = i + 1;
      }
    }
    pushWord(text, partStart, end, out, sentence, false, base);
    return;
  }
  // Keep slashes only between short parts (m/v/x, t/m, he/she); split "klant/product".
  if (slash && raw.split('/').some((part) => part.length > 3)) {
    let partStart = start;
    for (let i = start; i <= end; i++) {
      if (i === end || text[i] === '/') {
        if (i > partStart) pushWord(text, partStart, i, out, sentence, false, base);
        partStart = i + 1;
      }
    }
    return;
  }
  const first = text.charCodeAt(start);
  // ASCII fast path: most words in Dutch and English vacancies need no Unicode tests.
  let cap = false;
  let allCaps = false;
  if (first < 97 || first > 122) {
    const caps = asciiCaps(raw);
    if (caps < 0) {
      cap = UPPER_START.test(raw);
      allCaps = !HAS_LOWER.test(raw) && !DIGITS.test(raw);
    } else {
      cap = first >= 65 && first <= 90;
      allCaps = caps === 1;
    }
  }
  const word =
    whole && scanned.plain ? pool(raw) : isAsciiJoined(text, start, end) ? poolJoined(text, start, end) : pool(normalizeWord(raw));
  out.push({ start: start + base, end: end + base, norm: word.norm, word, cap, allCaps, sentence });
}

/**
 * For an ASCII word: 1 if it has no lower-case letter and is not all digits (what HAS_LOWER and
 * DIGITS decide), else 0; -1 for a word with non-ASCII characters (the regular expressions decide).
 */
function asciiCaps(raw: string): number {
  let digitsOnly = true;
  let lower = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 128) return -1;
    if (c >= 97 && c <= 122) lower = true;
    if (c < 48 || c > 57) digitsOnly = false;
  }
  return lower || digitsOnly ? 0 : 1;
}

const GAP_HARD = 1;
const GAP_COLON = 2;
const GAP_STOP = 4;

/** What a separator says about the gap between two words: a hard break (line break, ! ? ; | bullet), a colon, a full stop. */
function gapFlag(c: number): number {
  if (c === 10 || c === 13 || c === 33 || c === 63 || c === 59 || c === 124 || c === 0x2022 || c === 0xb7) return GAP_HARD;
  if (c === 58) return GAP_COLON;
  return c === 46 || c === 0x2026 ? GAP_STOP : 0;
}

/** Does the gap between two words end a sentence? */
function endsSentence(flags: number, previous: Token, previousLength: number, text: string, start: number, end: number): boolean {
  if (flags & GAP_HARD) return true;
  // The next word's first character: ASCII decided directly, anything else by the Unicode classes.
  const c = text.charCodeAt(start);
  const next = c < 128 ? '' : text.slice(start, Math.min(end, start + 2));
  // "Functie: Schoonmaakster" starts a new sentence; "Leeftijd: 18-25" does not.
  if (flags & GAP_COLON && (c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(next))) return true;
  if ((flags & GAP_STOP) === 0) return false;
  // "dhr. Jansen", "max. 25 jaar", initials: the full stop belongs to the abbreviation.
  if (ABBREVIATIONS.has(previous.norm) || previousLength === 1) return false;
  return !(c < 128 ? c >= 97 && c <= 122 : LOWER_START.test(next));
}

/** Tokenise a text into words with offsets (shifted by `base`), grouped into sentences. Never throws. */
export function tokenize(text: string, base = 0): Tokenized {
  return tokenizeRange(text, 0, text.length, base);
}

/**
 * Tokenise text[from, to) as tokenize() does text.slice(from, to), with offsets into `text`
 * shifted by `base`. What a word is: word-scan.ts. Reading a paragraph inside the whole text is faster than reading a slice
 * of it, which every character access would have to look through.
 */
export function tokenizeRange(text: string, from: number, to: number, base: number): Tokenized {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let sentence = 0;
  let sentenceFirst = 0;
  let previousLength = 0;
  let gap = 0;
  let i = Math.max(0, from);
  const n = Math.min(to, text.length);
  while (i < n) {
    let c = text.charCodeAt(i);
    if (c < 128 ? ((classes[c] as number) & WORD) === 0 : (classAt(text, i, n) & WORD) === 0) {
      gap |= gapFlag(c);
      i += c < 128 ? 1 : widthAt(text, i, n);
      continue;
    }
    const start = i;
    // Most words are ASCII letters and digits: scanned, hashed and found in the pool in one go.
    let hash = HASH_SEED;
    let lower = false;
    let upper = false;
    for (; i < n; i++) {
      c = text.charCodeAt(i);
      if (c >= 97 && c <= 122) lower = true;
      else if (c >= 65 && c <= 90) {
        upper = true;
        c |= 32;
      } else if (c < 48 || c > 57) break;
      hash = hashStep(hash, c);
    }
    const plain = i === n || !goesOn(text, i, n);
    const end = plain ? i : wordEnd(text, start, n);
    if (gap !== 0 && tokens.length > 0 && endsSentence(gap, tokens[tokens.length - 1] as Token, previousLength, text, start, end)) {
      sentences.push({ first: sentenceFirst, last: tokens.length });
      sentence++;
      sentenceFirst = tokens.length;
    }
    if (plain) {
      const first = text.charCodeAt(start);
      // Only an all-digit word has neither case: it is not in capitals ("2B" is).
      const cap = first >= 65 && first <= 90;
      const word = poolAscii(text, start, end, hash);
      tokens.push({ start: start + base, end: end + base, norm: word.norm, word, cap, allCaps: upper && !lower, sentence });
    } else pushWord(text, start, end, tokens, sentence, true, base);
    gap = 0;
    previousLength = end - start;
    i = end;
  }
  if (tokens.length > sentenceFirst) sentences.push({ first: sentenceFirst, last: tokens.length });
  return { tokens, sentences };
}
