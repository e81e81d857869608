// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { MarkerRange } from '../../../lib/blinding/marker-range';
import { pronounOfAColleague } from '../../../entrypoints/screening.content/not-an-applicant';

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
  return () => ranges.filter((range) => pronounOfAColleague(text, range, ranges, isStaff)).length;
};

describe('pronounOfAColleague', () => {
  it('keeps a colleague’s pronoun readable, also after a long text before it', () => {
    const text = `${'lorem ipsum '.repeat(200)}. Pieter schuift zo aan, hij zit nog in overleg`;
    const ranges = pronouns(text);
    expect(pronounOfAColleague(text, ranges[0]!, ranges, isStaff)).toBe(true);
    expect(pronounOfAColleague('Yusuf belde, hij komt later', pronouns('Yusuf belde, hij komt later')[0]!, [], isStaff)).toBe(false);
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
