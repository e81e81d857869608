// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { MarkerRange } from '../../../lib/blinding/marker-range';
import { nameOfAFirm, notAnApplicantInContext } from '../../../entrypoints/screening.content/not-an-applicant';
import { pronounOfSomeoneElse } from '../../../entrypoints/screening.content/pronoun-of-someone-else';

const isStaff = (name: string) => name === 'Pieter';

/** Every "hij" of the text as the pronoun detector reports it. */
function pronouns(text: string): MarkerRange[] {
  return [...text.matchAll(/\bhij\b/gu)].map((match) => ({
    start: match.index,
    end: match.index + 3,
    category: 'gender',
    pronoun: 'pronoun-subject',
  }));
}
const keptAll = (text: string) => {
  const ranges = pronouns(text);
  return () => ranges.filter((range) => pronounOfSomeoneElse(text, range, ranges, isStaff)).length;
};

describe('pronounOfSomeoneElse', () => {
  it('keeps a colleague’s pronoun readable, also after a long text before it', () => {
    const text = `${'lorem ipsum '.repeat(200)}. Pieter schuift zo aan, hij zit nog in overleg`;
    const ranges = pronouns(text);
    expect(pronounOfSomeoneElse(text, ranges[0]!, ranges, isStaff)).toBe(true);
    expect(pronounOfSomeoneElse('Yusuf belde, hij komt later', pronouns('Yusuf belde, hij komt later')[0]!, [], isStaff)).toBe(false);
  });

  it('takes no acronym opening a line for the subject a pronoun speaks of (set CC, a checklist)', () => {
    const text = 'ID check: kopie paspoort volgt – hij neemt het mee';
    const someoneElse = (name: string) => name !== 'Joelle';
    expect(pronounOfSomeoneElse(text, pronouns(text)[0]!, [], someoneElse)).toBe(false);
    const named = 'Pieter check: kopie paspoort volgt – hij neemt het mee';
    expect(pronounOfSomeoneElse(named, pronouns(named)[0]!, [], someoneElse)).toBe(true);
  });

  it('looks back a bounded way for each pronoun: a long text full of pronouns costs linear time', () => {
    // No sentence ends: the search for "this sentence and the one before" once read the whole text
    // before each pronoun, so 10 times the text took about 100 times as long.
    const unit = ', Pieter zegt dat hij';
    const small = unit.repeat(500);
    const large = unit.repeat(5000);
    const fastest = (run: () => unknown) => {
      let best = Infinity;
      for (let trial = 0; trial < 3; trial += 1) {
        const started = performance.now();
        run();
        best = Math.min(best, performance.now() - started);
      }
      return best;
    };
    const runSmall = keptAll(small);
    const runLarge = keptAll(large);
    expect(runLarge()).toBe(5000);
    let ratio = Infinity;
    // A measurement disturbed by other work is taken again: a quadratic search fails every time.
    for (let attempt = 0; attempt < 3 && ratio > 4; attempt += 1) {
      const tenSmall = fastest(() => {
        for (let copy = 0; copy < 10; copy += 1) runSmall();
      });
      ratio = (fastest(runLarge) - 3) / tenSmall;
    }
    expect(ratio).toBeLessThanOrEqual(4);
  });
});

/** The first "hij"/"zij"/"he"/"she" of the text as the pronoun detector reports it. */
function firstPronoun(text: string): MarkerRange {
  const match = /\b(?:hij|zij|he|she)\b/u.exec(text)!;
  return { start: match.index, end: match.index + match[0].length, category: 'gender', pronoun: 'pronoun-subject' };
}
const nameRange = (text: string, name: string): MarkerRange => {
  const start = text.indexOf(name);
  return { start, end: start + name.length, category: 'names' };
};

describe('pronounOfSomeoneElse, in the ways set W wrote', () => {
  const colleagues =
    (...names: string[]) =>
    (name: string) =>
      names.includes(name);
  it.each([
    ['Sandra Mulder (teamleider) schuift niet aan; zij is die week op cursus.', 'Sandra Mulder'],
    ['Can you set up the interview with me and Tom; he prefers Thursday.', 'Tom'],
    ['Kamer geboekt. @Chen Wei zei dat hij de kamer regelt.', 'Chen Wei'],
  ])('%j speaks of %s', (text, colleague) => {
    expect(pronounOfSomeoneElse(text, firstPronoun(text), [], colleagues(colleague))).toBe(true);
  });

  it('leaves the pronoun hidden when the name before it is a known applicant, or spoken to', () => {
    const text = 'Ik sprak met Fatima; zij wil graag starten.';
    expect(pronounOfSomeoneElse(text, firstPronoun(text), [nameRange(text, 'Fatima')], () => true)).toBe(false);
    const asked = 'Top. @Chen Wei kun jij kijken of hij kan?';
    expect(pronounOfSomeoneElse(asked, firstPronoun(asked), [], colleagues('Chen Wei'))).toBe(false);
  });

  it("takes a person the page names, who is no known applicant, for the pronoun's subject (a given name in the lexicon)", () => {
    const text = 'Ik ben zelf tot vrijdag weg; Jeroen vervangt mij, hij weet ervan.';
    const context = { kept: [], descriptor: false, workplaces: [], isStaff: () => false };
    expect(notAnApplicantInContext(text, firstPronoun(text), { ...context, isGivenName: (word) => word === 'Jeroen' })).toBe(true);
    expect(notAnApplicantInContext(text, firstPronoun(text), context)).toBe(false);
    const morning = 'Morgen belt hij terug.';
    expect(notAnApplicantInContext(morning, firstPronoun(morning), { ...context, isGivenName: (word) => word === 'Jeroen' })).toBe(false);
  });
});

describe('nameOfAFirm', () => {
  it.each([
    ['Bakkerij Van der Meulen HR', 'Van der Meulen'],
    ['Junior Accountmanager · Hendriks & Zn. Logistiek', 'Hendriks'],
    ['Maandafsluiting Kuijpers Accountants Tilburg', 'Kuijpers'],
    ['Stage bij Koster Installatietechniek', 'Koster'],
    ['Autobedrijf Mars, Hoorn', 'Mars'],
  ])('%j: %s names the firm', (text, name) => {
    expect(nameOfAFirm(text, nameRange(text, name))).toBe(true);
  });

  it.each([
    ['Gesprek Van der Meulen om 10:00', 'Van der Meulen'],
    ['Sietske van der Meulen belde terug', 'Sietske van der Meulen'],
    ['Mars belt morgen terug', 'Mars'],
  ])('%j: %s is the person', (text, name) => {
    expect(nameOfAFirm(text, nameRange(text, name))).toBe(false);
  });
});

describe('pronounOfSomeoneElse, in the ways set Z wrote', () => {
  const colleagues =
    (...names: string[]) =>
    (name: string) =>
      names.includes(name);
  const pronounIn = (text: string) => {
    const match = /(?<![\p{L}])(?:hij|zij|Hij|Zij)(?![\p{L}])/u.exec(text)!;
    return { start: match.index, end: match.index + match[0].length, category: 'gender' as const, pronoun: 'pronoun-subject' as const };
  };

  it.each([
    ['Mijn collega Robin Koster schuift zo aan; hij heeft de technische vragen.', 'Robin Koster'],
    ['Joost, kun jij vandaag de cv’s bekijken? Hij staat tot twee uur op de bouw.', 'Joost'],
  ])('%j speaks of %s', (text, colleague) => {
    expect(pronounOfSomeoneElse(text, pronounIn(text), [], colleagues(colleague))).toBe(true);
  });

  it('takes a colleague named as an object earlier in the sentence, never one beside an applicant', () => {
    const isSomeoneElse = colleagues('Ayşe', 'Linda');
    const text = 'Ik overleg met Ayşe of zij het intakegesprek doet.';
    expect(pronounOfSomeoneElse(text, pronounIn(text), [], isSomeoneElse, isSomeoneElse)).toBe(true);
    // Without knowing Ayşe as a colleague (a given name only), the pronoun stays hidden.
    expect(pronounOfSomeoneElse(text, pronounIn(text), [], isSomeoneElse, () => false)).toBe(false);
    const withApplicant = 'Fatima belt Linda over de stage, zij wil weten wanneer.';
    expect(
      pronounOfSomeoneElse(withApplicant, pronounIn(withApplicant), [nameRange(withApplicant, 'Fatima')], isSomeoneElse, isSomeoneElse),
    ).toBe(false);
    // A note's author before a colon is no object of its sentence.
    const authored = 'Notitie van Linda: Zij reageerde op de InMail.';
    expect(pronounOfSomeoneElse(authored, pronounIn(authored), [], isSomeoneElse, isSomeoneElse)).toBe(false);
    const nextSentence = 'Ik heb Linda gebeld. Zij komt morgen.';
    expect(pronounOfSomeoneElse(nextSentence, pronounIn(nextSentence), [], isSomeoneElse, isSomeoneElse)).toBe(false);
  });
});

describe('notAnApplicantInContext: people a pronoun may speak of (set Z)', () => {
  const givenNames = new Set(['frank', 'bas', 'sophie']);
  const ordinaryWords = new Set(['frank', 'bas']);
  const context = {
    kept: [],
    descriptor: false,
    workplaces: [],
    isStaff: (name: string) => name === 'Smits' || name === 'Willem-Jan Smits',
    isGivenName: (word: string) => givenNames.has(word.toLowerCase()) && !ordinaryWords.has(word.toLowerCase()),
    mayBeGivenName: (word: string) => givenNames.has(word.toLowerCase()),
  };
  const pronounAt = (text: string, word: string) => ({
    start: text.indexOf(word),
    end: text.indexOf(word) + word.length,
    category: 'gender' as const,
    pronoun: 'pronoun-subject' as const,
  });

  it('takes a given name that is also a word for a person with a family name after it, or when asked by name', () => {
    const said = 'Zie hieronder. Frank van Vliet zei vorige week dat hij nog ruimte heeft.';
    expect(notAnApplicantInContext(said, pronounAt(said, 'hij'), context)).toBe(true);
    const asked = 'Eens. Bas, kun jij de stageovereenkomst klaarzetten? Hij heeft het sjabloon nog.';
    expect(notAnApplicantInContext(asked, pronounAt(asked, 'Hij'), context)).toBe(true);
    const alone = 'Frank belde. Hij komt dinsdag.';
    expect(notAnApplicantInContext(alone, pronounAt(alone, 'Hij'), context)).toBe(false);
  });

  it("keeps a note's pronoun hidden after its author's name: a part of that name is no object of a verb", () => {
    const note = 'Willem-Jan Smits: She has a solid admin background.';
    expect(notAnApplicantInContext(note, pronounAt(note, 'She'), context)).toBe(false);
  });
});

describe('pronounOfSomeoneElse, in the ways set ZZ wrote', () => {
  const colleagues =
    (...names: string[]) =>
    (name: string) =>
      names.includes(name);
  const at = (text: string, word: string, from = 0) => {
    const start = text.indexOf(word, from);
    return { start, end: start + word.length, category: 'gender' as const, pronoun: 'pronoun-subject' as const };
  };

  it('finds a subject at the start of a text indented in its markup, or after the time of a note’s head', () => {
    const indented = '\n        Hendrik is die week op de vestiging; hij plant het gesprek.';
    expect(pronounOfSomeoneElse(indented, at(indented, 'hij'), [], colleagues('Hendrik'))).toBe(true);
    const afterHead = 'Jeroen Smits · 05-06 Ayşe is tot vrijdag op cursus; zij bevestigt het gesprek.';
    expect(pronounOfSomeoneElse(afterHead, at(afterHead, 'zij'), [], colleagues('Ayşe'))).toBe(true);
  });

  it('gives a possessive to the subject pronoun of its clause', () => {
    const text = 'Hendrik is er ook; hij plant het gesprek in zijn agenda.';
    const possessive = { ...at(text, 'zijn'), pronoun: 'pronoun-possessive' as const };
    expect(pronounOfSomeoneElse(text, possessive, [], colleagues('Hendrik'))).toBe(true);
    expect(
      pronounOfSomeoneElse(
        'Zij stuurt haar cv.',
        { ...at('Zij stuurt haar cv.', 'haar'), pronoun: 'pronoun-possessive' as const },
        [],
        colleagues('Hendrik'),
      ),
    ).toBe(false);
  });
});
