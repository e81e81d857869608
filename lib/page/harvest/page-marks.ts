import type { MarkerCategory } from '../../blinding/categories';

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
  /** A colleague's name (owner, recruiter, logged-in user): stays readable. */
  | { kind: 'staff' }
  /** A value whose label says it describes work (job title, department, status): its trade words are words. */
  | { kind: 'descriptor' };

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
  /** Forget everything (rules changed so that marks must be found again). */
  clear: () => void;
}

export function createPageMarks(): PageMarks {
  let marks = new WeakMap<Node, Mark>();
  let notes = new WeakSet<Element>();
  let personal = new WeakSet<Element>();
  return {
    mark(node, mark) {
      // A colleague's mark wins over a guess that it is an applicant: only applicants are hidden.
      const known = marks.get(node);
      if (known?.kind === 'staff' && mark.kind === 'name') return;
      marks.set(node, mark);
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
    clear() {
      marks = new WeakMap();
      notes = new WeakSet();
      personal = new WeakSet();
    },
  };
}
