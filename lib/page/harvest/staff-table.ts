import { roleOfLabel, type FieldRole } from '../../blinding/field-roles';
import { judgeName } from '../../blinding/name-evidence';
import type { NameLexicon } from '../../blinding/name-lexicon';
import { headersFor } from '../labels';

const STAFF_COLUMN =
  /^(?:rol|rollen|role|roles|rechten|permissions?|toegang|access(?: level)?|laatst actief|last active|last seen|laatst ingelogd|last login)$/iu;
const STAFF_TABLE = /\b(?:team|teamleden|gebruikers|users|members|leden|medewerkers|collega'?s)\b/iu;
const TABLES = 'table, [role="table"], [role="grid"]';

/** A table of users with their roles and rights: a list of colleagues, not of applicants. */
export function staffTable(cell: Element): boolean {
  const table = cell.closest(TABLES);
  if (table === null) return false;
  const caption = (table.querySelector('caption')?.textContent ?? table.getAttribute('aria-label') ?? '').replace(/\s+/gu, ' ').trim();
  return headersFor(table).some((header) => header !== undefined && STAFF_COLUMN.test(header)) || STAFF_TABLE.test(caption);
}

const SUBMITTER = /^(?:submitted by|ingediend door|ingestuurd door)$/iu;

/**
 * A label's role for a value in its table: "Submitted By" beside an "Applicant Name" column names
 * the staffing agency's recruiter who put the applicant forward (held-out set CC, a submissions
 * grid); alone, as on a form's results, it names whoever sent the form in (set S).
 */
export function roleInItsTable(label: string, value: Element): FieldRole | undefined {
  if (placeOfWorkColumn(label, value)) return undefined;
  const role = roleOfLabel(label);
  if (role !== 'applicant-name' || !SUBMITTER.test(label.trim())) return role;
  const table = value.closest(TABLES);
  const besideApplicants =
    table !== null &&
    headersFor(table).some((header) => header !== undefined && !SUBMITTER.test(header) && roleOfLabel(header) === 'applicant-name');
  return besideApplicants ? 'staff-name' : role;
}

const LOCATION = /^(?:location|locatie|plaats|place|city|stad)$/iu;
const HOME_COLUMN = /^(?:home|home address|woonplaats|woonadres|adres|address|residence|postcode|zip(?: code)?)$/iu;

/**
 * "Location" in a table that also has a column of where each person lives ("Home") is where they
 * would work: a store, a branch (held-out set DD, an applicant grid). Alone it is their town.
 */
export function placeOfWorkColumn(label: string, value: Element): boolean {
  if (!LOCATION.test(label.trim())) return false;
  const table = value.closest(TABLES);
  return table !== null && headersFor(table).some((header) => header !== undefined && HOME_COLUMN.test(header.trim()));
}

// A column of what each person may do in the product, and the values such a column holds.
const ACCESS_COLUMN =
  /^(?:(?:recruiting |recruitment |ats |gebruikers|user |account ?)?(?:rol|rollen|role|roles)|rechten|toegangsrechten|permissions?|toegang|access(?: level)?)$/iu;
const ACCESS_ROLE =
  /^(?:(?:recruiting |recruitment |hr )?(?:admin|administrator|beheerder|super ?user|eigenaar|owner)|recruiter|(?:hiring|recruitment) manager|interviewer|coordinator|coördinator|viewer|lezer|editor|bewerker|read[- ]only|alleen lezen|gebruiker|user|member|lid|teamlid|(?:volledige|beperkte) toegang|(?:full|limited) access)$/iu;

/**
 * "Users & permissions": a table whose role column says what each person may do in the product
 * (Recruiter, Hiring Manager, Interviewer, Admin) lists the employer's accounts. Every name in it
 * is a colleague's, whatever cue points at it: an avatar beside it, an address at the company's
 * domain (set M, a recruiting tool's user settings). A "Role" column of job titles is not one.
 */
export function accountRows(table: Element): Element[] {
  // Asked of every element the harvest visits: the tag and the attribute first, the selector after.
  if ((table.tagName !== 'TABLE' && !table.hasAttribute('role')) || !table.matches(TABLES)) return [];
  const column = headersFor(table).findIndex((header) => header !== undefined && ACCESS_COLUMN.test(header));
  if (column < 0) return [];
  const rows = [...table.querySelectorAll('tr, [role="row"]')].filter((row) => row.closest(TABLES) === table);
  const values = rows
    .map((row) => row.querySelectorAll(':scope > td, :scope > [role="gridcell"], :scope > [role="cell"]')[column])
    .filter((cell) => cell !== undefined)
    .map((cell) => (cell.textContent ?? '').replace(/\s+/gu, ' ').trim());
  const access = values.filter((value) => ACCESS_ROLE.test(value)).length;
  return values.length > 0 && access * 2 > values.length ? rows : [];
}

/** The name a colleague's row leads with: its first short text that reads as a name. */
export function leadingName(row: Element, lexicon: NameLexicon): { text: string; node: Text } | undefined {
  const walker = row.ownerDocument.createTreeWalker(row, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node !== null; node = walker.nextNode() as Text | null) {
    const text = node.data.replace(/\s+/gu, ' ').trim();
    if (text === '') continue;
    return judgeName(text, ['list-cell'], lexicon).accept ? { text, node } : undefined;
  }
  return undefined;
}
