import { describe, expect, it } from 'vitest';
import { findNamesInFreeText, judgeName, type NameCue } from '../../../lib/blinding/name-evidence';
import { testLexicon } from './test-lexicon';

// A small invented lexicon, so these tests say how evidence is weighed, not what a list holds.
const lexicon = testLexicon({
  given: ['sanne', 'noura', 'yusuf', 'ayoub', 'mark', 'daan', 'iris'],
  family: ['koster', 'tahiri', 'kaya', 'amrani', 'visser', 'idrissi', 'mulder'],
  common: [
    'koster',
    'kerk',
    'visser',
    'mark',
    'marketing',
    'manager',
    'open',
    'sollicitatie',
    'nieuwe',
    'kandidaten',
    'info',
    'stage',
    'profiel',
    'onbekend',
    'utrecht',
  ],
});
const accepts = (text: string, cues: NameCue[]): boolean => judgeName(text, cues, lexicon).accept;
const names = (text: string): [string, NameCue][] => findNamesInFreeText(text, lexicon).map((found) => [found.name, found.cue]);

describe('judgeName', () => {
  it('accepts a name under a name label, also when its words are ordinary words', () => {
    expect(accepts('Sanne Koster', ['field-role'])).toBe(true);
    expect(accepts('Mark Visser', ['field-role'])).toBe(true);
    expect(accepts('Sanne Koster', ['list-cell'])).toBe(true);
  });

  it("reads a particle written with its apostrophe ('t) as a particle", () => {
    expect(accepts("Daan van 't Mulder", ['list-cell'])).toBe(true);
    expect(names("CV Iris in 't Visser.docx")).toEqual([["Iris in 't Visser", 'file-name']]);
  });

  it('keeps a phrase of ordinary lower-case words, whatever the cue', () => {
    expect(accepts('de koster van de kerk', ['field-role'])).toBe(false);
    expect(accepts('de koster van de kerk', ['list-cell'])).toBe(false);
    expect(accepts('open sollicitatie', ['card-title'])).toBe(false);
  });

  it('keeps titles and headings made of ordinary words', () => {
    expect(accepts('Marketing Manager', ['card-title'])).toBe(false);
    expect(accepts('Nieuwe Kandidaten', ['detail-heading'])).toBe(false);
    expect(accepts('Onbekend', ['field-role'])).toBe(false);
    expect(accepts('Utrecht', ['list-cell'])).toBe(false);
    // A capital inside a word is a brand: "InMail", "LinkedIn"; a name's prefix is not ("McDonald").
    expect(accepts('New InMail', ['card-title'])).toBe(false);
    expect(accepts('LinkedIn Recruiter', ['detail-heading'])).toBe(false);
    expect(accepts('Fiona MacLeod', ['field-role'])).toBe(true);
  });

  it("keeps a firm's name that a legal form closes, and reads the same letters after a comma as initials", () => {
    expect(accepts('Mulder Installatietechniek B.V.', ['card-title'])).toBe(false);
    expect(accepts('Tahiri Transport BV', ['list-cell'])).toBe(false);
    expect(accepts('Mulder, B.V.', ['field-role'])).toBe(true);
  });

  it('accepts names of origins the lexicon does not know when the structure says so', () => {
    expect(accepts('Tesfalem Ghebrehiwet', ['card-title'])).toBe(true);
    expect(accepts('Tesfalem Ghebrehiwet', ['detail-heading'])).toBe(true);
    expect(accepts('Tesfalem', ['field-role'])).toBe(true);
    // A lone unknown word in a weak place is not enough.
    expect(accepts('Tesfalem', ['card-title'])).toBe(false);
  });

  it.each<[string, NameCue[]]>([
    ['KAYA Yusuf', ['list-cell']],
    ['A.B. El Idrissi', ['list-cell']],
    ['Tahiri, Noura', ['list-cell']],
    ['Ayoub Amrani-Tahiri', ['list-cell']],
    ["Noura d'Amrani", ['field-role']],
    ['Daan van der Mulder', ['list-cell']],
    ['Олена Коваленко', ['card-title']],
    ['نورة الطاهري', ['field-role']],
    ['李小红', ['card-title']],
    ['Iris', ['field-role']],
    ['dhr. D. Mulder', ['detail-heading']],
  ])('accepts %s', (text, cues) => {
    expect(accepts(text, cues)).toBe(true);
  });

  it('reads an abbreviated particle as a particle ("Robin v.d. Heuvel"), and an abbreviation as none', () => {
    expect(accepts('Noura v.d. Tahiri', ['card-title', 'list-cell'])).toBe(true);
    expect(accepts('Noura vd Tahiri', ['card-title', 'list-cell'])).toBe(true);
    expect(accepts('n.v.t. Tahiri', ['card-title', 'list-cell'])).toBe(false);
  });

  it('returns the name without labels, titles and badges', () => {
    expect(judgeName('Profiel van Noura Tahiri', ['detail-heading'], lexicon).name).toBe('Noura Tahiri');
    expect(judgeName('Kandidaat: Noura Tahiri', ['detail-heading'], lexicon).name).toBe('Noura Tahiri');
    expect(judgeName('Noura Tahiri (zij/haar)', ['detail-heading'], lexicon).name).toBe('Noura Tahiri');
    expect(judgeName('Noura Tahiri – Stage marketing', ['detail-heading'], lexicon).name).toBe('Noura Tahiri');
    expect(judgeName('mevr. Noura Tahiri', ['field-role'], lexicon).name).toBe('Noura Tahiri');
    expect(judgeName('Tahiri, Noura', ['field-role'], lexicon).name).toBe('Tahiri, Noura');
  });

  it.each([
    'Kandidaat 7',
    'Candidate 12',
    'noura@example.nl',
    'https://example.nl',
    'N.v.t.',
    '-',
    '',
    '   ',
    '06-12345678',
    'A, B, C',
    'Een Twee Drie Vier Vijf Zes',
  ])('never accepts %j', (text) => {
    const verdict = judgeName(text, ['field-role'], lexicon);
    expect(verdict.accept).toBe(false);
  });

  it('scores more cues higher, within 0..1', () => {
    const one = judgeName('Tesfalem Ghebrehiwet', ['list-cell'], lexicon).score;
    const two = judgeName('Tesfalem Ghebrehiwet', ['list-cell', 'detail-link'], lexicon).score;
    expect(two).toBeGreaterThan(one);
    expect(judgeName('Sanne Tahiri', ['field-role', 'detail-heading', 'attribute'], lexicon).score).toBeLessThanOrEqual(1);
    expect(judgeName('x'.repeat(500), ['field-role'], lexicon).score).toBe(0);
  });
});

describe('a name and what describes it', () => {
  it('reads "Name, job" as the name, and the reversed form "Family, Given" as one name', () => {
    expect(judgeName('Sanne Koster, Servicemonteur', ['card-title'], lexicon).name).toBe('Sanne Koster');
    expect(judgeName('Yusuf Kaya, Amersfoort', ['list-cell', 'card-title'], lexicon).name).toBe('Yusuf Kaya');
    expect(judgeName('Tahiri, Noura', ['field-role'], lexicon).name).toBe('Tahiri, Noura');
    expect(judgeName('Kaya, Y.', ['field-role'], lexicon).name).toBe('Kaya, Y.');
    expect(judgeName('Van Amrani, Ayoub Daan', ['field-role'], lexicon).name).toBe('Van Amrani, Ayoub Daan');
  });
});

describe('findNamesInFreeText', () => {
  it('reads a file name with spaces whole, and takes a name from it only where the lexicon lists one', () => {
    expect(names('El Idrissi, Ayoub - CV.pdf')).toEqual([['El Idrissi, Ayoub', 'file-name']]);
    expect(names('Sollicitatiebrief - Noura Tahiri.docx')).toEqual([['Noura Tahiri', 'file-name']]);
    // A document's subject: "Koster" is a name but also a word, and the other words are no names.
    expect(names('Offerte Koster Drukwerk.pdf')).toEqual([]);
    expect(names('Planning Marketing Stage.pdf')).toEqual([]);
  });

  it('finds names in greetings, signatures, headers, labels and file names', () => {
    expect(names('Beste Noura,\n\nDank voor je brief.\n\nMet vriendelijke groet,\nDaan Mulder')).toEqual([
      ['Noura', 'greeting'],
      ['Daan Mulder', 'signature'],
    ]);
    expect(names('Van: Ayoub Amrani <a.amrani@example.nl>')).toContainEqual(['Ayoub Amrani', 'mail-header']);
    expect(names('Naam: Iris Kaya')).toEqual([['Iris Kaya', 'field-role']]);
    expect(names('CV_Noura_Tahiri.pdf')).toEqual([['Noura Tahiri', 'file-name']]);
    // Names joined in camel case are read as words, however long the joined word.
    expect(names('Motivatie_NouraTahiri.docx')).toEqual([['Noura Tahiri', 'file-name']]);
    // A file's whole name in a name column is no name: "Cijferlijst" is what the file is.
    expect(judgeName('Cijferlijst - Noura Tahiri.pdf', ['field-role', 'attribute'], lexicon).accept).toBe(false);
    expect(names('noura_tahiri_motivatie.docx')).toEqual([['Noura Tahiri', 'file-name']]);
  });

  it('finds a name in the local part of an e-mail address, not a role address', () => {
    expect(names('Mail naar noura.tahiri@example.nl')).toEqual([['Noura Tahiri', 'email-local-part']]);
    expect(names('info@example.nl, stage.utrecht@example.nl, mark@example.nl')).toEqual([]);
    expect(names('noura@example.nl')).toEqual([['Noura', 'email-local-part']]);
  });

  it('finds a name typed in small letters after "ik ben", only where the lexicon knows the given name (held-out set R)', () => {
    expect(names('goedemiddag ik ben noura tahiri en wil graag reageren')).toEqual([['Noura Tahiri', 'introduction']]);
    expect(names('ik ben daan kaya')).toEqual([['Daan Kaya', 'introduction']]);
    expect(names('ik ben blij met de uitnodiging')).toEqual([]);
    expect(names('ik ben mark visser')).toEqual([]);
  });

  it('reads two file names side by side, and a file name after a sentence, each on its own (held-out set R)', () => {
    expect(names('CV_Noura_Tahiri.pdf Motivatie_Yusuf_Kaya.docx')).toEqual([
      ['Noura Tahiri', 'file-name'],
      ['Yusuf Kaya', 'file-name'],
    ]);
    expect(names('Hij heeft gisteren meegelopen.  CV_Noura_Tahiri.pdf')).toEqual([['Noura Tahiri', 'file-name']]);
  });

  it('leaves greetings to groups and ordinary words alone', () => {
    expect(names('Beste allemaal,\nBeste Marketing Manager,\nHoi team')).toEqual([]);
  });

  it('gives offsets into the text', () => {
    const text = 'Groeten,\nSanne Koster';
    const [found] = findNamesInFreeText(text, lexicon);
    expect(found && text.slice(found.start, found.end)).toBe('Sanne Koster');
  });
});
