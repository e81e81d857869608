import { judgeName, type NameCue } from '../../blinding/name-evidence';
import type { NameLexicon } from '../../blinding/name-lexicon';
import { foldText } from '../../blinding/text-fold';
import type { PageMarks } from './page-marks';
import { createStaffNames } from './staff';

/** A name the page's structure gave, with the element it stands in. */
export interface HarvestedName {
  name: string;
  anchor: Element;
  cues: NameCue[];
  score: number;
  /** The row, card or pane the name stands in (its photos are hidden with it). */
  container?: Element;
}

/**
 * Cues collected during one pass, judged together at its end: a card title that is also a link
 * to a detail page is a stronger cue than either alone, and a heading only counts as a detail
 * pane's heading once the pane's fields have been read.
 */
export interface Candidates {
  add: (anchor: Element, text: string, cue: NameCue) => void;
  /** A name the free-text rules already accepted. */
  accept: (anchor: Element, name: string, cue: NameCue) => void;
  staff: (name: string) => void;
  /** Every part of the name belongs to a colleague ("Wessel" of "Wessel Maas"). */
  isStaff: (name: string) => boolean;
  /** A colleague's whole name, in any of its forms. */
  isStaffExact: (name: string) => boolean;
  /** Judge what was collected; returns the accepted names and forgets the rest. */
  judge: () => HarvestedName[];
}

const LAYOUT_CUES: ReadonlySet<NameCue> = new Set(['card-title', 'detail-link', 'detail-heading', 'list-cell']);
const WEAK_CUES: ReadonlySet<NameCue> = new Set([...LAYOUT_CUES, 'mail-header', 'attribute']);
const wordCount = (name: string) => name.split(/[\s,]+/u).filter((word) => /\p{L}/u.test(word)).length;

export function createCandidates(lexicon: NameLexicon, marks: PageMarks): Candidates {
  /** A word that is an ordinary word and no name in the lexicon ("nieuwsbrief", "portaal"). */
  const hasOrdinaryWord = (name: string): boolean =>
    name
      .split(/[\s,'’-]+/u)
      .map((word) => foldText(word))
      .some((word) => word.length > 2 && lexicon.commonWord(word) && lexicon.given(word) === 0 && lexicon.family(word) === 0);

  const pending = new Map<Element, { text: string; cues: Set<NameCue> }>();
  const accepted: HarvestedName[] = [];
  const staffNames = createStaffNames();
  const isStaff = staffNames.covers;

  return {
    add(anchor, text, cue) {
      const entry = pending.get(anchor);
      if (entry === undefined) pending.set(anchor, { text, cues: new Set([cue]) });
      else entry.cues.add(cue);
    },
    accept(anchor, name, cue) {
      accepted.push({ name, anchor, cues: [cue], score: 1 });
    },
    staff: staffNames.add,
    isStaff,
    isStaffExact: staffNames.isWhole,
    judge() {
      const found: HarvestedName[] = [];
      for (const [anchor, { text, cues }] of pending) {
        if (marks.markOf(anchor)?.kind === 'staff') continue;
        const verdict = judgeName(text, [...cues], lexicon);
        if (!verdict.accept || isStaff(verdict.name)) continue;
        // Where only the layout hints at a name (a card title, a section heading, a link in a
        // list), one word is too little: "Persoon", "Contact" and "Planning" head sections too.
        const layoutOnly = [...cues].every((cue) => LAYOUT_CUES.has(cue));
        if (layoutOnly && wordCount(verdict.name) < 2) continue;
        // Weak cues need words that can be a name: "Vakblad Nieuwsbrief" is a sender, not a person.
        const weakOnly = [...cues].every((cue) => WEAK_CUES.has(cue));
        if (weakOnly && (hasOrdinaryWord(verdict.name) || (wordCount(verdict.name) < 2 && lexicon.given(foldText(verdict.name)) === 0)))
          continue;
        // The first bold name of each note in a notes feed is its author: a colleague.
        if (layoutOnly && marks.inNotes(anchor)) {
          staffNames.add(verdict.name);
          continue;
        }
        marks.mark(anchor, { kind: 'name', name: verdict.name });
        found.push({ name: verdict.name, anchor, cues: [...cues], score: verdict.score });
      }
      for (const name of accepted) if (!isStaff(name.name) && marks.markOf(name.anchor)?.kind !== 'staff') found.push(name);
      pending.clear();
      accepted.length = 0;
      return found;
    },
  };
}
