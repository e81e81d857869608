/**
 * The end of the text a reader sees just before a text node, on its line: "Ik ben geboren in"
 * before "<br>Paramaribo", "Geachte" before "<b>Fatima</b>". A marker is often cut in two by a
 * line break or an inline element, and the detectors read one text node at a time; with this
 * context they read it as a reader does (docs/decisions.md#a-marker-cut-in-two). Only the node's own
 * part of a marker is masked.
 */
const INLINE = new Set(['A', 'ABBR', 'B', 'CITE', 'EM', 'FONT', 'I', 'MARK', 'SMALL', 'SPAN', 'STRONG', 'U']);
const MAX_CONTEXT = 48;
const MAX_STEPS = 4;

export function textBefore(node: Node): string {
  let before = '';
  let current: Node = node;
  for (let step = 0; step < MAX_STEPS && before.length < MAX_CONTEXT; step += 1) {
    const previous: Node | null = current.previousSibling;
    if (previous === null) {
      // The first text in an inline element continues the text before that element.
      const parent = current.parentElement;
      if (parent === null || !INLINE.has(parent.tagName)) break;
      current = parent;
      continue;
    }
    if (previous.nodeType === 3) before = (previous.textContent ?? '') + before;
    else if (previous.nodeName === 'BR') before = `\n${before}`;
    // An element's text is kept apart from what follows it: a label styled beside its value ("<span>Links</span>dribbble.com/...").
    else if (previous.nodeType === 1 && INLINE.has(previous.nodeName))
      before = `${(previous.textContent ?? '').slice(-MAX_CONTEXT)} ${before}`;
    else break;
    current = previous;
  }
  return before.slice(-MAX_CONTEXT);
}
