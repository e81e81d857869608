import type { PassRange } from '../../lib/page/dom-blinder';
import type { DeferScope } from '../../lib/page/masked-writes';
import { topOfPage } from '../../lib/page/top-first';

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
  /** The rest of a long page is hidden (`show` shows it; the pipeline calls it if it stops), or shown again. */
  restHidden: (show: (() => void) | undefined) => void;
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
  await steps.read({ until: top?.boundary });
  if (top !== undefined && steps.isApplicantPage()) {
    await steps.mask('all', top.boundary);
    // Hidden in the task that shows the page: the page's style is worked out once for both.
    const showRest = top.hideRest();
    steps.restHidden(showRest);
    showTop();
    try {
      await steps.read({ from: top.boundary });
      // The page is shown now: only the hidden rest's texts wait, to be written in one go.
      await steps.mask(top.inRest);
    } finally {
      showRest();
      steps.restHidden(undefined);
    }
    return;
  }
  if (top !== undefined) await steps.read({ from: top.boundary });
  if (!steps.isApplicantPage()) steps.giveBack();
  await steps.mask('all');
}
