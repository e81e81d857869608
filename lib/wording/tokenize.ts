import { normalizeWord } from './normalize';
import { ABBREVIATIONS } from './abbreviations';

/** A word or number in the text, with UTF-16 offsets into the original string. */
export interface Token {
  start: number;
  end: number;
  /** Normalised form (see normalizeWord). */
  norm: string;
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

/*
 * Words are runs of letters, marks and digits. Inside a word we keep hyphens and apostrophes
 * (jongeren-team, stagiair's, 50-plussers) and slashes between short parts (m/v, m/v/x, t/m,
 * hij/zij); numbers keep their separators (1.000, 3,5). Everything else separates words.
 * A hand-written scanner (ASCII fast path, Unicode classes cached per code unit) does this about
 * twice as fast as one Unicode regular expression, which matters for live checking.
 */
const DIGITS = /^\p{N}+$/u;
const DIGIT_HYPHEN_DIGIT = /\p{N}-\p{N}/u;
const UPPER_START = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const LOWER_START = /^\p{Ll}/u;
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const DIGIT = /^\p{N}$/u;

// Per BMP code unit: bit 1 = letter/mark/digit, bit 2 = letter/digit, bit 4 = digit, bit 8 = known.
const classes = new Uint8Array(0x10000);
function classOf(ch: string): number {
  return (WORD_CHAR.test(ch) ? 1 : 0) | (LETTER_OR_DIGIT.test(ch) ? 2 : 0) | (DIGIT.test(ch) ? 4 : 0);
}
// ASCII only, bit 16 = a-z or 0-9: a word of these needs no normalisation.
const PLAIN = 16;
for (let c = 0; c < 128; c++)
  classes[c] = classOf(String.fromCharCode(c)) | 8 | ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? PLAIN : 0);

/** Character class at index i (surrogate pairs read as one code point); width in `width`. */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) {
    let k = classes[c] as number;
    if ((k & 8) === 0) {
      k = classOf(text[i] as string) | 8;
      classes[c] = k;
    }
    return k & 7;
  }
  if (c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return classOf(text.slice(i, i + 2));
  }
  return 0;
}

function widthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

const WORD = 1;
const LETTER_DIGIT = 2;
const NUMBER = 4;

/** Consume a run of characters with class bit `bit` from i; returns the index after it. */
function run(text: string, i: number, bit: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      const k = classes[c] as number;
      if ((k & bit) === 0) return i;
      // Anything but a-z and 0-9 (A-Z, marks) means normalisation has work to do.
      if ((k & PLAIN) === 0) plainWord = false;
      i++;
      continue;
    }
    if ((classAt(text, i) & bit) === 0) return i;
    plainWord = false;
    i += widthAt(text, i);
  }
  return i;
}

/*
 * Facts about the last word wordEnd() scanned, kept in module state so the hot loop allocates
 * nothing: whether it contains a hyphen or a slash, and whether it is plain a-z/0-9 already.
 */
let plainWord = true;
let wordHasHyphen = false;
let wordHasSlash = false;

/** End of the word starting at `start` (which is a word character). */
function wordEnd(text: string, start: number): number {
  plainWord = true;
  wordHasHyphen = false;
  wordHasSlash = false;
  let i = run(text, start, WORD);
  for (;;) {
    const c = text.charCodeAt(i);
    // "1.000", "3,5": separators followed by digits.
    if ((c === 46 || c === 44) && i + 1 < text.length && (classAt(text, i + 1) & NUMBER) !== 0) {
      plainWord = false;
      i = run(text, i + 1, NUMBER);
      continue;
    }
    // Hyphens and apostrophes inside words: - ‐ ‑ ' ’
    if (
      (c === 45 || c === 0x2010 || c === 0x2011 || c === 39 || c === 0x2019) &&
      i + 1 < text.length &&
      (classAt(text, i + 1) & WORD) !== 0
    ) {
      plainWord = false;
      if (c === 45) wordHasHyphen = true;
      i = run(text, i + 1, WORD);
      continue;
    }
    if (c === 47 && i + 1 < text.length && (classAt(text, i + 1) & LETTER_DIGIT) !== 0) {
      wordHasSlash = true;
      i = run(text, i + 1, WORD);
      continue;
    }
    return i;
  }
}

/** Push one scanned word, splitting it further where the scanner joined too much. */
function pushWord(text: string, start: number, end: number, out: Token[], sentence: number, scanned: boolean, base: number): void {
  const raw = text.slice(start, end);
  const hyphen = scanned ? wordHasHyphen : raw.includes('-');
  const slash = scanned ? wordHasSlash : raw.includes('/');
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
  out.push({
    start: start + base,
    end: end + base,
    norm: scanned && plainWord ? raw : normalizeWord(raw),
    cap,
    allCaps,
    sentence,
  });
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

/** What separates two words: a hard break (line break, ! ? ; | bullet), a colon, a full stop. */
function gapFlags(text: string, from: number, to: number): number {
  let flags = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 33 || c === 63 || c === 59 || c === 124 || c === 0x2022 || c === 0xb7) flags |= GAP_HARD;
    else if (c === 58) flags |= GAP_COLON;
    else if (c === 46 || c === 0x2026) flags |= GAP_STOP;
  }
  return flags;
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

/** Tokenise a text into words with offsets, grouped into sentences. Never throws. */
export function tokenize(text: string, base = 0): Tokenized {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let sentence = 0;
  let sentenceFirst = 0;
  let previousEnd = 0;
  let previousLength = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128 ? ((classes[c] as number) & WORD) === 0 : (classAt(text, i) & WORD) === 0) {
      i += c < 128 ? 1 : widthAt(text, i);
      continue;
    }
    const start = i;
    const end = wordEnd(text, start);
    const previous = tokens[tokens.length - 1];
    if (previous !== undefined) {
      const flags = gapFlags(text, previousEnd, start);
      if (flags !== 0 && endsSentence(flags, previous, previousLength, text, start, end)) {
        sentences.push({ first: sentenceFirst, last: tokens.length });
        sentence++;
        sentenceFirst = tokens.length;
      }
    }
    pushWord(text, start, end, tokens, sentence, true, base);
    previousEnd = end;
    previousLength = end - start;
    i = end;
  }
  if (tokens.length > sentenceFirst) sentences.push({ first: sentenceFirst, last: tokens.length });
  return { tokens, sentences };
}
