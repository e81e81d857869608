/*
 * The character-level scanner under tokenize.ts. Words are runs of letters, marks and digits.
 * Inside a word we keep hyphens and apostrophes (jongeren-team, stagiair's, 50-plussers) and
 * slashes between short parts (m/v, m/v/x, t/m, hij/zij); numbers keep their separators (1.000,
 * 3,5). Everything else separates words. A hand-written scanner (ASCII fast path, Unicode classes
 * cached per code unit) does this about twice as fast as one Unicode regular expression, which
 * matters for live checking. `n` is always one past the last index the scan may read.
 */
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const DIGIT = /^\p{N}$/u;

export const WORD = 1;
const LETTER_DIGIT = 2;
const NUMBER = 4;
const KNOWN = 8;
/** ASCII only: a-z or 0-9. A word of these needs no normalisation. */
const PLAIN = 16;

/** Per BMP code unit: WORD (letter/mark/digit), LETTER_DIGIT, NUMBER, and KNOWN once worked out. */
export const classes = new Uint8Array(0x10000);
function classOf(ch: string): number {
  return (WORD_CHAR.test(ch) ? WORD : 0) | (LETTER_OR_DIGIT.test(ch) ? LETTER_DIGIT : 0) | (DIGIT.test(ch) ? NUMBER : 0);
}
for (let c = 0; c < 128; c++)
  classes[c] = classOf(String.fromCharCode(c)) | KNOWN | ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? PLAIN : 0);

/** Character class at index i (surrogate pairs read as one code point). */
export function classAt(text: string, i: number, n: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) {
    let k = classes[c] as number;
    if ((k & KNOWN) === 0) {
      k = classOf(text[i] as string) | KNOWN;
      classes[c] = k;
    }
    return k & 7;
  }
  if (c <= 0xdbff && i + 1 < n) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return classOf(text.slice(i, i + 2));
  }
  return 0;
}

export function widthAt(text: string, i: number, n: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/*
 * Facts about the last word wordEnd() scanned, kept in one object so the loop allocates nothing:
 * whether it is plain a-z/0-9 already, and whether it contains a hyphen or a slash.
 */
export const scanned = { plain: true, hyphen: false, slash: false };

/** Consume a run of characters with class bit `bit` from i; returns the index after it. */
function run(text: string, i: number, n: number, bit: number): number {
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      const k = classes[c] as number;
      if ((k & bit) === 0) return i;
      // Anything but a-z and 0-9 (A-Z, marks) means normalisation has work to do.
      if ((k & PLAIN) === 0) scanned.plain = false;
      i++;
      continue;
    }
    if ((classAt(text, i, n) & bit) === 0) return i;
    scanned.plain = false;
    i += widthAt(text, i, n);
  }
  return i;
}

const isJoiner = (c: number): boolean => c === 45 || c === 0x2010 || c === 0x2011 || c === 39 || c === 0x2019;

/** End of the word starting at `start` (which is a word character); its facts go to `scanned`. */
export function wordEnd(text: string, start: number, n: number): number {
  scanned.plain = true;
  scanned.hyphen = false;
  scanned.slash = false;
  let i = run(text, start, n, WORD);
  while (i + 1 < n) {
    const c = text.charCodeAt(i);
    // "1.000", "3,5": separators followed by digits.
    if ((c === 46 || c === 44) && (classAt(text, i + 1, n) & NUMBER) !== 0) {
      scanned.plain = false;
      i = run(text, i + 1, n, NUMBER);
    } else if (isJoiner(c) && (classAt(text, i + 1, n) & WORD) !== 0) {
      // Hyphens and apostrophes inside words: - ‐ ‑ ' ’
      scanned.plain = false;
      if (c === 45) scanned.hyphen = true;
      i = run(text, i + 1, n, WORD);
    } else if (c === 47 && (classAt(text, i + 1, n) & LETTER_DIGIT) !== 0) {
      scanned.slash = true;
      i = run(text, i + 1, n, WORD);
    } else break;
  }
  return i;
}

/** Does the word go on at i (< n), past a run of ASCII letters and digits, as wordEnd would read it? */
export function goesOn(text: string, i: number, n: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 128 && (classAt(text, i, n) & WORD) !== 0) return true;
  if (i + 1 >= n) return false;
  if (c === 46 || c === 44) return (classAt(text, i + 1, n) & NUMBER) !== 0;
  if (isJoiner(c)) return (classAt(text, i + 1, n) & WORD) !== 0;
  return c === 47 && (classAt(text, i + 1, n) & LETTER_DIGIT) !== 0;
}
