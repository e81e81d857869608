import type { Sentence, Token } from './tokenize';
import type { WordSet } from './word-set';

/*
 * A named place said of the candidate: "kandidaten uit Amsterdam-Noord", "applicants from Tower
 * Hamlets". Where someone lives is no protected ground, but a district or postcode area often
 * stands in for origin and social position (indirect distinction, AWGB art. 1; guides for
 * anonymous applications remove the place of residence for that reason), so an exclusion or
 * restriction built on it is flagged like a group word. The place is recognised by its capitals,
 * not listed: every district, town and country works.
 */

const ARTICLES = new Set(['de', 'het', 'the']);
const AND = new Set(['en', 'and', 'of', 'or']);
/** Capitalised words after "from" that are times, not places: "from Monday", "vanaf januari". */
const TIMES = new Set([
  'maandag',
  'dinsdag',
  'woensdag',
  'donderdag',
  'vrijdag',
  'zaterdag',
  'zondag',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
  'january',
  'february',
  'march',
  'may',
  'june',
  'july',
  'august',
  'october',
]);

const isPlaceWord = (t: Token | undefined): boolean => t !== undefined && t.cap && !t.allCaps && !TIMES.has(t.norm);

/** Place spans [first, last) right after "<person> uit|from (de|the)". */
export function findPlaceSpans(
  tokens: readonly Token[],
  sentence: Sentence,
  persons: WordSet,
  placeLinks: WordSet,
): { first: number; last: number }[] {
  const spans: { first: number; last: number }[] = [];
  for (let i = sentence.first; i + 2 < sentence.last; i++) {
    if (!placeLinks.has((tokens[i + 1] as Token).norm) || !persons.has((tokens[i] as Token).norm)) continue;
    let k = i + 2;
    if (ARTICLES.has((tokens[k] as Token).norm)) k++;
    const first = k;
    while (k < sentence.last && isPlaceWord(tokens[k])) {
      k++;
      // "de Schilderswijk en Transvaal": a second place joined by "en"/"and".
      if (k + 1 < sentence.last && AND.has((tokens[k] as Token).norm) && isPlaceWord(tokens[k + 1])) k++;
    }
    if (k > first) spans.push({ first, last: k });
  }
  return spans;
}
