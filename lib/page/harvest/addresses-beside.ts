import { foldText } from '../../blinding/text-fold';

/**
 * The local parts of the e-mail addresses written beside a name, in the card or pane around it
 * ("femke.drost" beside "Femke Drost"): an address that spells the name vouches for it.
 */
export function addressesBeside(anchor: Element): string[] {
  return localParts(nearbyBox(anchor));
}

const LOCAL_PART = /([\p{L}\p{N}._%+-]{1,64})@/gu;
/** The card or pane around an element: up to a few levels, no more than a card holds. */
function nearbyBox(anchor: Element): Element {
  let box = anchor;
  let current: Element | null = anchor;
  for (let depth = 0; current !== null && depth < 4 && current.tagName !== 'BODY'; depth += 1, current = current.parentElement) {
    if ((current.textContent ?? '').length > 1500) break;
    box = current;
  }
  return box;
}

/** The local parts of the addresses in an element's text nodes, folded ("femke.drost"). */
function localParts(box: Element): string[] {
  const locals: string[] = [];
  const walker = box.ownerDocument.createTreeWalker(box, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(), seen = 0; node !== null && seen < 80; node = walker.nextNode(), seen += 1) {
    const text = node.textContent ?? '';
    if (text.includes('@')) for (const match of text.matchAll(LOCAL_PART)) locals.push(foldText(match[1] ?? ''));
  }
  return locals;
}
