/*
 * The classic formulas, kept as the baseline next to the level model. Both read words per
 * sentence and syllables per word; higher scores are easier.
 */

/** Flesch-Douma (Douma 1960), Flesch's formula re-weighted for Dutch. */
export function fleschDouma(wordsPerSentence: number, syllablesPerWord: number): number {
  return 206.84 - 0.77 * (100 * syllablesPerWord) - 0.93 * wordsPerSentence;
}

/** Flesch Reading Ease (Flesch 1948) for English. */
export function fleschReadingEase(wordsPerSentence: number, syllablesPerWord: number): number {
  return 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord;
}

/** Flesch-Kincaid Grade Level (Kincaid et al. 1975): a US school grade. */
export function fleschKincaidGrade(wordsPerSentence: number, syllablesPerWord: number): number {
  return 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59;
}
