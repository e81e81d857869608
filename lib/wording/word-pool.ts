/*
 * One object per distinct normalised word. The tokeniser looks an ASCII word (also one with
 * hyphens or apostrophes inside) up straight from the text, without cutting it out first, and every token of the same word gets the same
 * object: the same `norm` string (a Map or Set lookup on it reuses the hash the string keeps and
 * compares by identity, where a freshly cut string is hashed and compared letter by letter) and
 * the same facts, which word-facts.ts works out on first use and every later text reads without
 * a lookup. Vacancy texts repeat their words, so after a few texts nearly every word is found here.
 */

/**
 * A distinct normalised word. Its facts (word-facts.ts WordFacts) are fields of the word itself,
 * filled on first use: a token reaches them without a step through one more object.
 */
export interface PooledWord {
  readonly norm: string;
  /** hashStep over the word's code units, from HASH_SEED. */
  readonly hash: number;
  /** Have the facts below been worked out (word-facts.ts)? */
  known: boolean;
  functionWord: number;
  shape: number;
  flags: number;
  /** Its facts in each language (word-facts.ts), worked out on first use. */
  nl: unknown;
  en: unknown;
}

/** FNV-1a over UTF-16 code units; the tokeniser computes the same while it scans. */
export const HASH_SEED = 0x811c9dc5 | 0;
export const hashStep = (hash: number, code: number): number => Math.imul(hash ^ code, 16777619);

/*
 * Open addressing, at most half full. The table starts small and doubles as words come in, so
 * that the few thousand words of a session stay in the processor's nearest caches; past
 * MAX_WORDS (a long session of very varied texts) the pool starts again: memory stays bounded.
 *
 * A probe reads only typed arrays: each slot's hash and length, and the word's letters in one
 * shared array of code units (`letters`). Checking a word against the pool then touches a few
 * packed cache lines instead of a word object and its string in different places of the heap,
 * which is what a check costs most when another program has just had the processor (the
 * benchmark's alternating rounds, a page's own scripts between two keystrokes).
 */
const FIRST_SLOTS = 1 << 10;
const MAX_SLOTS = 1 << 16;
const MAX_WORDS = MAX_SLOTS >> 1;
/** Longer words (rare: a pasted link, a run of letters) are compared with their string instead. */
const MAX_PACKED = 48;
const FIRST_LETTERS = 1 << 13;

let mask = FIRST_SLOTS - 1;
let words: (PooledWord | undefined)[] = new Array<PooledWord | undefined>(FIRST_SLOTS);
let hashes = new Int32Array(FIRST_SLOTS);
let lengths = new Int32Array(FIRST_SLOTS);
/** Where the slot's word starts in `letters`, or -1 for a word longer than MAX_PACKED. */
let offsets = new Int32Array(FIRST_SLOTS);
let letters = new Uint16Array(FIRST_LETTERS);
let lettersUsed = 0;
let count = 0;

/** The first free slot for `hash`. */
function freeSlot(hash: number): number {
  let slot = hash & mask;
  while (words[slot] !== undefined) slot = (slot + 1) & mask;
  return slot;
}

function place(slot: number, word: PooledWord, offset: number): void {
  words[slot] = word;
  hashes[slot] = word.hash;
  lengths[slot] = word.norm.length;
  offsets[slot] = offset;
  count++;
}

/** A table of `slots` slots holding the words of the old table (their letters stay where they are). */
function grow(slots: number): void {
  const oldWords = words;
  const oldOffsets = offsets;
  mask = slots - 1;
  words = new Array<PooledWord | undefined>(slots);
  hashes = new Int32Array(slots);
  lengths = new Int32Array(slots);
  offsets = new Int32Array(slots);
  count = 0;
  for (let k = 0; k < oldWords.length; k++) {
    const word = oldWords[k];
    if (word !== undefined) place(freeSlot(word.hash), word, oldOffsets[k] as number);
  }
}

/** An empty pool of the first size. */
function restart(): void {
  mask = FIRST_SLOTS - 1;
  words = new Array<PooledWord | undefined>(FIRST_SLOTS);
  hashes = new Int32Array(FIRST_SLOTS);
  lengths = new Int32Array(FIRST_SLOTS);
  offsets = new Int32Array(FIRST_SLOTS);
  letters = new Uint16Array(FIRST_LETTERS);
  lettersUsed = 0;
  count = 0;
}

/** Copy the word's letters into `letters`; returns where they start, or -1 for a long word. */
function pack(norm: string): number {
  if (norm.length > MAX_PACKED) return -1;
  if (lettersUsed + norm.length > letters.length) {
    const more = new Uint16Array(letters.length * 2);
    more.set(letters);
    letters = more;
  }
  const offset = lettersUsed;
  for (let k = 0; k < norm.length; k++) letters[offset + k] = norm.charCodeAt(k);
  lettersUsed += norm.length;
  return offset;
}

/**
 * The engine's own copy of a string, as the JavaScript engine keeps property names: flat, stored
 * once, and compared with a pattern's word (a literal, kept the same way) by identity. Without it
 * a word cut from a long text would keep that whole text alive, and words would come in several
 * internal kinds of string, each of which makes the optimised code start over.
 */
function internalize(word: string): string {
  return Object.keys({ [word]: 0 })[0] ?? word;
}

function insert(hash: number, norm: string): PooledWord {
  // Full: grow (the words keep their facts), or past the bound start again.
  if (count + 1 > (mask + 1) >> 1) {
    if (count >= MAX_WORDS) restart();
    else grow((mask + 1) << 1);
  }
  const word: PooledWord = {
    norm: internalize(norm),
    hash,
    known: false,
    functionWord: 0,
    shape: 0,
    flags: 0,
    nl: undefined,
    en: undefined,
  };
  place(freeSlot(hash), word, pack(word.norm));
  return word;
}

/**
 * The pooled word for text[start, end), read in lower case; only for ASCII letters and digits,
 * whose normal form is their lower case. `hash` is the hash of the lower-cased letters.
 */
export function poolAscii(text: string, start: number, end: number, hash: number): PooledWord {
  const length = end - start;
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const word = words[slot];
    if (word === undefined) return insert(hash, text.slice(start, end).toLowerCase());
    if (hashes[slot] !== hash || lengths[slot] !== length) continue;
    const offset = offsets[slot] as number;
    let k = 0;
    if (offset >= 0) {
      while (k < length) {
        const c = text.charCodeAt(start + k);
        if ((c >= 65 && c <= 90 ? c | 32 : c) !== letters[offset + k]) break;
        k++;
      }
    } else {
      const norm = word.norm;
      while (k < length) {
        const c = text.charCodeAt(start + k);
        if ((c >= 65 && c <= 90 ? c | 32 : c) !== norm.charCodeAt(k)) break;
        k++;
      }
    }
    if (k === length) return word;
  }
}

/** The ASCII joiners a word can hold inside (word-scan.ts), which normalizeWord drops. */
const isJoiner = (c: number): boolean => c === 45 || c === 39;
const JOINERS = /['-]/g;
const lowerAscii = (c: number): number => (c >= 65 && c <= 90 ? c | 32 : c);

/**
 * Is text[start, end) ASCII letters and digits with hyphens or apostrophes between them
 * ("check-in", "collega's")? Its normal form is then its lower case without those (normalizeWord),
 * which poolJoined reads in place.
 */
export function isAsciiJoined(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || isJoiner(c))) return false;
  }
  return true;
}

/**
 * The pooled word for text[start, end) where isAsciiJoined holds, without cutting out and
 * normalising a copy first (the tokeniser's slow path otherwise, for a few words of every text).
 */
export function poolJoined(text: string, start: number, end: number): PooledWord {
  let hash = HASH_SEED;
  let length = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isJoiner(c)) continue;
    hash = hashStep(hash, lowerAscii(c));
    length++;
  }
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const word = words[slot];
    if (word === undefined) return insert(hash, text.slice(start, end).toLowerCase().replace(JOINERS, ''));
    if (hashes[slot] !== hash || lengths[slot] !== length) continue;
    const norm = word.norm;
    let k = 0;
    for (let i = start; i < end && k < length; i++) {
      const c = text.charCodeAt(i);
      if (isJoiner(c)) continue;
      if (lowerAscii(c) !== norm.charCodeAt(k)) break;
      k++;
    }
    if (k === length) return word;
  }
}

/** The pooled word for a word already normalised. */
export function pool(norm: string): PooledWord {
  let hash = HASH_SEED;
  for (let i = 0; i < norm.length; i++) hash = hashStep(hash, norm.charCodeAt(i));
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const word = words[slot];
    if (word === undefined) return insert(hash, norm);
    if (hashes[slot] === hash && word.norm === norm) return word;
  }
}
