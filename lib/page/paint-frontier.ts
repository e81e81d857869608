/**
 * Shows the top of a large page before the rest is read (docs/decisions.md#hold-paint-until-blinded,
 * "first screen first"): the first pass reads and masks the first elements in document order, then
 * the page paints with everything after the last of them kept invisible, until the rest is masked.
 *
 * The part not read yet is hidden by one style sheet, with no mark on any element: for the last
 * element read and each of its ancestors, its following siblings get `visibility: hidden` and
 * `opacity: 0` (which also covers their shadow trees and descendants that set `visibility: visible`
 * themselves). The selectors are paths of `:nth-child` steps from the root, so page scripts see no
 * attribute of ours and layout stays as the page made it; the path is written again after every
 * change of the page (`update`, from the mutation observer, before the next paint). If the page
 * takes the last element read out of the document, everything is hidden again.
 */

/** How many elements the first screen reads at most: about 25 rows of a table, more than a screen's height. */
export const FIRST_SCREEN_ELEMENTS = 300;
/** A subtree up to this size is read whole; a larger one is split into its children. */
const CHUNK_ELEMENTS = 60;

export interface FirstScreen {
  /** Ancestors of the chunks, in document order: read for their own attributes and text only. */
  shells: Element[];
  /** Whole subtrees, in document order; everything before the last one is in a shell or a chunk. */
  chunks: Element[];
}

/**
 * The first `budget` elements of `doc` as shells and chunks, or undefined when the document is no
 * larger than that (it is then read whole before it paints, as before).
 */
export function planFirstScreen(
  doc: Document,
  isOwnElement: (element: Element) => boolean,
  budget = FIRST_SCREEN_ELEMENTS,
): FirstScreen | undefined {
  const root = doc.documentElement;
  if (root === null || root.getElementsByTagName('*').length <= budget) return undefined;
  const plan: FirstScreen = { shells: [root], chunks: [] };
  let used = 1;
  const split = (parent: Element): boolean => {
    for (let child = parent.firstElementChild; child !== null; child = child.nextElementSibling) {
      if (used >= budget) return true;
      if (isOwnElement(child)) continue;
      const size = child.getElementsByTagName('*').length + 1;
      if (size <= CHUNK_ELEMENTS) {
        plan.chunks.push(child);
        used += size;
        continue;
      }
      plan.shells.push(child);
      used += 1;
      if (split(child)) return true;
    }
    return false;
  };
  return split(root) && plan.chunks.length > 0 ? plan : undefined;
}

export interface PaintFrontier {
  /** Hide everything after `last` in document order (and nothing before it). */
  set: (last: Element) => void;
  /** The page changed: write the selectors again for where `last` stands now. */
  update: () => void;
  /** Everything is masked: show it all. */
  clear: () => void;
  /** True while `node` is in the hidden part. */
  hides: (node: Node) => boolean;
  readonly active: boolean;
}

const HIDE = '{visibility:hidden!important;opacity:0!important}';
const HIDE_INSIDE = '{visibility:hidden!important}';

function indexOf(element: Element): number {
  let index = 1;
  for (let sibling = element.previousElementSibling; sibling !== null; sibling = sibling.previousElementSibling) index += 1;
  return index;
}

/**
 * Selectors for the elements that follow `last` in document order and do not contain it: for
 * `last` and each of its ancestors below the root, its later siblings, by index from the root
 * down (an index range is cheap to match; a sibling combinator over a long list is quadratic).
 */
export function hiddenAfter(last: Element, isOwnElement: (element: Element) => boolean): string[] {
  const root = last.ownerDocument.documentElement;
  const chain: Element[] = [];
  for (let element: Element | null = last; element !== null && element !== root; element = element.parentElement) chain.unshift(element);
  const selectors: string[] = [];
  let path = ':root';
  for (const element of chain) {
    const index = indexOf(element);
    // Our own UI (the field masks over the shown part) stays shown; it is never page text.
    let own = '';
    for (let sibling = element.nextElementSibling; sibling !== null; sibling = sibling.nextElementSibling)
      if (isOwnElement(sibling)) own += `:not(:nth-child(${indexOf(sibling)}))`;
    selectors.push(`${path}>:nth-child(n+${index + 1})${own}`);
    path += `>:nth-child(${index})`;
  }
  return selectors;
}

export function createPaintFrontier(doc: Document, isOwnElement: (element: Element) => boolean): PaintFrontier {
  const style = doc.createElement('style');
  let last: Element | undefined;

  function css(from: Element): string {
    if (!from.isConnected || from.ownerDocument !== doc) return `:root>*${HIDE}`;
    return hiddenAfter(from, isOwnElement)
      .map((selector) => `${selector}${HIDE}${selector} *${HIDE_INSIDE}`)
      .join('');
  }

  function write(): void {
    if (last === undefined) return;
    const text = css(last);
    if (style.textContent !== text) style.textContent = text;
    if (!style.isConnected) (doc.head ?? doc.documentElement).append(style);
  }

  return {
    set(element) {
      last = element;
      write();
    },
    update: write,
    clear() {
      last = undefined;
      style.remove();
    },
    hides(node) {
      if (last === undefined) return false;
      if (!last.isConnected) return true;
      const position = last.compareDocumentPosition(node);
      // Following, and not inside it (DOCUMENT_POSITION_FOLLOWING 4, CONTAINED_BY 16; numbers: frames are other realms).
      return (position & 4) !== 0 && (position & 16) === 0;
    },
    get active() {
      return last !== undefined;
    },
  };
}
