import { detectAddresses } from './address-detectors';
import { detectBirthAndAge, detectBirthplace } from './birth-detectors';
import type { MarkerCategory } from './categories';
import { detectEmails, detectPhones, detectSocialLinks } from './contact-detectors';
import { detectGenderedPronouns, detectGenderMarkers } from './gender-detectors';
import type { MarkerRange } from './marker-range';
import { detectFamily } from './family-detectors';
import { detectIdNumbers } from './id-number-detectors';
import { detectLanguages } from './language-detectors';
import { detectContextualNames } from './name-context-detectors';
import { detectNationality } from './nationality-detectors';

/** A detector appends the ranges it finds in a text to `out`. */
export type FreeTextDetector = (text: string, out: MarkerRange[]) => void;

/**
 * The detectors that need no known names, per category. Photos are elements, not text: the page
 * layer hides them.
 */
export const FREE_TEXT_DETECTORS: Readonly<Record<MarkerCategory, readonly FreeTextDetector[]>> = {
  names: [detectContextualNames],
  photos: [],
  email: [detectEmails],
  phone: [detectPhones],
  address: [detectAddresses],
  birth: [detectBirthAndAge],
  birthplace: [detectBirthplace],
  nationality: [detectNationality],
  languages: [detectLanguages],
  family: [detectFamily],
  gender: [detectGenderMarkers],
  'id-numbers': [detectIdNumbers],
  links: [detectSocialLinks],
};

/** Gendered pronouns are a gender marker only in text about a candidate (notes), so opt-in per call site. */
export const PRONOUN_DETECTOR: FreeTextDetector = detectGenderedPronouns;

/** Run the free-text detectors of the given categories. Ranges are unsorted and may overlap. */
export function detectFreeText(text: string, categories: Iterable<MarkerCategory>, pronouns = false): MarkerRange[] {
  const out: MarkerRange[] = [];
  const selected = new Set(categories);
  for (const category of selected) for (const detector of FREE_TEXT_DETECTORS[category]) detector(text, out);
  if (pronouns && selected.has('gender')) PRONOUN_DETECTOR(text, out);
  return out;
}
