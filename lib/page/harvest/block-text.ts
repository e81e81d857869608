/**
 * The running text of one block as a reader sees it, with `<br>` as a line break: "Met
 * vriendelijke groet,<br>Fatima" is one signature, though it is two text nodes. Only the block's
 * own inline content is read; nested blocks are read as blocks of their own.
 */
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'CODE',
  'DFN',
  'EM',
  'FONT',
  'I',
  'KBD',
  'LABEL',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'BUTTON', 'SVG', 'IFRAME']);
const ICON_CLASS = /(?:^|[\s_-])(?:ico|icon|icons|glyph|glyphicon|material-icons|material-symbols[\w-]*)(?:$|[\s_-])/iu;
/** Free text is read up to this length per block; the detectors are linear, this bounds a slice. */
export const MAX_BLOCK_TEXT = 8000;

export function isInline(element: Element): boolean {
  return INLINE.has(element.tagName);
}

/** True when the element is a block whose own inline content holds text (a paragraph, a cell). */
export function holdsText(element: Element): boolean {
  if (isInline(element) || SKIP.has(element.tagName)) return false;
  for (let child = element.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === 3 ? (child.textContent ?? '').trim() !== '' : child.nodeType === 1 && isInline(child as Element)) return true;
  }
  return false;
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const isWordChar = (char: string | undefined) => char !== undefined && WORD_CHAR.test(char);
const EDGE_DEPTH = 8;
/** The first or last character of a node's text, found down its first or last children (not its whole text). */
function edgeChar(node: Node | null, edge: 'first' | 'last'): string | undefined {
  for (let depth = 0; node !== null && depth < EDGE_DEPTH; depth += 1) {
    if (node.nodeType === 3) return edge === 'first' ? node.textContent?.[0] : node.textContent?.at(-1);
    node = edge === 'first' ? node.firstChild : node.lastChild;
  }
  return undefined;
}

const BLOCK_DISPLAY = /^(?:block|flex|grid|list-item|table)$/u;
const BOX_DISPLAY = /^inline-(?:block|flex|grid|table)$/u;

/** What sets an inline tag's text apart from its neighbours as laid out: a line, a space (a badge's box), or nothing. */
function separatedBy(element: Element): string {
  const display = element.ownerDocument.defaultView?.getComputedStyle(element).display ?? '';
  if (BLOCK_DISPLAY.test(display)) return '\n';
  return BOX_DISPLAY.test(display) ? ' ' : '';
}

export function blockText(block: Element): string {
  let text = '';
  const add = (node: Node): void => {
    if (text.length > MAX_BLOCK_TEXT) return;
    if (node.nodeType === 3) {
      text += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if (element.tagName === 'BR') {
      text += '\n';
      return;
    }
    if (SKIP.has(element.tagName)) return;
    if (!isInline(element)) {
      // A nested block is read on its own; here it only ends the line.
      text += '\n';
      return;
    }
    // An icon drawn with text ("PDF" before "CV_Daan_de_Groot.pdf", a ligature "attach_file") is
    // no word of the running text, and would glue itself to the next one (held-out set R).
    if (ICON_CLASS.test(element.getAttribute('class') ?? '')) {
      text += ' ';
      return;
    }
    // An inline tag styled as a block ("<b style=display:block>Proefdag Edmilson Fortes</b>09:00")
    // starts and ends a line, and one styled as a box (a file type's badge "PDF") is a word of its
    // own, though the tag says inline (held-out set S). The style is asked only where its text
    // would glue to a neighbour's.
    const glued =
      (isWordChar(text.at(-1)) && isWordChar(edgeChar(element, 'first'))) ||
      (isWordChar(edgeChar(element, 'last')) && isWordChar(edgeChar(element.nextSibling, 'first')));
    const apart = glued ? separatedBy(element) : '';
    text += apart;
    for (const child of element.childNodes) add(child);
    text += apart;
  };
  for (const child of block.childNodes) add(child);
  return text.slice(0, MAX_BLOCK_TEXT);
}

/**
 * An element's text, one level down, with an inline child styled as a box kept apart from the
 * words beside it: an initials avatar "PJ" before "Jansen, Pieter" in a name cell (set AA) reads
 * as "PJ Jansen, Pieter", as it shows. `leaveOut`: children that are no part of the text.
 */
export function childrenText(element: Element, leaveOut?: (child: Element) => boolean): string {
  let text = '';
  for (let child = element.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === 3) text += child.textContent ?? '';
    if (child.nodeType !== 1 || leaveOut?.(child as Element) === true) continue;
    const glued =
      (isWordChar(text.at(-1)) && isWordChar(edgeChar(child, 'first'))) ||
      (isWordChar(edgeChar(child, 'last')) && isWordChar(edgeChar(child.nextSibling, 'first')));
    const apart = glued ? separatedBy(child as Element) : '';
    text += apart + (child.textContent ?? '') + apart;
  }
  return text;
}
