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
}

export function createFirstScreen(steps: FirstScreenSteps): FirstScreenFlow {
  const frontier = createPaintFrontier(steps.doc, steps.isOwnElement);
  /** Changes behind the frontier wait for the read of the rest; those after that read began are read again. */
  let behind = false;
  const waiting = new Set<Node>();

  /** After the first screen is shown and the page has loaded: the rest is read, then masked. */
  async function rest(plan: FirstScreen): Promise<void> {
    await steps.domReady;
    if (steps.stopped()) return;
    steps.adapterNames();
    waiting.clear();
    await readRest(steps, plan);
    // What changed behind the frontier while that read ran is read again; later changes are read as
    // they come (the pipeline's handle), like on any shown page.
    behind = false;
    const changed = [...waiting].filter((node) => node.isConnected);
    waiting.clear();
    if (changed.length > 0) await steps.queue.work(() => inSequence(changed.map((root) => () => steps.harvester.pass(root))), false);
    await nextTask();
    if (steps.stopped()) return;
    if (steps.takeNames().length > 0) remaskFirstScreen(steps, plan);
    // Texts behind the frontier are written when it goes, together (one layout).
    const flush = steps.blinder.deferTextWrites((node) => frontier.hides(node));
    await steps.rescan().finally(() => {
      flush();
      frontier.clear();
    });
  }

  return {
    async show() {
      const plan = planFirstScreen(steps.doc, steps.isOwnElement);
      if (plan === undefined) return false;
      await readFirstScreen(steps, plan);
      await nextTask();
      steps.takeNames();
      // Not (yet) an applicant page: it is read whole while held, as a small page is.
      if (!steps.isApplicantPage()) return false;
      steps.shown();
      await maskFirstScreen(steps, plan);
      frontier.set(plan.chunks[plan.chunks.length - 1]!);
      behind = true;
      void rest(plan).catch((error: unknown) => {
        // The rest stays hidden behind the frontier: fail closed.
        console.warn('[Eerlijk Werven] the rest of the page stays hidden after an error', error instanceof Error ? error.message : '');
      });
      return true;
    },
    later(node, attribute) {
      if (!behind || !frontier.hides(node)) return false;
      // Our own masks (new numbers) are nothing new to read; what the page wrote is read again.
      const read = node.nodeType === 3 ? node.parentNode : node;
      if (read !== null && !steps.blinder.showsOurMask(node, attribute)) waiting.add(read);
      return true;
    },
    pageChanged() {
      // Where the part not masked yet begins may have moved: its selectors follow.
      if (frontier.active) frontier.update();
    },
    clear: () => frontier.clear(),
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

/** Read the names of the first screen (the page still held). */
function readFirstScreen(steps: FirstScreenSteps, plan: FirstScreen): Promise<void> {
  return steps.queue.work(() => inSequence(plan.chunks.map((chunk) => () => steps.harvester.pass(chunk))), false);
}

/**
 * Read what follows the first screen: the later siblings of its last chunk and of each ancestor,
 * in document order. The first screen itself is not read again (it shows our masks now).
 */
function readRest(steps: FirstScreenSteps, plan: FirstScreen): Promise<void> {
  const roots: Element[] = [];
  const last = plan.chunks[plan.chunks.length - 1]!;
  for (let element: Element | null = last; element !== null && element.parentElement !== null; element = element.parentElement)
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
