import { describe, expect, it } from 'vitest';
import type { MarkerCategory } from '../../../lib/blinding/categories';
import { createMarkerDetector } from '../../../lib/blinding/detect';
import { roleOfLabel } from '../../../lib/blinding/field-roles';

// Invented people and places, in the phrasings held-out set W showed us.
const detect = createMarkerDetector();
const found = (text: string, names: string[] = []): [string, MarkerCategory][] => {
  const ranges = names.length === 0 ? detect(text) : createMarkerDetector({ names })(text);
  return ranges.map((range) => [text.slice(range.start, range.end), range.category]);
};

describe('markers said in ways set W showed', () => {
  it.each<[string, string, MarkerCategory]>([
    ['Ik heb haar gebeld, ze woont in Losser en is 31 jaar.', '31 jaar', 'birth'],
    ['Ter info: cv staat in de map. 27 jaar, geboren in Asmara.', '27 jaar', 'birth'],
    ['Oorspronkelijk uit Belo Horizonte, verblijfsvergunning is in orde.', 'Belo Horizonte', 'birthplace'],
    ['Ik kom uit Aleppo en woon nu in Zwolle.', 'Aleppo', 'birthplace'],
    ['Mijn ouders komen uit de Molukken.', 'Molukken', 'nationality'],
    ['He came from the Philippines in 2019.', 'Philippines', 'nationality'],
    ['Ook binnen: Noortje Mars (19 jaar, uit Hengelo) en Filmon Tekle.', 'Hengelo', 'birthplace'],
    ['Sam, 24, from Leeds, applied yesterday.', 'Leeds', 'birthplace'],
  ])('%j hides %j as %s', (text, value, category) => {
    expect(found(text)).toContainEqual([value, category]);
  });

  it.each([
    'Projectnummer 06 5012 4490',
    'Vacature-ID 0786 1255 42, start 1 juli.',
    'ID 0786 1255 42',
    'Dossiernummer: 0612 345 678',
    'Week 12, uit Utrecht',
    'Vragen? Bel SBB via 088 338 00 00 (werkdagen).',
    'Het contract is 2 jaar en is 40 uur per week.',
  ])('%j hides nothing', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('keeps a phone number under its own label', () => {
    expect(found('Telefoonnummer 06 1234 5678')).toEqual([['06 1234 5678', 'phone']]);
    expect(found('Mobiel nr.: 06-12345678')).toEqual([['06-12345678', 'phone']]);
  });

  it('hides the spelling in another script beside a known name, either way round', () => {
    expect(found('Nog eentje: Wang Jie (王杰), belt morgen.', ['Wang Jie'])).toEqual([
      ['Wang Jie', 'names'],
      ['王杰', 'names'],
    ]);
    expect(found('王杰 (Wang Jie) belt morgen.', ['Wang Jie'])).toEqual([
      ['王杰', 'names'],
      ['Wang Jie', 'names'],
    ]);
    expect(found('Oleksandr Bondarenko (Олександр Бондаренко) komt.', ['Oleksandr Bondarenko']).map(([text]) => text)).toEqual([
      'Oleksandr Bondarenko',
      'Олександр Бондаренко',
    ]);
    // Brackets that hold words of the Latin script are no other spelling.
    expect(found('Wang Jie (stagiair) belt.', ['Wang Jie'])).toEqual([['Wang Jie', 'names']]);
  });
});

describe('numbers that trace a person, set W', () => {
  it.each<[string, string]>([
    ['Zahra Hosseini · IP 192.0.2.44', '192.0.2.44'],
    ['IP-adres: 10.0.0.1', '10.0.0.1'],
    ['Studentnummer: 230417', '230417'],
  ])('%j hides %j', (text, value) => {
    expect(found(text)).toContainEqual([value, 'id-numbers']);
  });

  it('leaves a version number', () => {
    expect(found('Versie 1.2.3.4 van de app')).toEqual([]);
  });
});

describe('labels set W showed', () => {
  it('reads a student number as a number that identifies a person', () => {
    expect(roleOfLabel('Studentnummer')).toBe('id-number');
    expect(roleOfLabel('Leerlingnummer')).toBe('id-number');
    expect(roleOfLabel('Vacaturenummer')).toBeUndefined();
  });
});

describe('numbers under their own name, set X', () => {
  it.each([
    'BPV-overeenkomst 0318 204 511',
    'Cost center 010-4402-771',
    'Meeting ID: 615-447-893 · Dial-in +31 20 794 7812',
    'Vacature 0384 217 009 staat open',
    'zie vacature 036 5402 118',
  ])('%j hides nothing', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('still hides a phone number said as one', () => {
    expect(found('Bel me: +31 6 1234 5678')).toEqual([['+31 6 1234 5678', 'phone']]);
  });
});
