import type { Ground, Severity } from '../schema/grounds';
import type { Locale } from '../i18n/locale';
import type { Evidence, RuleSource } from './rule-schema';

/** One flagged phrase. Offsets are UTF-16 code units into the analysed text, end exclusive. */
export interface Finding {
  start: number;
  end: number;
  text: string;
  ruleId: string;
  ground: Ground;
  severity: Severity;
  /** One line: what is wrong, in the requested locale. */
  message: string;
  /** Why, in plain words, with the law or ruling behind it, in the requested locale. */
  explanation: string;
  /** What to write instead, in the language of the text. */
  alternatives: string[];
  legalBasis: string[];
  sources: RuleSource[];
  evidence: Evidence;
  /** Stable across edits elsewhere in the text: ruleId + matched words + sentence, hashed. */
  fingerprint: string;
  /** Language of the paragraph the finding is in. */
  lang: Locale;
  /** Lawful exceptions that may make the wording acceptable, in the requested locale. */
  mayNotApply: string[];
}

export type LanguageOption = Locale | 'auto';

export interface AnalyzeOptions {
  /** Language of the text; 'auto' (default) detects it per paragraph. */
  lang?: LanguageOption;
  /** Language of messages and explanations; default: the detected language of the text. */
  locale?: Locale;
}

export interface Summary {
  total: number;
  bySeverity: Record<Severity, number>;
  byGround: Record<Ground, number>;
  /** The most serious severity present, or null without findings. */
  highest: Severity | null;
}

export interface GenderCodedWord {
  start: number;
  end: number;
  text: string;
  coding: 'masculine' | 'feminine';
  lang: Locale;
}

export type GenderVerdict = 'empty' | 'neutral' | 'feminine' | 'strongly-feminine' | 'masculine' | 'strongly-masculine';

/** A soft style signal: never an error, because field evidence for it is weak. */
export interface GenderBalance {
  masculine: number;
  feminine: number;
  verdict: GenderVerdict;
  words: GenderCodedWord[];
  /** What the balance means and how weak the evidence is, in the requested locale. */
  note: string;
}

export interface AnalysisResult {
  lang: Locale;
  findings: Finding[];
  summary: Summary;
  genderBalance: GenderBalance;
}
