import { createMarkerDetector, maskText, type DetectOptions } from '../../../lib/blinding/detect';
import { foldText } from '../../../lib/blinding/text-fold';

/** The masked Dutch text. */
export function masked(text: string, options: DetectOptions = {}): string {
  return maskText(text, createMarkerDetector(options)(text), 'nl');
}

/** The substrings that the detector would hide. */
export function hiddenParts(text: string, options: DetectOptions = {}): string[] {
  return createMarkerDetector(options)(text).map((range) => text.slice(range.start, range.end));
}

/** True when a word (folded) still appears as a whole word in the text. */
export function stillShows(text: string, word: string): boolean {
  const folded = foldText(text);
  const target = foldText(word);
  if (/[\p{Script=Han}]/u.test(word)) return folded.includes(target);
  return new RegExp(`(?<![\\p{L}\\p{N}])${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(folded);
}
