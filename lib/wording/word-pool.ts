/*
 * One object per distinct normalised word. The tokeniser looks a plain ASCII word up straight
 * from the text, without cutting it out first, and every token of the same word gets the same
 * object: the same `norm` string (a Map or Set lookup on it reuses the hash the string keeps and
 * compares by identity, where a freshly cut string is hashed and compared letter by letter) and
 * the same `facts`, which word-facts.ts works out on first use and every later text reads without
 * a lookup. Vacancy texts repeat their words, so after a few texts nearly every word is found here.
 */

/** A distinct normalised word. */
export interface PooledWord {
  readonly norm: string;
  /** hashStep over the word's code units, from HASH_SEED. */
  readonly hash: number;
  /** What word-facts.ts worked out about the word (its WordFacts), or undefined before it did. */
  facts: unknown;
}

/** FNV-1a over UTF-16 code units; the tokeniser computes the same while it scans. */
export const HASH_SEED = 0x811c9dc5 | 0;
export const hashStep = (hash: number, code: number): number => Math.imul(hash ^ code, 16777619);

/*
 * Open addressing, at most half full. The table starts small and doubles as words come in, so
 * that the few thousand words of a session stay in the processor's nearest caches; past
 * MAX_WORDS (a long session of very varied texts) the pool starts again: memory stays bounded.
 */
const FIRST_SLOTS = 1 << 10;
const MAX_SLOTS = 1 << 16;
const MAX_WORDS = MAX_SLOTS >> 1;

let mask = FIRST_SLOTS - 1;
let words: (PooledWord | undefined)[] = new Array<PooledWord | undefined>(FIRST_SLOTS);
let count = 0;

/** A table of `slots` slots holding `kept` (each at the first free slot from its hash). */
function table(slots: number, kept: readonly (PooledWord | undefined)[]): void {
  mask = slots - 1;
  words = new Array<PooledWord | undefined>(slots);
  count = 0;
  for (const word of kept) {
    if (word === undefined) continue;
    let slot = word.hash & mask;
    while (words[slot] !== undefined) slot = (slot + 1) & mask;
    words[slot] = word;
    count++;
  }
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

function insert(slot: number, hash: number, norm: string): PooledWord {
  const word: PooledWord = { norm: internalize(norm), hash, facts: undefined };
  if (count + 1 > (mask + 1) >> 1) {
    // Full: grow (the words keep their facts), or past the bound start again.
    table(count >= MAX_WORDS ? FIRST_SLOTS : (mask + 1) << 1, count >= MAX_WORDS ? [] : words);
    slot = hash & mask;
    while (words[slot] !== undefined) slot = (slot + 1) & mask;
  }
  words[slot] = word;
  count++;
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
    if (word === undefined) return insert(slot, hash, text.slice(start, end).toLowerCase());
    if (word.hash !== hash) continue;
    const norm = word.norm;
    if (norm.length !== length) continue;
    let k = 0;
    while (k < length) {
      const c = text.charCodeAt(start + k);
      if ((c >= 65 && c <= 90 ? c | 32 : c) !== norm.charCodeAt(k)) break;
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
    if (word === undefined) return insert(slot, hash, norm);
    if (word.hash === hash && word.norm === norm) return word;
  }
}
