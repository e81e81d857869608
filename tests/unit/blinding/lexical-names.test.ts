import { describe, expect, it } from 'vitest';
import { lexicalFullNames } from '../../../lib/blinding/lexical-names';
import { testLexicon } from './test-lexicon';

// Invented people; "Mulder" and "Jong" are names and ordinary words, as many Dutch family names are.
const lexicon = testLexicon({
  given: ['ifrah', 'sanne', 'kevin', 'albert'],
  family: ['abdi', 'jama', 'meulen', 'mulder', 'jong', 'heijn'],
  common: ['mulder', 'jong', 'eerste', 'bakkerij'],
});
const names = (text: string) => lexicalFullNames(text, lexicon).map((found) => found.name);

describe('full names the lexicon vouches for, in running text', () => {
  it('finds a listed given name that opens a run closed by a listed family name, particles and all', () => {
    expect(names('Eerste is Ifrah Abdi Jama, 3e jaars Commerciële Economie.')).toEqual(['Ifrah Abdi Jama']);
    expect(names('Gesprek met Sanne van der Meulen om 10:00.')).toEqual(['Sanne van der Meulen']);
    expect(names("Gebeld met Sanne van 't Meulen.")).toEqual(["Sanne van 't Meulen"]);
    // A preposition that is also a particle ends a run: two names, not one.
    expect(names('Uitnodiging van Kevin Jama aan Ifrah Abdi Jama')).toEqual(['Kevin Jama', 'Ifrah Abdi Jama']);
    expect(lexicalFullNames('Ifrah Abdi Jama belde', lexicon)).toEqual([{ name: 'Ifrah Abdi Jama', start: 0 }]);
  });

  it('leaves a family name that is also a word, a firm, a run broken by a word, and one word alone', () => {
    expect(names('Vraag het Kevin Mulder even.')).toEqual([]);
    expect(names('Lunch bij Bakkerij de Jong?')).toEqual([]);
    expect(names('Sanne en Meulen kwamen.')).toEqual([]);
    expect(names('Ifrah belde gisteren.')).toEqual([]);
  });
});
