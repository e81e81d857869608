import { describe, expect, it } from 'vitest';
import { createMarkerDetector } from '../../../lib/blinding/detect';

// Invented numbers, in the phrasings held-out set Y showed us.
const detect = createMarkerDetector();
const found = (text: string): string[] => detect(text).map((range) => `${range.category}: ${text.slice(range.start, range.end)}`);

describe('numbers set Y showed that are no phone numbers', () => {
  it.each(['Job #0651220874 · Stagiair logistiek', 'Ticket #0203 448 119', 'Inbellen: +31 20 794 8817'])('%j hides nothing', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['Tel #0651220874', 'phone: 0651220874'],
    ['Mobiel #06 5122 0874', 'phone: 06 5122 0874'],
    ['Bel me: 06 12345678', 'phone: 06 12345678'],
  ])('%j keeps the phone number hidden', (text, marker) => {
    expect(found(text)).toEqual([marker]);
  });
});

describe('a firm’s form after an applicant’s family name (set Z)', () => {
  it('is no initial of the applicant: "Roos B.V." names the firm, "Roos, B." the applicant', () => {
    const detectRoos = createMarkerDetector({ names: ['Bram Roos'] });
    const names = (text: string) => detectRoos(text).map((range) => text.slice(range.start, range.end));
    expect(names('Groet, Ingrid, Kwekerij Roos B.V., De Lier')).toEqual([]);
    expect(names('Sollicitatie van Roos, B.')).toEqual(['Roos, B']);
    expect(names('B. Roos, 18 jaar')).toEqual(['B. Roos', '18 jaar']);
  });
});

describe('"ze" before any verb in its singular (set Z)', () => {
  const inNotes = createMarkerDetector({ pronouns: true });
  const pronouns = (text: string) =>
    inNotes(text).flatMap((range) => (range.category === 'gender' ? [text.slice(range.start, range.end)] : []));

  it.each(['Ze mist de stageovereenkomst nog; ze verwacht die volgende week.', 'Nieuw nummer; ze verhuist naar Nijmegen.'])(
    '%j: she',
    (text) => {
      expect(pronouns(text).length).toBeGreaterThan(0);
      expect(pronouns(text).every((word) => word.toLowerCase() === 'ze')).toBe(true);
    },
  );

  it.each(['Ze komen dinsdag allebei.', 'Ze echt goed voorbereiden is het plan.', 'Dat zien ze niet.'])(
    '%j: they, or no subject',
    (text) => {
      expect(pronouns(text)).toEqual([]);
    },
  );
});

describe('a letter’s birth date after the birthplace, and two nationalities (set Z)', () => {
  const markers = (text: string) => detect(text).map((range) => `${range.category}: ${text.slice(range.start, range.end)}`);

  it('hides both', () => {
    expect(markers('Ik ben geboren in Deventer op 14 augustus 2006 en heb de Turkse en Nederlandse nationaliteit.')).toEqual([
      'birthplace: Deventer',
      'birth: 14 augustus 2006',
      'nationality: Turkse en Nederlandse',
    ]);
    expect(markers('Mijn ouders zijn van Marokkaanse of Turkse afkomst.')).toEqual(['nationality: Marokkaanse of Turkse']);
  });

  it('leaves words joined to a nationality that are none', () => {
    expect(markers('Grote en kleine ouders kwamen kijken.')).toEqual([]);
  });
});

describe('an island after "geboren op" (set ZZ)', () => {
  it('is a birthplace; a date after "geboren op" stays a birth date', () => {
    const markers = (text: string) => detect(text).map((range) => `${range.category}: ${text.slice(range.start, range.end)}`);
    expect(markers('Ik ben geboren op Curaçao en woon in Zoetermeer.')).toEqual(['birthplace: Curaçao', 'address: Zoetermeer']);
    expect(markers('Ik ben geboren op 3 maart 2004.')).toEqual(['birth: 3 maart 2004']);
  });
});
