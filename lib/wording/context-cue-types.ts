import type { WordSet } from './word-set';

/**
 * Words that tell the context gates what a sentence is about. Each list serves one gate in
 * lib/wording/gates.ts; the reasons come from the College's vacancy guidance and the false-alarm
 * traps in our research notes (a word about clients or products is no demand on the candidate).
 */
export interface ContextCues {
  /** The sentence addresses or describes the person sought. */
  candidate: WordSet;
  /** Right before a match: the words are about the people served or the products sold. */
  clientBefore: WordSet;
  /** Right after a match: the candidate does something for them ("jongeren begeleiden"). */
  clientAfter: WordSet;
  /** Single words that mark an equal-opportunity sentence. */
  inclusionWords: WordSet;
  /** Multi-word equal-opportunity phrases, normalised and space-separated. */
  inclusionPhrases: readonly string[];
  /** The sentence gives a job-related reason. */
  justification: WordSet;
  justificationPhrases: readonly string[];
  /** Negation right before a match. */
  negation: WordSet;
  /** Marks an internship ad. */
  internship: WordSet;
}
