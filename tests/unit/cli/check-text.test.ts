// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createTextChecker } from '../../../lib/cli/check-text';
import { readability } from '../../../lib/readability/readability';
import { analyze } from '../../../lib/wording/analyze';

const BOILERPLATE = 'Wij zijn een gelijke-kansenwerkgever. Ten behoeve van de KNVB wordt de sollicitatie zorgvuldig behandeld.';

describe('the CLI reads each text once for findings and readability', () => {
  it('answers a batch exactly as a separate check of each text would, also where ads share paragraphs', () => {
    const check = createTextChecker();
    const ads = [
      `Wij zoeken een jonge stagiair met Nederlands als moedertaal.\n\n${BOILERPLATE}`,
      `Ervaren collega gezocht voor de kassa. Je werkt drie dagen per week.\n\n${BOILERPLATE}`,
      `We need a young digital native for our shop.\n\n${BOILERPLATE}`,
      '',
    ];
    for (const text of ads) {
      for (const lang of ['auto', 'nl'] as const) {
        const { result, readable } = check(text, lang, 'B1');
        expect(result).toEqual(analyze(text, { lang }));
        expect(readable).toEqual(readability(text, { lang, target: 'B1' }));
      }
    }
  });
});
