/**
 * Folding for name comparison: Unicode compatibility of composed and decomposed forms (NFC/NFD),
 * case, and diacritics, so "Öztürk", "Ozturk", "ÖZTÜRK" and a decomposed "O\u0308zturk" compare
 * equal. Letters that Unicode does not decompose get a plain stand-in: Turkish dotless ı, Polish ł,
 * Nordic ø, German ß, Vietnamese đ.
 */
const STAND_INS: Readonly<Record<string, string>> = {
  ı: 'i',
  ł: 'l',
  ø: 'o',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ħ: 'h',
};
const STAND_IN_PATTERN = /[ıłøßæœđðþħ]/g;
const MARKS = /\p{M}+/gu;
const ASCII_ONLY = /^[\x20-\x7e]*$/;

/** Fold a word for comparison: no marks, lower case, special letters replaced. */
export function foldText(text: string): string {
  if (ASCII_ONLY.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(STAND_IN_PATTERN, (letter) => STAND_INS[letter] ?? letter);
}

/** True for a word whose first letter is a capital (also for scripts without case: false). */
export function startsWithCapital(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** True when every cased letter is a capital and there are at least two letters ("JANSEN"). */
export function isAllCaps(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/** Han, kana and other scripts written without spaces between words. */
export const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
