/**
 * A word list written as one comma-separated text, so a list of hundreds of words reads as a
 * paragraph rather than one word per line. Entries may contain spaces ("Sri Lanka"), never commas.
 */
export function wordList(text: string): string[] {
  return text
    .split(',')
    .map((word) => word.trim())
    .filter((word) => word.length > 0);
}
