import { describe, expect, it } from 'vitest';
import { createNameMatcher } from '../../../lib/blinding/name-matcher';
import { spellingKey } from '../../../lib/blinding/spelling-key';
import { hiddenParts } from './helpers';

// Invented people from Ukraine, Russia, Bulgaria and Serbia, with the Latin spelling a Dutch page shows.
const PAIRS: [latin: string, cyrillic: string][] = [
  ['Olena Kravets', 'Олена Кравець'],
  ['Oleksandr Bondarenko', 'Олександр Бондаренко'],
  ['Iryna Shevchuk', 'Ірина Шевчук'],
  ['Olha Hrytsenko', 'Ольга Гриценко'],
  ['Yulia Kuznetsova', 'Юлия Кузнецова'],
  ['Georgi Dimitrov', 'Георги Димитров'],
  ['Dragan Jovanović', 'Драган Јовановић'],
  ['Marit Oosterbeek', 'Марит Остербек'],
];

describe('the same name in another script', () => {
  it.each(PAIRS)('gives %s and %s one spelling key per word', (latin, cyrillic) => {
    expect(latin.split(' ').map(spellingKey)).toEqual(cyrillic.split(' ').map(spellingKey));
  });

  it('keeps different names apart', () => {
    expect(spellingKey('Olena')).not.toBe(spellingKey('Олег'));
    expect(spellingKey('Ivanov')).not.toBe(spellingKey('Іваненко'));
  });

  it('hides the Cyrillic spelling of a known name, whole or in part, and nothing else in Cyrillic', () => {
    const detect = createNameMatcher(['Oleksandr Bondarenko', 'Iryna Shevchuk']);
    const parts = (text: string) => detect(text).map((range) => text.slice(range.start, range.end));
    expect(parts('Олександр Бондаренко · Heftruckchauffeur')).toEqual(['Олександр Бондаренко']);
    expect(parts('Met vriendelijke groet, Ірина Шевчук')).toEqual(['Ірина Шевчук']);
    expect(parts('Бондаренко телефонував у вівторок')).toEqual(['Бондаренко']);
    expect(parts('Київ, Харків і Львів')).toEqual([]);
  });

  it('does so inside the full detector, with the pseudonym key of the applicant', () => {
    expect(hiddenParts('Подпись: Олена Кравець', { names: ['Olena Kravets'] })).toEqual(['Олена Кравець']);
  });
});
