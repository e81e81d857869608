import { foldText } from './text-fold';

/**
 * A compact list of folded words, each with a small tag (0..31), sorted by UTF-16 code unit and
 * front-coded in blocks. Each block starts with a line break and its first word in full; every
 * further word is one capital letter C..Z saying how many leading characters it shares with the
 * word before (0..23), then the rest of it. Every word is followed by its tag, one character from
 * "#" (0) to "B" (31). Folded words hold no ASCII below "a", so these characters mark where words
 * start and end, and none needs an escape in a JavaScript string but the line break:
 * "\nabdel#Haziz#" holds abdel and abdelaziz, both with tag 0.
 *
 * A page parses a list as one string literal and looks words up in place: binary search over the
 * blocks, then a scan of one block, with no allocation. There is no Set or index to build when a
 * frame starts, and the text is about half the size of a plain word list (lib/blinding/README.md,
 * "Name lexicon").
 */
export type WordList = string;

const WORDS_PER_BLOCK = 12;
const LINE = 10;
const FIRST_TAG = 35; // "#"
const LAST_TAG = 66; // "B"
const FIRST_MARK = 67; // "C": shares 0 characters
const MOST_SHARED = 23; // "Z"
/** What a word of a list may hold: letters and marks of any script. */
const LETTERS = /^[\p{L}\p{M}]+$/u;

/**
 * Build a list from words (tag 0) or from a map of word → tag. Words are folded; empty words and
 * words with anything but letters are left out. When a folded word occurs twice, the first tag wins.
 */
export function encodeWordList(words: Iterable<string> | ReadonlyMap<string, number>): WordList {
  const tags = new Map<string, number>();
  const entries: Iterable<[string, number]> = words instanceof Map ? words : [...(words as Iterable<string>)].map((word) => [word, 0]);
  for (const [word, tag] of entries) {
    if (!Number.isInteger(tag) || tag < 0 || tag > LAST_TAG - FIRST_TAG) throw new RangeError(`A word tag is 0..31, not ${tag}.`);
    const folded = foldText(word.trim());
    if (LETTERS.test(folded) && listable(folded) && !tags.has(folded)) tags.set(folded, tag);
  }
  const sorted = [...tags.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  let list = '';
  sorted.forEach((word, index) => {
    const tag = String.fromCharCode(FIRST_TAG + (tags.get(word) ?? 0));
    if (index % WORDS_PER_BLOCK === 0) {
      list += `\n${word}${tag}`;
      return;
    }
    const previous = sorted[index - 1] ?? '';
    let shared = 0;
    const most = Math.min(MOST_SHARED, previous.length, word.length);
    while (shared < most && previous.charCodeAt(shared) === word.charCodeAt(shared)) shared += 1;
    list += String.fromCharCode(FIRST_MARK + shared) + word.slice(shared) + tag;
  });
  return `${list}\n`;
}

/** The tag of the (already folded) word, or -1 when the list does not hold it. */
export function wordTag(list: WordList, word: string): number {
  if (!listable(word)) return -1;
  // The last block whose first word is not after the word. A block starts at each line break
  // but the final one; `start` is the last line break at or before the middle.
  let low = 0;
  let high = list.length - 2;
  let candidate = -1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const start = list.lastIndexOf('\n', middle);
    if (start < low) {
      low = middle + 1;
      continue;
    }
    const order = compareSpan(list, start + 1, word);
    if (order === 0) return list.charCodeAt(start + 1 + word.length) - FIRST_TAG;
    if (order > 0) high = start - 1;
    else {
      candidate = start;
      low = middle + 1;
    }
  }
  return candidate < 0 ? -1 : blockTag(list, candidate, word);
}

/** Folded words hold no ASCII below "a": that range carries the list's own marks. Cheaper than a pattern. */
function listable(word: string): boolean {
  if (word === '') return false;
  for (let at = 0; at < word.length; at += 1) if (word.charCodeAt(at) < 97) return false;
  return true;
}

/** True when the (already folded) word is in the list. */
export function hasWord(list: WordList, word: string): boolean {
  return wordTag(list, word) >= 0;
}

/** The words of a list with their tags, in order (for tests and tools). */
export function decodeWordList(list: WordList): [string, number][] {
  const words: [string, number][] = [];
  let previous = '';
  let at = 0;
  while (at < list.length - 1) {
    const code = list.charCodeAt(at);
    const shared = code === LINE ? 0 : code - FIRST_MARK;
    const end = tagAt(list, at + 1);
    previous = previous.slice(0, shared) + list.slice(at + 1, end);
    words.push([previous, list.charCodeAt(end) - FIRST_TAG]);
    at = end + 1;
  }
  return words;
}

/**
 * Scan one block without building its words: `matched` is how many leading characters the word
 * before shares with the word looked for; sorted order decides the rest (front-coding search).
 */
function blockTag(list: string, start: number, word: string): number {
  let at = start + 1;
  let shared = 0;
  let matched = 0;
  for (;;) {
    const end = tagAt(list, at);
    // A word that keeps fewer characters than matched differs there, and so sorts after the word.
    if (shared < matched && shared < MOST_SHARED) return -1;
    if (shared <= matched) {
      let from = at;
      let position = shared;
      while (from < end && position < word.length && list.charCodeAt(from) === word.charCodeAt(position)) {
        from += 1;
        position += 1;
      }
      if (from === end && position === word.length) return list.charCodeAt(end) - FIRST_TAG;
      if (from < end && (position === word.length || list.charCodeAt(from) > word.charCodeAt(position))) return -1;
      matched = position;
    }
    const next = list.charCodeAt(end + 1);
    if (next === LINE || Number.isNaN(next)) return -1;
    shared = next - FIRST_MARK;
    at = end + 2;
  }
}

/** Position of the tag that ends the word starting at `from`. */
function tagAt(list: string, from: number): number {
  let at = from;
  while (at < list.length) {
    const code = list.charCodeAt(at);
    if (code >= FIRST_TAG && code <= LAST_TAG) return at;
    at += 1;
  }
  return at;
}

/** Compare the list's word at `start` (up to its tag) with `word`. */
function compareSpan(list: string, start: number, word: string): number {
  for (let offset = 0; ; offset += 1) {
    const code = list.charCodeAt(start + offset);
    const ended = code >= FIRST_TAG && code <= LAST_TAG;
    if (offset === word.length) return ended ? 0 : 1;
    if (ended) return -1;
    const difference = code - word.charCodeAt(offset);
    if (difference !== 0) return difference;
  }
}
