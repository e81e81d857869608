import { rememberedInSlice } from './slice-memo';
import { attributeSignal } from './attribute-roles';
import { INITIALS_TEXT } from './role-marks';
import { hasTwin, isHeading, itemOf, parentOrHost, twins } from './structure';

/**
 * The page's own chrome: navigation, the header with the signed-in user, menus and buttons. Text
 * there is about the site or the user, never an applicant, except where the chrome lists records
 * (an inbox's conversations, a calendar's appointments). Read from tags and ARIA roles only.
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

/** Text inside the page's chrome is about the site or the signed-in user, never an applicant. */
export function inChrome(element: Element): boolean {
  for (let current: Element | null = element; current !== null; current = current.parentElement) {
    // A row of a list made clickable as a whole ("<div role=button>" around a photo, a name and a
    // status) is the row, not a control.
    if ((current.tagName === 'BUTTON' || current.getAttribute('role') === 'button') && (clickableRow(current) || holdsItsCell(current)))
      continue;
    if (CHROME_TAGS.has(current.tagName)) {
      // A <header> inside an article or a card heads that item, not the page; a heading in the
      // page's header titles the page (a record's name over its tabs).
      if (current.tagName === 'HEADER' || current.tagName === 'FOOTER') {
        if (current.parentElement?.closest('article, section, aside, main, dialog, li, [role="dialog"], [role="article"]')) continue;
        if (current.tagName === 'HEADER' && isHeading(element)) continue;
      }
      if (current.tagName === 'NAV' && listsRecords(element, current)) continue;
      return true;
    }
    const role = current.getAttribute('role');
    if (role === 'navigation' && listsRecords(element, current)) continue;
    if (role !== null && CHROME_ROLES.has(role)) return true;
  }
  return false;
}

/**
 * A navigation that lists records, not places of the site: an inbox's conversations or a list of
 * recent records, each item one of several alike with a name, a time and a preview (Trengo's
 * tickets, held-out set R). A menu's item holds a label and at most a count.
 */
function listsRecords(element: Element, navigation: Element): boolean {
  const item = itemOf(element);
  return (
    item !== undefined && item !== navigation && navigation.contains(item) && hasTwin(item) && textParts(item, RECORD_PARTS) >= RECORD_PARTS
  );
}
const RECORD_PARTS = 3;

/** How many texts an element shows, counted up to `enough`. */
function textParts(element: Element, enough: number): number {
  let parts = 0;
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null && parts < enough; node = walker.nextNode())
    if ((node.textContent ?? '').trim() !== '') parts += 1;
  return parts;
}

/**
 * A control that holds parts of its own and a person's picture (a photo or initials), beside
 * controls of its shape: a list's clickable row or a board's card. A calendar's event with only a
 * label is a control.
 */
function clickableRow(control: Element): boolean {
  // A control with a label holds one text; one with a time, a person and a place is a record
  // (a booking calendar's appointment, held-out set R).
  if (control.childElementCount < 2 || (!holdsPicture(control) && textParts(control, RECORD_PARTS) < RECORD_PARTS)) return false;
  const before = control.previousElementSibling;
  const after = control.nextElementSibling;
  // The only card of a board's lane has its twins in the lanes beside it (held-out set M).
  return (before !== null && twins(before, control)) || (after !== null && twins(after, control)) || hasTwin(control);
}

/**
 * A control that is all its table cell holds is the cell's value drawn as a link: "<td><button
 * class=lnk>Aydın, Emre</button></td>" under a "Leerling" column opens the student (held-out set GG,
 * a school's BPV screen). Grids of web apps draw their records' names so.
 */
function holdsItsCell(control: Element): boolean {
  const cell = control.parentElement;
  if (cell === null || (cell.tagName !== 'TD' && cell.getAttribute('role') !== 'gridcell' && cell.getAttribute('role') !== 'cell'))
    return false;
  const text = (control.textContent ?? '').trim();
  return text !== '' && (cell.textContent ?? '').trim() === text;
}

function holdsPicture(control: Element): boolean {
  if (control.querySelector('img, picture, svg') !== null) return true;
  for (const leaf of control.querySelectorAll('span, div, i, b'))
    if (leaf.childElementCount === 0 && INITIALS_TEXT.test((leaf.textContent ?? '').trim())) return true;
  return false;
}

/** The header, banner or navigation a text sits in: where the signed-in user's name appears. */
export function inBanner(element: Element): boolean {
  const bar = element.closest(BANNER);
  // A dialog's, an article's or a section's <header> heads that record, not the page (as HTML maps it):
  // "Kübra Aydın" over her details (set AA), an applicant over a message thread (set EE).
  if (bar?.tagName === 'HEADER' && bar.parentElement?.closest(RECORD_SECTIONS) != null) return false;
  return (bar === null ? inTopBar(element) : !listsRecords(element, bar)) && !inItem(element) && !inBreadcrumb(element);
}
const RECORD_SECTIONS = 'dialog, article, section, aside, main, [role="dialog"], [role="alertdialog"], [role="article"], [role="main"]';

/**
 * A breadcrumb's last step names the record shown ("Sollicitanten / Wiktoria Nowak"), not the
 * signed-in user; so does a step after a separator without a breadcrumb's markup, and a bar's
 * title ("<span>Contacts /</span><span class="topbar__title">…</span>", held-out set HH, a CRM).
 */
const BREADCRUMB = '[aria-current], [aria-label*="crumb" i], [aria-label*="kruimel" i], [class*="crumb" i]';
const BAR_TITLE = /(?:^|[^a-z])(?:title|titel|heading)(?:$|[^a-z])/iu;
const STEP_BEFORE = /[/›>»]\s*$/u;
const inBreadcrumb = (element: Element): boolean =>
  element.closest(BREADCRUMB) !== null || BAR_TITLE.test(element.getAttribute('class') ?? '') || STEP_BEFORE.test(textBefore(element));

/** The text just before an element among its siblings. */
function textBefore(element: Element): string {
  let before = element.previousSibling;
  while (before !== null && before.nodeType === 3 && (before.textContent ?? '').trim() === '') before = before.previousSibling;
  return before?.textContent ?? '';
}

const BANNER = 'header, nav, [role="banner"], [role="navigation"]';
/** Class and id words of a page's top bar: "gb_top", "app-header", "topbar", "masthead", "mat-toolbar" (set AA). */
const BAR_TOKENS = new Set(['top', 'topbar', 'header', 'navbar', 'appbar', 'toolbar', 'masthead', 'banner']);
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
    // camelCase words apart: "O365_NavHeader" (held-out set II, Outlook.com).
    found = classAndId
      .replace(/([a-z])([A-Z])/gu, '$1 $2')
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
