/**
 * The top of a long page, shown before the rest is read (docs/decisions.md, "Show the top of a long
 * page first"). Reading and masking 500 applicant rows takes about a second, and a person sees only
 * the first screen of them at first: that screen is read and masked first, the page is shown, and
 * everything after it in document order stays hidden (`visibility: hidden`, out of what is painted
 * and out of innerText) until it is read and masked too.
 *
 * Everything after an element in document order is that element's subtree, the following siblings
 * of it and of each of its ancestors, and text of those ancestors after it. A style hides the first
 * two by marking those elements; the boundary is lifted until no ancestor has text of its own after
 * it, because a text node cannot be hidden on its own.
 */
import { skipsSubtree } from './tree-walk';

/** A page whose body holds less text than this is read whole before it is shown: most pages. */
export const LONG_PAGE_CHARS = 12_000;
/** About a screen of text; more is read before the page is shown, never less. */
export const TOP_CHARS = 4_000;

const REST = 'data-ew-rest';
const REST_CSS = `[${REST}],[${REST}] *{visibility:hidden!important}`;

/** The rest, hidden. */
export interface HiddenRest {
  /** Show it again (safe to call more than once). */
  show: () => void;
  /**
   * Hide nodes added after it was hidden (a page still being parsed adds its later rows). False
   * when one of them is text beside the path to the boundary, which no attribute can hide.
   */
  cover: (added: Iterable<Node>) => boolean;
}

export interface TopOfPage {
  /** The first element after the top: it and everything after it are the rest. */
  readonly boundary: Element;
  hideRest: () => HiddenRest;
  /** True for text in the rest while it is hidden. */
  inRest: (node: Text) => boolean;
}

/** Where the top of a long page ends, or undefined for a page short enough to read at once. */
export function topOfPage(doc: Document, topChars = TOP_CHARS, longPageChars = LONG_PAGE_CHARS): TopOfPage | undefined {
  const body = doc.body;
  if (body === null || (body.textContent?.length ?? 0) < longPageChars) return undefined;
  const last = textAfter(body, topChars);
  if (last === undefined) return undefined;
  const boundary = liftedBoundary(body, last);
  if (boundary === undefined) return undefined;
  return { boundary, hideRest: () => hideFrom(doc, body, boundary), inRest: (node) => node.parentElement?.closest(`[${REST}]`) != null };
}

/** True for a node at or after `boundary` in document order (not one in another tree: a shadow root, a frame). */
export function fromBoundaryOn(boundary: Element, node: Node): boolean {
  const position = boundary.compareDocumentPosition(node);
  return (
    node === boundary || ((position & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 && (position & Node.DOCUMENT_POSITION_DISCONNECTED) === 0)
  );
}

/** The first text node after `chars` characters of page text (scripts and styles left out). */
function textAfter(body: HTMLElement, chars: number): Text | undefined {
  const walker = body.ownerDocument.createTreeWalker(body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.nodeType === 1 && skipsSubtree(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  let seen = 0;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (node.nodeType !== 3) continue;
    seen += (node as Text).data.trim().length;
    if (seen > chars) return node as Text;
  }
  return undefined;
}

/**
 * The element that starts the rest: the text's parent, lifted to any ancestor that has text of its
 * own after the path to it. Undefined when only the body itself could start it.
 */
function liftedBoundary(body: HTMLElement, text: Text): Element | undefined {
  let boundary = text.parentElement;
  if (boundary === null || boundary === body) return undefined;
  for (let child: Element = boundary, parent = child.parentElement; parent !== null; child = parent, parent = parent.parentElement) {
    if (hasTextAfter(parent, child)) {
      if (parent === body) return undefined;
      boundary = parent;
    }
    if (parent === body) return boundary;
  }
  return undefined;
}

function hasTextAfter(parent: Element, child: Element): boolean {
  for (let node = child.nextSibling; node !== null; node = node.nextSibling)
    if (node.nodeType === 3 && (node as Text).data.trim() !== '') return true;
  return false;
}

function hideFrom(doc: Document, body: HTMLElement, boundary: Element): HiddenRest {
  const style = doc.createElement('style');
  style.textContent = REST_CSS;
  (doc.head ?? doc.documentElement).append(style);
  // The elements are marked rather than matched with a sibling combinator: `a ~ * *` makes the
  // browser look back along every sibling of every ancestor, which on 500 rows costs more than
  // the whole page's style.
  const marked: Element[] = [boundary];
  for (let element: Element | null = boundary; element !== null && element !== body; element = element.parentElement)
    for (let sibling = element.nextElementSibling; sibling !== null; sibling = sibling.nextElementSibling) marked.push(sibling);
  for (const element of marked) element.setAttribute(REST, '');
  let shown = false;
  const show = () => {
    if (shown) return;
    shown = true;
    for (const element of marked) element.removeAttribute(REST);
    style.remove();
  };
  const cover = (added: Iterable<Node>) => {
    let covered = true;
    for (const node of added) {
      if (shown || !fromBoundaryOn(boundary, node) || node.parentElement?.closest(`[${REST}]`) != null) continue;
      if (node.nodeType === 1) {
        (node as Element).setAttribute(REST, '');
        marked.push(node as Element);
      } else if (node.nodeType === 3 && (node as Text).data.trim() !== '') covered = false;
    }
    return covered;
  };
  return { show, cover };
}
