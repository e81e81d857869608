import { CAPITALISED_WORD } from './capture';
import { PERSON_PARTICLE } from './name-words';

/**
 * Reads a person's name from a position, in one pass and without backtracking: up to five name
 * words (capitalised words, words in scripts without case, runs of initials such as "J. W."),
 * with up to three particles between two of them ("Jan van der Berg"). A regular expression that
 * says the same thing ("name word, then up to four times: spaces, particles, name word") is
 * ambiguous about where a run of initials splits and took time growing as the fifth power of the
 * number of initials; this scanner looks at each character of a bounded window at most a few
 * times, so the work per call is constant and the work per text linear.
 */

/** Characters read at most from the start of a name: longer runs are not one person's name. */
export const PERSON_WINDOW = 160;
const MAX_NAME_WORDS = 5;
const MAX_PARTICLES = 3;

// Initials first: "J.W." must not be read as the capitalised word "J" followed by a dot.
const NAME_WORD = new RegExp(String.raw`\p{Lu}\.(?:[ \u00A0]?\p{Lu}\.)*|${CAPITALISED_WORD}`, 'uy');
const SPACES = /[ \u00A0]+/uy;
const PARTICLE = new RegExp(String.raw`${PERSON_PARTICLE}[ \u00A0]+`, 'uy');

/** Where the name that starts at `from` ends (exclusive), or -1 when no name word starts there. */
export function scanPerson(text: string, from: number): number {
  const window = text.slice(from, from + PERSON_WINDOW);
  let end = -1;
  let cursor = 0;
  for (let words = 0; words < MAX_NAME_WORDS; words += 1) {
    if (words > 0) {
      if (!stickyAt(SPACES, window, cursor)) break;
      cursor = SPACES.lastIndex;
      for (let particles = 0; particles < MAX_PARTICLES && stickyAt(PARTICLE, window, cursor); particles += 1) {
        cursor = PARTICLE.lastIndex;
      }
    }
    if (!stickyAt(NAME_WORD, window, cursor)) break;
    cursor = NAME_WORD.lastIndex;
    end = cursor;
  }
  return end < 0 ? -1 : from + end;
}

function stickyAt(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(text);
}
