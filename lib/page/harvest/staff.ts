import { NAME_PARTICLES, NAME_TITLES } from '../../blinding/name-words';
import { foldText } from '../../blinding/text-fold';

/**
 * Colleagues' names (owner, recruiter, hiring manager, the signed-in user): only applicants are
 * hidden, so a colleague's name stays readable wherever it appears. A name is compared by its
 * parts, so "Renske Pauwels", "Pauwels", "mevrouw Pauwels" and "renske.pauwels@..." are the
 * same colleague.
 */
export interface StaffNames {
  add: (name: string) => void;
  /** Take a name back: it was a guess the page has since contradicted. */
  remove: (name: string) => void;
  /** Every part of `name` belongs to one colleague's name ("Wessel" of "Wessel Maas"). */
  covers: (name: string) => boolean;
  /** `name` is a colleague's whole name, in any of its forms. */
  isWhole: (name: string) => boolean;
  /** Letters ("FJ", "f.j.") are a colleague's initials: of the first and last name, or of every part. */
  hasInitials: (letters: string) => boolean;
  readonly size: number;
}

interface Parts {
  /** Folded words without titles and particles. */
  words: string[];
  /** The words, plus each particle run joined to its word ("devries"). */
  variants: Set<string>;
  /** The letters an initials avatar may show for the name: "ed", and with its particles "evd" and "ev" ("Ellen van Dam"). */
  initials: string[];
}

export function nameParts(name: string): Parts {
  const folded = foldText(name)
    .split(/[^\p{L}\p{M}'’]+/u)
    .filter((word) => word !== '' && !NAME_TITLES.has(word));
  const words: string[] = [];
  const variants = new Set<string>();
  let particles = '';
  for (const word of folded) {
    if (NAME_PARTICLES.has(word)) {
      particles += word;
      continue;
    }
    words.push(word);
    variants.add(word);
    if (particles !== '') variants.add(particles + word);
    particles = '';
  }
  const initials = [...initialsOf(words), ...initialsOf(folded)];
  // An avatar may count the first particle as the family name's letter (as avatars.ts reads an applicant's).
  if (folded.length >= 3 && NAME_PARTICLES.has(folded[1]!)) initials.push(`${[...folded[0]!][0]}${[...folded[1]!][0]}`);
  return { words, variants, initials };
}

/** The initials a name is shown with: first and last part ("Annelies de Graaf" → "ag"), or every part. */
/** Two names share their words ("Olena Kravets" and "Olena"): one person, as far as the page says. */
export function sameWords(a: string, b: string): boolean {
  const left = nameParts(a).words;
  const right = nameParts(b).words;
  return left.length > 0 && right.length > 0 && (left.every((word) => right.includes(word)) || right.every((word) => left.includes(word)));
}

export function initialsOf(words: readonly string[]): string[] {
  if (words.length < 2) return [];
  const every = words.map((word) => [...word][0] ?? '').join('');
  const outer = `${[...words[0]!][0] ?? ''}${[...words[words.length - 1]!][0] ?? ''}`;
  return every === outer ? [every] : [every, outer];
}

const isInitial = (word: string) => [...word].length === 1;

/**
 * "Joke van Houten" is the colleague "J. van Houten", and the other way round: a given name stands
 * for its initial, beside a family name that matches in full. Never a given name alone ("Jaydon").
 */
function byInitial(query: Parts, staff: Parts, has: (staff: Parts, word: string) => boolean): boolean {
  let full = 0;
  for (const word of query.words) {
    if (has(staff, word)) {
      if (!isInitial(word)) full += 1;
      continue;
    }
    const first = [...word][0] ?? '';
    const asInitial = isInitial(word)
      ? staff.words.some((known) => !isInitial(known) && known.startsWith(word))
      : staff.words.includes(first);
    if (!asInitial) return false;
  }
  return full > 0 && query.words.length >= 2;
}

export function createStaffNames(): StaffNames {
  const names: Parts[] = [];
  const seen = new Set<string>();
  const covering = (name: string): { query: Parts; staff: Parts[] } => {
    const query = nameParts(name);
    if (query.words.length === 0) return { query, staff: [] };
    // "Pauwels" is the colleague "renske.pauwels": a word also counts through its particle run.
    const has = (staff: Parts, word: string) =>
      staff.variants.has(word) ||
      [...query.variants].some((variant) => variant !== word && variant.endsWith(word) && staff.variants.has(variant));
    return { query, staff: names.filter((staff) => query.words.every((word) => has(staff, word)) || byInitial(query, staff, has)) };
  };
  return {
    add(name) {
      const parts = nameParts(name);
      const key = parts.words.join(' ');
      if (parts.words.length === 0 || seen.has(key)) return;
      seen.add(key);
      names.push(parts);
    },
    remove(name) {
      const key = nameParts(name).words.join(' ');
      if (!seen.delete(key)) return;
      names.splice(
        names.findIndex((entry) => entry.words.join(' ') === key),
        1,
      );
    },
    covers: (name) => covering(name).staff.length > 0,
    isWhole(name) {
      const { query, staff } = covering(name);
      // All of a colleague's words are there: "Ruud van Veldhuis" or "Van Veldhuis, Ruud", not "Ruud" alone.
      return staff.some((entry) => query.words.length >= entry.words.length);
    },
    hasInitials(letters) {
      const folded = foldText(letters).replace(/[^\p{L}]/gu, '');
      return names.some((staff) => staff.initials.includes(folded));
    },
    get size() {
      return names.length;
    },
  };
}
