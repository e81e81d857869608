import { describe, expect, it } from 'vitest';
import { ordinaryCompound } from '../../../lib/blinding/compound-words';
import { testLexicon } from './test-lexicon';

const lexicon = testLexicon({
  given: ['pieter'],
  family: ['groenewoud'],
  common: ['account', 'manager', 'binnen', 'dienst', 'klant', 'service', 'druk', 'werk', 'groen', 'woud', 'team', 'leider'],
});

describe('Dutch compounds of ordinary words', () => {
  it('reads a compound of two listed words, joined directly or with s or (e)n, as an ordinary word', () => {
    for (const word of ['accountmanager', 'binnendienst', 'drukwerk', 'teamleider', 'klantenservice'])
      expect(ordinaryCompound(word, lexicon)).toBe(true);
  });

  it('never reads a listed name, a word with an unlisted part, or a short word as one', () => {
    expect(ordinaryCompound('groenewoud', lexicon)).toBe(false);
    expect(ordinaryCompound('pieter', lexicon)).toBe(false);
    expect(ordinaryCompound('kowalczyk', lexicon)).toBe(false);
    expect(ordinaryCompound('teamx', lexicon)).toBe(false);
  });
});
