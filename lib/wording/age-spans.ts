import { isAgeValue, parseNumber } from './numbers';
import type { Token } from './tokenize';
import type { WordSet } from './word-set';

/*
 * Ages and experience caps found from parsed numbers (numbers.ts) rather than from a list:
 * "18 tot 25 jaar", "achttien tot vijfentwintig jaar", "between eighteen and twenty-five years of
 * age", "aged forty-plus", "55-plussers", "in their twenties", "boven de 45", and "maximaal twee jaar
 * geleden afgestudeerd", "no more than ten years out of university". Whether an age is said of
 * the candidate is decided by the construction matcher, as for any other group word.
 */

export interface AgeSpan {
  first: number;
  last: number;
  /** The words name people ("50-plussers", "dertigers"); otherwise they describe someone. */
  people: boolean;
  /** A cap on years of experience or since graduation, with the cap word at `first`. */
  cap: boolean;
}

const YEARS = new Set(['jaar', 'jarige', 'jarigen', 'years', 'year', 'yrs', 'yearold', 'yearolds', 'yo']);
/** After "N year(s)" these make the age name people: "16-18 year olds". */
const PEOPLE_AFTER = new Set(['olds', 'old', 'jarigen', 'jarige']);
/** "in their twenties", "in de dertig": a decade of life said of someone. */
const DECADE_BEFORE = new Set(['their', 'his', 'her', 'your', 'de', 'hun', 'zijn']);
const RANGE = new Set(['tot', 'en', 'of', 'a', 'to', 'and', 'or', 'tm', 't/m']);
const AGE_MARKERS = new Set(['leeftijd', 'leeftijden', 'age', 'aged', 'ages', 'agerange', 'leeftijdscategorie']);
const COMPARATORS = new Set(['boven', 'onder', 'over', 'under', 'above', 'below', 'dan', 'than', 'plus', 'vanaf', 'tussen', 'between']);
/** "ouder dan vijftig", "younger than 30": the comparison itself is about age. */
const AGE_COMPARISON = new Set(['ouder', 'jonger', 'older', 'younger']);
/** Words an age span starts with when they come right before the number ("tussen de 18 en 25"). */
const LEAD_IN = new Set([
  'tussen',
  'de',
  'rond',
  'ongeveer',
  'circa',
  'between',
  'around',
  'about',
  'approximately',
  'roughly',
  'ouder',
  'jonger',
  'dan',
  'older',
  'younger',
  'than',
]);
const LEAD_IN_WORDS = 3;
/** After "N jaar" these words make it a duration, not an age. */
const DURATION_AFTER = new Set([
  'ervaring',
  'werkervaring',
  'experience',
  'geleden',
  'ago',
  'bestaan',
  'garantie',
  'contract',
  'dienstverband',
  'lang',
  'long',
  'later',
  'in',
  'bij',
  'at',
  'with',
  'op',
]);
const CAP_WORDS = new Set(['max', 'maximaal', 'maximum', 'hooguit', 'hoogstens', 'hoogste', 'within', 'binnen', 'most']);
const MORE = new Set(['meer', 'more']);
const NOT = new Set(['niet', 'no', 'not']);
const FEWER = new Set(['minder', 'less', 'fewer']);
const CAP_CONTEXT = new Set([
  'ervaring',
  'werkervaring',
  'relevante',
  'experience',
  'geleden',
  'ago',
  'afgestudeerd',
  'afgestudeerde',
  'afstuderen',
  'graduated',
  'graduation',
  'graduating',
  'university',
  'universiteit',
  'college',
  'hogeschool',
  'diploma',
  'behaald',
  'gehaald',
  'postqualification',
  'pqe',
  'qualified',
  'werkzaam',
  'working',
]);
const WINDOW = 8;

const norm = (tokens: readonly Token[], i: number): string => (tokens[i] as Token).norm;

/** Is the word at i a cap ("max", "maximaal", "niet meer dan", "no more than", "less than")? */
function isCap(tokens: readonly Token[], i: number, first: number): boolean {
  const w = norm(tokens, i);
  if (CAP_WORDS.has(w)) return true;
  if (MORE.has(w)) return i > first && NOT.has(norm(tokens, i - 1));
  if (w === 'dan' || w === 'than') {
    if (i <= first) return false;
    const prev = norm(tokens, i - 1);
    return FEWER.has(prev) || (MORE.has(prev) && i - 1 > first && NOT.has(norm(tokens, i - 2)));
  }
  return false;
}

function capAt(tokens: readonly Token[], numberAt: number, yearsAt: number, first: number, last: number): AgeSpan | undefined {
  let capStart = -1;
  for (let k = numberAt - 1; k >= Math.max(first, numberAt - 3); k--) {
    if (isCap(tokens, k, first)) {
      capStart = k;
      break;
    }
  }
  if (capStart < 0) return undefined;
  for (let k = Math.max(first, numberAt - WINDOW); k < Math.min(last, yearsAt + WINDOW); k++) {
    if (CAP_CONTEXT.has(norm(tokens, k))) return { first: capStart, last: yearsAt + 1, people: false, cap: true };
  }
  return undefined;
}

function hasMarkerBefore(tokens: readonly Token[], i: number, first: number): boolean {
  for (let k = i - 1; k >= Math.max(first, i - 4); k--) if (AGE_MARKERS.has(norm(tokens, k))) return true;
  return false;
}

/** Move a span's start back over "tussen de", "rond de", "ouder dan": those words belong to the age. */
function withLeadIn(tokens: readonly Token[], span: AgeSpan, first: number): AgeSpan {
  let start = span.first;
  while (start > first && span.first - start < LEAD_IN_WORDS && LEAD_IN.has(norm(tokens, start - 1))) start--;
  // "niet ouder dan 35", "not older than 35": the negation is part of the cap, not of the frame.
  if (start > first && start < span.first && AGE_COMPARISON.has(norm(tokens, start)) && NOT.has(norm(tokens, start - 1))) start--;
  return { ...span, first: start };
}

/**
 * Ages and caps in tokens [first, last); `persons` are the words that name the candidate;
 * `plusAfter(i)` tells whether a "+" follows token i in the text ("35+", which the tokeniser drops).
 */
export function findAgeSpans(
  tokens: readonly Token[],
  first: number,
  last: number,
  persons: WordSet,
  plusAfter: (i: number) => boolean = () => false,
): AgeSpan[] {
  return findSpans(tokens, first, last, persons, plusAfter).map((span) => (span.cap ? span : withLeadIn(tokens, span, first)));
}

function findSpans(tokens: readonly Token[], first: number, last: number, persons: WordSet, plusAfter: (i: number) => boolean): AgeSpan[] {
  const spans: AgeSpan[] = [];
  for (let i = first; i < last; i++) {
    const parsed = parseNumber(norm(tokens, i));
    if (!parsed) continue;
    const n = parsed.plus || !plusAfter(i) ? parsed : { ...parsed, plus: true };
    if (n.people || n.decade || n.plus) {
      const prev = i > first ? norm(tokens, i - 1) : '';
      // "35+", "50-plus": an age with a plus names people of that age, as "50-plussers" does.
      const people = n.people || n.plus || (n.decade && DECADE_BEFORE.has(prev)) || hasMarkerBefore(tokens, i, first);
      if (n.value >= 16 && n.value <= 80) spans.push({ first: i, last: i + 1, people, cap: false });
      continue;
    }
    // A range: "18 tot 25", "eighteen and twenty-five", "16 of 17".
    let end = i + 1;
    if (end + 1 < last && RANGE.has(norm(tokens, end)) && parseNumber(norm(tokens, end + 1))) end += 2;
    const years = end < last && YEARS.has(norm(tokens, end));
    if (years) {
      const cap = capAt(tokens, i, end, first, last);
      if (cap) {
        spans.push(cap);
        i = end;
        continue;
      }
    }
    if (!isAgeValue(n)) continue;
    if (years) {
      const after = end + 1 < last ? norm(tokens, end + 1) : '';
      if (PEOPLE_AFTER.has(after)) {
        spans.push({ first: i, last: end + 2, people: true, cap: false });
        i = end + 1;
      } else if (!DURATION_AFTER.has(after)) {
        spans.push({ first: i, last: end + 1, people: hasMarkerBefore(tokens, i, first), cap: false });
        i = end;
      }
      continue;
    }
    const prev = i > first ? norm(tokens, i - 1) : '';
    // "aged 18-25", "een leeftijd tussen de twintig en dertig", "candidates over 50".
    const marked = hasMarkerBefore(tokens, i, first);
    const compared = (prev === 'dan' || prev === 'than') && i - 2 >= first && AGE_COMPARISON.has(norm(tokens, i - 2));
    if (marked || compared || (COMPARATORS.has(prev) && i - 2 >= first && persons.has(norm(tokens, i - 2)))) {
      // "aged forty", "een leeftijd tussen de twintig en dertig": the age marker ties it to the person sought.
      spans.push({ first: i, last: end, people: marked, cap: false });
      i = end - 1;
    }
  }
  return spans;
}
