import type { MarkerRange } from './marker-range';
import { COMMON_WORD_NAMES } from './name-words';
import { hasNameEvidence, HYPHEN_SEPARATOR, type Token } from './name-part-evidence';
import { parseName, type NamePartRole } from './names';
import { CYRILLIC_LETTER, spellingKey } from './spelling-key';
import { foldText, startsWithCapital, UNSPACED_SCRIPT } from './text-fold';

/**
 * An applicant's name as a site adapter reads it from a structured field. `applicantKey` (see
 * pseudonym.ts) is passed through to the ranges so the page can show the right pseudonym.
 */
export interface KnownName {
  name: string;
  applicantKey?: string;
}

interface PartEntry {
  applicant: number;
  role: NamePartRole;
  /** A part that is also an ordinary word or very short needs evidence before it is hidden. */
  weak: boolean;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;
// What may sit between two parts of one name: spaces, a hyphen, the dot of an initial, the comma
// of the reversed form, an apostrophe ("in 't", "O'Brien") or an underscore (file names).
const JOINER = /^(?:[ \t\u00A0]{1,3}|[ \t\u00A0]?[-‐‑_][ \t\u00A0]?|\.[ \t\u00A0]{0,2}|,[ \t\u00A0]{1,2}|[ \t\u00A0]?['’ʼ][ \t\u00A0]?)$/u;
const INITIALS_TOKEN = /^\p{Lu}$/u;
const INITIALS_RUN = /^\p{Lu}{2,3}$/u;
/** Index keys of spellings in another script start with a character no folded word has. */
const FOREIGN = '\u0000';

export type NameMatcher = (text: string) => MarkerRange[];

/**
 * Compile a matcher for the known names of the applicants on a page. The returned function finds
 * every occurrence of any part of those names in free text and returns sorted, non-overlapping
 * ranges with category `names`. Work per call is linear in the length of the text.
 *
 * Rules (docs/decisions.md#ordinary-words-stay-readable):
 * - two or more parts of one name next to each other are always hidden, with their particles and
 *   initials ("J.W. de Haan", "Benali, Fatima-Zahra", "Can van Dam");
 * - a distinctive part alone is hidden in any case and with a possessive ("Noura's", "Jansens");
 * - a part that is also an ordinary word ("Bakker", "Dam", "Can") alone is hidden only with
 *   evidence: after a title or greeting ("mevrouw Visser", "Beste Can"), after the name's own
 *   tussenvoegsel ("Van Dam"), before a possessive, or capitalised where a common noun would not
 *   be (not after an article, not in a hyphenated compound such as "CAN-bus", not a function word
 *   opening a sentence).
 */
export function createNameMatcher(names: readonly (string | KnownName)[]): NameMatcher {
  const index = new Map<string, PartEntry[]>();
  const initials: Set<string>[] = [];
  const keys: (string | undefined)[] = [];
  const unspaced = new Map<string, number>();

  names.forEach((entry, applicant) => {
    const known = typeof entry === 'string' ? { name: entry } : entry;
    const parsed = parseName(known.name);
    keys.push(known.applicantKey);
    initials.push(new Set(parsed.initials.map((letter) => foldText(letter))));
    for (const part of parsed.parts) {
      if (part.folded === '') continue;
      if (UNSPACED_SCRIPT.test(part.text)) {
        // Han names have no spaces around them in running text: match them as substrings, and
        // only pieces of two or more characters (one character is often an ordinary word).
        if ([...part.text].length >= 2) unspaced.set(part.text, applicant);
        continue;
      }
      const weak =
        part.role === 'given' || part.role === 'family' ? [...part.folded].length <= 2 || COMMON_WORD_NAMES.has(part.folded) : true;
      // The same name in Cyrillic is looked up by its spelling key (spelling-key.ts).
      for (const key of part.role === 'given' || part.role === 'family' ? [part.folded, FOREIGN + spellingKey(part.text)] : [part.folded]) {
        const list = index.get(key) ?? [];
        if (!list.some((known) => known.applicant === applicant && known.role === part.role))
          list.push({ applicant, role: part.role, weak });
        index.set(key, list);
      }
    }
    if (parsed.full !== '' && UNSPACED_SCRIPT.test(parsed.full)) {
      const whole = parsed.full.replace(/\s+/gu, '');
      if ([...whole].length >= 2) unspaced.set(whole, applicant);
    }
  });

  const unspacedPattern =
    unspaced.size === 0
      ? null
      : new RegExp(
          [...unspaced.keys()]
            .sort((a, b) => b.length - a.length)
            .map(escapeRegExp)
            .join('|'),
          'gu',
        );

  return function matchNames(text: string): MarkerRange[] {
    const ranges: MarkerRange[] = [];
    if (index.size > 0) findSpacedNames(text, index, initials, keys, ranges);
    if (unspacedPattern !== null) {
      for (const match of text.matchAll(unspacedPattern)) {
        const applicant = unspaced.get(match[0]);
        ranges.push(nameRange(match.index, match.index + match[0].length, applicant === undefined ? undefined : keys[applicant]));
      }
    }
    return mergeOverlapping(ranges);
  };
}

function findSpacedNames(
  text: string,
  index: ReadonlyMap<string, PartEntry[]>,
  initials: readonly Set<string>[],
  keys: readonly (string | undefined)[],
  ranges: MarkerRange[],
): void {
  const tokens: Token[] = [];
  const hits: (PartEntry[] | undefined)[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const token: Token = { start: match.index, end: match.index + match[0].length, text: match[0], folded: foldText(match[0]) };
    tokens.push(token);
    hits.push(lookup(token, index));
  }

  const separator = (left: number): string => {
    const a = tokens[left];
    const b = tokens[left + 1];
    return a === undefined || b === undefined ? '' : text.slice(a.end, b.start);
  };
  const joined = (left: number): boolean => JOINER.test(separator(left));
  const roleOf = (at: number, applicant: number): NamePartRole | undefined => {
    const entry = hits[at]?.find((hit) => hit.applicant === applicant);
    if (entry !== undefined) return entry.role;
    const token = tokens[at];
    if (token === undefined) return undefined;
    // "J" or "JW." count as initials; "CAN" or "HR" without a dot do not.
    const isInitials = INITIALS_TOKEN.test(token.text) || (INITIALS_RUN.test(token.text) && text.charAt(token.end) === '.');
    if (!isInitials) return undefined;
    const own = initials[applicant];
    if (own === undefined || ![...token.folded].every((letter) => own.has(letter))) return undefined;
    // A letter of a dotted abbreviation that is not all the name's initials is no initial: "Roos B.V." (set Z).
    const dotted = (step: -1 | 1) => {
      const other = tokens[at + step];
      return other !== undefined && INITIALS_TOKEN.test(other.text) && separator(step < 0 ? at - 1 : at) === '.' && !own.has(other.folded);
    };
    return dotted(1) || dotted(-1) ? undefined : 'initial';
  };

  const hyphenedToAnotherName = (at: number, applicant: number): boolean =>
    [at - 1, at + 1].some((beside) => {
      const token = tokens[beside];
      if (token === undefined || !startsWithCapital(token.text) || roleOf(beside, applicant) !== undefined) return false;
      const gap = beside < at ? text.slice(token.end, tokens[at]!.start) : text.slice(tokens[at]!.end, token.start);
      return HYPHEN_SEPARATOR.test(gap);
    });

  let coveredUntil = -1;
  for (let at = 0; at < tokens.length; at += 1) {
    const anchorHits = hits[at];
    if (anchorHits === undefined || at <= coveredUntil) continue;
    let best: { first: number; last: number; applicant: number } | undefined;
    for (const hit of anchorHits) {
      if (hit.role !== 'given' && hit.role !== 'family') continue;
      let first = at;
      let last = at;
      while (first > 0 && joined(first - 1) && roleOf(first - 1, hit.applicant) !== undefined) first -= 1;
      while (last < tokens.length - 1 && joined(last) && roleOf(last + 1, hit.applicant) !== undefined) last += 1;
      let named = 0;
      let initialCount = 0;
      for (let member = first; member <= last; member += 1) {
        const role = roleOf(member, hit.applicant);
        if (role === 'given' || role === 'family') named += 1;
        else if (role === 'initial') initialCount += 1;
      }
      // Trailing particles belong to the name only in the reversed form ("Haan, J.W. de").
      let reversed = false;
      for (let member = first; member < last; member += 1) if (separator(member).includes(',')) reversed = true;
      while (!reversed && last > at && roleOf(last, hit.applicant) === 'particle') last -= 1;
      if (named >= 2 || (named >= 1 && initialCount >= 1)) {
        if (best === undefined || last - first > best.last - best.first) best = { first, last, applicant: hit.applicant };
        continue;
      }
      if (best !== undefined) continue;
      // "Gert-Jan Romkes" is someone else than an applicant called Jan: a part hyphened to a
      // capitalised word that is no part of this name is part of another name (held-out set Q).
      if (hyphenedToAnotherName(at, hit.applicant)) continue;
      const leading = leadingParticles(first, at, hit.applicant, roleOf);
      if (!hit.weak || hasNameEvidence(text, tokens, at, leading, joined)) {
        best = { first: leading, last: at, applicant: hit.applicant };
      }
    }
    if (best === undefined) continue;
    const firstToken = tokens[best.first];
    const lastToken = tokens[best.last];
    if (firstToken === undefined || lastToken === undefined) continue;
    ranges.push(nameRange(firstToken.start, lastToken.end, keys[best.applicant]));
    coveredUntil = best.last;
  }
}

/** The first of the applicant's own particles directly before the part (e.g. "van der" in "van der Berg"). */
function leadingParticles(
  first: number,
  at: number,
  applicant: number,
  roleOf: (at: number, applicant: number) => NamePartRole | undefined,
): number {
  let start = at;
  while (start - 1 >= first && roleOf(start - 1, applicant) === 'particle') start -= 1;
  return start;
}

function lookup(token: Token, index: ReadonlyMap<string, PartEntry[]>): PartEntry[] | undefined {
  const direct = index.get(CYRILLIC_LETTER.test(token.text) ? FOREIGN + spellingKey(token.text) : token.folded);
  if (direct !== undefined) return direct;
  // Dutch possessive without apostrophe: "Jansens motivatie". Only for distinctive parts.
  if (token.folded.length >= 4 && token.folded.endsWith('s')) {
    const stem = index
      .get(token.folded.slice(0, -1))
      ?.filter((entry) => !entry.weak && (entry.role === 'given' || entry.role === 'family'));
    if (stem !== undefined && stem.length > 0) return stem;
  }
  return undefined;
}

function nameRange(start: number, end: number, applicantKey: string | undefined): MarkerRange {
  return applicantKey === undefined ? { start, end, category: 'names' } : { start, end, category: 'names', applicantKey };
}

function mergeOverlapping(ranges: MarkerRange[]): MarkerRange[] {
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: MarkerRange[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last !== undefined && range.start < last.end) {
      if (range.end > last.end) last.end = range.end;
      continue;
    }
    merged.push({ ...range });
  }
  return merged;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
