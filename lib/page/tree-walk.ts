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
