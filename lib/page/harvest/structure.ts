import { rememberedInSlice } from './slice-memo';
import { firstClass } from '../labels';
import { attributeSignal } from './attribute-roles';
import { INITIALS_TEXT } from './role-marks';

/**
 * Where a short text stands in the page's structure: in the page's own chrome (navigation, the
 * header with the signed-in user, menus and buttons), in one of several similar rows or cards,
 * or as the heading of a pane. Read from tags and ARIA roles only, never from layout.
 */

const CHROME_TAGS = new Set(['NAV', 'HEADER', 'FOOTER', 'BUTTON', 'MENU', 'SELECT', 'OPTION', 'LABEL', 'LEGEND', 'TH', 'CAPTION']);
const CHROME_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'menu',
  'menubar',
  'menuitem',
  'tablist',
  'tab',
  'toolbar',
  'button',
  'columnheader',
  'rowheader',
  'search',
]);
const ROW_TAGS = new Set(['LI', 'TR', 'ARTICLE']);
const ROW_ROLES = new Set(['row', 'listitem', 'article', 'option']);
const PANE_TAGS = new Set(['ARTICLE', 'SECTION', 'ASIDE', 'MAIN', 'DIALOG', 'FORM']);
const PANE_ROLES = new Set(['dialog', 'region', 'main', 'complementary', 'article', 'tabpanel']);
export const HEADING = /^H[1-6]$/u;

/** Text inside the page's chrome is about the site or the signed-in user, never an applicant. */
export function inChrome(element: Element): boolean {
  for (let current: Element | null = element; current !== null; current = current.parentElement) {
    // A row of a list made clickable as a whole ("<div role=button>" around a photo, a name and a
    // status) is the row, not a control.
    if ((current.tagName === 'BUTTON' || current.getAttribute('role') === 'button') && clickableRow(current)) continue;
    if (CHROME_TAGS.has(current.tagName)) {
      // A <header> inside an article or a card heads that item, not the page; a heading in the
      // page's header titles the page (a record's name over its tabs).
      if (current.tagName === 'HEADER' || current.tagName === 'FOOTER') {
        if (current.parentElement?.closest('article, section, aside, main, dialog, li, [role="dialog"], [role="article"]')) continue;
        if (current.tagName === 'HEADER' && isHeading(element)) continue;
      }
      return true;
    }
    const role = current.getAttribute('role');
    if (role !== null && CHROME_ROLES.has(role)) return true;
  }
  return false;
}

/**
 * A control that holds parts of its own and a person's picture (a photo or initials), beside
 * controls of its shape: a list's clickable row or a board's card. A calendar's event is a control.
 */
function clickableRow(control: Element): boolean {
  if (control.childElementCount < 2 || !holdsPicture(control)) return false;
  const before = control.previousElementSibling;
  const after = control.nextElementSibling;
  // The only card of a board's lane has its twins in the lanes beside it (held-out set M).
  return (before !== null && twins(before, control)) || (after !== null && twins(after, control)) || hasTwin(control);
}

function holdsPicture(control: Element): boolean {
  if (control.querySelector('img, picture, svg') !== null) return true;
  for (const leaf of control.querySelectorAll('span, div, i, b'))
    if (leaf.childElementCount === 0 && INITIALS_TEXT.test((leaf.textContent ?? '').trim())) return true;
  return false;
}

/** The header, banner or navigation a text sits in: where the signed-in user's name appears. */
export function inBanner(element: Element): boolean {
  return (element.closest(BANNER) !== null || inTopBar(element)) && !inItem(element) && !inBreadcrumb(element);
}

/** A breadcrumb's last step names the record shown ("Sollicitanten / Wiktoria Nowak"), not the signed-in user. */
const BREADCRUMB = '[aria-current], [aria-label*="crumb" i], [aria-label*="kruimel" i], [class*="crumb" i]';
const inBreadcrumb = (element: Element): boolean => element.closest(BREADCRUMB) !== null;

const BANNER = 'header, nav, [role="banner"], [role="navigation"]';
/** Class and id words of a page's top bar: "gb_top", "app-header", "topbar", "masthead". */
const BAR_TOKENS = new Set(['top', 'topbar', 'header', 'navbar', 'appbar', 'masthead', 'banner']);
/** A bar is small: a section that holds more is content, whatever its class says. */
const MAX_BAR_ELEMENTS = 24;

function inTopBar(element: Element): boolean {
  let current: Element | null = element;
  for (let depth = 0; current !== null && depth < 4 && current.tagName !== 'BODY'; depth += 1, current = current.parentElement) {
    if (namesABar(`${current.getAttribute('class') ?? ''} ${current.id}`)) return isTopBar(current);
  }
  return false;
}

// Every element asks this of its ancestors, and pages repeat the same class strings on every row:
// answers are remembered per string.
const barNames = new Map<string, boolean>();
const REMEMBERED_NAMES = 4096;

function namesABar(classAndId: string): boolean {
  let found = barNames.get(classAndId);
  if (found === undefined) {
    if (barNames.size > REMEMBERED_NAMES) barNames.clear();
    found = classAndId
      .toLowerCase()
      .split(/[^a-z]+/u)
      .some((word) => BAR_TOKENS.has(word));
    barNames.set(classAndId, found);
  }
  return found;
}

/**
 * A top bar is small, leads its parent near the top of the tree and holds no heading: a
 * "card-header" deeper down heads a card, a "profile-header" with a heading (or a
 * "candidate_header") heads a profile.
 */
function isTopBar(bar: Element): boolean {
  if (!nearBody(bar) || bar.getElementsByTagName('*').length > MAX_BAR_ELEMENTS) return false;
  if (bar.previousElementSibling?.previousElementSibling != null || attributeSignal(bar).applicant) return false;
  if (bar.querySelector(HEADINGS) !== null) return false;
  // A page's top bar comes before its first heading: a mail's "header-summary" ("Van Mehmet
  // Öztürk <…>") under the mail's subject heads the message, not the page.
  const heading = firstHeading(bar.ownerDocument);
  return heading === null || (heading.compareDocumentPosition(bar) & Node.DOCUMENT_POSITION_PRECEDING) !== 0;
}
const HEADINGS = 'h1, h2, h3, h4, [role="heading"]';
const firstHeading = rememberedInSlice((doc: Document): Element | null => doc.querySelector(HEADINGS));

/**
 * A page's top bar sits at the top of its tree: near the body, and after at most one block on the
 * way up. The way up leaves a shadow root through its host: the top of a card drawn by a custom
 * element ("<div class=top>" with the card's title) is no top of the page.
 */
function nearBody(element: Element): boolean {
  let depth = 0;
  for (let current = parentOrHost(element); current !== null && current.tagName !== 'BODY'; current = parentOrHost(current)) {
    if ((depth += 1) > 2 || current.previousElementSibling?.previousElementSibling != null) return false;
    // Below the page's own header, a card's "pc-top" is the top of the card, not of the page.
    const before = current.previousElementSibling;
    if (before !== null && !QUIET_BEFORE_TOP.test(before.tagName) && (before.textContent ?? '').trim() !== '') return false;
  }
  return true;
}
/** What may stand before a top bar's section without text of its own counting: a skip link, a script, a style. */
const QUIET_BEFORE_TOP = /^(?:A|SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/u;

function inItem(element: Element): boolean {
  return element.closest('article, li, tr, [role="row"], [role="listitem"], [role="article"], main, [role="main"]') !== null;
}

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
  if (lane === null || lane.childElementCount > MAX_LANE_PARTS) return false;
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

/** `b` has the classes of `a` and one more: "resume-card is-selected" among "resume-card" (set Q, a CV database). */
function oneStateClassMore(a: Element, b: Element): boolean {
  const shorter = a.getAttribute('class') ?? '';
  const longer = b.getAttribute('class') ?? '';
  // Cheap first: asked of every pair of siblings on the way to a twin.
  if (shorter.trim() === '' || longer.length <= shorter.length || !longer.includes(firstClass(a))) return false;
  const fewer = shorter.trim().split(/\s+/u);
  const more = longer.trim().split(/\s+/u);
  if (more.length !== fewer.length + 1 || !fewer.every((name) => more.includes(name))) return false;
  // Only a state: a private note among messages ("conv priv") is another kind of entry.
  return STATE_CLASS.test(more.find((name) => !fewer.includes(name)) ?? '');
}

const STATE_CLASS =
  /^(?:is|has)-|(?:^|[-_])(?:selected|active|current|open|opened|expanded|focus|focused|checked|highlight|highlighted|hover|unread|read|new|odd|even|first|last|alt)$/iu;

/** The siblings of the same shape as `element`, a bounded few. */
export function siblingsLike(element: Element): Element[] {
  const parent = element.parentElement;
  if (parent === null || parent.childElementCount > MAX_LANES) return [];
  return [...parent.children].filter((child) => child !== element && alike(child, element));
}

/** The parent, or out of an open shadow root its host: a card drawn by a custom element is that element. */
const parentOrHost = (element: Element): Element | null =>
  element.parentElement ?? ((element.parentNode as ShadowRoot | null)?.host as Element | undefined) ?? null;

/** The row or card (one of several alike) that holds `element`, up to a few levels up. */
export function itemOf(element: Element, maxDepth = 6): Element | undefined {
  let current: Element | null = element;
  for (let depth = 0; current !== null && depth <= maxDepth; depth += 1) {
    const role = current.getAttribute('role');
    if (ROW_TAGS.has(current.tagName) || (role !== null && ROW_ROLES.has(role))) return current;
    // Cards are divs or custom elements ("<wh-card>") with siblings of the same shape.
    if (current !== element && (current.tagName === 'DIV' || current.tagName.includes('-')) && hasTwin(current)) return current;
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

/** The first element in `item` (as shown) that carries text of its own. */
export function firstTextElement(item: Element): Element | undefined {
  return firstShownText(item, 1)?.parentElement ?? undefined;
}

/** True for a heading element or an ARIA heading. */
export function isHeading(element: Element): boolean {
  return HEADING.test(element.tagName) || element.getAttribute('role') === 'heading';
}
