import { describe, expect, it } from 'vitest';
import { normalizeWord } from '../../../lib/wording/normalize';
import { HASH_SEED, hashStep, isAsciiJoined, pool, poolAscii, poolJoined, type PooledWord } from '../../../lib/wording/word-pool';

/** The hash poolAscii expects: of the lower-cased letters. */
function hashOf(word: string): number {
  let hash = HASH_SEED;
  for (let i = 0; i < word.length; i++) hash = hashStep(hash, word.toLowerCase().charCodeAt(i));
  return hash;
}

const ascii = (text: string, start = 0, end = text.length): PooledWord => poolAscii(text, start, end, hashOf(text.slice(start, end)));

/** Distinct a-z words, deterministic. */
function distinctWords(count: number, length: number, salt: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let word = salt;
    for (let n = i; word.length < length; n = Math.floor(n / 26)) word += String.fromCharCode(97 + (n % 26));
    out.push(word);
  }
  return out;
}

describe('word pool', () => {
  it('gives every spelling of a word the same object, read from the text in place', () => {
    const word = pool('stagiair');
    expect(ascii('Stagiair')).toBe(word);
    expect(ascii('STAGIAIR')).toBe(word);
    expect(ascii('een stagiair gezocht', 4, 12)).toBe(word);
    expect(word.norm).toBe('stagiair');
  });

  it('tells apart words that differ in one letter or in length', () => {
    const words = ['jong', 'jonge', 'jongen', 'jonk', 'ong'].map((w) => ascii(w));
    expect(new Set(words).size).toBe(5);
    expect(words.map((w) => w.norm)).toEqual(['jong', 'jonge', 'jongen', 'jonk', 'ong']);
  });

  it('compares a long word (a pasted link, a run of letters) letter by letter as well', () => {
    const long = 'a'.repeat(60);
    const other = 'a'.repeat(59) + 'b';
    expect(ascii(long)).toBe(pool(long));
    expect(ascii(other)).not.toBe(ascii(long));
    expect(ascii(other.toUpperCase()).norm).toBe(other);
  });

  it('keeps its answers while it grows and after it starts again past its bound', () => {
    const first = pool('werkervaring');
    const words = distinctWords(40_000, 8, 'x');
    const pooled = words.map((w) => ascii(w));
    // Past the bound the pool started again: later words are still found, each once.
    for (let i = words.length - 500; i < words.length; i++) expect(ascii(words[i] as string)).toBe(pooled[i]);
    for (const [i, word] of pooled.entries()) expect(word.norm).toBe(words[i]);
    // A word from before the restart is a new object now, with the same text.
    expect(pool('werkervaring').norm).toBe(first.norm);
    expect(ascii('Werkervaring')).toBe(pool('werkervaring'));
  });

  it('reads a word with hyphens or apostrophes in place as normalizeWord would', () => {
    for (const raw of ['check-in', "Collega's", 'STRESS-RESISTANT', 'mbo-opleiding', "o'neil-smith", 'x-1', 'a'.repeat(50) + '-b']) {
      expect(isAsciiJoined(raw, 0, raw.length)).toBe(true);
      // First seen in place, then through normalizeWord, and the other way round.
      expect(poolJoined(raw, 0, raw.length)).toBe(pool(normalizeWord(raw)));
      expect(poolJoined(`(${raw})`, 1, raw.length + 1)).toBe(pool(normalizeWord(raw)));
    }
    expect(pool('closeknit')).toBe(poolJoined('close-knit', 0, 10));
    expect(poolJoined('close-knit', 0, 10)).not.toBe(poolJoined('close-kni', 0, 9));
    expect(poolJoined('checkin', 0, 7)).toBe(poolJoined('check-in', 0, 8));
  });

  it('leaves other words to normalizeWord', () => {
    for (const raw of ['m/v', 'ideeën', '1.000', 'collega’s', 'a b']) expect(isAsciiJoined(raw, 0, raw.length)).toBe(false);
  });

  it('keeps facts on the word itself, unknown until worked out', () => {
    const word = pool('zzqqxx');
    expect(word.known).toBe(false);
    expect(word.nl).toBeUndefined();
    expect(word.en).toBeUndefined();
  });
});
