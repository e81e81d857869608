import type { Locale } from '../i18n/locale';
import model from './data/level-model.json';
import type { Features } from './text-features';

/*
 * The level model: a linear score on three features, fitted per language by
 * scripts/calibrate-readability.ts on texts of known CEFR level (tests/fixtures/readability) and
 * written to data/level-model.json. Few parameters on purpose: the set is small, and a model
 * that must also judge vacancy texts it never saw should not memorise it. docs/readability.md
 * has the figures.
 */
export interface LanguageModel {
  intercept: number;
  weights: number[];
}

export interface LevelModel {
  id: string;
  inputs: string[];
  nl: LanguageModel;
  en: LanguageModel;
}

export const LEVEL_MODEL: LevelModel = model;

/** The model's inputs, in the order of `inputs` in the JSON. */
export function modelInputs(f: Features): number[] {
  return [Math.log(Math.max(f.wordsPerSentence, 1)), f.wordRarity, f.syllablesPerWord];
}

/** A continuous level: 1 = A1 ... 6 = C2 (rounded by levelOf). */
export function levelScore(lang: Locale, f: Features, m: LevelModel = LEVEL_MODEL): number {
  const { intercept, weights } = m[lang];
  const inputs = modelInputs(f);
  return inputs.reduce((sum, x, i) => sum + x * (weights[i] ?? 0), intercept);
}
