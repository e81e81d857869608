import { roleOfLabel } from '../../blinding/field-roles';
import { colleagueBefore } from './colleague-before';
import type { PageMarks } from './page-marks';
import { NAME_SHAPED } from './role-marks';
/**
 * A block headed as the employer's side: "Contactpersoon", "Jouw recruiter", "Hiring manager".
 * Everything in it belongs to a colleague (their name, address, phone) and stays readable. The
 * block is the heading's own box when that holds nothing else, else the blocks after the heading
 * up to the next heading.
 */
const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
const MAX_AREA_TEXT = 500;
const MAX_BLOCKS = 4;

export interface StaffArea {
  /** The elements that make the area. */
  blocks: Element[];
  /** The first name-shaped text of each block (a team list names one colleague a block), and its node. */
  names: { text: string; node: Element | Text }[];
}

const squash = (text: string | null) => (text ?? '').replace(/\s+/gu, ' ').trim();

/**
 * Fields are a form's, each with its own label: under "Interviewer's Assessment" the candidate's
 * e-mail field is still the candidate's. A colleague's block is text.
 */
const holdsFields = (element: Element) =>
  element.matches('input, textarea, select') || element.querySelector('input, textarea, select') !== null;

export function staffArea(heading: Element): StaffArea {
  const box = heading.parentElement;
  let blocks: Element[];
  if (
    box !== null &&
    box.tagName !== 'BODY' &&
    squash(box.textContent).length <= MAX_AREA_TEXT &&
    box.querySelectorAll(HEADINGS).length === 1 &&
    !holdsFields(box)
  )
    blocks = [box];
  else {
    blocks = [];
    for (
      let next = heading.nextElementSibling;
      next !== null && blocks.length < MAX_BLOCKS && !next.matches(HEADINGS);
      next = next.nextElementSibling
    )
      if (!holdsFields(next)) blocks.push(next);
  }
  const names: StaffArea['names'] = [];
  // The heading's own box holds its members side by side: one name for each.
  const members = blocks[0] === box && box !== null ? [...box.children].filter((child) => child !== heading) : [];
  for (const block of members.length > 0 ? members : blocks) {
    const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const text = squash(node.textContent);
      if (node.parentElement === heading || !NAME_SHAPED.test(text)) continue;
      names.push({ text, node: node as Text });
      break;
    }
  }
  return { blocks, names };
}

const STAFF_LINE =
  /^([^:：]{2,48})[:：]\s*(\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \u00A0]+(?:\p{Ll}{1,3}[ \u00A0]+){0,3}\p{Lu}[\p{L}\p{M}'’.-]*){1,3})?/u;

/**
 * A line that says it is about the employer's side ("Contactpersoon werkgeversdienstverlening:
 * Yvonne Bakker-Smeets, 088 ..."): the label's role is a colleague's. Returns the name after it,
 * or "" when the line names none; undefined for other lines.
 */
export function staffLine(text: string, isStaffLabel: (label: string) => boolean): string | undefined {
  const match = STAFF_LINE.exec(text);
  if (match === null || !isStaffLabel(match[1] ?? '')) return undefined;
  return match[2] ?? '';
}

const LIST_SEPARATOR = /[ \u00A0]*(?:[,;&]|\ben\b|\band\b)[ \u00A0]*/gu;
const PERSON_NAME = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \u00A0]+(?:\p{Ll}{1,3}[ \u00A0]+){0,3}\p{Lu}[\p{L}\p{M}'’.-]*){1,3}$/u;

/**
 * "Team: Gijs Dekker, Naima Boukhari": several colleagues after one label. The value is split only
 * where every part is a full name, so that "Berg, A.C. van den" stays one name.
 */
function namesListed(line: string, first: string): string[] {
  const parts = line
    .slice(line.search(/[:：]/u) + 1)
    .trim()
    .split(LIST_SEPARATOR);
  return parts.length > 1 && parts.every((part) => PERSON_NAME.test(part)) ? parts : [first];
}

// Parts of one line of "label: value" pairs: "Bron: Website · Medium: Vacaturepagina · Verwezen door: Ingrid Schipper".
const PAIR_SEPARATOR = /[ \u00A0]+[·|•][ \u00A0]+/u;

/**
 * Colleagues named in a later part of a line of label/value pairs ("… · Verwezen door: Ingrid
 * Schipper"). Only the name is a colleague's: the other parts may be the applicant's own.
 */
export function staffInLaterPairs(text: string, isStaffLabel: (label: string) => boolean): string[] {
  if (!PAIR_SEPARATOR.test(text)) return [];
  return text
    .split(PAIR_SEPARATOR)
    .slice(1)
    .map((part) => staffLine(part, isStaffLabel))
    .filter((name): name is string => name !== undefined && name !== '');
}

const MAX_ROW_CHILDREN = 12;
const MAX_ROW_TEXT = 200;

/**
 * A small row that opens with a colleague's label and lists them after it: "<span>Hiring team:</span>
 * <span class=av>LB</span><span>Lotte Brouwer</span><span class=av>SJ</span><span>Sem Jansen</span>".
 * The row is the employer's side; returns it and the names in it, or undefined for any other label.
 */
export function staffRow(label: Element): { row: Element; names: { text: string; node: Element }[] } | undefined {
  const row = label.parentElement;
  if (row === null || row.firstElementChild !== label || row.childElementCount > MAX_ROW_CHILDREN || holdsFields(row)) return undefined;
  if (squash(row.textContent).length > MAX_ROW_TEXT) return undefined;
  const names: { text: string; node: Element }[] = [];
  for (const child of row.children) {
    const text = squash(child.textContent);
    if (child !== label && child.childElementCount === 0 && NAME_SHAPED.test(text) && text.includes(' ')) names.push({ text, node: child });
  }
  return { row, names };
}

/**
 * A leaf of text that speaks of the employer's side, by its label: "Contactpersoon
 * werkgeversdienstverlening: Yvonne Bakker-Smeets, 088 ..." is all a colleague's; "… · Verwezen
 * door: Ingrid Schipper" names one in a later pair; "Hiring team:" opens a row of them. A meeting
 * guest's badge ("Deelnemer") names the other side: given to `addGuest`.
 */
export function readStaffLine(
  element: Element,
  text: string,
  marks: PageMarks,
  addColleague: (name: string, node: Element) => void,
  nameColleague: (name: string) => void,
  addGuest?: (name: string, node: Element) => void,
): void {
  const guest = meetingGuest(element, text);
  if (guest !== undefined) addGuest?.(guest.text, guest.node);
  const host = HOST_BADGE.test(text) ? memberRow(element, text, HOST_BADGE)?.names[0] : undefined;
  if (host !== undefined) nameColleague(host.text);
  const colleague = staffLine(text, isStaffLabel);
  if (colleague !== undefined) marks.mark(element, { kind: 'staff' });
  if (colleague !== undefined && colleague !== '') for (const name of namesListed(text, colleague)) addColleague(name, element);
  else for (const name of staffInLaterPairs(text, isStaffLabel)) nameColleague(name);
  const byRole = text.length <= MAX_ROLE_LINE ? namedByRole(text) : undefined;
  if (byRole !== undefined) nameColleague(byRole);
  const team = colleague === '' ? staffRow(element) : memberRow(element, text);
  if (team !== undefined) marks.mark(team.row, { kind: 'staff' });
  for (const member of team?.names ?? []) addColleague(member.text, member.node);
}

/**
 * A colleague named after their team role in a short line: "Shared with hiring manager Sofia
 * Marchetti", "Doorgezet naar teamleider Bram Kok" (held-out set II). The role is any a form labels
 * a colleague with (colleague-before.ts); a capitalised role ("Hiring Manager Sofia Marchetti") may
 * open the run of capitalised words, so each word of a run may start the name.
 */
const NAME_RUNS = /\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \u00A0]+(?:\p{Ll}{1,3}[ \u00A0]+){0,3}\p{Lu}[\p{L}\p{M}'’.-]*){1,5}/gu;
const MAX_ROLE_LINE = 160;

function namedByRole(text: string): string | undefined {
  for (const run of text.matchAll(NAME_RUNS)) {
    const words = [...run[0].matchAll(/\S+/gu)];
    // A name is two words at least, as it was always read here.
    for (let index = 0; index < words.length - 1; index += 1) {
      const start = run.index + words[index]!.index;
      if (colleagueBefore(text, start)) return run[0].slice(words[index]!.index);
    }
  }
  return undefined;
}

// A member of a chat group or a workspace, by the badge of their part in it or their presence:
// "Sanne Koster · online · Eigenaar" in a group's list of members (Telegram, held-out set P).
const MEMBER_BADGE =
  /^(?:eigenaar|beheerder|admin|administrator|owner|moderator|groepsbeheerder|group admin|online|offline|afwezig|away|laatst gezien\b.{0,24}|last seen\b.{0,24})$/iu;
// A call's host and interviewers wear their part as a badge: "Co-interviewer · Operations Manager"
// under a name backstage (held-out set JJ, StreamYard). Only the name is theirs: a chat message
// with a host's badge still speaks of applicants ("No problem Yohannes", set FF).
const HOST_BADGE = /^(?:co-?)?(?:host|interviewer)(?:[ \t]*[·|,–][^·|]{0,40})?$/iu;
const MEMBER_LEVELS = 3;
const TABLE_HEADER = 'th, thead, [role="columnheader"], [role="rowheader"]';

// A meeting's guest, beside its moderators, or someone knocking in its lobby: "Chidi Okonkwo ·
// Deelnemer", "رامي الحموي · Wacht in de lobby" in a video interview (Jitsi, held-out set R).
const GUEST_BADGE = /^(?:deelnemer|participant|gast|guest|wacht in de lobby|in de lobby|waiting in (?:the )?lobby|in (?:the )?lobby)\b/iu;
/** Names in a script without case ("رامي الحموي") are names as whole as capitalised ones. */
const UNCASED_NAME = /^[\p{Lo}\p{M}]+(?:\s+[\p{Lo}\p{M}]+){1,3}$/u;

/** The name in a meeting guest's row, when the page's meeting is about an applicant (a row's badge), or undefined. */
export function meetingGuest(badge: Element, text: string): { text: string; node: Element } | undefined {
  return GUEST_BADGE.test(text) ? memberRow(badge, text, GUEST_BADGE)?.names[0] : undefined;
}

/** The small row a member badge stands in, with the name in it, or undefined. */
function memberRow(
  badge: Element,
  text: string,
  badges = MEMBER_BADGE,
): { row: Element; names: { text: string; node: Element }[] } | undefined {
  // A column header "Eigenaar" heads a column of owners, not a member's row.
  if (!badges.test(text) || badge.closest(TABLE_HEADER) !== null) return undefined;
  let row = badge.parentElement;
  for (let level = 0; row !== null && level < MEMBER_LEVELS; level += 1, row = row.parentElement) {
    if (row.childElementCount > MAX_ROW_CHILDREN || squash(row.textContent).length > MAX_ROW_TEXT || holdsFields(row)) return undefined;
    if (row.querySelector(TABLE_HEADER) !== null) return undefined;
    const names = [...row.querySelectorAll('*')]
      .filter((leaf) => leaf.childElementCount === 0 && leaf !== badge)
      .map((leaf) => ({ text: squash(leaf.textContent), node: leaf }))
      .filter((leaf) => (NAME_SHAPED.test(leaf.text) && leaf.text.includes(' ')) || UNCASED_NAME.test(leaf.text));
    if (names.length > 0) return names.length === 1 ? { row, names } : undefined;
  }
  return undefined;
}

const isStaffLabel = (label: string) => roleOfLabel(label) === 'staff-name';
