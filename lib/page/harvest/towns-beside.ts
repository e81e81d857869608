import type { NameLexicon } from '../../blinding/name-lexicon';
import { foldText } from '../../blinding/text-fold';
import { FACT_PART, FACT_SEPARATOR } from '../fact-values';
import type { PageMarks } from './page-marks';
import { rememberedInSlice } from './slice-memo';
import { squash } from './values';

/**
 * Where an applicant lives, as a card or a profile's head shows it beside their name, without a
 * label: a town as one part of a line of facts ("Culemborg · via vacaturesite", "Candidate Profile
 * · Member since Jan 2024 · Eindhoven, Noord-Brabant", held-out set CC), or a town alone in a cell
 * or leaf of the applicant's row ("Carson City, NV"). A town is a whole name of the lexicon's
 * places (name-lexicon.ts), with a province or a country after a comma, or an American town with
 * its state. A value whose label says it describes the work (a vacancy's location) stays.
 */
const MAX_LINE = 160;
const MAX_TEXTS = 60;
/** A name's own block with the line under it: a longer one holds more than their facts. */
const MAX_BLOCK = 2000;
const REGION =
  /^(?:drenthe|flevoland|friesland|fryslan|gelderland|groningen|limburg|noord-brabant|north brabant|noord-holland|north holland|overijssel|utrecht|zeeland|zuid-holland|south holland|nederland|netherlands|the netherlands|nl|belgie|belgium|be|vlaanderen|flanders)$/u;
const US_TOWN =
  /^\p{Lu}[\p{L}.' -]{1,30}, (?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])$/u;

/** A Dutch or Belgian postcode before a town: "3438 SS Nieuwegein", "2000 Antwerpen". */
const POSTCODE_BEFORE = /^(?:\d{4}[ \u00A0]?\p{Lu}{2}|\d{4})[ \u00A0]+(?=\p{L})/u;

/** A distance after a town in a search's results: "Waalwijk (17 km)", "Tilburg (+25 km)" (held-out set II). */
const DISTANCE_AFTER = /[ \u00A0]*\([ \u00A0]*[+~±<]?[ \u00A0]*\d{1,4}(?:[.,]\d)?[ \u00A0]*(?:km|mi|miles?|kilometer)[ \u00A0]*\)$/iu;

/** A place's whole name: "Culemborg", "Eindhoven, Noord-Brabant", "3438 SS Nieuwegein", "Carson City, NV", "Riel (6 km)". */
export function isTown(text: string, lexicon: NameLexicon): boolean {
  const part = text.trim().replace(DISTANCE_AFTER, '');
  if (US_TOWN.test(part)) return true;
  const [town, region, ...rest] = foldText(part.replace(POSTCODE_BEFORE, '')).split(/[ \t]*,[ \t]*/u);
  return rest.length === 0 && town !== undefined && town !== '' && lexicon.place(town) && (region === undefined || REGION.test(region));
}

/**
 * Marks the towns beside an applicant's name as addresses: in `container`, their card, row or
 * pane, or, for a name in none, the name's own block with the line under it, when that is small.
 */
export function markTownsBeside(anchor: Element, container: Element | undefined, lexicon: NameLexicon, marks: PageMarks): void {
  const block = container ?? (anchor.childElementCount > 0 ? anchor : anchor.parentElement);
  if (block === null || (container === undefined && (block.textContent ?? '').length > MAX_BLOCK)) return;
  for (const { text, element } of shortTexts(block)) {
    const mark = marks.markOf(element);
    if (mark?.kind === 'descriptor' || mark?.kind === 'staff') continue;
    if (!FACT_SEPARATOR.test(text)) {
      if (element.childElementCount === 0 && isTown(text, lexicon)) marks.mark(element, { kind: 'category', category: 'address' });
      continue;
    }
    for (const part of text.matchAll(FACT_PART)) if (isTown(part[0], lexicon)) marks.addFactValue(part[0].trim(), 'address');
  }
}

/** The short texts of a container's elements, one per text node, read once a slice. */
const shortTexts = rememberedInSlice((container: Element): { text: string; element: Element }[] => {
  const found: { text: string; element: Element }[] = [];
  const walker = container.ownerDocument.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(), seen = 0; node !== null && seen < MAX_TEXTS; node = walker.nextNode(), seen += 1) {
    const text = squash(node.textContent);
    if (text !== '' && text.length <= MAX_LINE && node.parentElement !== null) found.push({ text, element: node.parentElement });
  }
  return found;
});
