import type { MarkerCategory } from '../../blinding/categories';
import { FACT_CATEGORIES, MAX_FACT_VALUE, type FactValues } from '../fact-values';
import { squash, valueText } from './values';

/**
 * What the page's structure said about its nodes, kept in this script's memory only (WeakMaps on
 * the nodes, never an attribute the page could read or forge): a value whose label says it is an
 * e-mail address, an applicant's name, a colleague's name; a notes area.
 */
export type Mark =
  /** The whole value is a marker of this category ("Geboortedatum" → its value). */
  | { kind: 'category'; category: MarkerCategory }
  /** The value is this applicant's name. */
  | { kind: 'name'; name: string }
  /**
   * A colleague's name (owner, recruiter, logged-in user): stays readable. `signed`: a letter a
   * colleague signed, whose greeting and body may still name an applicant the page knows.
   */
  | { kind: 'staff'; signed?: true }
  /** A value whose label says it describes work (job title, department, status): its trade words are words. */
  | { kind: 'descriptor' };

/** A town after a postcode ("3111 CE Schiedam", "1000 Brussel") at the end of an address. */
const TOWN_AFTER_POSTCODE =
  /(?<![\p{L}\p{N}])\d{4}[ \u00A0]?(?:\p{Lu}{2}[ \u00A0]+)?(\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*(?:[ \u00A0-]\p{L}[\p{L}\p{M}'’-]*){0,2})$/u;
/** How far up from a text node a value's mark is looked for: value elements are small. */
const VALUE_DEPTH = 4;
/** How far up a notes area is looked for. */
const NOTES_DEPTH = 24;

export interface PageMarks {
  mark: (node: Node, mark: Mark) => void;
  /** The mark of a node, or of the value element it sits in. */
  markOf: (node: Node) => Mark | undefined;
  addNotes: (element: Element) => void;
  /** True inside a recruiter's notes, comments or evaluation. */
  inNotes: (element: Element) => boolean;
  /** Remember that this element holds personal fields (for detail-pane headings). */
  addPersonal: (element: Element) => void;
  hasPersonal: (element: Element) => boolean;
  /** Labelled values of a place or an origin, by their text: looked for again in lines of facts (fact-values.ts). */
  factValues: () => FactValues;
  /** A value known without a label: a town in a line of facts under an applicant's name (towns-beside.ts). */
  addFactValue: (text: string, category: MarkerCategory) => void;
  /** Forget everything (rules changed so that marks must be found again). */
  clear: () => void;
}

export function createPageMarks(): PageMarks {
  let marks = new WeakMap<Node, Mark>();
  let notes = new WeakSet<Element>();
  let personal = new WeakSet<Element>();
  let values = new Map<string, MarkerCategory>();
  return {
    mark(node, mark) {
      // A colleague's mark wins over a guess that it is an applicant: only applicants are hidden.
      const known = marks.get(node);
      if (known?.kind === 'staff' && mark.kind === 'name') return;
      marks.set(node, mark);
      if (mark.kind === 'category' && FACT_CATEGORIES.has(mark.category)) {
        const text = shownValue(node);
        if (text !== '' && text.length <= MAX_FACT_VALUE && !/\d/u.test(text)) values.set(text, mark.category);
        // The town that ends a full address: "Lange Haven 88, 3111 CE Schiedam" (held-out set W).
        const town = mark.category === 'address' ? TOWN_AFTER_POSTCODE.exec(text)?.[1] : undefined;
        if (town !== undefined) values.set(town, 'address');
      }
    },
    markOf(node) {
      // The nearest mark, except that a colleague's row or value wins over what is inside it.
      let nearest: Mark | undefined;
      let current: Node | null = node;
      for (let depth = 0; current !== null && depth <= VALUE_DEPTH; depth += 1) {
        const found = marks.get(current);
        if (found?.kind === 'staff') return found;
        nearest ??= found;
        current = current.parentNode;
      }
      return nearest;
    },
    addNotes: (element) => void notes.add(element),
    inNotes(element) {
      let current: Element | null = element;
      for (let depth = 0; current !== null && depth <= NOTES_DEPTH; depth += 1) {
        if (notes.has(current)) return true;
        current = current.parentElement;
      }
      return false;
    },
    addPersonal(element) {
      let current: Element | null = element;
      for (let depth = 0; current !== null && depth < 8; depth += 1) {
        personal.add(current);
        current = current.parentElement;
      }
    },
    hasPersonal: (element) => personal.has(element),
    factValues: () => values,
    addFactValue: (text, category) => void values.set(text, category),
    clear() {
      marks = new WeakMap();
      values = new Map();
      notes = new WeakSet();
      personal = new WeakSet();
    },
  };
}

/**
 * The text a marked node shows: a field's value, the chosen option of a list, or its value text
 * as the harvest reads it (without an edit button beside it: "Tetouan ✎" is "Tetouan").
 */
function shownValue(node: Node): string {
  const element = node as Element;
  if (element.tagName === 'INPUT' || element.tagName === 'TEXTAREA') return (element as HTMLInputElement).value.trim();
  if (element.tagName === 'SELECT') return (element as HTMLSelectElement).selectedOptions[0]?.text.trim() ?? '';
  return (node.nodeType === 1 ? valueText(element) : undefined) ?? squash(node.textContent);
}
