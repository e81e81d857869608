import { foldText } from './text-fold';

/**
 * A compact word list: folded words sorted by UTF-16 code unit, one per line, framed by newlines
 * ("\nanna\nbenali\n"). A page parses it as one string literal and looks words up by binary
 * search in place, so there is no Set or tree to build when a frame starts (see
 * lib/blinding/README.md, "Name lexicon").
 */
export type WordList = string;

/** Build a word list: folds, drops empty words and words with a line break, sorts and dedupes. */
export function encodeWordList(words: Iterable<string>): WordList {
  const unique = new Set<string>();
  for (const word of words) {
    const folded = foldText(word.trim());
    if (folded !== '' && !/[\n\r]/u.test(folded)) unique.add(folded);
  }
  const sorted = [...unique].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return sorted.length === 0 ? '\n' : `\n${sorted.join('\n')}\n`;
}

/** True when the (already folded) word is a line of the list. O(log n) comparisons, no allocation. */
export function hasWord(list: WordList, word: string): boolean {
  if (word === '' || word.includes('\n')) return false;
  let low = 0;
  let high = list.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const start = list.lastIndexOf('\n', middle);
    const end = list.indexOf('\n', start + 1);
    if (start < low || end < 0 || end > high) return false;
    const order = compareLine(list, start + 1, end, word);
    if (order === 0) return true;
    if (order < 0) low = end;
    else high = start;
  }
  return false;
}

/** Number of words in a list. */
export function wordCount(list: WordList): number {
  let count = -1;
  for (let at = list.indexOf('\n'); at >= 0; at = list.indexOf('\n', at + 1)) count += 1;
  return Math.max(count, 0);
}

function compareLine(list: string, start: number, end: number, word: string): number {
  const length = Math.min(end - start, word.length);
  for (let offset = 0; offset < length; offset += 1) {
    const difference = list.charCodeAt(start + offset) - word.charCodeAt(offset);
    if (difference !== 0) return difference;
  }
  return end - start - word.length;
}
