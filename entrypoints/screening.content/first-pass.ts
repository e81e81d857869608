import type { PassRange } from '../../lib/page/dom-blinder';
import type { DeferScope } from '../../lib/page/masked-writes';
import { fromBoundaryOn, topOfPage } from '../../lib/page/top-first';

/**
 * The rest of a long page while its names are unread: from `boundary` on. `show` is set once it
 * is hidden and the top shown (the pipeline calls it if it stops).
 */
export interface UnreadRest {
  readonly boundary: Element;
  /** True for a node of the rest. */
  readonly holds: (node: Node) => boolean;
  show?: () => void;
}

/** The steps of the pipeline (page-pipeline.ts) that the first pass runs, in its order. */
export interface FirstPassSteps {
  doc: Document;
  /** Read the page's names in `range` in time slices, then take them: this decides the page's role. */
  read: (range: PassRange) => Promise<void>;
  isApplicantPage: () => boolean;
  /** Mask the document (or its top, up to `until`); the texts `deferred` says are written at the end. */
  mask: (deferred: DeferScope, until?: Element) => Promise<void>;
  /** Not about applicants: nothing of the page changes (the title masked while held goes back). */
  giveBack: () => void;
  /** The rest of a long page whose names are unread, or undefined once they are read. */
  restUnread: (rest: UnreadRest | undefined) => void;
}

/**
 * The first pass over a document, while it is held unpainted
 * (docs/decisions.md#hold-paint-until-blinded): read, decide the role, mask, then it may be shown.
 * On a long applicant page the top is read, masked and shown first, and the rest, hidden, after it
 * (lib/page/top-first.ts). Whole-page cues for the role (applicant words, vacancy signals) are
 * still read from the whole document; the names of the top are judged on the top alone.
 */
export async function runFirstPass(steps: FirstPassSteps, showTop: () => void): Promise<void> {
  const top = topOfPage(steps.doc);
  if (top === undefined) {
    await steps.read({});
    if (!steps.isApplicantPage()) steps.giveBack();
    await steps.mask('all');
    return;
  }
  // Until the rest's names are read, nothing masks the rest (new pseudonym numbers mask the top
  // again only): its names are read from the page's own text, never from our masks.
  const rest: UnreadRest = { boundary: top.boundary, holds: (node) => fromBoundaryOn(top.boundary, node) };
  steps.restUnread(rest);
  try {
    await steps.read({ until: top.boundary });
    if (steps.isApplicantPage()) {
      await steps.mask('all', top.boundary);
      // Hidden in the task that shows the page: the page's style is worked out once for both.
      rest.show = top.hideRest();
      showTop();
    }
    await steps.read({ from: top.boundary });
    steps.restUnread(undefined);
    if (rest.show === undefined && !steps.isApplicantPage()) steps.giveBack();
    // Shown already: only the hidden rest's texts wait, to be written in one go.
    await steps.mask(rest.show === undefined ? 'all' : top.inRest);
  } finally {
    steps.restUnread(undefined);
    rest.show?.();
  }
}
