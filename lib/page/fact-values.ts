import type { MarkerCategory } from '../blinding/categories';
import type { MarkerRange } from '../blinding/marker-range';

/**
 * A personal value the page labels once ("Woonplaats" → "Deventer", "Location" → "Den Haag,
 * Netherlands") stands again as one part of a line of facts under the applicant's name: "29 jaar ·
 * Deventer", "Lead · Den Haag, Netherlands" (held-out sets T and U). Only a whole part is the value:
 * "DistriNed Zwolle" or "Magazijn Zwolle e.o." name a firm or an area, not where someone lives.
 */
export type FactValues = ReadonlyMap<string, MarkerCategory>;

/** Which labelled values are looked for in lines of facts. */
export const FACT_CATEGORIES: ReadonlySet<MarkerCategory> = new Set(['address', 'birthplace', 'nationality']);
export const MAX_FACT_VALUE = 40;
const MAX_FACT_LINE = 160;
/** What separates the parts of a line of facts: "29 jaar · Deventer". */
export const FACT_SEPARATOR = /[·•|]/u;
/** The parts between dots or bars, and between commas inside them. */
export const FACT_PART = /[^·•|]+/gu;
const COMMA_PART = /[^,;]+/gu;

export function factValueRanges(text: string, values: FactValues): MarkerRange[] {
  if (values.size === 0 || text.length > MAX_FACT_LINE || !FACT_SEPARATOR.test(text)) return [];
  const found: MarkerRange[] = [];
  const take = (part: string, at: number): boolean => {
    const value = part.trim();
    const category = values.get(value);
    if (category === undefined) return false;
    const start = at + part.indexOf(value);
    found.push({ start, end: start + value.length, category });
    return true;
  };
  for (const part of text.matchAll(FACT_PART)) {
    if (take(part[0], part.index)) continue;
    for (const piece of part[0].matchAll(COMMA_PART)) take(piece[0], part.index + piece.index);
  }
  return found;
}
