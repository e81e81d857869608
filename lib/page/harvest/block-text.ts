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
    for (const child of element.childNodes) add(child);
  };
  for (const child of block.childNodes) add(child);
  return text.slice(0, MAX_BLOCK_TEXT);
}
