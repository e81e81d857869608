/**
 * A flat text of a DOM subtree with a map back to its text nodes, so the engine's UTF-16 offsets
 * can become DOM ranges. The page is only read: no node is added, split or changed.
 */

/** One text node and where its characters start in the flat text. */
export interface TextSegment {
  node: Text;
  /** Flat offset of the node's offset 0 (negative when a selection starts inside the node). */
  start: number;
  /** The node offsets that belong to the flat text: [from, to). */
  from: number;
  to: number;
}

export interface TextMap {
  text: string;
  segments: TextSegment[];
}

export interface TextMapOptions {
  /** Subtrees to leave out (our own UI, navigation, apply forms). */
  exclude?: (element: Element) => boolean;
  /** Only the part of the text inside this range (a user's selection). */
  within?: AbstractRange;
}

/** Elements whose text is not vacancy text, or is not text at all. */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'VIDEO',
  'AUDIO',
]);
/** Elements that end a paragraph: the engine detects language per paragraph (blank line). */
const PARAGRAPH = new Set([
  'P',
  'DIV',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'MAIN',
  'ASIDE',
  'NAV',
  'BLOCKQUOTE',
  'PRE',
  'TABLE',
  'UL',
  'OL',
  'DL',
  'FIGURE',
  'FORM',
  'FIELDSET',
  'HR',
]);
/** Elements that end a line (and so a sentence) but not a paragraph. */
const LINE = new Set(['LI', 'BR', 'TR', 'TD', 'TH', 'DT', 'DD', 'FIGCAPTION', 'LABEL', 'BUTTON']);

/**
 * Walk `root` and collect its visible-ish text. Newlines inside text nodes become spaces (HTML
 * collapses them; the tokeniser would take them for sentence ends) unless the element keeps
 * white space; block boundaries become "\n" or "\n\n", which belong to no text node.
 */
export function buildTextMap(root: Node, options: TextMapOptions = {}): TextMap {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  const keepsWhiteSpace = new Map<Element, boolean>();

  // Separators wait until more text follows, so the text never starts or ends with one.
  let pending: '' | '\n' | '\n\n' = '';
  const separate = (separator: '\n' | '\n\n') => {
    if (length === 0) return;
    if (separator === '\n\n' || pending === '') pending = separator;
  };
  const flush = () => {
    if (pending === '') return;
    parts.push(pending);
    length += pending.length;
    pending = '';
  };

  const within = options.within;
  const visit = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const textNode = node as Text;
      let data = textNode.data;
      let offset = 0;
      if (within) {
        if (!intersects(within, textNode)) return;
        const startOffset = within.startContainer === textNode ? within.startOffset : 0;
        const endOffset = within.endContainer === textNode ? within.endOffset : data.length;
        data = data.slice(0, endOffset);
        offset = startOffset;
      }
      const visible = data.slice(offset);
      if (visible === '') return;
      const parent = textNode.parentElement;
      const flat =
        /[\n\r\t]/.test(visible) && !(parent && keepsSpace(parent, keepsWhiteSpace)) ? visible.replace(/[\n\r\t]/g, ' ') : visible;
      flush();
      segments.push({ node: textNode, start: length - offset, from: offset, to: data.length });
      parts.push(flat);
      length += flat.length;
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE && node.nodeType !== Node.DOCUMENT_NODE)
      return;
    const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : undefined;
    if (element) {
      const tag = element.tagName.toUpperCase();
      if (SKIPPED.has(tag) || element.hasAttribute('hidden') || options.exclude?.(element)) return;
      if (PARAGRAPH.has(tag)) separate('\n\n');
      else if (LINE.has(tag)) separate('\n');
    }
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
    if (element) {
      const tag = element.tagName.toUpperCase();
      if (PARAGRAPH.has(tag)) separate('\n\n');
      else if (LINE.has(tag)) separate('\n');
    }
  };
  visit(root);
  return { text: parts.join(''), segments };
}

function keepsSpace(element: Element, cache: Map<Element, boolean>): boolean {
  let keeps = cache.get(element);
  if (keeps === undefined) {
    const view = element.ownerDocument.defaultView;
    const whiteSpace = view ? view.getComputedStyle(element).whiteSpace : '';
    keeps = whiteSpace.startsWith('pre') || whiteSpace === 'break-spaces';
    cache.set(element, keeps);
  }
  return keeps;
}

function intersects(range: AbstractRange, node: Text): boolean {
  const doc = node.ownerDocument;
  const live = doc.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live.intersectsNode(node);
}

/** Index of the last segment that starts at or before `offset` (binary search). */
function segmentIndexAt(segments: readonly TextSegment[], offset: number): number {
  let low = 0;
  let high = segments.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((segments[middle]?.start ?? Infinity) <= offset) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

export interface TextPoint {
  node: Text;
  offset: number;
}

/**
 * The DOM point for a flat offset. An offset inside a separator snaps forward for a start and
 * backward for an end, so a range never covers a gap it cannot show.
 */
export function pointAt(map: TextMap, offset: number, edge: 'start' | 'end'): TextPoint | undefined {
  const { segments } = map;
  const index = segmentIndexAt(segments, edge === 'end' ? offset - 1 : offset);
  const segment = segments[index];
  if (segment) {
    const local = offset - segment.start;
    if (edge === 'start' ? local >= segment.from && local < segment.to : local > segment.from && local <= segment.to) {
      return { node: segment.node, offset: local };
    }
  }
  if (edge === 'start') {
    const next = segments[index + 1];
    return next ? { node: next.node, offset: next.from } : undefined;
  }
  return segment ? { node: segment.node, offset: segment.to } : undefined;
}

/** A DOM range for flat offsets [start, end), or undefined when the text is gone. */
export function rangeFor(map: TextMap, start: number, end: number): Range | undefined {
  if (end <= start) return undefined;
  const from = pointAt(map, start, 'start');
  const to = pointAt(map, end, 'end');
  if (!from || !to) return undefined;
  const range = from.node.ownerDocument.createRange();
  try {
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
  } catch {
    return undefined;
  }
  return range.collapsed ? undefined : range;
}
