/**
 * The visible label of a value on a page we have no adapter for: the `<dt>` of a `<dd>`, the
 * column header of a table cell, a `<label for>`, `aria-label`/`aria-labelledby`, or a short
 * label just before it ("Naam:", `<strong>E-mail</strong>`). What the label means is decided in
 * the pure core (lib/blinding/field-roles.ts); this file only finds it.
 */

import { FIELD_TAGS } from './harvest/cue-words';
import { columnLetters, firstRowOfWords, flatGridHeader } from './sheet-headers';
import { rememberedInSlice } from './harvest/slice-memo';
import { holdsOurMask } from './pseudonym-text';
import { oneStateClassMore } from './state-classes';

/** Labels are short: a longer text before a value is a sentence, not a label. */
export const MAX_LABEL_LENGTH = 64;

const CELL_ROLES = new Set(['cell', 'gridcell']);
const headersOf = new WeakMap<Element, (string | undefined)[]>();

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/gu, ' ').trim();

/** Text an element shows, without asking for layout (textContent, squashed). */
export function shortText(element: Element, limit = MAX_LABEL_LENGTH): string | undefined {
  const text = squash(element.textContent);
  return text === '' || text.length > limit ? undefined : text;
}

/** The label of a value element or text node, or undefined when it has none that we can see. */
export function labelOf(value: Element | Text): string | undefined {
  if (value.nodeType === 3) return labelBefore(value);
  const element = value as Element;
  // A header or a term is a label itself, never a value.
  if (isHeaderCell(element) || element.tagName === 'DT' || element.tagName === 'LABEL') return undefined;
  const own = attributeLabel(element);
  if (own !== undefined) return own;
  if (element.tagName === 'DD') return termOf(element);
  if (isCell(element)) return columnHeader(element) ?? rowHeader(element) ?? detachedHeader(element);
  if (isField(element)) return fieldLabel(element);
  return detachedHeader(element) ?? flatGridHeader(element) ?? labelBefore(element);
}

function isHeaderCell(element: Element): boolean {
  const role = element.getAttribute('role');
  return element.tagName === 'TH' || role === 'columnheader' || role === 'rowheader';
}

/** A cell: a <td>, a cell's role, or a child of a row's role with no role of its own (a grid's <div class="ag-cell">, set CC). */
const isCell = (element: Element): boolean =>
  element.tagName === 'TD' ||
  CELL_ROLES.has(element.getAttribute('role') ?? (element.parentElement?.getAttribute('role') === 'row' ? 'cell' : ''));

const isField = (element: Element): boolean => FIELD_TAGS.has(element.tagName);

function attributeLabel(element: Element): string | undefined {
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy !== null) {
    const doc = element.ownerDocument;
    const text = squash(
      labelledBy
        .split(/\s+/u)
        .map((id) => (id === '' ? '' : (doc.getElementById(id)?.textContent ?? '')))
        .join(' '),
    );
    if (text !== '' && text.length <= MAX_LABEL_LENGTH) return text;
  }
  const label = squash(element.getAttribute('aria-label'));
  return label !== '' && label.length <= MAX_LABEL_LENGTH ? label : undefined;
}

/** `<dt>` before a `<dd>` (several `<dd>` may share one term). */
function termOf(dd: Element): string | undefined {
  for (let sibling = dd.previousElementSibling; sibling !== null; sibling = sibling.previousElementSibling) {
    if (sibling.tagName === 'DT') return shortText(sibling);
  }
  return undefined;
}

/** A label just before the value in the same parent: an element or a text ("Naam: "). */
function labelBefore(value: Element | Text): string | undefined {
  let previous = value.previousSibling;
  while (previous !== null && previous.nodeType === 3 && squash(previous.textContent) === '') previous = previous.previousSibling;
  if (previous === null) return undefined;
  if (previous.nodeType === 3) {
    const text = squash(previous.textContent);
    // Only what ends the text, after the last sentence break: "… gesprek. Telefoon:".
    const tail = text.split(/[.!?|•·]\s/u).pop() ?? '';
    return tail.length <= MAX_LABEL_LENGTH && /[:：]$/u.test(tail) ? tail : undefined;
  }
  if (previous.nodeType !== 1) return undefined;
  // A short text just before the value, unless the two are peers of one shape in a longer row ("Student",
  // "Niveau" as headers; two paragraphs). The caller takes it as a label only if it reads as one.
  const element = previous as Element;
  const parent = value.parentNode;
  const pair = parent !== null && contentCount(parent, 3) === 2;
  const text = shortText(element);
  // A label and its masked value ("Locatie" + "[adres]") read as a bare label: the next line would take it (set T).
  if (text !== undefined && holdsOurMask(text)) return undefined;
  // A question labels its answer as a colon does: "Which nationality do you have?" (a survey, held-out set R).
  if (text === undefined || /[:：?？]$/u.test(text)) return text;
  // Links side by side are a menu, whatever state one of them is in ("Deelnemers", "BPV" selected).
  if (
    !pair &&
    value.nodeType === 1 &&
    (sameShape(element, value as Element) || (element.tagName === 'A' && (value as Element).tagName === 'A'))
  )
    return undefined;
  // Without a colon, a label is a few words ("Geboortedatum", "Date of birth"); a longer line
  // before a value ("Uitgelicht door Jolien Post") is a sentence of its own.
  return text.split(' ').length <= MAX_BARE_LABEL_WORDS ? text : undefined;
}

const MAX_BARE_LABEL_WORDS = 3;

/** An element's first class: rows of one list share it whatever their state adds. */
export const firstClass = (element: Element) => (element.getAttribute('class') ?? '').trim().split(/\s+/u)[0] ?? '';
/** Same tag and same first class: rows of one list, whatever their state adds ("-alt", "selected"). */
function sameKind(a: Element, b: Element): boolean {
  return a.tagName === b.tagName && firstClass(a) === firstClass(b);
}

/** Sibling steps walked before asking the remembered answer of an earlier row. */
const RUN_STEPS = 32;

/**
 * The first of the run of same-kind siblings of `element`, remembered within a slice: walking back
 * over all earlier rows from every cell made a burst of 3,000 rows take 12 s in one task.
 */
const firstOfRun: (element: Element) => Element = rememberedInSlice((element: Element) => {
  let first = element;
  for (let steps = 0; steps < RUN_STEPS; steps += 1) {
    const before = first.previousElementSibling;
    if (before === null || !sameKind(before, element)) return first;
    first = before;
  }
  return firstOfRun(first);
});

const classesOf = (element: Element) => (element.getAttribute('class') ?? '').split(/\s+/u);

function sameShape(a: Element, b: Element): boolean {
  if (a.tagName !== b.tagName) return false;
  // A row's state adds a class: "topic active" before "topic" is a peer, no label (held-out set T, Zulip).
  return (a.getAttribute('class') ?? '') === (b.getAttribute('class') ?? '') || oneStateClassMore(a, b) || oneStateClassMore(b, a);
}

/** Counts a parent's elements and non-empty texts up to `limit`: a list of 1,000 rows stops at once. */
function contentCount(parent: Node, limit: number): number {
  let count = 0;
  for (let child = parent.firstChild; child !== null && count < limit; child = child.nextSibling)
    if (child.nodeType === 1 || (child.nodeType === 3 && squash(child.textContent) !== '')) count += 1;
  return count;
}

/** A `<label for>`, a wrapping `<label>`, or the field's own hints. */
function fieldLabel(field: Element): string | undefined {
  const id = field.getAttribute('id');
  if (id !== null && id !== '') {
    for (const label of field.ownerDocument.querySelectorAll('label')) {
      if (label.getAttribute('for') === id) return shortText(label);
    }
  }
  const wrapping = field.closest('label');
  if (wrapping !== null) {
    const text = squash(
      [...wrapping.childNodes]
        .filter((node) => node !== field && node.nodeType === 3)
        .map((node) => node.textContent)
        .join(' '),
    );
    if (text !== '' && text.length <= MAX_LABEL_LENGTH) return text;
  }
  const hint = squash(field.getAttribute('placeholder') ?? field.getAttribute('title'));
  if (hint !== '' && hint.length <= MAX_LABEL_LENGTH) return hint;
  return labelBefore(field) ?? wrapperLabel(field);
}

/** The label before the wrapper a field opens: "<label>Subject person</label><div class=input-group><input …>" (set X, ServiceNow). */
function wrapperLabel(field: Element): string | undefined {
  const wrapper = field.parentElement;
  const opens = wrapper?.querySelector('input:not([type="hidden"]), select, textarea') === field;
  return opens && wrapper?.previousElementSibling?.tagName === 'LABEL' ? shortText(wrapper.previousElementSibling) : undefined;
}

/** The header of a cell's column, in a `<table>` or an ARIA grid. */
export function columnHeader(cell: Element): string | undefined {
  const table = cell.closest('table, [role="table"], [role="grid"], [role="treegrid"]');
  // One cell across its row heads a group of rows ("<td colspan=9>Belafspraak</td>", held-out set OO), under no column.
  const groupHeading = cell.parentElement?.childElementCount === 1 && Number(cell.getAttribute('colspan') ?? 1) > 1;
  return cell.parentElement === null || table === null || groupHeading ? undefined : headersFor(table)[columnIndex(cell)];
}

function columnIndex(cell: Element): number {
  // A grid that numbers its columns (a row-number column the header row leaves out) says where a cell stands.
  const numbered = ariaColumn(cell);
  if (numbered !== undefined) return numbered;
  let index = 0;
  for (let sibling = cell.previousElementSibling; sibling !== null; sibling = sibling.previousElementSibling)
    index += Math.max(1, Number.parseInt(sibling.getAttribute('colspan') ?? '1', 10) || 1);
  return index;
}

const MAX_COLUMNS = 1000;
/** `aria-colindex` (counted from 1) as an index from 0. */
function ariaColumn(cell: Element): number | undefined {
  const index = Number.parseInt(cell.getAttribute('aria-colindex') ?? '', 10);
  return index >= 1 ? index - 1 : undefined;
}

/** Header texts by column, read once per table. */
export function headersFor(table: Element): (string | undefined)[] {
  let headers = headersOf.get(table);
  if (headers !== undefined) return headers;
  headers = [];
  const rows = table.querySelectorAll('tr, [role="row"]');
  let headerRow = table.querySelector('thead tr') ?? [...rows].find(headsColumns) ?? null;
  // A sheet's column letters (A, B, C) say nothing: its first row of data holds the headers
  // ("Voornaam", "E-mailadres"), as in an export or a form's responses.
  if (headerRow === null || columnLetters(headerRow)) headerRow = firstRowOfWords(rows, headerRow) ?? headerRow;
  if (headerRow !== null) {
    for (const cell of headerRow.children) {
      const span = Math.max(1, Number.parseInt(cell.getAttribute('colspan') ?? '1', 10) || 1);
      const text = attributeLabel(cell) ?? shortText(cell);
      const at = ariaColumn(cell);
      if (at !== undefined && at >= headers.length && at < MAX_COLUMNS) headers.length = at;
      for (let column = 0; column < span; column += 1) headers.push(text);
    }
  }
  headersOf.set(table, headers);
  return headers;
}

/** A row of headers: a key's row ("<th>Geboortedatum</th><td>07-09-2008</td>", set DD) heads no column. */
const headsColumns = (row: Element): boolean =>
  row.querySelector('th, [role="columnheader"]') !== null &&
  [...row.children].every((cell) => isHeaderCell(cell) || (cell.textContent ?? '').trim() === '');

/** A `<th scope="row">` (or the first cell of a two-cell row) labels the other cell of its row. */
function rowHeader(cell: Element): string | undefined {
  const row = cell.parentElement;
  if (row === null) return undefined;
  const first = row.firstElementChild;
  if (first === null || first === cell) return undefined;
  if (first.tagName === 'TH' || first.getAttribute('role') === 'rowheader' || row.children.length === 2) return shortText(first);
  return undefined;
}

/**
 * A grid built from blocks, whose header row stands apart from its rows (a virtual list's sticky
 * header, rows in a scroller below it; a spreadsheet's frozen header row in a table of its own):
 * the header row is a block before the rows' container, up to five levels up, with one short
 * header per cell, or with ARIA column headers, or the one row of a table.
 */
function detachedHeader(cell: Element): string | undefined {
  const row = cell.parentElement;
  if (row === null || row.childElementCount < 2 || row.childElementCount > 12 || !rowLike(row)) return undefined;
  const cells = row.childElementCount;
  let level: Element | null = row;
  for (let depth = 0; level !== null && depth < 5 && level.tagName !== 'BODY'; depth += 1, level = level.parentElement) {
    // The block just before this level's rows (earlier rows of one kind passed over, "x-grid-item
    // x-grid-item-alt" too), or the run's first row when a class sets it apart ("gridview_row column_names", set Z).
    const first = firstOfRun(level);
    const own = first !== level && !sameShape(first, level) && classesOf(level).every((name) => classesOf(first).includes(name));
    const sibling = own ? first : first.previousElementSibling;
    if (sibling === null) continue;
    const aria = headerRowIn(sibling);
    const header = aria ?? sibling;
    if (header.childElementCount !== cells || header.closest('nav, header, [role="navigation"], [role="banner"]') !== null) continue;
    const texts = [...header.children].map((child) => squash(child.textContent));
    const words = texts.every((text) => text.length <= 30 && !/\d/u.test(text));
    // Without ARIA, a header row is one of a kind: not shaped like the rows, not a row of another list.
    if (aria != null || (!sameShape(header, row) && (own || !rowLike(header)) && words)) {
      const text = texts[[...row.children].indexOf(cell)];
      return text === '' ? undefined : text;
    }
  }
  return undefined;
}

/**
 * The header row inside a block before the rows: a row of ARIA column headers, or the only row of
 * a table of its own (a spreadsheet's frozen header, drawn apart from the table of data).
 */
function headerRowIn(block: Element): Element | undefined {
  const aria = block.querySelector('[role="columnheader"]')?.parentElement;
  if (aria != null) return aria;
  const table = block.tagName === 'TABLE' ? block : block.firstElementChild?.tagName === 'TABLE' ? block.firstElementChild : null;
  const row = table?.querySelector('tr');
  // The first row is the only one: nothing after it in its section, no section after that.
  return row != null && row.nextElementSibling === null && row.parentElement?.nextElementSibling == null ? row : undefined;
}

/** A row of a list: its ARIA role says so, or a sibling of the same kind stands beside it (striped rows too). */
function rowLike(row: Element): boolean {
  if (row.getAttribute('role') === 'row') return true;
  const shape = (element: Element | null) => element !== null && sameKind(element, row);
  return shape(row.previousElementSibling) || shape(row.nextElementSibling);
}
