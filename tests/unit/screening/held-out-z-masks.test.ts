import { afterEach, describe, expect, it } from 'vitest';
import { createMaskRules } from '../../../entrypoints/screening.content/mask-rules';
import { contactOfASigner, familyOfSomeoneElse } from '../../../entrypoints/screening.content/not-an-applicant';
import { createPageMarks } from '../../../lib/page/harvest/page-marks';
import { testLexicon } from '../blinding/test-lexicon';
import { ALL_CATEGORIES as ALL, pageWith, testAdapter as adapter } from './page-with-applicants';

// Invented people. The phrasings are the kinds held-out set Z showed us.
const lexicon = testLexicon({
  given: ['bram', 'jan', 'koen', 'niels', 'marloes', 'petra', 'fleur', 'lieve'],
  weakGiven: ['bas'],
  family: ['roos', 'boer', 'bakker', 'kok', 'hoogendoorn'],
  common: ['roos', 'bas', 'kok', 'bakker'],
});

describe('someone else of an applicant’s family', () => {
  afterEach(() => document.body.replaceChildren());
  const rulesFor = (name: string) => {
    const applicants = pageWith(`<div class="card"><h2 class="name">${name}</h2></div>`);
    return createMaskRules({ adapter, applicants, hidden: ALL, locale: 'nl', marks: createPageMarks(), lexicon });
  };

  it('keeps a family name after a given name that is not the applicant’s, and hides the applicant', () => {
    const rules = rulesFor('Hoogendoorn, Fleur');
    // "Bas" is also an ordinary word (a bass), and still a given name here.
    expect(rules.mask('Gedeeld met Bas Hoogendoorn en Giovanni', document.body, 'text')).toBeUndefined();
    expect(rules.mask('Gesprek met Fleur Hoogendoorn om 10:00.', document.body, 'text')).toBe('Gesprek met Kandidaat … om 10:00.');
    expect(rules.mask('Gesprek met Hoogendoorn om 10:00.', document.body, 'text')).toBe('Gesprek met Kandidaat … om 10:00.');
  });

  it('keeps a colleague whose hyphened given name ends in a word of the applicant’s name', () => {
    const rules = rulesFor('Bram Roos');
    expect(rules.mask('Gert-Jan Roos', document.body, 'text')).toBeUndefined();
    expect(rules.mask('Beste Roos,', document.body, 'text')).toBe('Beste Kandidaat …,');
  });

  it('hides a given name of the applicant after another given name: a greeting, not a family', () => {
    const range = (text: string, word: string) => ({
      start: text.indexOf(word),
      end: text.indexOf(word) + word.length,
      category: 'names' as const,
    });
    const given = (word: string) => lexicon.given(word.toLowerCase()) > 0;
    expect(familyOfSomeoneElse('Lieve Fleur, dank je.', range('Lieve Fleur, dank je.', 'Fleur'), given, ['Fleur Hoogendoorn'])).toBe(false);
    expect(familyOfSomeoneElse('Bas Hoogendoorn', range('Bas Hoogendoorn', 'Hoogendoorn'), given, ['Hoogendoorn, Fleur'])).toBe(true);
    // The applicant's own given name spelt a little differently is theirs.
    expect(familyOfSomeoneElse('Bramm Roos', range('Bramm Roos', 'Roos'), () => true, ['Bram Roos'])).toBe(false);
  });
});

describe('a number in the signature of someone who is no applicant', () => {
  afterEach(() => document.body.replaceChildren());

  it('stays, in one text and across line breaks; an applicant’s own signature keeps it hidden', () => {
    const applicants = pageWith(
      '<div class="card"><h2 class="name">Bram Roos</h2></div><p id="sig">Groet,<br>Petra Kok<br>Office manager, Zwolle<br>038 - 421 90 60</p>',
    );
    const rules = createMaskRules({ adapter, applicants, hidden: ALL, locale: 'nl', marks: createPageMarks(), lexicon });
    const note = 'Graag tot dinsdag. Met vriendelijke groet, Marloes Bakker, recruiter, 010 - 412 88 00';
    expect(rules.mask(note, document.body, 'text', document.createTextNode(note))).toBeUndefined();
    const sig = document.querySelector('#sig')!;
    expect(rules.mask('038 - 421 90 60', sig, 'text', sig.lastChild!)).toBeUndefined();
    const own = 'Met vriendelijke groet, Bram Roos, 06 1234 5678';
    expect(rules.mask(own, document.body, 'text', document.createTextNode(own))).toBe('Met vriendelijke groet, Kandidaat …, [telefoon]');
  });

  it('needs a closing and a person: a number far below, or after no name, is hidden', () => {
    const person = (name: string) => name === 'Marloes Bakker';
    expect(contactOfASigner('Met vriendelijke groet, Marloes Bakker, recruiter, ', () => false, person)).toBe(true);
    expect(contactOfASigner('Met vriendelijke groet, Marloes Bakker, recruiter, ', () => true, person)).toBe(false);
    expect(
      contactOfASigner(
        `Groet, Marloes Bakker. ${'Nog iets over de kandidaat en haar planning. '.repeat(4)}Bel haar op `,
        () => false,
        person,
      ),
    ).toBe(false);
    expect(contactOfASigner('Telefoon: ', () => false, person)).toBe(false);
    // The signer's name is written with capitals; the closing's words are the detectors' own (CLOSING).
    expect(contactOfASigner('Kind regards, Marloes Bakker, recruiter, ', () => false, person)).toBe(true);
    expect(
      contactOfASigner(
        'groet, en dan nog dit: ',
        () => false,
        () => true,
      ),
    ).toBe(false);
    // A firm's block of lines above the number (set ZZ); a firm named in a sentence is no block.
    expect(contactOfASigner('Bakker Logistiek B.V.\nVestiging Rotterdam\nTel. ', () => false, person)).toBe(true);
    expect(contactOfASigner('Ik werk nu bij Bakker Logistiek B.V. en ben bereikbaar op ', () => false, person)).toBe(false);
  });
});

describe('a note that opens with a pronoun under its entry’s head', () => {
  afterEach(() => document.body.replaceChildren());

  it('speaks of the colleague the head names, and of the applicant it names', () => {
    const applicants = pageWith(
      '<div class="card"><h2 class="name">Samira el Idrissi</h2></div>' +
        '<li><div><strong>Ruud Visser</strong> heeft de status gewijzigd</div><div id="a">Hij plant het gesprek met Marketing.</div></li>' +
        '<li><div>Samira el Idrissi heeft gereageerd</div><div id="b">Zij kan dinsdag.</div></li>',
    );
    const marks = createPageMarks();
    marks.addNotes(document.body);
    const rules = createMaskRules({
      adapter,
      applicants,
      hidden: ALL,
      locale: 'nl',
      marks,
      lexicon: testLexicon({ given: ['ruud', 'samira'] }),
      isStaff: () => false,
    });
    const colleagueNote = document.querySelector('#a')!;
    const applicantNote = document.querySelector('#b')!;
    expect(rules.mask('Hij plant het gesprek met Marketing.', colleagueNote, 'text', colleagueNote.firstChild!)).toBeUndefined();
    expect(rules.mask('Zij kan dinsdag.', applicantNote, 'text', applicantNote.firstChild!)).not.toBeUndefined();
  });
});
