import { describe, expect, it } from 'vitest';
import type { MarkerCategory } from '../../../lib/blinding/categories';
import { createMarkerDetector } from '../../../lib/blinding/detect';
import { roleOfLabel } from '../../../lib/blinding/field-roles';
import { roleOfAttributeTokens } from '../../../lib/blinding/field-role-attributes';
import { isValidIban } from '../../../lib/blinding/id-number-detectors';

const detect = createMarkerDetector();
const found = (text: string): [string, MarkerCategory][] =>
  detect(text).map((range) => [text.slice(range.start, range.end), range.category]);

describe('languages someone speaks, family status and identifying numbers', () => {
  it.each<[string, string, MarkerCategory]>([
    ['Talen: Nederlands, Engels, Tigrinya', 'Nederlands, Engels, Tigrinya', 'languages'],
    ['Languages: English (C1), Somali (native)', 'English (C1), Somali (native)', 'languages'],
    ['Nederlands (moedertaal), Arabisch (goed), Engels (B2)', 'Nederlands (moedertaal), Arabisch (goed), Engels (B2)', 'languages'],
    ['Pools en Russisch', 'Pools en Russisch', 'languages'],
    ['\n        Turks, Koerdisch\n      ', 'Turks, Koerdisch', 'languages'],
    ['Hij spreekt ook Pools en Russisch, handig voor klanten.', 'Pools en Russisch', 'languages'],
    ['She speaks fluent Amharic.', 'Amharic', 'languages'],
    ['Burgerlijke staat: gehuwd', 'gehuwd', 'family'],
    ['Marital status: single', 'single', 'family'],
    ['Kinderen: 2', '2', 'family'],
    ['Moeder van twee jonge kinderen, zoekt werk overdag.', 'Moeder van twee jonge kinderen', 'family'],
    ['Father of three.', 'Father of three', 'family'],
    ['Ze heeft twee kinderen en woont in de buurt.', 'twee kinderen', 'family'],
    ['Alleenstaande moeder, flexibel in overleg.', 'Alleenstaande moeder', 'family'],
    ['Is getrouwd met een collega van de Hema.', 'getrouwd', 'family'],
    ['Ze is sinds kort gescheiden.', 'gescheiden', 'family'],
    ['Ze is zwanger, verwacht in mei.', 'zwanger', 'family'],
    ['Currently on maternity leave until March.', 'maternity leave', 'family'],
    ['BSN: 123456782', '123456782', 'id-numbers'],
    ['Burgerservicenummer 1234.56.782', '1234.56.782', 'id-numbers'],
    ['IBAN NL91 ABNA 0417 1643 00', 'NL91 ABNA 0417 1643 00', 'id-numbers'],
    ['Rekening NL91ABNA0417164300 op naam', 'NL91ABNA0417164300', 'id-numbers'],
    ['Paspoortnummer: NXC12AB34', 'NXC12AB34', 'id-numbers'],
    ['Passport no. P1234567', 'P1234567', 'id-numbers'],
  ])('%j hides %j as %s', (text, value, category) => {
    expect(found(text)).toContainEqual([value, category]);
  });

  it.each([
    'Nederlands | English',
    'Nederlands / English',
    'Vakken: Nederlands, wiskunde, economie',
    'Werkt graag met kinderen en ouderen.',
    'Gescheiden afval inzamelen hoort bij het werk.',
    'Ordernummer 123456782',
    'Kenmerk NL12 ABCD 0123 4567 89',
    'Kinderopvang in de buurt.',
    'Documenten: cv.pdf, brief.pdf',
    'Nederlands',
    'Stichting Leerwerk, KvK 12345678, IBAN NL02 RABO 0123 4567 89.',
  ])('leaves %j alone', (text) => {
    expect(found(text).filter(([, category]) => ['languages', 'family', 'id-numbers', 'phone'].includes(category))).toEqual([]);
  });

  it('checks IBAN check digits (ISO 13616)', () => {
    expect(isValidIban('NL91 ABNA 0417 1643 00')).toBe(true);
    expect(isValidIban('GB82 WEST 1234 5698 7654 32')).toBe(true);
    expect(isValidIban('NL92 ABNA 0417 1643 00')).toBe(false);
    expect(isValidIban('NL91')).toBe(false);
  });

  it('reads the labels and attributes of such fields', () => {
    expect(roleOfLabel('Talen')).toBe('languages');
    expect(roleOfLabel('Burgerlijke staat')).toBe('family');
    expect(roleOfLabel('BSN')).toBe('id-number');
    expect(roleOfLabel('IBAN *')).toBe('id-number');
    expect(roleOfLabel('Taal')).toBeUndefined();
    expect(roleOfAttributeTokens('employee_bsn')).toBe('id-number');
    expect(roleOfAttributeTokens('maritalStatus')).toBe('family');
  });

  it('can be switched off per category', () => {
    const without = createMarkerDetector({ categories: ['names', 'email'] });
    expect(without('Talen: Nederlands, Engels. BSN: 123456782. Burgerlijke staat: gehuwd')).toEqual([]);
  });
});
