import type { MarkerRange } from './marker-range';

/**
 * A name written twice beside itself, in Latin letters and in the person's own script: "Wang Jie
 * (王杰)", "王杰 (Wang Jie)", "Oleksandr Bondarenko (Олександр Бондаренко)". No transliteration
 * links the two, and the other spelling identifies as well as the first (held-out sets V and W:
 * chats and mails that write both).
 */
const NON_LATIN_WORD = String.raw`(?:(?![\p{Script=Latin}\p{N}])\p{L}\p{M}*){1,24}`;
/** One to four words, all in scripts other than Latin. */
export const NON_LATIN_WORDS = String.raw`${NON_LATIN_WORD}(?:[ \u00A0·・]${NON_LATIN_WORD}){0,3}`;

const AFTER = new RegExp(String.raw`^[ \u00A0]*[(（][ \u00A0]*(${NON_LATIN_WORDS})[ \u00A0]*[)）]`, 'u');
const BEFORE = new RegExp(String.raw`(${NON_LATIN_WORDS})[ \u00A0]*[(（][ \u00A0]*$`, 'u');
const CLOSES = /^[ \u00A0]*[)）]/u;
/** How far around a name the other spelling is looked for (bounded work per name). */
const REACH = 120;

/** The other spelling of the name `range` covers, in brackets right after it or as the text its brackets follow. */
export function spellingBeside(text: string, range: MarkerRange): MarkerRange | undefined {
  const after = AFTER.exec(text.slice(range.end, range.end + REACH));
  const spelling = (start: number, length: number): MarkerRange => ({ ...range, start, end: start + length });
  if (after !== null) return spelling(range.end + after[0].indexOf(after[1]!), after[1]!.length);
  if (!CLOSES.test(text.slice(range.end, range.end + 4))) return undefined;
  const from = Math.max(0, range.start - REACH);
  const before = BEFORE.exec(text.slice(from, range.start));
  return before === null ? undefined : spelling(from + before.index, before[1]!.length);
}
