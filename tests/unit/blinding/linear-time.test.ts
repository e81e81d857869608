// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createMarkerDetector } from '../../../lib/blinding/detect';
import { FREE_TEXT_DETECTORS, PRONOUN_DETECTOR } from '../../../lib/blinding/free-text';
import { findNamesInFreeText } from '../../../lib/blinding/name-evidence';
import { createNameLexicon } from '../../../lib/blinding/name-lexicon';
import { NAME_LEXICON_DATA } from '../../../lib/blinding/name-lexicon-data';
import { CHUNK_OVERLAP, MAX_CHUNK_LENGTH, textChunks } from '../../../lib/blinding/text-chunks';
import { createNameMatcher } from '../../../lib/blinding/name-matcher';
import { ADVERSARIAL_INPUTS } from './adversarial-inputs';

/**
 * Every detector is linear in the length of its text: on inputs built to make regular expressions
 * backtrack, 100 kB takes about ten times as long as 10 kB, not a hundred times. The test compares
 * one run on 100 kB with ten runs on 10 kB (the same number of characters) instead of wall time,
 * so that a busy machine does not make it flaky: a super-linear detector is slower by a factor
 * that grows with the input (the greeting pattern this replaced took 2.7 s on 80 initials).
 */
const lexicon = createNameLexicon(NAME_LEXICON_DATA);
const NAMES = ['Fatima-Zahra Benali', 'Jan Willem de Haan', 'Can van Dam', '王小明', 'A. Idrissi', 'Olena Kravets', 'Sanne Bakker'];
const detectors: [string, (text: string) => unknown][] = [
  ...Object.entries(FREE_TEXT_DETECTORS).flatMap(([category, list]) =>
    list.map((detector, index): [string, (text: string) => unknown] => [`${category} ${index}`, (text) => detector(text, [])]),
  ),
  ['pronouns', (text) => PRONOUN_DETECTOR(text, [])],
  ['known-name matcher', createNameMatcher(NAMES)],
  ['findNamesInFreeText', (text) => findNamesInFreeText(text, lexicon)],
];

const SMALL = 10_000;
const LARGE = 100_000;
// Each input runs every detector a few dozen times on up to 100 kB: more than the default 5 s.
const TIMEOUT = 60_000;

function fastest(run: () => void, trials: number): number {
  let best = Infinity;
  for (let trial = 0; trial < trials; trial += 1) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/**
 * Undefined when one run on the large text costs about as much as ten runs on the small one
 * (linear: a ratio near 1, quadratic: near 10); else the figures. A measurement disturbed by
 * other work on the machine is taken again, up to three times: a super-linear detector fails
 * every time, noise does not.
 */
function superLinear(detect: (text: string) => unknown, small: string, large: string): string | undefined {
  detect(small);
  let figures = '';
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const tenSmall = fastest(() => {
      for (let copy = 0; copy < large.length / small.length; copy += 1) detect(small);
    }, 3);
    const oneLarge = fastest(() => detect(large), 3);
    // The 3 ms absorb timer noise on detectors that skip a text after a cheap keyword test.
    if (oneLarge <= 4 * tenSmall + 3) return undefined;
    figures = `${oneLarge.toFixed(1)} ms for ${large.length} characters vs ${tenSmall.toFixed(1)} ms for ten times ${small.length}`;
  }
  return figures;
}

describe('every detector is linear on adversarial input', () => {
  for (const [inputName, make] of ADVERSARIAL_INPUTS) {
    it(
      inputName,
      () => {
        const small = make(SMALL);
        const large = make(LARGE);
        const slow: string[] = [];
        for (const [detectorName, detect] of detectors) {
          const figures = superLinear(detect, small, large);
          if (figures !== undefined) slow.push(`${detectorName}: ${figures}`);
        }
        expect(slow).toEqual([]);
      },
      TIMEOUT,
    );
  }
});

describe('the compiled detector caps the work per text', () => {
  it('reads long texts in overlapping windows that cover every character', () => {
    expect(textChunks('kort')).toEqual([[0, 4]]);
    const text = 'woord '.repeat(3000);
    const chunks = textChunks(text);
    expect(chunks[0]?.[0]).toBe(0);
    expect(chunks.at(-1)?.[1]).toBe(text.length);
    for (const [start, end] of chunks) expect(end - start).toBeLessThanOrEqual(MAX_CHUNK_LENGTH);
    for (let index = 1; index < chunks.length; index += 1) {
      expect((chunks[index - 1]?.[1] ?? 0) - (chunks[index]?.[0] ?? 0)).toBe(CHUNK_OVERLAP);
    }
    const unbroken = 'x'.repeat(10_000);
    expect(textChunks(unbroken).at(-1)?.[1]).toBe(10_000);
  });

  it('finds a marker wherever it falls against a window boundary', () => {
    const detect = createMarkerDetector({ names: NAMES });
    const filler = 'De stage begint in september en duurt twintig weken. '.repeat(100);
    for (let at = 3800; at < 4400; at += 13) {
      const text = `${filler.slice(0, at)} fatima.benali@example.nl ${filler.slice(at)}`;
      const found = detect(text).map((range) => text.slice(range.start, range.end));
      expect(found, `e-mail at ${at}`).toContain('fatima.benali@example.nl');
    }
  });

  it(
    'stays linear on the adversarial inputs',
    () => {
      const detect = createMarkerDetector({ names: NAMES, pronouns: true });
      const slow = ADVERSARIAL_INPUTS.map(([inputName, make]) => [inputName, superLinear(detect, make(SMALL), make(LARGE))]).filter(
        ([, figures]) => figures !== undefined,
      );
      expect(slow).toEqual([]);
    },
    TIMEOUT,
  );
});
