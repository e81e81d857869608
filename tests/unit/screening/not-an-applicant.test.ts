// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { MarkerRange } from '../../../lib/blinding/marker-range';
import { nameOfAFirm, notAnApplicantInContext, pronounOfSomeoneElse } from '../../../entrypoints/screening.content/not-an-applicant';

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
