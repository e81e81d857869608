import { firstClass } from '../labels';
import { INITIALS_TEXT } from './role-marks';
import { oneStateClassMore } from '../state-classes';

/**
 * Where a short text stands in the page's structure: in one of several similar rows or cards, or
 * as the heading of a pane (the page's chrome is chrome.ts). Read from tags and ARIA roles only,
 * never from layout.
 */

const ROW_TAGS = new Set(['LI', 'TR', 'ARTICLE']);
const ROW_ROLES = new Set(['row', 'listitem', 'article', 'option']);
const PANE_TAGS = new Set(['ARTICLE', 'SECTION', 'ASIDE', 'MAIN', 'DIALOG', 'FORM']);
const PANE_ROLES = new Set(['dialog', 'region', 'main', 'complementary', 'article', 'tabpanel']);
export const HEADING = /^H[1-6]$/u;

/** Two elements look alike: same tag, same class list (the rows of a list, the cards of a board). */
export function alike(a: Element, b: Element): boolean {
  return a.tagName === b.tagName && (a.getAttribute('class') ?? '') === (b.getAttribute('class') ?? '');
}

/**
 * True when an element has a sibling of the same shape, or a cousin: the only card in one lane of
 * a board is a card like those in the lanes beside it (lanes of one shape, up to two levels up).
 */
export function hasTwin(element: Element): boolean {
  if (hasSiblingLike(element)) return true;
  // The one item of its list, its lane maybe holding a header and counter too (Odoo's kanban). Then
  // a lane beside it must hold several alike: a part of a card (its initials) has no twin in any card.
  let lane = element.parentElement;
  // A lane of many parts may hold a card of its own (a calendar's day column with its hour cells
  // and one appointment, held-out set R); a part of that size is a card's only when it has parts.
  if (lane === null || (lane.childElementCount > MAX_LANE_PARTS && element.childElementCount < 2)) return false;
  const alone = lane.childElementCount === 1;
  for (let depth = 0; lane !== null && depth < LANE_LEVELS && lane.tagName !== 'BODY'; depth += 1, lane = lane.parentElement) {
    for (const other of siblingsLike(lane)) {
      for (const candidate of other.getElementsByTagName(element.tagName))
        if (alike(candidate, element) && (alone || hasSiblingLike(candidate))) return true;
    }
  }
  return false;
}
const LANE_LEVELS = 2;
const MAX_LANE_PARTS = 4;
const MAX_LANES = 24;

function hasSiblingLike(element: Element): boolean {
  for (let sibling = element.previousElementSibling; sibling !== null; sibling = sibling.previousElementSibling) {
    if (twins(sibling, element)) return true;
  }
  for (let sibling = element.nextElementSibling; sibling !== null; sibling = sibling.nextElementSibling) {
    if (twins(sibling, element)) return true;
  }
  return false;
}

/**
 * Siblings of one shape, or items of one list or table whatever their classes say: the last item
 * often lacks the "border-bottom" of the others, the selected one has a class more.
 */
export function twins(a: Element, b: Element): boolean {
  if (alike(a, b)) return true;
  if (a.tagName !== b.tagName) return false;
  if (a.tagName === 'LI' || a.tagName === 'TR' || oneStateClassMore(a, b) || oneStateClassMore(b, a)) return true;
  const role = a.getAttribute('role');
  if (role === null || role !== b.getAttribute('role')) return false;
  // Rows by role, or controls of one kind whose state adds a class ("j-row active" among "j-row").
  return ROW_ROLES.has(role) || firstClass(a) === firstClass(b);
}

/** The siblings of the same shape as `element`, a bounded few. */
export function siblingsLike(element: Element): Element[] {
  const parent = element.parentElement;
  if (parent === null || parent.childElementCount > MAX_LANES) return [];
  return [...parent.children].filter((child) => child !== element && alike(child, element));
}

/** The parent, or out of an open shadow root its host: a card drawn by a custom element is that element. */
export const parentOrHost = (element: Element): Element | null =>
  element.parentElement ?? ((element.parentNode as ShadowRoot | null)?.host as Element | undefined) ?? null;

const CARD_TAGS = new Set(['DIV', 'A']);

/** The row or card (one of several alike) that holds `element`, up to a few levels up. */
export function itemOf(element: Element, maxDepth = 6): Element | undefined {
  let current: Element | null = element;
  for (let depth = 0; current !== null && depth <= maxDepth; depth += 1) {
    const role = current.getAttribute('role');
    if (ROW_TAGS.has(current.tagName) || (role !== null && ROW_ROLES.has(role))) return current;
    // Cards are divs or custom elements ("<wh-card>") with siblings of the same shape, or links made
    // rows of a list as a whole (an inbox's "<a class=posting>", held-out set X, HEY).
    const card = CARD_TAGS.has(current.tagName) || current.tagName.includes('-');
    if (current !== element && card && hasTwin(current)) return current;
    if (current.tagName === 'BODY') return undefined;
    current = parentOrHost(current);
  }
  return undefined;
}

const NO_TEXT = new Set(['STYLE', 'SCRIPT', 'TEMPLATE', 'NOSCRIPT']);

/**
 * The first text node an item shows that is `wanted`, among its first `limit` texts: through the
 * open shadow root of a custom element and the light nodes slotted into it. A slot with nothing
 * assigned shows its fallback; initials there stand in for a photo that is missing, and are left
 * out like the photo.
 */
export function firstShownText(item: Element, limit: number, wanted: (text: string, node: Text) => boolean = () => true): Text | undefined {
  let seen = 0;
  const find = (node: Node, fallback: boolean): Text | undefined => {
    if (node.nodeType === 3) {
      const text = (node.textContent ?? '').trim();
      if (text === '' || (fallback && INITIALS_TEXT.test(text))) return undefined;
      seen += 1;
      return wanted(text, node as Text) ? (node as Text) : undefined;
    }
    if (node.nodeType !== 1 || NO_TEXT.has((node as Element).tagName)) return undefined;
    const slot = (node as Element).tagName === 'SLOT';
    const assigned = slot ? (node as HTMLSlotElement).assignedNodes() : [];
    const children = assigned.length > 0 ? assigned : ((node as Element).shadowRoot ?? node).childNodes;
    for (const child of children) {
      if (seen >= limit) return undefined;
      const found = find(child, assigned.length === 0 && (fallback || slot));
      if (found !== undefined) return found;
    }
    return undefined;
  };
  return find(item, false);
}

/** The pane a heading heads: its section, article, dialog or main area, or its parent. */
export function paneOf(heading: Element): Element | undefined {
  let current = heading.parentElement;
  for (let depth = 0; current !== null && depth < 4; depth += 1) {
    const role = current.getAttribute('role');
    if (PANE_TAGS.has(current.tagName) || (role !== null && PANE_ROLES.has(role))) return current;
    if (current.tagName === 'BODY') return undefined;
    current = current.parentElement;
  }
  return heading.parentElement ?? undefined;
}

/**
 * The first element in `item` (as shown) that carries text of its own. Initials first ("HM" in a
 * round badge, then "Hope Mensah") stand in for a photo: the text after them titles the card
 * (held-out set HH, a list of the next interviews).
 */
export function firstTextElement(item: Element): Element | undefined {
  return firstShownText(item, 2, (text) => !INITIALS_TEXT.test(text))?.parentElement ?? undefined;
}

/** True for a heading element or an ARIA heading. */
export function isHeading(element: Element): boolean {
  return HEADING.test(element.tagName) || element.getAttribute('role') === 'heading';
}

/** Where a layout name stands: its tag and class, and its parent's. Cards alike give the same place. */
export const placeOf = (anchor: Element): string =>
  `${anchor.tagName}.${anchor.getAttribute('class') ?? ''}/${anchor.parentElement?.tagName ?? ''}.${anchor.parentElement?.getAttribute('class') ?? ''}`;
