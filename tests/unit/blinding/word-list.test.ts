import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNameLexicon, EMPTY_NAME_LEXICON_DATA } from '../../../lib/blinding/name-lexicon';
import { encodeWordList, hasWord, wordCount } from '../../../lib/blinding/word-list';

describe('word lists', () => {
  it('folds, sorts and dedupes', () => {
    expect(encodeWordList(['Öztürk', 'benali', 'ozturk', ' Benali ', '', 'Ayşe'])).toBe('\nayse\nbenali\nozturk\n');
    expect(encodeWordList([])).toBe('\n');
    expect(wordCount(encodeWordList(['a', 'b', 'c']))).toBe(3);
    expect(wordCount('\n')).toBe(0);
  });

  it('finds exactly the words of the list', () => {
    const list = encodeWordList(['anna', 'ann', 'annabel', 'bo', 'zoë', 'олександр', '小明']);
    for (const word of ['anna', 'ann', 'annabel', 'bo', 'zoe', 'олександр', '小明']) expect(hasWord(list, word)).toBe(true);
    for (const word of ['an', 'annab', 'annabell', 'b', 'bob', 'a', 'zzz', '', '\n', 'anna\nbo']) expect(hasWord(list, word)).toBe(false);
  });

  it('agrees with a Set for any words (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 6 }), { maxLength: 60 }), fc.string({ maxLength: 6 }), (words, probe) => {
        const list = encodeWordList(words);
        const lines = new Set(list.split('\n').filter((line) => line !== ''));
        expect(hasWord(list, probe)).toBe(lines.has(probe));
        for (const line of lines) expect(hasWord(list, line)).toBe(true);
      }),
    );
  });
});

describe('createNameLexicon', () => {
  const lexicon = createNameLexicon({
    given: [
      { score: 1, words: encodeWordList(['noor', 'sem']) },
      { score: 0.5, words: encodeWordList(['sem', 'kwabena']) },
    ],
    family: [{ score: 0.8, words: encodeWordList(['visser', 'tahiri']) }],
    common: encodeWordList(['visser', 'fiets']),
  });

  it('takes the best score of the lists that hold a word', () => {
    expect(lexicon.given('sem')).toBe(1);
    expect(lexicon.given('kwabena')).toBe(0.5);
    expect(lexicon.given('visser')).toBe(0);
    expect(lexicon.family('tahiri')).toBe(0.8);
    expect(lexicon.commonWord('visser')).toBe(true);
    expect(lexicon.commonWord('noor')).toBe(false);
  });

  it('knows nothing without data', () => {
    const empty = createNameLexicon(EMPTY_NAME_LEXICON_DATA);
    expect(empty.given('sem')).toBe(0);
    expect(empty.commonWord('fiets')).toBe(false);
  });
});
