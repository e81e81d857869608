import { SPEAKS_AS_APPLICANT } from '../application-talk';
import { mentionsAnApplication, mentionsApplication } from '../page-role';
import { attributeSignal } from './attribute-roles';
import { MAIL_ROW_PARTS } from './cue-words';
import { firstClass } from '../labels';
import { FORWARD_SUBJECT } from './forwarded';
import { rememberedInSlice } from './slice-memo';
import { squash } from './values';
import { hasTwin, isHeading, itemOf, siblingsLike, twins } from './structure';

/**
 * What a row of a list is about, from its words and the list around it: an applicant ("Sollicitatie
 * stage marketing" in an inbox row, a list headed "Kandidaten"), or something else (a mail about a
 * roster in an inbox that also holds applications). Its sender or person is then someone else.
 */

/** The row or card an element stands in, asked by each name in it. */
const itemAt = rememberedInSlice((element: Element) => itemOf(element));

/** A mail header's recipient row ("Aan: Ellen van Dijk (via Baanzoeker)", set QQ): whom a mail went to. */
export function recipientRow(item: Element): boolean {
  const label = item.firstElementChild;
  return label !== null && label.childElementCount === 0 && RECIPIENT_LABEL.test(squash(label.textContent));
}
const RECIPIENT_LABEL = /^(?:aan|to|cc|bcc)\s*:?$/iu;

/** A forward's row ("Fwd: Sollicitatie Chauffeur"): its sender is the colleague who forwards. */
export function forwardRow(item: Element): boolean {
  if (item.parentElement === null || !hasTwin(item)) return false;
  const text = spacedText(item, 400);
  return text !== undefined && FORWARD_SUBJECT.test(text);
}

/**
 * A mail's row whose subject or snippet speaks of an applicant in the third person: "Anouk, de
 * nieuwe leerling kan maandag beginnen" (held-out set AA). Its sender writes about the applicant
 * (a colleague, a school), and is none; a mail in which someone applies is never this.
 */
export function mailAboutAnApplicant(item: Element): boolean {
  if (item.querySelector(MAIL_ROW_PARTS) === null) return false;
  const text = spacedText(item, 400);
  if (text === undefined || SPEAKS_AS_APPLICANT.test(text)) return false;
  // "Re: Sollicitatie verkoopmedewerker · Gert, ik heb haar cv gelezen": a reply about someone (held-out set II).
  return THIRD_PERSON_APPLICANT.test(text) || (REPLY.test(text) && THIRD_PERSON.test(text));
}
/**
 * A message about applicants, not by one: "hierbij de cv's van de kandidaten" in a colleague's
 * transfer (held-out set HH, WeTransfer). Its greeting and signature name colleagues.
 */
export function aboutApplicantsAsTeam(text: string): boolean {
  return (THIRD_PERSON_APPLICANT.test(text) || APPLICANTS_PLURAL.test(text)) && !SPEAKS_AS_APPLICANT.test(text);
}
const APPLICANTS_PLURAL =
  /(?<![\p{L}])(?:de|alle|onze|deze|the|our|all)[ \t]+(?:kandidaten|sollicitanten|stagiairs|leerlingen|candidates|applicants)(?![\p{L}])/iu;
const REPLY = /(?:^|\s)(?:re|antw|aw|sv)\s*:/iu;
// Not "zijn", which is also "are": "wat zijn de tijden?" in an applicant's own reply.
const THIRD_PERSON = /(?<![\p{L}-])(?:hij|zij|haar|hem|he|she|her|his|him)(?![\p{L}-])/iu;
const THIRD_PERSON_APPLICANT =
  /(?<![\p{L}])(?:de|het|onze|deze|die|the|our|this)[ \t]+(?:nieuwe[ \t]+|new[ \t]+)?(?:leerling|stagiair|stagiaire|kandidaat|sollicitant|bbl-?er|bol-?er|student|applicant|candidate|intern|trainee)(?![\p{L}])/iu;

const MAX_ROWS_ASKED = 60;
/** A document's name: a form's submission that holds a cv is not a mail about applying. */
const FILE_NAMES = /\S+\.(?:pdf|docx?|odt|rtf)/giu;
/**
 * Some of a list's first rows alike to `item` speak of an application, in words other than a
 * file's name. Decided once per list: its rows are of one kind.
 */
export function speaksOfApplications(list: Element, item: Element): boolean {
  let verdict = listsSpeaking.get(list);
  if (verdict !== undefined) return verdict;
  verdict = false;
  let asked = 0;
  for (let row = list.firstElementChild; row !== null && asked < MAX_ROWS_ASKED && !verdict; row = row.nextElementSibling, asked += 1) {
    // A row of a list holds a sender or a person beside its subject; a subject line alone is a part of a row.
    if (!twins(row, item) || !holdsParts(row)) continue;
    const text = spacedText(row, 400);
    verdict = text !== undefined && mentionsApplication(text.replace(FILE_NAMES, ' '));
  }
  listsSpeaking.set(list, verdict);
  return verdict;
}
const listsSpeaking = new WeakMap<Element, boolean>();

/** Two texts or more: a sender and a subject, a name and a date. */
function holdsParts(row: Element): boolean {
  const walker = row.ownerDocument.createTreeWalker(row, NodeFilter.SHOW_TEXT);
  let parts = 0;
  for (let node = walker.nextNode(); node !== null && parts < 2; node = walker.nextNode())
    if ((node.textContent ?? '').trim() !== '') parts += 1;
  return parts >= 2;
}

/** A mail about a vacancy in a list that holds applications ("Re: Vacature schoonmaker") comes from someone who may apply (set S). */
export function asksAboutJob(item: Element): boolean {
  const list = item.parentElement;
  if (list === null || !hasTwin(item)) return false;
  const text = spacedText(item, 400);
  return text !== undefined && VACANCY_WORD.test(text) && speaksOfApplications(list, item);
}
// "Is de functie planner ook parttime mogelijk?" in a careers inbox (held-out set U, Intercom).
const VACANCY_WORD = /\b(?:vacature|vacancy|vacancies|job|functie|stageplek|stageplaats)\b/iu;

/** A row of a list (a mail in an inbox) that says nothing about an application: its sender is someone else. */
export function inRowAboutSomethingElse(element: Element): boolean {
  const item = itemAt(element);
  if (item === undefined || item === element) return false;
  // A table row or an option is a row of its list even when its class differs (a read mail).
  if (!hasTwin(item) && !ROW_TAGS.has(item.tagName) && !ROW_ROLES.has(item.getAttribute('role') ?? '')) return false;
  return rowAboutSomethingElse(item);
}

/** The row's words say nothing of an application, and nothing about it says applicant. */
function rowAboutSomethingElse(row: Element): boolean {
  const text = spacedText(row, 400);
  return text !== undefined && !mentionsApplication(text) && !aboutApplicant(row);
}
const ROW_TAGS = new Set(['TR', 'LI']);

/** The mail in a list (an option, a row with a subject) is about something else, or a forward of someone else's. */
export function otherMail(element: Element): boolean {
  const option = element.closest('[role="option"]');
  const subject = option === null ? element.closest('li, tr, [role="row"]')?.querySelector(SUBJECT) : undefined;
  if (option === null && (subject == null || subject === element)) return false;
  const row = option ?? subject!.closest('li, tr, [role="row"]')!;
  if (subject != null && FORWARD_SUBJECT.test(subject.textContent ?? '')) return true;
  // "Vraag over vacature", "Question about the traineeship": a mail about a job comes from someone who may apply.
  return rowAboutSomethingElse(row) && !JOB_WORD.test(row.textContent ?? '');
}

/**
 * The row of plain blocks an element stands in is about something else, among rows about
 * applications: "Planning gesprekken … Groet, Bas" in an inbox of applications is a colleague's
 * mail, and so its greeting and signature name colleagues (held-out set CC, Mailbird).
 */
export function inOtherRowOfList(element: Element): boolean {
  const item = itemAt(element);
  if (item === undefined || item === element) return false;
  // A list's row by its tag or role: paragraphs of a letter are alike too.
  return (ROW_TAGS.has(item.tagName) || ROW_ROLES.has(item.getAttribute('role') ?? '')) && otherRowInList(item);
}

/**
 * A row of a list whose other rows speak of applications, while this one speaks of something else
 * ("Ritten week 11" among "Sollicitatie planner" in an inbox of plain blocks, held-out set S, GMX):
 * the name heading it is no applicant's.
 */
export function otherRowInList(item: Element): boolean {
  const list = item.parentElement;
  return (
    list !== null &&
    hasTwin(item) &&
    rowAboutSomethingElse(item) &&
    !JOB_WORD.test(item.textContent ?? '') &&
    speaksOfApplications(list, item)
  );
}
// Not the employer's own papers about a job: "Nieuwe functieomschrijving projectleider" (held-out set CC),
// "Begroting stagevergoedingen 2027" (set DD).
const JOB_WORD =
  /\b(?:vacature(?!tekst)|vacanc|job(?! description)|baan|stage(?!vergoeding|budget|beleid)|intern|trainee|functie(?!omschrijving|profiel)|position|opleiding|diploma)/iu;
const SUBJECT = '[class*="subject" i], [data-test-id*="subject" i], [data-testid*="subject" i]';
const ROW_ROLES = new Set(['row', 'option', 'listitem']);

/**
 * The row or card, or the list around it, says it is about an applicant: by its attributes or
 * those of its own children, or a row of a list by its words ("Sollicitatie stage marketing" in an inbox row).
 */
export const aboutApplicant = rememberedInSlice((item: Element): boolean => {
  if (hasTwin(item)) {
    const text = spacedText(item, 400);
    if (text !== undefined && mentionsAnApplication(text)) return true;
  }
  let current: Element | null = item;
  for (let depth = 0; current !== null && depth < 3; depth += 1, current = current.parentElement) {
    if (attributeSignal(current).applicant) return true;
  }
  // Its photo or initials say whose row it is: <img data-test-candidate-photo>, <span class="applicant-initials">.
  for (
    let child = item.firstElementChild, seen = 0;
    child !== null && seen < MAX_CHILDREN_READ;
    child = child.nextElementSibling, seen += 1
  ) {
    if (attributeSignal(child).applicant) return true;
  }
  return listOfApplicants(item);
});

const MAX_CHILDREN_READ = 8;

/**
 * The list an item stands in is named as one of applicants: its aria-label, the heading just
 * before it ("Kandidaten (18)"), the list's own header line ("Medior Developer · 23 kandidaten"),
 * or that of another lane of its board.
 */
function listOfApplicants(item: Element): boolean {
  const lane = item.parentElement;
  if (lane !== null && headedAsApplicants(lane, item)) return true;
  // A board's lanes hold one kind of card: one lane headed "Screening" makes "Nieuw" and "Gesprek"
  // beside it lanes of applicants too (JOIN's pipeline, held-out set L).
  if (lane !== null && siblingsLike(lane).some((other) => headedAsApplicants(other, item))) return true;
  let current = item.parentElement;
  for (let depth = 0; current !== null && depth < 4 && current.tagName !== 'BODY'; depth += 1, current = current.parentElement) {
    const label = current.getAttribute('aria-label');
    if (label !== null && label.length < 80 && mentionsApplication(label)) return true;
    const heading = headingBefore(current);
    if (heading.length < 80 && mentionsApplication(heading)) return true;
  }
  return false;
}

/** Longest line between a heading and its list: "Vacature: Stagiair bediening, Grand Café Mulder, …". */
const MAX_LINE_BETWEEN = 240;

/**
 * The heading just before a list, or before the one short line that introduces it: "Overzicht
 * sollicitatieronde oktober", "Vacature: …", then a table of interviews (held-out set Z, a note).
 */
function headingBefore(list: Element): string {
  let before = list.previousElementSibling;
  if (before !== null && !isHeading(before) && (before.textContent ?? '').length <= MAX_LINE_BETWEEN)
    before = before.previousElementSibling;
  return before !== null && isHeading(before) ? (before.textContent ?? '') : '';
}

const listHeaders = new WeakMap<Element, Map<string, boolean>>();
const MAX_ROWS_READ = 4;
/** The kind of a list's children an item is: its tag and first class word ("DIV lead-card"). */
const kindOf = (item: Element) => `${item.tagName} ${firstClass(item)}`;

/**
 * A list's header line, before its rows, speaks of applicants ("Medior Developer · 23
 * kandidaten"). Rows that speak of applicants make no other row an applicant's: one application
 * among the mails of an inbox makes no colleague who sent another an applicant. Decided once per
 * list and kind of item, from its first children: a lane asked for its heading before its cards
 * came (a pipeline drawn after load, held-out set OO) still heads the cards.
 */
function headedAsApplicants(list: Element, item: Element): boolean {
  let verdicts = listHeaders.get(list);
  if (verdicts === undefined) listHeaders.set(list, (verdicts = new Map()));
  const kind = kindOf(item);
  let verdict = verdicts.get(kind);
  if (verdict !== undefined) return verdict;
  verdict = false;
  let read = 0;
  for (let child = list.firstElementChild; child !== null && read < MAX_ROWS_READ; child = child.nextElementSibling, read += 1) {
    // The header stands before the first row (rows of one list, whatever their state's class says).
    if (twins(child, item)) break;
    const text = spacedText(child, 120);
    if (text !== undefined && mentionsApplication(text)) {
      verdict = true;
      break;
    }
  }
  verdicts.set(kind, verdict);
  return verdict;
}

/** The item's texts joined with spaces (blocks next to each other are separate words), or undefined past `limit`. */
export function spacedText(item: Element, limit: number): string | undefined {
  const walker = item.ownerDocument.createTreeWalker(item, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    text += ` ${node.textContent ?? ''}`;
    if (text.length > limit) return undefined;
  }
  return text;
}

/**
 * A list's section that holds the team: a chat console lists its visitors, then "Collega's online"
 * and the colleagues in rows alike (held-out set NN, a live chat). Read back from the row to the
 * nearest line that is no row.
 */
const TEAM_SECTION = /^(?:collega['’]?s|colleagues|team(?:leden)?|team members|operators|agents|medewerkers)(?:[ \t(]|$)/iu;
const MAX_SECTION_LINE = 40;
const MAX_ROWS_BACK = 60;

/** The row stands under a line of its list that says the rows after it are the team's ("Collega's online"). */
export function underTeamSection(row: Element): boolean {
  let back = 0;
  for (
    let before = row.previousElementSibling;
    before !== null && back < MAX_ROWS_BACK;
    before = before.previousElementSibling, back += 1
  ) {
    if (twins(before, row)) continue;
    const line = squash(before.textContent);
    return line.length <= MAX_SECTION_LINE && TEAM_SECTION.test(line);
  }
  return false;
}
