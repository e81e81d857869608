// @vitest-environment node
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { englishSyllables } from '../../../lib/readability/syllables-en';
import { dutchSyllables } from '../../../lib/readability/syllables-nl';

const require = createRequire(import.meta.url);

/** Counted by hand, with the rules of Dutch spelling (diaeresis, digraphs, loans). */
const DUTCH: [string, number][] = [
  ['over', 2],
  ['idee', 2],
  ['ideeën', 3],
  ['geïnteresseerd', 5],
  ['carrière', 4],
  ['niveau', 2],
  ['serieus', 3],
  ['nieuw', 1],
  ['leeuw', 1],
  ['moeilijk', 2],
  ['materiaal', 4],
  ['januari', 4],
  ['radio', 3],
  ['coördinator', 5],
  ['reünie', 3],
  ['café', 2],
  ['één', 1],
  ['stagevergoeding', 5],
  ['werkzaamheden', 4],
  ['kwaliteit', 3],
  ['frequentie', 3],
  ['yoga', 2],
  ['baby', 2],
  ['systeem', 2],
  ['teamleider', 3],
  ['website', 2],
  ['e-mail', 2],
  ['mooie', 2],
  ['uitvoering', 3],
  ['Solliciteren', 5],
];

/** From the CMU Pronouncing Dictionary, and by hand. */
const ENGLISH: [string, number][] = [
  ['the', 1],
  ['make', 1],
  ['makes', 1],
  ['worked', 1],
  ['wanted', 2],
  ['table', 2],
  ['going', 2],
  ['trial', 2],
  ['idea', 3],
  ['quiet', 2],
  ['serious', 3],
  ['lovely', 2],
  ['statement', 2],
  ['played', 1],
  ['player', 2],
  ['continue', 3],
  ['value', 2],
  ['application', 4],
  ['responsibility', 6],
  ['Internship', 3],
];

describe('syllables', () => {
  it.each(DUTCH)('Dutch %s has %i', (word, n) => expect(dutchSyllables(word)).toBe(n));
  it.each(ENGLISH)('English %s has %i', (word, n) => expect(englishSyllables(word)).toBe(n));

  it('counts no syllable in a string without letters, at least one in a word', () => {
    expect(dutchSyllables('123')).toBe(0);
    expect(englishSyllables('---')).toBe(0);
    expect(dutchSyllables('b')).toBe(1);
    expect(englishSyllables('hmm')).toBe(1);
  });

  it('agrees with the CMU Pronouncing Dictionary on at least 93% of the 20,000 commonest English words it has', async () => {
    const { dictionary } = (await import('cmu-pronouncing-dictionary')) as { dictionary: Record<string, string> };
    const words = (require('@zxcvbn-ts/language-en/src/commonWords.json') as string[]).slice(0, 20_000);
    let total = 0;
    let agree = 0;
    for (const word of words) {
      const phones = /^[a-z]+$/.test(word) ? dictionary[word] : undefined;
      if (!phones) continue;
      total++;
      // CMU marks the stress of every vowel with a digit: one digit per syllable.
      if (englishSyllables(word) === (phones.match(/\d/g) ?? []).length) agree++;
    }
    expect(total).toBeGreaterThan(15_000);
    expect(agree / total).toBeGreaterThanOrEqual(0.93);
  });

  it('agrees with Dutch hyphenation patterns on at least 96% of common words they can fully split', () => {
    // Patterns never split off one letter at a word's edge ("o-ver"), so only words that start
    // and end with a consonant are compared: there every syllable boundary is a hyphenation point.
    const { hyphenateSync } = require('hyphen/nl') as { hyphenateSync: (word: string, options: { hyphenChar: string }) => string };
    const words = require('@zxcvbn-ts/language-nl-be/src/commonWords.json') as string[];
    let total = 0;
    let agree = 0;
    for (const word of words) {
      if (word.length < 4 || !/^[bcdfghjklmnpqrstvwxz][a-zà-ÿ]*[bcdfghjklmnpqrstvwxz]$/.test(word)) continue;
      total++;
      if (dutchSyllables(word) === hyphenateSync(word, { hyphenChar: '-' }).split('-').length) agree++;
    }
    expect(total).toBeGreaterThan(8000);
    expect(agree / total).toBeGreaterThanOrEqual(0.96);
  });
});
