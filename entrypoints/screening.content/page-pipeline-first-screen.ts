import type { BlindQueue } from '../../lib/page/blind-queue';
import type { BlindingPass, DomBlinder } from '../../lib/page/dom-blinder';
import type { Harvester } from '../../lib/page/harvest/harvester';
import { nextTask } from '../../lib/page/blind-queue';
import { createPaintFrontier, planFirstScreen, type FirstScreen } from '../../lib/page/paint-frontier';

/**
 * The first screen of a large page (docs/decisions.md#hold-paint-until-blinded, "first screen
 * first"): its names are read and its text masked while the page is held, then the page may paint
 * with the rest hidden behind a paint frontier (lib/page/paint-frontier.ts). The rest is read and
 * masked afterwards, like the whole page of a small one, and shown when all of it is masked.
 */
export interface FirstScreenSteps {
  doc: Document;
  queue: Pick<BlindQueue, 'work'>;
  harvester: Pick<Harvester, 'pass'>;
  blinder: Pick<DomBlinder, 'pass' | 'blindShell' | 'blindNow' | 'invalidate' | 'deferTextWrites' | 'showsOurMask'>;
  isOwnElement: (element: Element) => boolean;
  /** Resolves at DOMContentLoaded: the rest is read once the page has loaded. */
  domReady: Promise<void>;
  isApplicantPage: () => boolean;
  /** Names the finished reads found, into the applicant book (decides the page's role too). */
  takeNames: () => readonly unknown[];
  /** The held part is over: masks are written from now on. */
  shown: () => void;
  /** Names from the site adapter's fields, on the loaded page. */
  adapterNames: () => void;
  /** Mask the whole page again, without holding it. */
  rescan: () => Promise<void>;
  stopped: () => boolean;
}

export interface FirstScreenFlow {
  /** Read and mask the first screen of a large applicant page; true when it may be painted now. */
  show: () => Promise<boolean>;
  /** True for a changed node behind the frontier while the rest waits: it is read with the rest. */
  later: (node: Node, attribute?: string) => boolean;
  /** The page changed: the frontier follows before the next paint. */
  pageChanged: () => void;
  clear: () => void;
  /** True while the rest of the page waits behind the frontier. */
  readonly waiting: boolean;
}

export function createFirstScreen(steps: FirstScreenSteps): FirstScreenFlow {
  const frontier = createPaintFrontier(steps.doc, steps.isOwnElement);
  /** Changes behind the frontier wait for the read of the rest; those after that read began are read again. */
  let behind = false;
  const waiting = new Set<Node>();
  let flushBehind: (() => void) | undefined;

  /** After the first screen is shown and the page has loaded: the rest is read, then masked. */
  async function rest(plan: FirstScreen, read: Element): Promise<void> {
    await steps.domReady;
    if (steps.stopped()) return;
    steps.adapterNames();
    waiting.clear();
    await readAfter(steps, read);
    // What changed behind the frontier while that read ran is read again; later changes are read as
    // they come (the pipeline's handle), like on any shown page.
    behind = false;
    const changed = [...waiting].filter((node) => node.isConnected);
    waiting.clear();
    if (changed.length > 0) await steps.queue.work(() => inSequence(changed.map((root) => () => steps.harvester.pass(root))), false);
    await nextTask();
    if (steps.stopped()) return;
    if (steps.takeNames().length > 0) remaskFirstScreen(steps, plan);
    await steps.rescan().finally(() => {
      flushBehind?.();
      frontier.clear();
    });
  }

  return {
    async show() {
      const plan = planFirstScreen(steps.doc, steps.isOwnElement);
      if (plan === undefined) return false;
      // Everything parsed so far is read in one pass (as a small page is read whole, so names are
      // judged among all their neighbours); the first screen of it is masked and shown.
      await steps.queue.work(() => steps.harvester.pass(steps.doc.documentElement), false);
      const read = lastElement(steps.doc.documentElement, steps.isOwnElement);
      await nextTask();
      steps.takeNames();
      // Not (yet) an applicant page: it is read whole while held, as a small page is.
      if (!steps.isApplicantPage()) return false;
      steps.shown();
      await maskFirstScreen(steps, plan);
      frontier.set(plan.chunks[plan.chunks.length - 1]!);
      behind = true;
      // Masks behind the frontier wait in memory until it goes, all written together (one layout):
      // the rest is read as the page wrote it, not with masks of names from the first screen.
      flushBehind = steps.blinder.deferTextWrites((node) => frontier.hides(node));
      void rest(plan, read).catch((error: unknown) => {
        // The rest stays hidden behind the frontier: fail closed.
        console.warn('[Eerlijk Werven] the rest of the page stays hidden after an error', error instanceof Error ? error.message : '');
      });
      return true;
    },
    later(node, attribute) {
      if (!behind || !frontier.hides(node)) return false;
      // Our own masks (new numbers) are nothing new to read; what the page wrote is read again, in
      // the element that holds it, unless that holds the first screen too (a text in <body>): that
      // shows our masks, which are not what the page wrote. Such a text is masked with the rest.
      const read = node.nodeType === 3 ? node.parentNode : node;
      if (read !== null && frontier.hides(read) && !steps.blinder.showsOurMask(node, attribute)) waiting.add(read);
      return true;
    },
    pageChanged() {
      // Where the part not masked yet begins may have moved: its selectors follow.
      if (frontier.active) frontier.update();
    },
    clear() {
      flushBehind?.();
      frontier.clear();
    },
    get waiting() {
      return frontier.active;
    },
  };
}

/** Several resumable passes one after another, as one. */
export function inSequence(makes: readonly (() => BlindingPass)[]): BlindingPass {
  let index = 0;
  let current: BlindingPass | undefined;
  return {
    run(shouldYield) {
      while (index < makes.length) {
        current ??= makes[index]!();
        if (!current.run(shouldYield)) return false;
        current = undefined;
        index += 1;
        if (index < makes.length && shouldYield?.() === true) return false;
      }
      return true;
    },
  };
}

/** The last element in document order that is not ours. */
function lastElement(root: Element, isOwnElement: (element: Element) => boolean): Element {
  let last = root;
  for (let child = root.lastElementChild; child !== null;) {
    if (isOwnElement(child)) {
      child = child.previousElementSibling;
      continue;
    }
    last = child;
    child = child.lastElementChild;
  }
  return last;
}

/**
 * Read what the parser added after the first read: the later siblings of the last element read and
 * of each of its ancestors, in document order. What was read is not read again (the first screen
 * shows our masks now, and a mask is not what the page wrote).
 */
function readAfter(steps: FirstScreenSteps, read: Element): Promise<void> {
  const roots: Element[] = [];
  for (let element: Element | null = read; element !== null && element.parentElement !== null; element = element.parentElement)
    for (let sibling = element.nextElementSibling; sibling !== null; sibling = sibling.nextElementSibling)
      if (!steps.isOwnElement(sibling)) roots.push(sibling);
  return steps.queue.work(() => inSequence(roots.map((root) => () => steps.harvester.pass(root))), false);
}

/** Mask the first screen in slices, its texts written together at the end (one layout while held). */
async function maskFirstScreen(steps: FirstScreenSteps, plan: FirstScreen): Promise<void> {
  const { blinder } = steps;
  blinder.invalidate();
  const flush = blinder.deferTextWrites('all');
  const shells = (): BlindingPass => ({ run: () => (plan.shells.forEach(blinder.blindShell), true) });
  await steps.queue.work(() => inSequence([shells, ...plan.chunks.map((chunk) => () => blinder.pass(chunk))]), false).finally(flush);
}

/**
 * Names the rest of the page brought may stand on the first screen, which is shown: mask it again
 * at once, in this task, before the next paint. It is small by construction.
 */
function remaskFirstScreen(steps: FirstScreenSteps, plan: FirstScreen): void {
  for (const shell of plan.shells) steps.blinder.blindShell(shell);
  for (const chunk of plan.chunks) steps.blinder.blindNow(chunk);
}
