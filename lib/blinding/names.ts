import { NAME_PARTICLES, NAME_TITLES } from './name-words';
import { foldText, UNSPACED_SCRIPT } from './text-fold';

/** What a piece of a name is. Particles and initials only count next to another part. */
export type NamePartRole = 'given' | 'initial' | 'particle' | 'family';

/** One matchable piece of a name: a word, or one side of a hyphen or apostrophe ("Fatima-Zahra"). */
export interface NamePart {
  text: string;
  /** Folded form used for comparison (see text-fold). */
  folded: string;
  role: NamePartRole;
}

export interface ParsedName {
  /** The input, NFC-normalised, with single spaces. */
  full: string;
  /** Given names as written, hyphenated ones kept whole: ["Fatima-Zahra"], ["Jan", "Willem"]. */
  givenNames: string[];
  /** Capital letters of the initials: written ones ("J.W.") or those of the given names. */
  initials: string[];
  /** Tussenvoegsels and other particles as written: ["van", "der"], ["in", "'t"], ["El"]. */
  particles: string[];
  /** Family names as written, without particles: ["Haan"], ["Jansen-de", "Vries"] stays split. */
  familyNames: string[];
  /** True when the input put the family name first with a comma ("Benali, Fatima-Zahra"). */
  reversed: boolean;
  /** Every piece that can be matched in text, in reading order of the usual Dutch form. */
  parts: NamePart[];
}

const INITIALS_WORD = /^(?:\p{Lu}\.){0,4}\p{Lu}\.?$/u;
const PART_SPLIT = /[-‐‑'’ʼ`]/u;
const TRIM_PUNCTUATION = /^[\s"“”‘'’().,;:]+|[\s"“”‘’().,;:]+$/gu;

/**
 * Parse a full name as a site shows it in a name field.
 *
 * Handles given names, written initials ("J.W."), tussenvoegsels ("van der", "in 't"), hyphenated
 * and multi-part family names, the reversed form with a comma ("Benali, Fatima-Zahra",
 * "Haan, J.W. de"), titles ("dhr.", "drs."), all capitals, and names in any script. Names written
 * in Han script without spaces ("王小明") are split as one family character and the given name,
 * the common Chinese pattern.
 */
export function parseName(input: string): ParsedName {
  const full = input.normalize('NFC').replace(/\s+/gu, ' ').replace(TRIM_PUNCTUATION, '').trim();
  const empty: ParsedName = {
    full,
    givenNames: [],
    initials: [],
    particles: [],
    familyNames: [],
    reversed: false,
    parts: [],
  };
  if (full === '') return empty;

  const commaAt = full.indexOf(',');
  const reversed = commaAt > 0 && commaAt < full.length - 1;
  let givenWords: string[];
  let familyWords: string[];
  if (reversed) {
    familyWords = words(full.slice(0, commaAt));
    givenWords = words(full.slice(commaAt + 1));
    // "Haan, J.W. de": particles written after the given names belong to the family name.
    while (givenWords.length > 1 && isParticle(givenWords[givenWords.length - 1] ?? '')) {
      familyWords.unshift(givenWords.pop() ?? '');
    }
  } else {
    const all = words(full);
    const split = familyStart(all);
    givenWords = all.slice(0, split);
    familyWords = all.slice(split);
  }

  if (givenWords.length === 0 && familyWords.length === 1 && UNSPACED_SCRIPT.test(familyWords[0] ?? '')) {
    const han = [...(familyWords[0] ?? '')];
    if (han.length >= 2) {
      familyWords = [han[0] ?? ''];
      givenWords = [han.slice(1).join('')];
    }
  }

  const parsed = { ...empty, reversed };
  for (const word of givenWords) {
    if (INITIALS_WORD.test(word)) {
      const letters = word.replace(/\./g, '');
      for (const letter of letters) {
        parsed.initials.push(letter);
        parsed.parts.push({ text: letter, folded: foldText(letter), role: 'initial' });
      }
      continue;
    }
    parsed.givenNames.push(word);
    for (const piece of pieces(word)) {
      parsed.parts.push({ text: piece, folded: foldText(piece), role: 'given' });
      const first = [...piece][0];
      if (first !== undefined && first !== first.toLowerCase()) parsed.initials.push(first);
    }
  }
  let seenFamily = false;
  for (const word of familyWords) {
    // Particles lead the family name; inside a double name ("Jansen-de Vries") they stay particles.
    for (const piece of pieces(word)) {
      const role: NamePartRole = isParticle(piece) && (!seenFamily || word.includes('-')) ? 'particle' : 'family';
      if (role === 'family') seenFamily = true;
      parsed.parts.push({ text: piece, folded: foldText(piece), role });
    }
    if (isParticle(word) && !seenFamily) parsed.particles.push(word);
    else parsed.familyNames.push(word);
  }
  return parsed;
}

/** All folded pieces of a name that identify a person (no particles, no initials). */
export function distinctiveParts(name: ParsedName): string[] {
  return name.parts.filter((part) => part.role === 'given' || part.role === 'family').map((part) => part.folded);
}

function words(text: string): string[] {
  return text
    .split(' ')
    .map((word) => word.replace(TRIM_PUNCTUATION, ''))
    .filter((word) => word !== '' && !NAME_TITLES.has(foldText(word).replace(/\.$/, '')));
}

function pieces(word: string): string[] {
  return word.split(PART_SPLIT).filter((piece) => piece !== '');
}

function isParticle(word: string): boolean {
  return NAME_PARTICLES.has(foldText(word).replace(/^['’]/, '').replace(/\.$/, ''));
}

/**
 * Where the family name starts in "given particles family" order: at the first particle after a
 * given name, else the last word. A name that starts with particles ("Van Dijk", "El Amrani")
 * is a family name alone.
 */
function familyStart(all: string[]): number {
  if (all.length <= 1) return 0;
  if (all.slice(0, -1).every(isParticle)) return 0;
  for (let index = 1; index < all.length - 1; index += 1) {
    const word = all[index] ?? '';
    if (isParticle(word) && !INITIALS_WORD.test(word)) return index;
  }
  return all.length - 1;
}
