import { afterEach, describe, expect, it } from 'vitest';
import { createMaskRules } from '../../../entrypoints/screening.content/mask-rules';
import { phoneOfAnOrganisation } from '../../../entrypoints/screening.content/organisation-phone';
import { detectMarkers } from '../../../lib/blinding';
import type { MarkerRange } from '../../../lib/blinding/marker-range';
import { createPageMarks } from '../../../lib/page/harvest/page-marks';
import { testLexicon } from '../blinding/test-lexicon';
import { ALL_CATEGORIES as ALL, pageWith, testAdapter as adapter } from './page-with-applicants';

// Invented people, firms and numbers. The phrasings are the kinds held-out set AA showed us.
const lexicon = testLexicon({
  given: ['pieter', 'samira', 'fatima', 'marloes', 'ruud'],
  family: ['jansen', 'bouzerda', 'visser', 'groot', 'dijk'],
  common: ['visser'],
});

/** Is the first phone number in `text` kept as an organisation's? */
function organisations(text: string): boolean {
  const kept = detectMarkers(text);
  const phone = kept.find((range) => range.category === 'phone');
  if (phone === undefined) throw new Error(`no phone number in "${text}"`);
  return phoneOfAnOrganisation(text, phone, kept, () => false);
}

describe("an organisation's phone number", () => {
  afterEach(() => document.body.replaceChildren());
  it('keeps a fixed line that its sentence gives to a firm, a desk, the vacancy or "us"', () => {
    expect(organisations('Visser & Zonen Installatietechniek, Zwolle · 038 421 77 00')).toBe(true);
    expect(organisations('Contact over de vacature loopt via 030 760 44 10.')).toBe(true);
    expect(organisations('Contact ZorgSaam Brabant HR: 076 502 14 14.')).toBe(true);
    expect(organisations('Eens, ik neem het mee. Vragen: 074 250 66 10.')).toBe(true);
    expect(organisations('Company phone 0180 41 22 90')).toBe(true);
    expect(organisations('Heb je vragen? Bel ons op 010 412 88 00.')).toBe(true);
  });

  it('hides a mobile number, a number alone, one its writer calls their own, and one tied to an applicant', () => {
    expect(organisations('Vragen: 06 12 90 44 81')).toBe(false);
    expect(organisations('Bakker B.V. · +31 6 41 20 87 93')).toBe(false);
    expect(organisations('0318 123456')).toBe(false);
    expect(organisations('Tel: 0318 123456')).toBe(false);
    expect(organisations('Voor vragen kunt u mij bereiken op 0318 123456.')).toBe(false);
    expect(organisations('Haar nummer bij het bedrijf: 010 123 45 67')).toBe(false);
    expect(organisations('Woont op de Dorpsstraat 7, 7411 KL Deventer, vaste lijn 0570 61 22 90 (kantoor)')).toBe(false);
  });

  it('reads only what comes before the number for a tie: the next cell of a record may name the applicant', () => {
    const text = 'Client Visser & Zonen, Zwolle · 038 421 77 00 CV Pieter_Jansen_CV.docx';
    const kept: MarkerRange[] = [...detectMarkers(text), { start: text.indexOf('Pieter'), end: text.indexOf('_CV.'), category: 'names' }];
    const phone = kept.find((range) => range.category === 'phone')!;
    expect(phoneOfAnOrganisation(text, phone, kept, () => false)).toBe(true);
  });

  it('keeps the firm’s number in a page’s text and hides the applicant’s', () => {
    const applicants = pageWith('<div class="card"><h2 class="name">Samira Bouzerda</h2></div>');
    const rules = createMaskRules({ adapter, applicants, hidden: ALL, locale: 'nl', marks: createPageMarks(), lexicon });
    expect(rules.mask('Hoogland Zorg & Welzijn, Amersfoort · 033 470 12 00', document.body, 'text')).toBeUndefined();
    expect(rules.mask('Samira Bouzerda · 033 470 12 00', document.body, 'text')).toBe('Kandidaat … · [telefoon]');
  });
});

describe('a value after a label', () => {
  it('ends where the next label on its line begins', () => {
    const found = (text: string) => detectMarkers(text).map((range) => `${range.category}:${text.slice(range.start, range.end)}`);
    expect(found('Location: Amersfoort, Leusden Intake: september 2024 Stage ≠ Withdrawn')).toEqual(['address:Amersfoort, Leusden']);
    expect(found('Woonplaats: Ede Date of birth: 1-2-2003')).toContain('address:Ede');
  });
});

describe('addresses and names set AA showed us', () => {
  const found = (text: string, names: string[] = []) =>
    detectMarkers(text, { names }).map((range) => `${range.category}:${text.slice(range.start, range.end)}`);

  it('reads a street with its side joined by a hyphen, and a place of residence after its article', () => {
    expect(found('Ze woont op de Ringbaan-Oost 201a.')).toContain('address:Ringbaan-Oost 201a');
    expect(found('Nadia woont in de Haagse Beemden.')).toContain('address:Haagse Beemden');
    expect(found('Ze woont in de buurt van Breda.')).toEqual([]);
  });

  it('takes a text that is only an applicant’s particle and family name for their name', () => {
    expect(found('de Haan', ['Joëlle de Haan'])).toEqual(['names:de Haan']);
    expect(found('op de Haan wachten', ['Joëlle de Haan'])).toEqual([]);
  });
});

describe("colleagues' pronouns set AA showed us", () => {
  const applicants = () => pageWith('<div class="card"><h2 class="name">Samira Bouzerda</h2></div>');
  const rules = () =>
    createMaskRules({
      adapter,
      applicants: applicants(),
      hidden: ALL,
      locale: 'nl',
      marks: createPageMarks(),
      lexicon,
      isStaff: () => false,
    });
  afterEach(() => document.body.replaceChildren());

  it('keeps the pronoun of a person named before it with a role in brackets, or named in full earlier in its sentence', () => {
    const masks = rules();
    expect(
      masks.mask('Cv doorgestuurd naar Marloes de Groot (hiring manager); zij reageert voor vrijdag.', document.body, 'text'),
    ).toBeUndefined();
    expect(masks.mask('Ik heb Ruud van Dijk gevraagd, hij kijkt vrijdag naar het portfolio.', document.body, 'text')).toBeUndefined();
  });

  it("hides the applicant's pronoun in the same shapes", () => {
    const masks = rules();
    expect(masks.mask('Cv doorgestuurd naar Samira Bouzerda (kandidaat); zij reageert voor vrijdag.', document.body, 'text')).toBe(
      'Cv doorgestuurd naar Kandidaat … (kandidaat); [die] reageert voor vrijdag.',
    );
    expect(masks.mask('Ik heb Samira Bouzerda gebeld, zij komt dinsdag.', document.body, 'text')).toBe(
      'Ik heb Kandidaat … gebeld, [die] komt dinsdag.',
    );
  });
});

describe("a colleague's signature", () => {
  afterEach(() => document.body.replaceChildren());

  it("keeps the office's street under a colleague's name, and hides an applicant's", () => {
    const applicants = pageWith('<div class="card"><h2 class="name">Samira Bouzerda</h2></div>');
    const rules = createMaskRules({
      adapter,
      applicants,
      hidden: ALL,
      locale: 'nl',
      marks: createPageMarks(),
      lexicon,
      isStaff: () => false,
    });
    const signed = (signer: string) => {
      const mail = document.createElement('p');
      mail.append('Groet,', document.createElement('br'), signer, document.createElement('br'));
      const line = document.createTextNode('Roos Media · Oostelijke Handelskade 34, Amsterdam');
      mail.append(line);
      document.body.append(mail);
      return rules.mask(line.data, mail, 'text', line);
    };
    expect(signed('Ruud van Dijk')).toBeUndefined();
    expect(signed('Samira Bouzerda')).toBe('Roos Media · [adres], Amsterdam');
  });
});
