/**
 * The end of the text a reader sees just before a text node, on its line: "Ik ben geboren in"
 * before "<br>Paramaribo", "Geachte" before "<b>Fatima</b>". A marker is often cut in two by a
 * line break or an inline element, and the detectors read one text node at a time; with this
 * context they read it as a reader does (docs/decisions.md#a-marker-cut-in-two). Only the node's own
 * part of a marker is masked.
 */
const INLINE = new Set(['A', 'ABBR', 'B', 'CITE', 'EM', 'FONT', 'I', 'MARK', 'SMALL', 'SPAN', 'STRONG', 'U']);
const MAX_CONTEXT = 48;
const MAX_STEPS = 12;
const BLANK = /^\s+$/u;

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
    // Whitespace alone between two inline elements is a space as it renders, not a line break
    // (one span per word in a PDF viewer's text layer, each on a line of the source).
    if (previous.nodeType === 3) before = (BLANK.test(previous.textContent ?? '') ? ' ' : (previous.textContent ?? '')) + before;
    else if (previous.nodeName === 'BR') before = `\n${before}`;
    // An element's text is kept apart from what follows it: a label styled beside its value ("<span>Links</span>dribbble.com/...").
    else if (previous.nodeType === 1 && INLINE.has(previous.nodeName))
      before = `${(previous.textContent ?? '').slice(-MAX_CONTEXT)}${/^\s/u.test(before) ? '' : ' '}${before}`;
    else break;
    current = previous;
  }
  return before.slice(-MAX_CONTEXT);
}

/**
 * The start of the text a reader sees just after a text node, on its line: "377" after
 * "<span>Hoefkade</span>", "CT" after "<span>2526</span>". With it the first part of a marker cut
 * in two is found as well as its last.
 */
export function textAfter(node: Node): string {
  let after = '';
  let current: Node = node;
  for (let step = 0; step < MAX_STEPS && after.length < MAX_CONTEXT; step += 1) {
    const next: Node | null = current.nextSibling;
    if (next === null) {
      const parent = current.parentElement;
      if (parent === null || !INLINE.has(parent.tagName)) break;
      current = parent;
      continue;
    }
    if (next.nodeType === 3) after += BLANK.test(next.textContent ?? '') ? ' ' : (next.textContent ?? '');
    else if (next.nodeName === 'BR') after += '\n';
    else if (next.nodeType === 1 && INLINE.has(next.nodeName))
      after += `${/\s$/u.test(after) ? '' : ' '}${(next.textContent ?? '').slice(0, MAX_CONTEXT)}`;
    else break;
    current = next;
  }
  return after.slice(0, MAX_CONTEXT);
}
