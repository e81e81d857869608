import type { Locale } from '../i18n/locale';
import type { Level } from './levels';

/** What a hint is about; the CLI contract lists exactly these. */
export const HINT_KINDS = ['long-sentence', 'rare-word', 'long-word', 'passive', 'nominalisation', 'jargon', 'abbreviation'] as const;
export type HintKind = (typeof HINT_KINDS)[number];

/** Advice on one stretch of text; never a finding. Offsets are UTF-16 code units, end exclusive. */
export interface Hint {
  start: number;
  end: number;
  kind: HintKind;
  /** One line in the requested locale. */
  message: string;
  /** Plainer words, in the language of the text, where a list knows them. */
  alternatives: string[];
}

/** Why no level can be given. */
export const REASONS = ['empty', 'too-short', 'no-prose', 'no-sentence-breaks', 'unknown-language', 'other-script'] as const;
export type Reason = (typeof REASONS)[number];

/** A sentence worth rewriting first, with its own hints. */
export interface HardSentence {
  start: number;
  end: number;
  words: number;
  /** The level the model gives this sentence alone. */
  level: Level;
  hints: Hint[];
}

/** Figures for one paragraph (or the whole text). */
export interface ReadabilityFigures {
  sentences: number;
  words: number;
  syllables: number;
  /** Flesch-Douma (Dutch) or Flesch Reading Ease (English); null without sentences. */
  score: number | null;
  /** The level of this part alone; null where no level can be given. */
  level: Level | null;
}

export interface ParagraphReadability extends ReadabilityFigures {
  start: number;
  end: number;
  lang: Locale;
}

export interface ReadabilityResult extends ReadabilityFigures {
  /** The language the text was read in; null when it is in neither Dutch nor English. */
  lang: Locale | null;
  target: Level;
  /** The level is at or below the target; null without a level. */
  reached: boolean | null;
  /** Why there is no level, with a message in the requested locale. */
  reason: Reason | null;
  reasonMessage: string | null;
  /** Which formula `score` is, and which model gave the level. */
  method: string;
  /** Flesch-Kincaid grade for English texts, else null. */
  grade: number | null;
  hints: Hint[];
  /** The hardest sentences above the target, hardest first (at most three). */
  hardest: HardSentence[];
  paragraphs: ParagraphReadability[];
}
