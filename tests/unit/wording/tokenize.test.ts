import { describe, expect, it } from 'vitest';
import { normalizeWord } from '../../../lib/wording/normalize';
import { splitParagraphs } from '../../../lib/wording/paragraphs';
import { tokenize } from '../../../lib/wording/tokenize';

const words = (text: string) => tokenize(text).tokens.map((t) => t.norm);

describe('normalizeWord', () => {
  it.each([
    ['geïnteresseerd', 'geinteresseerd'],
    ['één', 'een'],
    ['Caissière', 'caissiere'],
    ['moedertaal-spreker', 'moedertaalspreker'],
    ["stagiair's", 'stagiairs'],
    ['collega’s', 'collegas'],
    ['M/V', 'm/v'],
  ])('%s → %s', (raw, norm) => {
    expect(normalizeWord(raw)).toBe(norm);
  });
});

describe('tokenize', () => {
  it('keeps offsets that point at the words in the input', () => {
    const text = 'Wij zoeken een geïnteresseerde stagiair (m/v/x).';
    for (const t of tokenize(text).tokens) {
      expect(normalizeWord(text.slice(t.start, t.end))).toBe(t.norm);
    }
  });

  it('keeps hyphenated compounds and apostrophes inside one word', () => {
    expect(words("Onze jongeren-team en collega's")).toEqual(['onze', 'jongerenteam', 'en', 'collegas']);
    expect(words('Ben jij een 50-plusser?')).toEqual(['ben', 'jij', 'een', '50plusser']);
  });

  it('splits number ranges but keeps numbers with separators', () => {
    expect(words('Leeftijd 18-23 jaar, salaris 2.500 euro')).toEqual(['leeftijd', '18', '23', 'jaar', 'salaris', '2.500', 'euro']);
  });

  it('keeps short slash abbreviations and splits long slash pairs', () => {
    expect(words('Verkoper m/v t/m 27 jaar, klant/product')).toEqual(['verkoper', 'm/v', 't/m', '27', 'jaar', 'klant', 'product']);
  });

  it('does not end a sentence after an abbreviation', () => {
    const { sentences } = tokenize('Neem contact op met dhr. Jansen of mevr. De Vries. Max. 30 uur per week.');
    expect(sentences).toHaveLength(2);
  });

  it('ends sentences at full stops, question marks and line breaks', () => {
    const { sentences } = tokenize('Ben jij jong? Solliciteer nu.\n- Rijbewijs B\n- Eigen vervoer');
    expect(sentences).toHaveLength(4);
  });

  it('shifts offsets by a base', () => {
    const t = tokenize('jong', 10).tokens[0];
    expect([t?.start, t?.end]).toEqual([10, 14]);
  });

  it('gives no tokens for text without words', () => {
    expect(tokenize('  ... !!! \n\n ---').tokens).toEqual([]);
  });
});

describe('splitParagraphs', () => {
  it('splits on blank lines and keeps offsets', () => {
    const text = 'Eerste alinea.\n\nTweede alinea.\n  \nDerde.';
    const paragraphs = splitParagraphs(text);
    expect(paragraphs.map((p) => p.text)).toEqual(['Eerste alinea.', 'Tweede alinea.', 'Derde.']);
    for (const p of paragraphs) expect(text.slice(p.start, p.start + p.text.length)).toBe(p.text);
  });
});
