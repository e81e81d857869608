import { CATEGORY_MASKS, MARKER_CATEGORIES, PRONOUN_MASKS, type MarkerCategory } from './categories';
import { FREE_TEXT_DETECTORS, PRONOUN_DETECTOR, type FreeTextDetector } from './free-text';
import type { MarkerRange } from './marker-range';
import { createNameMatcher, type KnownName } from './name-matcher';
import { parseName } from './names';
import { spellingBeside } from './other-script';
import { COMMON_WORD_NAMES } from './name-words';
import type { Locale } from '../i18n/locale';
import { inChunks } from './text-chunks';
import { rememberPerText } from './text-memo';
import { foldText } from './text-fold';

export type { MarkerRange } from './marker-range';
export type { KnownName } from './name-matcher';

export interface DetectOptions {
  /** Applicants' names as site adapters read them from structured fields. */
  names?: readonly (string | KnownName)[];
  /** Categories to hide; all by default (docs/decisions.md#hide-every-marker-by-default). */
  categories?: Iterable<MarkerCategory>;
  /**
   * Also hide gendered pronouns ("hij", "zij", "haar", "he", "she"). Meant for notes about the
   * candidate; off by default because in a letter they are about other people.
   */
  pronouns?: boolean;
}

/** Finds identity markers in one text; returns sorted, non-overlapping ranges. */
export type MarkerDetector = (text: string) => MarkerRange[];

// When ranges of different categories overlap, the union takes the most specific category.
const PRIORITY: readonly MarkerCategory[] = [
  'email',
  'id-numbers',
  'links',
  'phone',
  'address',
  'birth',
  'birthplace',
  'languages',
  'nationality',
  'family',
  'names',
  'gender',
  'photos',
];
const URL = /(?<![\p{L}\p{N}@])(?:https?:\/\/|www\.)[^\s<>"'`]+/giu;
const MIGHT_HOLD_MARKER = /[\p{L}\p{N}]/u;

/**
 * Compile a detector once per page (or per change of the known names) and run it on every text
 * node. Per call the work is linear in the length of the text: one tokenising pass for the names
 * and a fixed set of regular expressions for the rest (tests/unit/blinding/linear-time.test.ts
 * proves it on adversarial input), and texts over MAX_CHUNK_LENGTH are read in windows.
 */
export function createMarkerDetector(options: DetectOptions = {}): MarkerDetector {
  const categories = new Set(options.categories ?? MARKER_CATEGORIES);
  const detectors: FreeTextDetector[] = [];
  for (const category of MARKER_CATEGORIES) {
    if (categories.has(category)) detectors.push(...FREE_TEXT_DETECTORS[category]);
  }
  if (options.pronouns === true && categories.has('gender')) detectors.push(PRONOUN_DETECTOR);

  const names = options.names ?? [];
  if (categories.has('names') && names.length > 0) {
    const matchNames = createNameMatcher(names);
    detectors.push((text, out) => {
      for (const range of matchNames(text)) {
        out.push(range);
        const other = spellingBeside(text, range);
        if (other !== undefined) out.push(other);
      }
    });
  }
  if (categories.has('links') && names.length > 0) {
    // A personal site or a link slug often spells the name: "www.fatimabenali.nl", "/in/m-amrani".
    const distinctive = [...new Set(names.flatMap((entry) => parseName(typeof entry === 'string' ? entry : entry.name).parts))]
      .filter(
        (part) => (part.role === 'given' || part.role === 'family') && [...part.folded].length >= 4 && !COMMON_WORD_NAMES.has(part.folded),
      )
      .map((part) => part.folded);
    if (distinctive.length > 0) {
      detectors.push((text, out) => {
        for (const match of text.matchAll(URL)) {
          const folded = foldText(match[0]);
          if (distinctive.some((part) => folded.includes(part))) {
            const link = match[0].replace(/[.,;:!?)\]]+$/u, '');
            out.push({ start: match.index, end: match.index + link.length, category: 'links' });
          }
        }
      });
    }
  }

  const detectAll = (text: string): MarkerRange[] => {
    const found: MarkerRange[] = [];
    for (const detector of detectors) detector(text, found);
    return found;
  };
  return function detect(text: string): MarkerRange[] {
    if (text.length === 0 || !MIGHT_HOLD_MARKER.test(text)) return [];
    // Long texts are read in windows (text-chunks.ts): the work per call stays bounded.
    return mergeRanges(inChunks(text, detectAll), text);
  };
}

/**
 * The same detector, remembering its answers for short texts (text-memo.ts). A detector's answer
 * depends on the text alone, so a remembered one is the same answer; each call gets ranges of its
 * own, which the caller may change.
 */
export const rememberAnswers = (detect: MarkerDetector): MarkerDetector =>
  rememberPerText(detect, (ranges) => ranges.map((range) => ({ ...range })));

/** One-off detection. For many texts, compile once with createMarkerDetector. */
export function detectMarkers(text: string, options: DetectOptions = {}): MarkerRange[] {
  return createMarkerDetector(options)(text);
}

/**
 * Sort ranges and make them non-overlapping. Overlapping ranges become their union (so nothing
 * that either covered is shown) with the most specific category; names of one applicant separated
 * only by spaces become one range.
 */
export function mergeRanges(ranges: readonly MarkerRange[], text?: string): MarkerRange[] {
  const sorted = ranges
    .filter((range) => Number.isInteger(range.start) && Number.isInteger(range.end) && range.end > range.start && range.start >= 0)
    .map((range) => ({ ...range }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: MarkerRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && range.start < last.end) {
      last.end = Math.max(last.end, range.end);
      if (PRIORITY.indexOf(range.category) < PRIORITY.indexOf(last.category)) {
        last.category = range.category;
        delete last.pronoun;
      } else if (range.category !== last.category || range.pronoun === undefined) {
        delete last.pronoun;
      }
      if (last.applicantKey === undefined && range.applicantKey !== undefined) last.applicantKey = range.applicantKey;
      continue;
    }
    if (
      last !== undefined &&
      text !== undefined &&
      last.category === 'names' &&
      range.category === 'names' &&
      last.applicantKey === range.applicantKey &&
      /^[ \t\u00A0]+$/u.test(text.slice(last.end, range.start))
    ) {
      last.end = range.end;
      continue;
    }
    merged.push(range);
  }
  return merged;
}

/**
 * The text with every range replaced by its mask ("[naam]", "[e-mail]", a neutral pronoun).
 * Ranges may be unsorted or overlap; they are merged first. Out-of-bounds ends are clamped.
 */
export function maskText(text: string, ranges: readonly MarkerRange[], locale: Locale): string {
  let result = '';
  let cursor = 0;
  for (const range of mergeRanges(ranges)) {
    const start = Math.min(range.start, text.length);
    const end = Math.min(range.end, text.length);
    if (start < cursor || end <= start) continue;
    result += text.slice(cursor, start);
    result += range.pronoun === undefined ? CATEGORY_MASKS[range.category][locale] : PRONOUN_MASKS[range.pronoun][locale];
    cursor = end;
  }
  return result + text.slice(cursor);
}
