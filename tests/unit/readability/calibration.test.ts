// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEVEL_MODEL } from '../../../lib/readability/level-model';
import {
  crossValidate,
  evaluatePairs,
  fitLevelModel,
  fitRidge,
  loadCalibration,
  loadPairs,
} from '../../../scripts/readability-calibration';

describe('the level model and its calibration', () => {
  it('is exactly what npm run readability-calibrate fits on the calibration texts', () => {
    const committed = JSON.parse(readFileSync(resolve(process.cwd(), 'lib/readability/data/level-model.json'), 'utf8'));
    expect(committed).toEqual(fitLevelModel());
    expect(LEVEL_MODEL).toEqual(committed);
  });

  it('reads more words per sentence, rarer words and longer words as harder, in both languages', () => {
    for (const lang of ['nl', 'en'] as const) for (const w of LEVEL_MODEL[lang].weights) expect(w).toBeGreaterThan(0);
  });

  it('fits a known line back (the ridge regression itself)', () => {
    const xs = Array.from({ length: 40 }, (_, i) => [i / 10, (i % 7) / 3]);
    const ys = xs.map(([a, b]) => 1 + 2 * (a as number) - 0.5 * (b as number));
    const model = fitRidge(xs, ys, 0);
    expect(model.intercept).toBeCloseTo(1, 6);
    expect(model.weights[0]).toBeCloseTo(2, 6);
    expect(model.weights[1]).toBeCloseTo(-0.5, 6);
  });

  it('agrees with the known level within one step for at least 90% of the texts, left out of the fit', () => {
    const items = loadCalibration();
    expect(items.filter((i) => i.lang === 'nl').length).toBeGreaterThanOrEqual(40);
    expect(items.filter((i) => i.lang === 'en').length).toBeGreaterThanOrEqual(20);
    for (const agreement of crossValidate(items)) {
      expect(agreement.withinOne / agreement.texts).toBeGreaterThanOrEqual(0.9);
      expect(agreement.exact / agreement.texts).toBeGreaterThanOrEqual(0.4);
    }
  });

  it('puts every written plain ad at B1 or easier and every dense one at B2 or harder', () => {
    const written = evaluatePairs(LEVEL_MODEL, loadPairs()).filter((p) => p.written);
    expect(written.length).toBeGreaterThanOrEqual(20);
    for (const pair of written) {
      expect(pair.plainOk, `${pair.id} plain ${pair.plain.level}`).toBe(true);
      expect(pair.denseOk, `${pair.id} dense ${pair.dense.level}`).toBe(true);
    }
  });

  it('puts every pair, written or rewritten by others, in the right order', () => {
    for (const pair of evaluatePairs(LEVEL_MODEL, loadPairs())) expect(pair.ordered, pair.id).toBe(true);
  });
});
