import { describe, expect, it } from 'vitest';
import { distinctiveParts, parseName } from '../../../lib/blinding/names';

describe('parseName', () => {
  it.each([
    ['Jan Willem de Haan', { givenNames: ['Jan', 'Willem'], particles: ['de'], familyNames: ['Haan'], initials: ['J', 'W'] }],
    ['Sanne van der Berg', { givenNames: ['Sanne'], particles: ['van', 'der'], familyNames: ['Berg'], initials: ['S'] }],
    ["Joost in 't Veld", { givenNames: ['Joost'], particles: ['in', 't'], familyNames: ['Veld'], initials: ['J'] }],
    ['J.W. de Haan', { givenNames: [], particles: ['de'], familyNames: ['Haan'], initials: ['J', 'W'] }],
    ['Benali, Fatima-Zahra', { givenNames: ['Fatima-Zahra'], particles: [], familyNames: ['Benali'], initials: ['F', 'Z'] }],
    ['Haan, J.W. de', { givenNames: [], particles: ['de'], familyNames: ['Haan'], initials: ['J', 'W'] }],
    ['Mohamed El Amrani', { givenNames: ['Mohamed'], particles: ['El'], familyNames: ['Amrani'], initials: ['M'] }],
    ['Van Dijk', { givenNames: [], particles: ['Van'], familyNames: ['Dijk'], initials: [] }],
    ['dhr. drs. Kees Jansen', { givenNames: ['Kees'], particles: [], familyNames: ['Jansen'], initials: ['K'] }],
    ['Anna de Vries-Bakker', { givenNames: ['Anna'], particles: ['de'], familyNames: ['Vries-Bakker'], initials: ['A'] }],
    ['JANSEN', { givenNames: [], particles: [], familyNames: ['JANSEN'], initials: [] }],
    ['王小明', { givenNames: ['小明'], particles: [], familyNames: ['王'], initials: [] }],
  ])('%s', (input, expected) => {
    const parsed = parseName(input);
    expect({
      givenNames: parsed.givenNames,
      particles: parsed.particles,
      familyNames: parsed.familyNames,
      initials: parsed.initials,
    }).toEqual(expected);
  });

  it('marks the reversed form', () => {
    expect(parseName('Benali, Fatima-Zahra').reversed).toBe(true);
    expect(parseName('Fatima-Zahra Benali').reversed).toBe(false);
  });

  it('splits hyphenated names into matchable parts with roles', () => {
    expect(parseName('Ahmad Al-Hassan').parts.map((part) => [part.text, part.role])).toEqual([
      ['Ahmad', 'given'],
      ['Al', 'particle'],
      ['Hassan', 'family'],
    ]);
  });

  it('folds composed and decomposed Unicode, case and Turkish dotless i alike', () => {
    const composed = distinctiveParts(parseName('Ayşe Yılmaz'));
    expect(distinctiveParts(parseName('AYŞE YILMAZ'))).toEqual(composed);
    expect(distinctiveParts(parseName('Ayşe Yılmaz'.normalize('NFD')))).toEqual(composed);
    expect(composed).toEqual(['ayse', 'yilmaz']);
    expect(distinctiveParts(parseName('Łukasz Błaszczykowski'))).toEqual(['lukasz', 'blaszczykowski']);
    expect(distinctiveParts(parseName('Олександр Шевченко'))).toEqual(['олександр', 'шевченко']);
  });

  it('gives nothing for empty or punctuation-only input', () => {
    expect(parseName('').parts).toEqual([]);
    expect(parseName('  , . ').parts).toEqual([]);
  });
});
