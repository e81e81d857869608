import { normalizeWord } from './normalize';
import { pool } from './word-pool';

/**
 * A set of normalised words. An entry ending in `*` matches any word starting with it
 * ("begeleid*" matches begeleiden, begeleiding); an entry starting with `*` matches any word
 * ending with it ("*vrouw" matches tuinvrouw, vakvrouw).
 */
export interface WordSet {
  has(norm: string): boolean;
}

/** Answers are remembered per word (vacancy texts repeat their words); the memo is bounded. */
const MEMO_LIMIT = 20_000;

export function makeWordSet(words: readonly string[]): WordSet {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  const suffixes: string[] = [];
  for (const word of words) {
    if (word.length > 1 && word.endsWith('*')) prefixes.push(normalizeWord(word.slice(0, -1)));
    else if (word.length > 1 && word.startsWith('*')) suffixes.push(normalizeWord(word.slice(1)));
    else exact.add(pool(normalizeWord(word)).norm);
  }
  const compute = (norm: string): boolean => {
    if (exact.has(norm)) return true;
    for (const prefix of prefixes) if (norm.startsWith(prefix)) return true;
    for (const suffix of suffixes) if (norm.endsWith(suffix)) return true;
    return false;
  };
  if (prefixes.length === 0 && suffixes.length === 0) return { has: (norm) => exact.has(norm) };
  let memo = new Map<string, boolean>();
  return {
    has(norm: string): boolean {
      let answer = memo.get(norm);
      if (answer === undefined) {
        answer = compute(norm);
        if (memo.size >= MEMO_LIMIT) memo = new Map();
        memo.set(norm, answer);
      }
      return answer;
    },
  };
}
