import { namesAVenue, searchRadius } from '../../blinding/address-detectors';
import { roleOfLabel, type FieldRole } from '../../blinding/field-roles';
import { NOTES_HEADING, NOTES_HEADING_TAGS } from './cue-words';
import { childrenText, isInline } from './block-text';
import { MAX_VALUE_LENGTH, NAME_SHAPED } from './role-marks';

/**
 * What the harvest reads as one value: the short text of a small element, whether it fits the
 * role its label gave, and which elements title a record or head a pane.
 */
const CONTAINER_TAGS = new Set(['TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'UL', 'OL', 'DL', 'SELECT', 'BODY', 'HTML']);
export const squash = (text: string | null) => (text ?? '').replace(/\s+/gu, ' ').trim();

const CONTROL_TAGS = new Set(['SLOT', 'BUTTON']);

/** The short text of a small element, or undefined for containers and long texts. */
export function valueText(element: Element): string | undefined {
  if (CONTAINER_TAGS.has(element.tagName) || element.childElementCount > 8 || element.childNodes.length > 16) return undefined;
  // A value is text and inline elements; blocks inside ("<div>Jake</div><div>Eindhoven</div>")
  // are values of their own. (Siblings, not an iterator: this runs for every element of the page.)
  // A field's slot and its edit button beside the value are no part of it ("Tetouan <button>✎</button>"
  // in a CRM's field component, held-out set U, Connexys).
  let controls = false;
  for (let child = element.firstElementChild; child !== null; child = child.nextElementSibling) {
    if (isControl(child)) controls = true;
    else if (!isInline(child) && child.tagName !== 'BR') return undefined;
  }
  const text = squash(element.firstElementChild === null ? element.textContent : childrenText(element, controls ? isControl : undefined));
  return text === '' || text.length > MAX_VALUE_LENGTH ? undefined : text;
}

// A check box before its label's text: "☑ Ilse Verbeek (HR)", one calendar of a booking tool's filter (held-out set GG).
const isControl = (child: Element) =>
  CONTROL_TAGS.has(child.tagName) || (child.tagName === 'INPUT' && /^(?:checkbox|radio)$/iu.test(child.getAttribute('type') ?? ''));

/**
 * A value under a label is short: a sentence after a label is a remark, not the value it names.
 * An address has an @ and a phone number digits: "Marieke de Vries" beside an app called "✉ Mail" is no address.
 */
const JOINING = /^(?:en|and|&|\/|,|of|or)$/iu;

export function fitsCategory(role: FieldRole, text: string): boolean {
  if (role === 'profile-link') return /[./]|www/u.test(text) && !/\s/u.test(text.trim());
  if (role === 'email' && !/@|\(at\)|\[at\]/iu.test(text)) return false;
  const digits = text.match(/\d/gu)?.length ?? 0;
  if ((role === 'phone' || role === 'postcode' || role === 'id-number') && digits < (role === 'phone' ? 6 : 4)) return false;
  // "Locatie: Vergaderruimte De Kotter", "Location: Microsoft Teams": where a meeting is, not where
  // someone lives; "Amsterdam + 30 km" under "Location": a search's filter (held-out set QQ).
  if (role === 'city' && (namesAVenue(text) || searchRadius(text))) return false;
  // A nationality or a country is a few words: "Referred by Mehmet Arslan" under "Origin" is where an application came from.
  // Two of them joined count as one each: "Cape Verdean & Dutch", "Nederlandse en Somalische" (held-out set R).
  // A remark in brackets belongs to the value: "Indian (Dutch residence permit, highly skilled migrant)" (set T).
  const bare = text.replace(/\([^()]*\)/gu, ' ');
  if (
    role === 'nationality' &&
    ((bare.match(/\d/gu)?.length ?? 0) > 0 ||
      /[:@]/u.test(bare) ||
      bare
        .trim()
        .split(/\s+/u)
        .filter((word) => !JOINING.test(word)).length > 3)
  )
    return false;
  return text.length <= (role === 'address' ? MAX_VALUE_LENGTH : 64);
}

/** Panes whose fields a heading at their top belongs to (a dialog filled after it opened). */
export const DETAIL_PANES = 'dialog, [role="dialog"], [role="alertdialog"], article, section, aside, form';
export const PANE_HEADING = 'h1, h2, h3, h4, [role="heading"]';
const TITLE_TOKEN = /(?:^|[^a-z])(?:title|heading|titel|headline)(?:$|[^a-z])/iu;

const bodyFontSizes = new WeakMap<Document, number>();

/** Set in a larger type than the page's text: a record's title in a plain block. */
function largeType(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  const body = element.ownerDocument.body;
  if (view === null || body === null) return false;
  let base = bodyFontSizes.get(element.ownerDocument);
  if (base === undefined) {
    base = Number.parseFloat(view.getComputedStyle(body).fontSize) || 16;
    bodyFontSizes.set(element.ownerDocument, base);
  }
  return (Number.parseFloat(view.getComputedStyle(element).fontSize) || 0) >= base * 1.3;
}

/**
 * A leaf that titles what follows without a heading's tag: its class or id says so
 * ("record-title", "candidate_heading"), or a name set in large type.
 */
export const titleLike = (element: Element, text: string): boolean =>
  element.childElementCount === 0 &&
  text.length <= 60 &&
  (TITLE_TOKEN.test(`${element.getAttribute('class') ?? ''} ${element.id}`) ||
    // A record's title stands outside the rows of a list: a name in a row is not asked for its type size.
    (NAME_SHAPED.test(text) && element.closest(IN_A_ROW) === null && largeType(element)));
const HEADER_TOKEN = /(?:^|[^a-z])(?:header|heading|title|titel|caption)(?:$|[^a-z])/iu;
/**
 * A heading of notes: "Notities", "Gespreksverslag", in a heading element or in a leaf whose class
 * says it heads a panel ("<div class="x-panel-header">Notities</div>").
 */
export const headsNotes = (element: Element, text: string): boolean =>
  (NOTES_HEADING_TAGS.has(element.tagName) ||
    (element.childElementCount === 0 && text.length <= 40 && HEADER_TOKEN.test(element.getAttribute('class') ?? ''))) &&
  (roleOfLabel(text) === 'notes' || NOTES_HEADING.test(text)) &&
  !LIST_OF_APPLICANTS.test(text);
/** "Candidates to review (6)", "Kandidaten ter beoordeling": a list of applicants by their state, no notes (held-out set II). */
const LIST_OF_APPLICANTS = /^(?:candidates|applicants|kandidaten|sollicitanten|studenten|leerlingen|stagiairs)\b/iu;

/** Cells of a table or a grid: where rows of records stand under column headers. */
export const TABLE_CELLS = 'td, [role="gridcell"], [role="cell"]';
/** Values of records in rows: in cells, or anywhere in an ARIA grid or table built of blocks (held-out set Z, Grist). */
export const TABULAR = `${TABLE_CELLS}, [role="grid"], [role="table"], [role="treegrid"]`;
const IN_A_ROW = 'td, th, li, tr, [role="row"], [role="listitem"], [role="option"], [role="gridcell"], [role="cell"]';

/** A value that opens with a label of its own: "Zoekgebied: Tilburg (+25 km)". */
export const OWN_LABEL = /^\p{L}[\p{L} -]{1,30}[:：]\s/u;
