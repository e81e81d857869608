import { describe, expect, it } from 'vitest';
import { detectMarkers } from '../../../lib/blinding';
import { findNamesInFreeText } from '../../../lib/blinding/name-evidence';
import { testLexicon } from './test-lexicon';

// Invented people. The phrasings are the kinds held-out set BB showed us.
const found = (text: string, names: string[] = []) =>
  detectMarkers(text, { names }).map((range) => `${range.category}:${text.slice(range.start, range.end)}`);

describe('markers set BB showed us', () => {
  it('reads a birth date after its label without a colon, and in brackets after the birthplace', () => {
    expect(found('Proefdag do 20 maart. Geboortedatum 03-01-2008.')).toContain('birth:03-01-2008');
    expect(found('Date of birth 08-08-2001')).toContain('birth:08-08-2001');
    expect(found('Ik ben 23 jaar, geboren in Deventer (08-08-2001) en heb')).toContain('birth:08-08-2001');
    expect(found('geboortedatum onbekend, dossier 2024')).toEqual([]);
  });

  it('reads an age that ends a sentence after a name, and "woont sinds vorig jaar in"', () => {
    expect(found('En 3) Mees de Vries, 16 jaar.', ['Mees de Vries'])).toContain('birth:16 jaar');
    expect(found('Versie 2.16 jaar.')).toEqual([]);
    expect(found('Hij woont sinds vorig jaar in Amersfoort-Vathorst.')).toContain('address:Amersfoort-Vathorst');
  });
});

describe('a name an address spells', () => {
  const lexicon = testLexicon({ given: ['jurgen'], common: ['zorg'] });

  it('takes a full name whose letters the local part of an address in the same text spells', () => {
    const names = (text: string) => findNamesInFreeText(text, lexicon).map((name) => `${name.cue}:${name.name}`);
    expect(names('2) Jurgen Winklaar (Curaçao), jurgenwinklaar@example.com.')).toContain('email-local-part:Jurgen Winklaar');
    // A firm's name spelt by its address is no person's.
    expect(names('Vragen? Mail Hoogland Zorg via hooglandzorg@example.nl')).toEqual([]);
    expect(names('Jurgen Winklaar schreef ons vanaf info@example.com')).not.toContain('email-local-part:Jurgen Winklaar');
  });
});
