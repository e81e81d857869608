import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNameLexicon, EMPTY_NAME_LEXICON_DATA } from '../../../lib/blinding/name-lexicon';
import { decodeWordList, encodeWordList, hasWord, wordTag } from '../../../lib/blinding/word-list';
import { testLexicon } from './test-lexicon';

describe('word lists', () => {
  it('folds, sorts, dedupes and front-codes', () => {
    expect(decodeWordList(encodeWordList(['Öztürk', 'benali', 'ozturk', ' Benali ', '', 'Ayşe', 'van Dam', 'x1']))).toEqual([
      ['ayse', 0],
      ['benali', 0],
      ['ozturk', 0],
    ]);
    expect(encodeWordList(['abdel', 'abdelaziz', 'abel'])).toBe('\nabdel#Haziz#Eel#\n');
    expect(encodeWordList([])).toBe('\n');
  });

  it('keeps a tag per word and rejects tags out of range', () => {
    const list = encodeWordList(
      new Map([
        ['noor', 3],
        ['sem', 31],
        ['fiets', 16],
      ]),
    );
    expect(wordTag(list, 'noor')).toBe(3);
    expect(wordTag(list, 'sem')).toBe(31);
    expect(wordTag(list, 'fiets')).toBe(16);
    expect(wordTag(list, 'fiet')).toBe(-1);
    expect(() => encodeWordList(new Map([['x', 32]]))).toThrow(RangeError);
  });

  it('finds exactly the words of the list', () => {
    const list = encodeWordList(['anna', 'ann', 'annabel', 'bo', 'zoë', 'olexandr', 'xiaoming', 'a', 'b']);
    for (const word of ['anna', 'ann', 'annabel', 'bo', 'zoe', 'olexandr', 'xiaoming', 'a', 'b']) expect(hasWord(list, word)).toBe(true);
    for (const word of ['an', 'annab', 'annabell', 'bob', 'zzz', '', '\n', 'anna\nbo', 'Anna', 'an#', 'c'])
      expect(hasWord(list, word)).toBe(false);
  });

  it('agrees with a Set for any words and any block boundaries (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-e]{1,30}$/u), { maxLength: 80 }), fc.stringMatching(/^[a-e]{0,30}$/u), (words, probe) => {
        const list = encodeWordList(words);
        const set = new Set(words);
        expect(hasWord(list, probe)).toBe(set.has(probe));
        for (const word of set) expect(hasWord(list, word)).toBe(true);
        expect(decodeWordList(list).map(([word]) => word)).toEqual([...set].sort());
      }),
    );
  });
});

describe('createNameLexicon', () => {
  const lexicon = testLexicon({
    given: ['noor', 'sem'],
    weakGiven: ['kwabena'],
    family: ['visser', 'tahiri'],
    common: ['visser', 'fiets'],
  });

  it('scores by the tier of the list that holds a word', () => {
    expect(lexicon.given('sem')).toBe(1);
    expect(lexicon.given('kwabena')).toBe(0.5);
    expect(lexicon.given('visser')).toBe(0);
    expect(lexicon.family('tahiri')).toBe(1);
    expect(lexicon.commonWord('visser')).toBe(true);
    expect(lexicon.commonWord('noor')).toBe(false);
    // Asked again: the remembered answer is the same.
    expect(lexicon.given('sem')).toBe(1);
  });

  it('reads an unlisted plural of an ordinary word as ordinary, never the plural of a name', () => {
    expect(lexicon.commonWord('fietsen')).toBe(false);
    expect(lexicon.commonWord('fiets')).toBe(true);
    const plurals = testLexicon({ given: ['noor'], family: ['visser'], common: ['alert', 'visser', 'bus'] });
    expect(plurals.commonWord('alerts')).toBe(true);
    // "Vissers" is the plural of a word that is a name too; "buss" is too short to be read so.
    expect(plurals.commonWord('vissers')).toBe(false);
    expect(plurals.commonWord('noors')).toBe(false);
    expect(plurals.commonWord('buss')).toBe(false);
  });

  it('knows nothing without data', () => {
    const empty = createNameLexicon(EMPTY_NAME_LEXICON_DATA);
    expect(empty.given('sem')).toBe(0);
    expect(empty.commonWord('fiets')).toBe(false);
  });
});
