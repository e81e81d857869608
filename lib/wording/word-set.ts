import { normalizeWord } from './normalize';
import { pool } from './word-pool';

/**
 * A set of normalised words. An entry ending in `*` matches any word starting with it
 * ("begeleid*" matches begeleiden, begeleiding); an entry starting with `*` matches any word
 * ending with it ("*vrouw" matches tuinvrouw, vakvrouw). One class for every set, so a call to
 * `has` always reaches the same function, whichever set and language it is asked of.
 */
export class WordSet {
  private readonly exact = new Set<string>();
  private readonly prefixes: string[] = [];
  private readonly suffixes: string[] = [];
  /** Answers for prefix and suffix entries, remembered per word (vacancy texts repeat their words). */
  private memo: Map<string, boolean> | null = null;

  constructor(words: readonly string[]) {
    for (const word of words) {
      if (word.length > 1 && word.endsWith('*')) this.prefixes.push(normalizeWord(word.slice(0, -1)));
      else if (word.length > 1 && word.startsWith('*')) this.suffixes.push(normalizeWord(word.slice(1)));
      else this.exact.add(pool(normalizeWord(word)).norm);
    }
    if (this.prefixes.length > 0 || this.suffixes.length > 0) this.memo = new Map();
  }

  has(norm: string): boolean {
    if (this.memo === null) return this.exact.has(norm);
    let answer = this.memo.get(norm);
    if (answer === undefined) {
      answer = this.compute(norm);
      if (this.memo.size >= MEMO_LIMIT) this.memo = new Map();
      this.memo.set(norm, answer);
    }
    return answer;
  }

  private compute(norm: string): boolean {
    if (this.exact.has(norm)) return true;
    for (const prefix of this.prefixes) if (norm.startsWith(prefix)) return true;
    for (const suffix of this.suffixes) if (norm.endsWith(suffix)) return true;
    return false;
  }
}

/** The memo is bounded. */
const MEMO_LIMIT = 20_000;

export function makeWordSet(words: readonly string[]): WordSet {
  return new WordSet(words);
}
