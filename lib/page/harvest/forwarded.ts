import { domainOf, EMAIL } from './cue-words';
import { PERSON_PARTICLE } from '../../blinding/name-words';
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

const FROM_LINE = new RegExp(
  String.raw`(\p{Lu}[\p{L}\p{M}'’-]+(?:[ \u00A0]+${PERSON_PARTICLE}){0,3}(?:[ \u00A0]+\p{Lu}[\p{L}\p{M}'’-]+){1,3})[ \u00A0]*<[^<>@\s]{1,64}@`,
  'gu',
);

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

export const FORWARD_SUBJECT = /(?:^|\s)(?:fwd?|doorst|tr|wg)\s*:/iu;
// Mail providers anyone can sign up with: sharing one says nothing about working together.
const FREE_MAIL =
  /^(?:gmail|googlemail|hotmail|outlook|live|msn|yahoo|ymail|icloud|me|mac|aol|proton|protonmail|pm|tuta|tutanota|gmx|web|mail|ziggo|kpnmail|kpnplanet|planet|home|hetnet|xs4all|zonnet|telfort|tele2|chello|quicknet|casema|upcmail|caiway|solcon|online|tiscali|freeler|yandex|qq|163|orange|wanadoo|skynet|telenet)\./iu;
/** A provider anyone can sign up with (gmail.com, hotmail.nl): its domain is no organisation's. */
export const isFreeMail = (domain: string) => FREE_MAIL.test(domain);
const HEADER_LEVELS = 4;
const MAX_HEADER = 800;

/**
 * True when a message's sender forwarded it to someone at their own organisation: a "Fwd:" subject
 * and another address at the sender's (not a free mail provider's) domain in the same header. A
 * colleague passes an application on (held-out set P, Horde: "Fwd: Sollicitatie … – Kwame Asante"
 * from h.dijkstra@ to j.vanleeuwen@ at the employer's domain).
 */
export function forwardedWithin(sender: Element, address: string): boolean {
  const domain = domainOf(address);
  if (FREE_MAIL.test(domain)) return false;
  let header = sender.parentElement;
  for (let level = 0; header !== null && level < HEADER_LEVELS && header.tagName !== 'BODY'; level += 1, header = header.parentElement) {
    const text = header.textContent ?? '';
    if (text.length > MAX_HEADER) return false;
    if (!FORWARD_SUBJECT.test(text)) continue;
    const others = [...text.matchAll(EMAIL)].map((match) => match[0].toLowerCase()).filter((other) => other !== address.toLowerCase());
    if (others.some((other) => sameOrganisation(other, address))) return true;
  }
  return false;
}

/** True for two addresses at one organisation's own domain (not a free mail provider's). */
export function sameOrganisation(one: string, other: string): boolean {
  const domain = domainOf(one);
  return domain === domainOf(other) && !FREE_MAIL.test(domain);
}

/** True for a mail header whose addresses are all at one organisation's own domain: mail between colleagues. */
export function betweenColleagues(header: string): boolean {
  const addresses = [...header.matchAll(EMAIL)].map((match) => match[0]);
  return addresses.length >= 2 && addresses.every((address) => sameOrganisation(address, addresses[0] ?? ''));
}

/** A message header whose addresses are all at one organisation: a mail between colleagues (held-out set R, SnappyMail). */
export function mailWithinOrganisation(sender: Element): boolean {
  let header = sender.parentElement?.parentElement ?? null;
  for (let level = 0; header !== null && level < HEADER_LEVELS && header.tagName !== 'BODY'; level += 1, header = header.parentElement) {
    const text = header.textContent ?? '';
    if (text.length > MAX_HEADER) return false;
    if (betweenColleagues(text)) return true;
  }
  return false;
}
