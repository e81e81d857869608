import type { MarkerCategory, PronounKind } from './categories';

/**
 * A stretch of text that identifies an applicant. Offsets are UTF-16 indices into the text that
 * was analysed, `end` exclusive, like String.prototype.slice.
 */
export interface MarkerRange {
  start: number;
  end: number;
  category: MarkerCategory;
  /** Set when the range is a known applicant's name: which applicant (see pseudonym.ts). */
  applicantKey?: string;
  /** Set for gendered pronouns, which are replaced by a neutral form instead of a category word. */
  pronoun?: PronounKind;
}
