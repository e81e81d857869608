/**
 * Replacing words the way a person would type them, so the page's framework (React, ProseMirror,
 * Quill, CKEditor) sees an ordinary input event and the browser's undo history gets the step.
 * `execCommand('insertText')` is deprecated but is still the one API that does both in every
 * engine; where it refuses, `setRangeText` plus an `input` event is the fallback for fields.
 */
import type { TextField } from './field-mirror';

/** Keep the first letter's case of the text being replaced ("Jonge" -> "Enthousiaste"). */
export function matchCase(original: string, replacement: string): string {
  const first = original.charAt(0);
  if (first === '' || replacement === '') return replacement;
  if (first !== first.toLowerCase() && first === first.toUpperCase()) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}

/** Replace [start, end) of a textarea or input. Returns false when the field cannot be edited. */
export function replaceInField(field: TextField, start: number, end: number, text: string): boolean {
  if (field.disabled || field.readOnly || end > field.value.length || start < 0 || end < start) return false;
  const expected = field.value.slice(0, start) + text + field.value.slice(end);
  field.focus({ preventScroll: true });
  field.setSelectionRange(start, end);
  const doc = field.ownerDocument;
  // the only input path that keeps undo (see top comment)
  const inserted = doc.execCommand('insertText', false, text);
  if (inserted && field.value === expected) return true;
  if (field.value !== expected) {
    field.setRangeText(text, start, end, 'end');
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
  }
  return field.value === expected;
}

/** The outermost contenteditable element around a node, if the node is editable. */
export function editableRoot(node: Node): HTMLElement | undefined {
  let element: Element | null = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  let root: HTMLElement | undefined;
  while (element) {
    if ((element as HTMLElement).isContentEditable) root = element as HTMLElement;
    else if (root) break;
    element = element.parentElement;
  }
  return root;
}

/** Replace the text of `range` inside a contenteditable editor through the editor's input path. */
export function replaceInEditable(range: Range, text: string): boolean {
  const root = editableRoot(range.startContainer);
  if (!root || editableRoot(range.endContainer) !== root) return false;
  const doc = root.ownerDocument;
  const selection = doc.getSelection();
  if (!selection) return false;
  root.focus({ preventScroll: true });
  selection.removeAllRanges();
  selection.addRange(range);
  // the only input path editors and undo both see
  return doc.execCommand('insertText', false, text);
}
