import { describe, expect, test } from 'vitest';
import { wordList } from '../../../lib/blinding/word-text';

describe('wordList', () => {
  test('splits on commas across lines and keeps entries with spaces whole', () => {
    expect(wordList(`\n  Sri Lanka, Kaapverdisch,\n  the Netherlands,  Pools\n`)).toEqual([
      'Sri Lanka',
      'Kaapverdisch',
      'the Netherlands',
      'Pools',
    ]);
  });

  test('a trailing comma or an empty text gives no empty entries', () => {
    expect(wordList('bakker, visser,')).toEqual(['bakker', 'visser']);
    expect(wordList('  \n ')).toEqual([]);
  });
});
