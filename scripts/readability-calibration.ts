/**
 * Fits and checks the readability level model (Node only: scripts and tests, never a bundle).
 * Data: tests/fixtures/readability (texts of known CEFR level, and plain/dense pairs), which are
 * frozen and never edited here. Per language, a ridge regression of the level (A1 = 1 ... C2 = 6)
 * on the three inputs of lib/readability/level-model.ts. Agreement is measured by leaving out one
 * source at a time (excerpts of one exam text share a source), so no text is judged by a model
 * that saw it or its neighbours; the pairs are never used for fitting.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locale } from '../lib/i18n/locale';
import { levelNumber, levelOf, LEVELS, type Level } from '../lib/readability/levels';
import { levelScore, modelInputs, type LanguageModel, type LevelModel } from '../lib/readability/level-model';
import { analyseText } from '../lib/readability/text-analysis';
import { featuresOf } from '../lib/readability/text-features';

export const MODEL_ID = 'ew-cefr-1';
/** Ridge penalty on standardised inputs: shrinks the three weights towards each other's share. */
export const RIDGE = 2;

export interface CalibrationItem {
  id: string;
  lang: Locale;
  level: Level;
  source: string;
  origin: string;
  text: string;
}

export interface PairItem {
  id: string;
  lang: Locale;
  plain: string;
  dense: string;
  source: string;
}

const FIXTURES = fileURLToPath(new URL('../tests/fixtures/readability/', import.meta.url));

export function loadCalibration(): CalibrationItem[] {
  const items = JSON.parse(readFileSync(`${FIXTURES}calibration.json`, 'utf8')) as CalibrationItem[];
  for (const item of items)
    if (!LEVELS.includes(item.level) || (item.lang !== 'nl' && item.lang !== 'en')) throw new Error(`bad item ${item.id}`);
  return items;
}

export function loadPairs(): PairItem[] {
  return JSON.parse(readFileSync(`${FIXTURES}pairs.json`, 'utf8')) as PairItem[];
}

/** The model inputs of a text, read in its known language. */
export function inputsOf(text: string, lang: Locale): number[] {
  return modelInputs(featuresOf(analyseText(text, lang).totals));
}

/** Solves A x = b by Gaussian elimination with partial pivoting (A is small and well conditioned). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] as number]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++)
      if (Math.abs((m[r] as number[])[col] as number) > Math.abs((m[pivot] as number[])[col] as number)) pivot = r;
    [m[col], m[pivot]] = [m[pivot] as number[], m[col] as number[]];
    const p = m[col] as number[];
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const row = m[r] as number[];
      const factor = (row[col] as number) / (p[col] as number);
      for (let c = col; c <= n; c++) row[c] = (row[c] as number) - factor * (p[c] as number);
    }
  }
  return m.map((row, i) => (row[n] as number) / (row[i] as number));
}

/** Ridge regression on standardised inputs; returns weights on the raw inputs. */
export function fitRidge(xs: number[][], ys: number[], ridge = RIDGE): LanguageModel {
  const k = (xs[0] as number[]).length;
  const mean = Array.from({ length: k }, (_, j) => xs.reduce((s, x) => s + (x[j] as number), 0) / xs.length);
  const sd = Array.from(
    { length: k },
    (_, j) => Math.sqrt(xs.reduce((s, x) => s + ((x[j] as number) - (mean[j] as number)) ** 2, 0) / xs.length) || 1,
  );
  const rows = xs.map((x) => [1, ...x.map((v, j) => (v - (mean[j] as number)) / (sd[j] as number))]);
  const ata = Array.from({ length: k + 1 }, (_, i) =>
    Array.from(
      { length: k + 1 },
      (_, j) => rows.reduce((s, r) => s + (r[i] as number) * (r[j] as number), 0) + (i === j && i > 0 ? ridge : 0),
    ),
  );
  const aty = Array.from({ length: k + 1 }, (_, i) => rows.reduce((s, r, n) => s + (r[i] as number) * (ys[n] as number), 0));
  const beta = solve(ata, aty);
  const weights = Array.from({ length: k }, (_, j) => (beta[j + 1] as number) / (sd[j] as number));
  const intercept = (beta[0] as number) - weights.reduce((s, w, j) => s + w * (mean[j] as number), 0);
  return { intercept, weights };
}

function fitLanguage(items: readonly CalibrationItem[], inputs: ReadonlyMap<string, number[]>): LanguageModel {
  return fitRidge(
    items.map((i) => inputs.get(i.id) as number[]),
    items.map((i) => levelNumber(i.level)),
  );
}

/** The model fitted on all calibration texts, rounded so that the committed JSON is stable. */
export function fitLevelModel(items: readonly CalibrationItem[] = loadCalibration()): LevelModel {
  const inputs = new Map(items.map((i) => [i.id, inputsOf(i.text, i.lang)]));
  const round = (m: LanguageModel): LanguageModel => ({
    intercept: Number(m.intercept.toFixed(6)),
    weights: m.weights.map((w) => Number(w.toFixed(6))),
  });
  return {
    id: MODEL_ID,
    inputs: ['ln(words per sentence)', 'word rarity', 'syllables per word'],
    nl: round(
      fitLanguage(
        items.filter((i) => i.lang === 'nl'),
        inputs,
      ),
    ),
    en: round(
      fitLanguage(
        items.filter((i) => i.lang === 'en'),
        inputs,
      ),
    ),
  };
}

export interface Agreement {
  lang: Locale;
  texts: number;
  exact: number;
  withinOne: number;
  /** Known level → predicted level → count. */
  confusion: Record<string, Record<string, number>>;
}

/** Agreement with the known level, each source left out of the fit that judges it. */
export function crossValidate(items: readonly CalibrationItem[] = loadCalibration()): Agreement[] {
  const inputs = new Map(items.map((i) => [i.id, inputsOf(i.text, i.lang)]));
  return (['nl', 'en'] as const).map((lang) => {
    const own = items.filter((i) => i.lang === lang);
    const agreement: Agreement = { lang, texts: own.length, exact: 0, withinOne: 0, confusion: {} };
    for (const source of new Set(own.map((i) => i.source))) {
      const model = fitLanguage(
        own.filter((i) => i.source !== source),
        inputs,
      );
      for (const item of own.filter((i) => i.source === source)) {
        const x = inputs.get(item.id) as number[];
        const predicted = levelOf(x.reduce((s, v, j) => s + v * (model.weights[j] as number), model.intercept));
        const gap = Math.abs(levelNumber(predicted) - levelNumber(item.level));
        if (gap === 0) agreement.exact++;
        if (gap <= 1) agreement.withinOne++;
        const row = (agreement.confusion[item.level] ??= {});
        row[predicted] = (row[predicted] ?? 0) + 1;
      }
    }
    return agreement;
  });
}

export interface PairResult {
  id: string;
  lang: Locale;
  written: boolean;
  plain: { score: number; level: Level };
  dense: { score: number; level: Level };
  plainOk: boolean;
  denseOk: boolean;
  ordered: boolean;
}

/** Every plain text B1 or easier, every dense one B2 or harder, each pair in the right order. */
export function evaluatePairs(model: LevelModel, pairs: readonly PairItem[] = loadPairs()): PairResult[] {
  return pairs.map((pair) => {
    const judge = (text: string) => {
      const score = levelScore(pair.lang, featuresOf(analyseText(text, pair.lang).totals), model);
      return { score, level: levelOf(score) };
    };
    const plain = judge(pair.plain);
    const dense = judge(pair.dense);
    return {
      id: pair.id,
      lang: pair.lang,
      written: pair.source.startsWith('written'),
      plain,
      dense,
      plainOk: levelNumber(plain.level) <= levelNumber('B1'),
      denseOk: levelNumber(dense.level) >= levelNumber('B2'),
      ordered: dense.score > plain.score,
    };
  });
}
