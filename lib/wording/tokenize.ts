import { normalizeWord } from './normalize';

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
 */
const WORD =
  /[\p{L}\p{M}\p{N}]+(?:[.,]\p{N}+)*(?:(?:[-\u2010\u2011'\u2019]|\/(?=[\p{L}\p{N}]))[\p{L}\p{M}\p{N}]+(?:[.,]\p{N}+)*)*/gu;
const DIGITS = /^\p{N}+$/u;
const UPPER_START = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const LOWER_START = /^\p{Ll}/u;

/** Abbreviations whose full stop does not end a sentence (Dutch first, then English). */
const ABBREVIATIONS = new Set([
  'dhr', 'mevr', 'mw', 'mr', 'mrs', 'ms', 'dr', 'drs', 'ir', 'ing', 'prof', 'max', 'min', 'ca', 'bijv',
  'bv', 'bijvoorbeeld', 'o', 'a', 'oa', 'incl', 'excl', 'etc', 'enz', 'jl', 'jr', 'nr', 'vs', 'evt', 'resp',
  'tel', 'e', 'g', 'i', 'approx', 'no', 'st', 'mln', 'mld', 'plm', 'ong', 'vgl', 'zgn', 'mbt', 'nl', 'p',
]);

/** Split raw word matches further where the pattern joined too much. */
function pushWord(text: string, start: number, end: number, out: Token[], sentence: number): void {
  const raw = text.slice(start, end);
  // "18-23" is a range, not a word: split hyphens between digits.
  if (raw.includes('-') && /\p{N}-\p{N}/u.test(raw)) {
    let partStart = start;
    for (let i = start; i < end; i++) {
      if (text[i] === '-' && /\p{N}/u.test(text[i - 1] ?? '') && /\p{N}/u.test(text[i + 1] ?? '')) {
        pushWord(text, partStart, i, out, sentence);
        partStart = i + 1;
      }
    }
    pushWord(text, partStart, end, out, sentence);
    return;
  }
  // Keep slashes only between short parts (m/v/x, t/m, he/she); split "klant/product".
  if (raw.includes('/') && raw.split('/').some((part) => part.length > 3)) {
    let partStart = start;
    for (let i = start; i <= end; i++) {
      if (i === end || text[i] === '/') {
        if (i > partStart) pushWord(text, partStart, i, out, sentence);
        partStart = i + 1;
      }
    }
    return;
  }
  out.push({
    start,
    end,
    norm: normalizeWord(raw),
    cap: UPPER_START.test(raw),
    allCaps: !HAS_LOWER.test(raw) && !DIGITS.test(raw),
    sentence,
  });
}

/** Does the gap between two words end a sentence? */
function endsSentence(gap: string, previous: Token | undefined, previousRaw: string, nextRaw: string): boolean {
  for (let i = 0; i < gap.length; i++) {
    const c = gap.charCodeAt(i);
    // newline, ! ? ; | • ·
    if (c === 10 || c === 13 || c === 33 || c === 63 || c === 59 || c === 124 || c === 0x2022 || c === 0xb7) return true;
  }
  // "Functie: Schoonmaakster" starts a new sentence; "Leeftijd: 18-25" does not.
  if (gap.includes(':') && UPPER_START.test(nextRaw)) return true;
  if (!gap.includes('.') && !gap.includes('\u2026')) return false;
  if (previous === undefined) return false;
  // "dhr. Jansen", "max. 25 jaar", initials: the full stop belongs to the abbreviation.
  if (ABBREVIATIONS.has(previous.norm) || previousRaw.length === 1) return false;
  return !LOWER_START.test(nextRaw);
}

/** Tokenise a text into words with offsets, grouped into sentences. Never throws. */
export function tokenize(text: string, base = 0): Tokenized {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let sentence = 0;
  let sentenceFirst = 0;
  let previousEnd = 0;
  let previousRaw = '';
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const previous = tokens[tokens.length - 1];
    if (previous !== undefined && endsSentence(text.slice(previousEnd, start), previous, previousRaw, m[0])) {
      sentences.push({ first: sentenceFirst, last: tokens.length });
      sentence++;
      sentenceFirst = tokens.length;
    }
    pushWord(text, start, end, tokens, sentence);
    previousEnd = end;
    previousRaw = m[0];
  }
  if (tokens.length > sentenceFirst) sentences.push({ first: sentenceFirst, last: tokens.length });
  if (base !== 0) {
    for (const token of tokens) {
      token.start += base;
      token.end += base;
    }
  }
  return { tokens, sentences };
}
