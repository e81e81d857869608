import { describe, expect, it } from 'vitest';
import type { MarkerCategory } from '../../../lib/blinding/categories';
import { createMarkerDetector } from '../../../lib/blinding/detect';
import { endsInRole, roleOfLabel } from '../../../lib/blinding/field-roles';
import { judgeName } from '../../../lib/blinding/name-evidence';
import { testLexicon } from './test-lexicon';

// Invented people and places, in the phrasings held-out set U showed us.
const detect = createMarkerDetector();
const found = (text: string): [string, MarkerCategory][] =>
  detect(text).map((range) => [text.slice(range.start, range.end), range.category]);

describe('markers said in ways set U showed', () => {
  it.each<[string, string, MarkerCategory]>([
    ['Ik ben 31 en ik heb een tijdelijke verblijfsvergunning.', '31', 'birth'],
    ["I'm 24. I live in Delft.", '24', 'birth'],
    ['Ik ben Ilayda, 17 jaar en ik werk nu al een jaar in de bediening.', '17 jaar', 'birth'],
    ['Fatoumata noemt in haar cv dat ze in Conakry is geboren.', 'Conakry', 'birthplace'],
    ['Work permit: Kennismigrant (HSM) – Indian national', 'Indian', 'nationality'],
    ['📍 Haarlem · Brazilian, EU Blue Card', 'Brazilian', 'nationality'],
    ['Mariam Yousufzai\n06 – 18 33 72 45', '06 – 18 33 72 45', 'phone'],
  ])('%j hides %j as %s', (text, value, category) => {
    expect(found(text)).toContainEqual([value, category]);
  });

  it.each([
    'ik ben 24 en 25 juni afwezig',
    'Ik ben 31 uur per week beschikbaar.',
    'Hij werkte bij ons, 20 jaar en 3 maanden.',
    'the Dutch national team',
    'Team · Dutch · Remote',
    "Location: within 60 km of 's-Hertogenbosch",
    'Bijlagen: VOG-aanvraag.pdf, BIG-uittreksel.pdf',
  ])('%j holds no marker', (text) => {
    expect(found(text)).toEqual([]);
  });

  it("keeps a residence with a radius after it, and a role in brackets or a firm out of a recipient's name", () => {
    expect(found('Woonplaats: Utrecht (+25 km)')).toContainEqual(['Utrecht (+25 km)', 'address']);
    const names = found('Aan: Gert-Jan Mulder (praktijkopleider), Hotel De Wageningse Berg').filter(([, category]) => category === 'names');
    expect(names).toEqual([['Gert-Jan Mulder', 'names']]);
    expect(found('Rijbewijs_AFarah_voorkant.jpg')).toContainEqual(['AFarah', 'names']);
  });
});

describe('labels and names set U showed', () => {
  it('reads a parent, a guardian and a birth year as personal fields', () => {
    for (const label of ['Ouder/verzorger', 'Naam ouder', 'Noodcontact', 'Emergency contact'])
      expect(roleOfLabel(label), label).toBe('family');
    expect(roleOfLabel('Birth year')).toBe('birth');
  });

  it("reads a short heading that ends in a role as a colleague's, not a mail's subject that ends in one", () => {
    expect(endsInRole('Jouw recruiter', 'staff-name')).toBe(true);
    expect(endsInRole('Fwd: Application Junior Sustainability Consultant', 'staff-name')).toBe(false);
  });

  it('takes a word and an article for the start of a firm, not of a name', () => {
    const lexicon = testLexicon({
      given: ['roos', 'daan'],
      family: ['vries', 'groot', 'berg'],
      common: ['hotel', 'roos', 'groot', 'berg'],
    });
    expect(judgeName('Hotel De Wageningse Berg', ['mail-header'], lexicon).accept).toBe(false);
    expect(judgeName('Roos De Vries', ['mail-header'], lexicon).accept).toBe(true);
    expect(judgeName('Daan de Groot', ['card-title'], lexicon).accept).toBe(true);
  });
});
