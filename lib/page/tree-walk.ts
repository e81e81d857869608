/**
 * Which nodes of a page carry text a person sees, and which must never be written to.
 * Pure DOM: no extension API (architecture principle 3).
 */

/** Elements whose text children are not page text, or are a form's data (never written). */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'IFRAME', 'OBJECT', 'CANVAS']);

/** Attributes people see or hear (tooltips, alt text, screen readers, empty-field hints). */
export const VISIBLE_ATTRIBUTES = ['title', 'alt', 'aria-label', 'placeholder', 'aria-description'] as const;

// Node types and tag names, not instanceof: nodes of a same-origin frame come from another
// realm, where `instanceof Text` is false.
export const isText = (node: Node): node is Text => node.nodeType === 3;
export const isElement = (node: Node): node is Element => node.nodeType === 1;
export const hasTag = <T extends Element>(node: Node, tag: string): node is T => node.nodeType === 1 && (node as Element).tagName === tag;

/** Form controls whose value the page owns: masked only visually (see field-masks.ts). */
export function isFormField(element: Element): element is HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement {
  const tag = element.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}

/**
 * True when the page lets the user edit this element's text, or when it sits inside an editor at
 * all. Writing there would change what the page saves (architecture principle 2), so we never do.
 * A `contenteditable="false"` island inside an editor (a mention chip, a widget) is still part of
 * the editor's content: the editor serialises it with the rest, so it counts as editable too.
 * Read from the attribute, not from `isContentEditable`, which needs fresh style and would force
 * a style recalculation per node while we are writing.
 */
export function isEditable(element: Element): boolean {
  return editingHost(element) !== undefined;
}

/** The outermost element whose content the page lets the user edit, or the root in designMode. */
export function editingHost(element: Element): Element | undefined {
  if (element.ownerDocument.designMode === 'on') return element.ownerDocument.documentElement;
  let host: Element | undefined;
  for (
    let found = element.closest('[contenteditable]');
    found !== null;
    found = found.parentElement?.closest('[contenteditable]') ?? null
  ) {
    if (found.getAttribute('contenteditable') !== 'false') host = found;
  }
  return host;
}

/** May we write into text children of `parent`? */
export function isWritableTextParent(parent: Element): boolean {
  return !SKIP_TAGS.has(parent.tagName) && !isEditable(parent);
}

export function skipsSubtree(element: Element): boolean {
  return SKIP_TAGS.has(element.tagName);
}

/**
 * The node after `node` in document order within `root`, going into `node`'s children only when
 * `enter` is true. A loop over DOM properties instead of a TreeWalker with a filter: the filter is
 * a call from the browser into script for every node, which cost about a fifth of reading a
 * 500-row page. A node removed while a pass waits for its next slice ends that pass, as it ends a
 * TreeWalker's; the pass after the removal's mutation record reads what is left.
 */
export function nextNodeIn(root: Node, node: Node, enter: boolean): Node | null {
  if (enter && node.firstChild !== null) return node.firstChild;
  for (let current: Node | null = node; current !== null && current !== root; current = current.parentNode) {
    if (current.nextSibling !== null) return current.nextSibling;
  }
  return null;
}

/** The same, over elements only. */
export function nextElementIn(root: Node, element: Element, enter: boolean): Element | null {
  if (enter && element.firstElementChild !== null) return element.firstElementChild;
  for (let current: Element | null = element; current !== null && current !== root; current = current.parentElement) {
    if (current.nextElementSibling !== null) return current.nextElementSibling;
  }
  return null;
}
