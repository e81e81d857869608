/**
 * A forwarded mail opens with the forwarder's own note ("Hoi Marieke, zie hieronder. Zij heeft
 * gereageerd via de vestiging. Groet, Ingrid"), written by a colleague about the applicant whose
 * mail follows the separator. The note is read like a recruiter's notes, and its signature is a
 * colleague's.
 */
// Only a forward says so; a reply quotes "Van: ... Verzonden: ..." too, under the applicant's own answer.
const SEPARATOR = /^[\s>]*(?:-{2,}\s*(?:doorgestuurd bericht|forwarded message)\s*-{2,}|begin forwarded message:|doorgestuurd bericht:)/iu;
const LEVELS = 4;
const SIBLINGS = 3;
const HEAD = 240;

export interface ForwardingNote {
  /** The element holding the note. */
  note: Element;
  /** The head of the forwarded message: its separator and header lines. */
  forwarded: string;
}

/** The note before a forwarded message, when `block` is (in) one. */
export function forwardingNote(block: Element): ForwardingNote | undefined {
  let current: Element | null = block;
  for (let level = 0; current !== null && level < LEVELS && current.tagName !== 'BODY'; level += 1, current = current.parentElement) {
    let sibling = current.nextElementSibling;
    for (let step = 0; sibling !== null && step < SIBLINGS; step += 1, sibling = sibling.nextElementSibling) {
      const head = headText(sibling);
      if (SEPARATOR.test(head)) return { note: current, forwarded: head };
    }
  }
  return undefined;
}

/** The first characters of an element's text, with line breaks where its blocks and <br> break it. */
function headText(element: Element): string {
  let text = '';
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node !== null && text.length < HEAD; node = walker.nextNode()) {
    if (node.nodeType === 3) text += node.textContent ?? '';
    else if ((node as Element).tagName === 'BR' || (node as Element).tagName === 'DIV' || (node as Element).tagName === 'P') text += '\n';
  }
  return text;
}

const FROM_LINE =
  /(\p{Lu}[\p{L}\p{M}'’-]+(?:[ \u00A0]+(?:van|de|der|den|ter|ten|el|al)){0,3}(?:[ \u00A0]+\p{Lu}[\p{L}\p{M}'’-]+){1,3})[ \u00A0]*<[^<>@\s]{1,64}@/gu;

/**
 * The full name of the note's author, from the header of their message above it ("Ingrid Vos
 * <ingrid.vos@...>"), when its given name is the one that signs the note ("Groet, Ingrid").
 */
export function senderOf(note: Element, signed: string): string | undefined {
  const given = signed.split(' ')[0]?.toLowerCase() ?? '';
  let current: Element | null = note;
  for (let level = 0; current !== null && level < LEVELS && current.tagName !== 'BODY'; level += 1, current = current.parentElement) {
    let sibling = current.previousElementSibling;
    for (let step = 0; sibling !== null && step < SIBLINGS; step += 1, sibling = sibling.previousElementSibling) {
      for (const match of headText(sibling).matchAll(FROM_LINE)) {
        const name = match[1] ?? '';
        if (name.split(/[ \u00A0]/u)[0]?.toLowerCase() === given) return name;
      }
    }
  }
  return undefined;
}
