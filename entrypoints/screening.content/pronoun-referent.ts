import type { MarkerRange } from '../../lib/blinding/marker-range';

/**
 * "Kan de huidige koster, Henk, mee? Hij weet het best ...": a pronoun right after a colleague is
 * named, with no applicant named in between, speaks of that colleague and stays readable. Only
 * the text before the pronoun in the same sentence or the one before it is read, so the work per
 * pronoun is bounded.
 */
const LOOK_BACK = 160;
const CAPITALISED = /\p{Lu}[\p{L}\p{M}'’-]+/gu;

export function speaksOfColleague(
  text: string,
  pronoun: MarkerRange,
  found: readonly MarkerRange[],
  isStaff: (name: string) => boolean,
): boolean {
  const from = Math.max(0, pronoun.start - LOOK_BACK);
  const before = text.slice(from, pronoun.start);
  let colleagueAt = -1;
  for (const match of before.matchAll(CAPITALISED)) if (isStaff(match[0])) colleagueAt = from + match.index;
  if (colleagueAt < 0) return false;
  // An applicant named after the colleague is the one spoken of.
  return !found.some((range) => range.category === 'names' && range.start > colleagueAt && range.start < pronoun.start);
}
