import { describe, expect, it } from 'vitest';
import { speaksOfColleague } from '../../../entrypoints/screening.content/pronoun-referent';
import type { MarkerRange } from '../../../lib/blinding/marker-range';

const colleagues = new Set(['Henk', 'Jeroen Blom', 'Jeroen']);
const isStaff = (name: string) => colleagues.has(name);

/** The range of `word` in `text`, as a pronoun. */
function pronounIn(text: string, word: string): MarkerRange {
  const start = text.indexOf(word);
  return { start, end: start + word.length, category: 'gender', pronoun: 'pronoun-subject' };
}

describe('a pronoun after a colleague is named', () => {
  it('speaks of the colleague: "de huidige koster, Henk, ... Hij weet"', () => {
    const text = 'Kan de huidige koster, Henk, mee in de gesprekken? Hij weet het best wat het werk inhoudt.';
    expect(speaksOfColleague(text, pronounIn(text, 'Hij'), [], isStaff)).toBe(true);
  });

  it('speaks of the applicant named after the colleague', () => {
    const text = 'Jeroen sprak met Daan Koster. Hij is al tien jaar vrijwilliger.';
    const applicant: MarkerRange = { start: text.indexOf('Daan'), end: text.indexOf('.'), category: 'names' };
    expect(speaksOfColleague(text, pronounIn(text, 'Hij'), [applicant], isStaff)).toBe(false);
  });

  it('speaks of no colleague when none is named before it, or only far before it', () => {
    const text = 'Ik heb Daan gisteren gebeld: hij is al tien jaar vrijwilliger.';
    expect(speaksOfColleague(text, pronounIn(text, 'hij'), [], isStaff)).toBe(false);
    const far = `Henk belde. ${'Een lange zin over het rooster en de planning. '.repeat(5)}Hij komt morgen.`;
    expect(speaksOfColleague(far, pronounIn(far, 'Hij'), [], isStaff)).toBe(false);
  });
});
