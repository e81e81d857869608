import type { PassRange } from '../../lib/page/dom-blinder';
import type { PaintHold, PaintHolds } from '../../lib/page/hold-paint';
import type { DeferScope } from '../../lib/page/masked-writes';
import { recordWithin } from '../../lib/page/mutation-changes';
import { fromBoundaryOn, topOfPage, type HiddenRest } from '../../lib/page/top-first';

/**
 * The rest of a long page while its names are unread: from `boundary` on. `hidden` is set once it
 * is hidden and the top shown (the pipeline shows it if it stops, and hides what the parser adds
 * to it); `reading` once its names are being read.
 */
export interface UnreadRest {
  readonly boundary: Element;
  /** True for a node of the rest. */
  readonly holds: (node: Node) => boolean;
  hidden?: HiddenRest;
  reading: boolean;
  /** The boundary's ancestors. */
  readonly path: ReadonlySet<Node>;
  /** Targets of changes, and whether they are in the rest. */
  readonly targets: WeakMap<Node, boolean>;
  /** The parser added text the rest's marks cannot hide: hold the whole page until the rest is shown. */
  holdUntilShown: () => void;
}

/**
 * The records the pipeline still has to handle: the parser's additions to a long page's unread
 * rest are only hidden here, as they arrive (the rest's pass reads them), and nothing else is done
 * with them. A parser's batch holds a record per node: handling each as a page change made every
 * batch of the parser a long task.
 */
export function outsideUnreadRest(rest: UnreadRest | undefined, records: MutationRecord[]): MutationRecord[] {
  if (rest === undefined || rest.reading) return records;
  const left: MutationRecord[] = [];
  for (const record of records) {
    if (!readLater(rest, record)) left.push(record);
    // Nodes appended beside the path to the boundary need a mark; nodes in a marked element are hidden with it.
    else if (rest.hidden !== undefined && rest.path.has(record.target) && !rest.hidden.cover(record.addedNodes)) rest.holdUntilShown();
  }
  return left;
}

/** True for a change the rest's pass reads anyway: the parser adding to the rest before it is read. */
function readLater(rest: UnreadRest, record: MutationRecord): boolean {
  // Asked of every node the parser adds: a node appended to an element on the path to the
  // boundary follows it, and a target's answer is remembered (a row gets a record per cell).
  if (record.type === 'childList' && record.nextSibling === null && rest.path.has(record.target)) return record.removedNodes.length === 0;
  let within = rest.targets.get(record.target);
  if (within === undefined) rest.targets.set(record.target, (within = rest.holds(record.target)));
  return within || recordWithin(record, rest.holds);
}

/** The steps of the pipeline (page-pipeline.ts) that the first pass runs, in its order. */
export interface FirstPassSteps {
  doc: Document;
  /** Settles once the document is parsed (at once if it was when the pass started). */
  parsed: Promise<void>;
  holds: PaintHolds;
  /**
   * Settles once the pipeline is configured from the session, true to go on; false when
   * screening is off or paused here (the controller has given the page back).
   */
  ready: () => Promise<boolean>;
  /** Read the names in the site adapter's name fields of the whole document. */
  readAdapter: () => void;
  /** Read the page's names in `range` in time slices; they are kept until `take`. */
  read: (range: PassRange) => Promise<void>;
  /** Take the names read: this decides the page's role. */
  take: () => Promise<void>;
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
 * read from the whole document as far as it is parsed; the names of the top are judged on the top
 * alone. A long page may be still parsing (controller.ts starts once its top is in): the rest is
 * read once the parser is done, and what the parser adds meanwhile is hidden with it.
 *
 * The first names are read while the session is on its way (issue 10, speed): reading needs no
 * setting, only taking them does (the adapter's book, the categories).
 */
export async function runFirstPass(steps: FirstPassSteps, showTop: () => void): Promise<void> {
  const parsing = steps.doc.readyState === 'loading';
  const top = topOfPage(steps.doc);
  if (top === undefined) {
    await steps.parsed;
    await steps.read({});
    if (!(await steps.ready())) return;
    steps.readAdapter();
    await steps.take();
    if (!steps.isApplicantPage()) steps.giveBack();
    await steps.mask('all');
    return;
  }
  // Until the rest's names are read, nothing masks the rest (new pseudonym numbers mask the top
  // again only): its names are read from the page's own text, never from our masks.
  const restHolds: PaintHold[] = [];
  const rest: UnreadRest = {
    boundary: top.boundary,
    holds: (node) => fromBoundaryOn(top.boundary, node),
    reading: false,
    path: ancestorsOf(top.boundary),
    targets: new WeakMap(),
    holdUntilShown: () => void restHolds.push(steps.holds.hold()),
  };
  steps.restUnread(rest);
  try {
    await steps.read({ until: top.boundary });
    if (!(await steps.ready())) return;
    steps.readAdapter();
    await steps.take();
    if (steps.isApplicantPage()) {
      await steps.mask('all', top.boundary);
      // Hidden in the task that shows the page: the page's style is worked out once for both.
      rest.hidden = top.hideRest();
      showTop();
    }
    await steps.parsed;
    if (parsing) steps.readAdapter(); // the rest's adapter names, now that it is all there
    rest.reading = true;
    await steps.read({ from: top.boundary });
    await steps.take();
    steps.restUnread(undefined);
    if (rest.hidden === undefined && !steps.isApplicantPage()) steps.giveBack();
    // Shown already: only the hidden rest's texts wait, to be written in one go.
    await steps.mask(rest.hidden === undefined ? 'all' : top.inRest);
  } finally {
    steps.restUnread(undefined);
    rest.hidden?.show();
    for (const hold of restHolds) hold.release();
  }
}

function ancestorsOf(element: Element): Set<Node> {
  const path = new Set<Node>();
  for (let node = element.parentNode; node !== null; node = node.parentNode) path.add(node);
  return path;
}
