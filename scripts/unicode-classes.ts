/**
 * The character classes that stand for the Unicode property escapes `\p{L}`, `\p{M}` and `\p{N}`
 * in the screening code's regular expressions (scripts/unicode-class-plugin.ts).
 *
 * Why: V8 turns `\p{L}` into several hundred ranges each time an expression is built and again
 * when it first runs, about 0.25 ms per expression, and the screening script has several hundred
 * (docs/decisions.md#screening-start-up-size). A class of two dozen block ranges costs a twentieth.
 * `\p{Lu}` and `\p{Ll}` stay: case needs every code point, and they cost a quarter of `\p{L}`.
 *
 * What they cover: a letter is a letter or combining mark of the scripts listed below, by block, so
 * a name typed with decomposed accents is one word. A block may hold a few signs that are no
 * letters (Greek and Arabic punctuation, Indic digits); none of them stands inside a name. Letters
 * of scripts not listed (Mongolian, Tibetan, Cherokee, ...) are not letters here: a name in them is
 * still found by where it stands on the page, not by its letters.
 */
type Range = readonly [number, number];

/**
 * Letters and combining marks, by block: ASCII and Latin-1 letters, Latin Extended-A and -B and
 * IPA, combining diacritics, Greek, Cyrillic, Armenian, Hebrew, Arabic (without its digits and
 * number signs), Indic scripts, Thai and Lao, Georgian, Hangul Jamo, Ethiopic, Latin Extended
 * Additional and Greek Extended, kana, CJK ideographs, Hangul syllables.
 */
const LETTER_BLOCKS: readonly Range[] = [
  [0x41, 0x5a],
  [0x61, 0x7a],
  [0xc0, 0xd6],
  [0xd8, 0xf6],
  [0xf8, 0x2af],
  [0x300, 0x36f],
  [0x370, 0x3ff],
  [0x400, 0x52f],
  [0x531, 0x587],
  [0x591, 0x5f4],
  [0x620, 0x65f],
  [0x66e, 0x6ff],
  [0x900, 0xdff],
  [0xe00, 0xeff],
  [0x10a0, 0x10ff],
  [0x1100, 0x11ff],
  [0x1200, 0x139f],
  [0x1e00, 0x1fff],
  [0x3040, 0x30ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xac00, 0xd7af],
  [0xf900, 0xfaff],
];

/** Combining marks that follow a letter of any of those scripts when its accent is typed apart. */
const MARK_BLOCKS: readonly Range[] = [
  [0x300, 0x36f],
  [0x1ab0, 0x1aff],
  [0x1dc0, 0x1dff],
  [0x20d0, 0x20ff],
  [0xfe20, 0xfe2f],
];

/** Digits and the number signs a name's neighbour may hold: ASCII, superscripts, fractions, Arabic-Indic, full-width. */
const NUMBER_BLOCKS: readonly Range[] = [
  [0x30, 0x39],
  [0xb2, 0xb3],
  [0xb9, 0xb9],
  [0xbc, 0xbe],
  [0x660, 0x669],
  [0x6f0, 0x6f9],
  [0xff10, 0xff19],
];

const escape = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;
const written = (ranges: readonly Range[]) =>
  ranges.map(([from, to]) => (from === to ? escape(from) : `${escape(from)}-${escape(to)}`)).join('');

/** Class contents (no brackets) for each property escape the plugin replaces. */
export function unicodeClassContents(): ReadonlyMap<string, string> {
  return new Map([
    ['L', written(LETTER_BLOCKS)],
    ['M', written(MARK_BLOCKS)],
    ['N', written(NUMBER_BLOCKS)],
  ]);
}
