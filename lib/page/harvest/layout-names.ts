import { nameAfterActivity } from './activity-title';
import { NAME_PARTICLES } from '../../blinding/name-words';
import { mentionsApplication } from '../page-role';
import { isOurNameMask } from '../pseudonym-text';
import type { Candidates } from './candidates';
import { recordNeighbour } from './record-neighbours';
import { TITLE_TAGS } from './cue-words';
import { valueOverLabel } from './label-pairs';
import { HAN_NAME, INITIALS_TEXT, NAME_SHAPED } from './role-marks';
import { rememberedInSlice } from './slice-memo';
import { firstShownText, firstTextElement, hasTwin, isHeading, itemOf } from './structure';
import { inChrome } from './chrome';
import { nameAfterAvatar } from './team-lists';
import {
  aboutApplicant,
  asksAboutJob,
  forwardRow,
  mailAboutAnApplicant,
  otherMail,
  recipientRow,
  otherRowInList,
  speaksOfApplications,
  underTeamSection,
} from './row-topic';

/**
 * Names the layout points at: a link from a list to a detail page, the title of one card among
 * similar cards, and the first name-shaped text of a row or card that says it is about an
 * applicant (data-candidate, "applicant-row", or its words). Each is a weak cue; the candidates are judged with
 * the lexicon at the end of the pass.
 */
const TWO_WORDS = /\p{L}\S*\s+\S*\p{L}/u;
/** Text that can hold a given and a family name: two words, or a Han name. */
export const fullNameShaped = (text: string) => TWO_WORDS.test(text) || HAN_NAME.test(text);

/** The row or card an element stands in, asked up to three times per element by the tests below. */
const itemAt = rememberedInSlice((element: Element) => itemOf(element));
/** The first text of a card, asked by each of its links and headings. */
const firstTextOf = rememberedInSlice(firstTextElement);

/** A card's title among twins: its first text, no mail on another subject, no value over its label (asked last). */
const titlesItsCard = (item: Element, element: Element) =>
  item !== element &&
  hasTwin(item) &&
  firstTextOf(item) === element &&
  !otherMail(element) &&
  !valueOverLabel(item, element) &&
  !otherRowInList(item);

/**
 * A line under the name that titles a person's card ("Interview Fri 23 May with Nadia Haddou" under
 * "Tomasz Zieliński", held-out set V): whom it names is someone else, the interviewer.
 */
function underAPersonsName(element: Element): boolean {
  const above = element.previousElementSibling;
  if (above !== null && above.childElementCount === 0 && personsName((above.textContent ?? '').trim())) return true;
  const item = itemAt(element);
  const first = item === undefined || item === element ? undefined : firstTextOf(item);
  return first !== undefined && first !== element && !first.contains(element) && personsName((first.textContent ?? '').trim());
}
/**
 * A name, or our mask over one: a card read again after its name was masked ("Applied for Line Cook"
 * under it, set DD). Also written surname first: "Bakker, Danique" over "Gesprek vr 21 jun · <the
 * interviewer>" (set GG).
 */
const personsName = (text: string) => NAME_SHAPED.test(text) || isOurNameMask(text) || NAME_SHAPED.test(givenFirst(text));
const givenFirst = (text: string) => (/^[^,]+,[^,]+$/u.test(text) ? text.split(',').reverse().join(' ').trim().replace(/\s+/gu, ' ') : '');

/** A row's first name (`heads`), when the row is about an applicant and the name no value over its label. */
const namesItsRow = (item: Element, element: Element) =>
  (aboutApplicant(item) || asksAboutJob(item)) && !otherMail(element) && !valueOverLabel(item, element);

export function layoutNames(element: Element, text: string, candidates: Candidates): void {
  // First: the card's title then stands for the name it ends in (candidates keep an anchor's first text).
  if (!underAPersonsName(element)) activityTitle(element, text, candidates);
  recordNeighbour(element, text, candidates);
  if (element.tagName === 'A') {
    const href = element.getAttribute('href') ?? '';
    const item = itemAt(element);
    if (item !== undefined && hasTwin(item) && href !== '' && !/^(?:mailto|tel|javascript):/iu.test(href)) {
      const line = linkLine(element);
      // A card's link: its first line is the name, and the element of that line holds it (not the badges under it).
      if (line === undefined) candidates.add(element, text, 'detail-link');
      else candidates.add(line.anchor, line.text, 'detail-link');
    }
  }
  if (isHeading(element) || TITLE_TAGS.has(element.tagName)) {
    const item = itemAt(element);
    if (item !== undefined && titlesItsCard(item, element)) {
      if (underTeamSection(item)) return candidates.staff(text);
      candidates.add(element, text, 'card-title');
    }
  }
  // Cheapest tests first: a name has two words, and most leaves ("Nieuw", a date) do not.
  if (element.childElementCount === 0 && fullNameShaped(text) && !inChrome(element)) {
    const item = itemAt(element);
    // Outside a list, a name beside an initials avatar that spells it: a call's lobby, "OA" beside
    // "Olamide Adeyemi" (set AA).
    const box = element.parentElement?.parentElement;
    if (item === undefined && box != null && avatarSpells(box, text)) return candidates.add(element, text, 'avatar-initials');
    // Only the first name-shaped text of a row or card names its person.
    // A row that is its name alone ("<li>Aydın, Mert</li>" in a class list beside a student's record, set II).
    if (item === element) return leafRowName(element, text, candidates);
    if (item === undefined || firstNameText(item) !== element || recipientRow(item)) return;
    // The sender of a forward is the team's: their name in the note they forward with is no applicant's (held-out set S, GMX);
    // so is the sender of a mail about an applicant ("de nieuwe leerling kan maandag beginnen", set AA).
    if (forwardRow(item) || mailAboutAnApplicant(item)) candidates.likelyStaff(text);
    else if (namesItsRow(item, element)) {
      // Layout cues only: in a notes feed the first name of an entry is its author (candidates.ts).
      candidates.add(element, text, 'list-cell');
      candidates.add(element, text, 'card-title');
      if (avatarSpells(item, text)) candidates.add(element, text, 'avatar-initials');
    }
    // Rows alike hold names alike: where one row's name is an applicant's, so are the others'
    // (rows-of-applicants.ts). Not in a list whose rows' words say which are applications.
    const list = item.parentElement;
    if (list !== null && hasTwin(item) && !speaksOfApplications(list, item) && !valueOverLabel(item, element))
      candidates.rowName(element, text, list);
  }
}

/** Rows alike hold names alike (rows-of-applicants.ts): a row that holds only a name is one of them. */
function leafRowName(row: Element, text: string, candidates: Candidates): void {
  const list = row.parentElement;
  if (list !== null && hasTwin(row) && !speaksOfApplications(list, row)) candidates.rowName(row, text, list);
}

/**
 * A task's title that ends in the applicant's name, as a leaf or as one of an element's own texts
 * between its badges ("#58 Interview loop – Nadia Boukhari <span>hiring</span>", "10:12 <span>|</span>
 * Sollicitatiegesprek UX-designer – Oleksandr Bondar <span>|</span> kfp-umrq-zbe" in a call's bar,
 * held-out set U). A title that names an application says who applied as plainly as a label does.
 */
export function activityTitle(element: Element, text: string, candidates: Candidates): void {
  if (element.childElementCount === 0) return void titleNames(element, text, candidates);
  let read = 0;
  for (let node = element.firstChild; node !== null && read < MAX_OWN_TEXTS; node = node.nextSibling) {
    const own = node.nodeType === 3 ? (node.textContent ?? '').replace(/\s+/gu, ' ').trim() : '';
    if (own === '') continue;
    read += 1;
    if (titleNames(element, own, candidates, node as Text)) return;
  }
}
const MAX_OWN_TEXTS = 4;

function titleNames(element: Element, title: string, candidates: Candidates, node?: Text): boolean {
  const named = nameAfterActivity(title);
  if (named === undefined) return false;
  candidates.add(element, named, namesWhoApplied(element, title) ? 'field-role' : 'card-title', node);
  return true;
}

/**
 * "Sollicitatiegesprek UX-designer – Oleksandr Bondar": a meeting about an application, then a dash
 * and whom it is with. A page's title "Sollicitaties | Connexys Recruitment" ends in the product's
 * name, a mail's subject "Application: Finance Trainee" may end in a job.
 */
const namesWhoApplied = (element: Element, title: string) =>
  element.tagName !== 'TITLE' && !/[|·]/u.test(title) && /[–—]|\s-\s/u.test(title) && MEETING.test(title) && mentionsApplication(title);
const MEETING = /gesprek|interview|kennismaking|intake/iu;

/**
 * A row that holds its name as bare text between its badges: "<div><span>EZ</span> Ewa Zielińska
 * <span>Offer</span></div>", or as the leading text of one of its blocks, before a line under it:
 * "<li><span>MK</span><div>Marta Kowalczyk<small>Completed 27 May</small></div></li>". The text
 * node is the name's; the row's other parts stay.
 */
export function bareRowName(row: Element, candidates: Candidates): void {
  const shown = row.shadowRoot ?? row; // a custom element's card shows its shadow root (set PP)
  if (shown.childElementCount === 0 || shown.childElementCount > 6 || !hasTwin(row) || inChrome(row)) return;
  const nameShaped = (text: string) => !INITIALS_TEXT.test(text) && fullNameShaped(text);
  // The text its avatar spells names the row's person, after the card's title too ("Traineeship –
  // Rose Visser", then "<span>RV</span>Rose Visser": a CRM's pipeline card, held-out set OO).
  const first = firstShownText(row, 6, (text) => nameShaped(text) && avatarSpells(row, text)) ?? firstShownText(row, 6, nameShaped);
  if (first === undefined || !standsInRow(first, row)) return;
  const text = first.data.replace(/\s+/gu, ' ').trim();
  if (aboutApplicant(row) || asksAboutJob(row)) {
    candidates.add(row, text, 'list-cell', first);
    if (avatarSpells(row, text)) candidates.add(row, text, 'avatar-initials', first);
    return;
  }
  // Rows alike hold names alike: "Pending new starters" beside the form of one of them (held-out set HH).
  const list = row.parentElement;
  if (list !== null && !speaksOfApplications(list, row)) candidates.rowName(row, text, list, first);
}

/**
 * The text is the row's own, or leads a block of the row that has more than this text (a line
 * under it), also a block in the row's body or its shadow root's ("<div class=conv><span>AW</span>
 * <div class=t><div class=n>Agnieszka Wójcik <small>1h</small></div>…", a chat's list, set U; set PP).
 */
function standsInRow(text: Text, row: Element): boolean {
  const holder = text.parentElement;
  if (holder === row) return true;
  // Or follows its avatar's letters in its block: "<div class=c><span>RV</span>Rose Visser</div>" (set OO).
  const leads = holder?.firstChild === text || (holder != null && nameAfterAvatar(holder)?.name === text.data.replace(/\s+/gu, ' ').trim());
  if (holder === null || holder.childElementCount === 0 || !leads) return false;
  for (let depth = 0, level = holder.parentElement; level !== null && depth < ROW_BODY_LEVELS; depth += 1, level = level.parentElement)
    if (level === row || level.parentNode === (row.shadowRoot ?? undefined)) return true;
  return false;
}
const ROW_BODY_LEVELS = 2;

const MAX_AVATAR_LOOKS = 8;
/** Longest text of a row of fields: a message or a note runs longer. */
const MAX_FIELD_TEXT = 60;

/**
 * The two-letter initials among an item's first leaves, read once a slice (each of its cells
 * asks). None for a message or a note: there the avatar and name at its head are its author's.
 */
const avatarLetters = rememberedInSlice((item: Element): string[] => {
  const walker = item.ownerDocument.createTreeWalker(item, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode())
    if ((node.textContent ?? '').trim().length > MAX_FIELD_TEXT) return [];
  const found: string[] = [];
  let looked = 0;
  for (const element of item.querySelectorAll('*')) {
    if (element.childElementCount !== 0) continue;
    if ((looked += 1) > MAX_AVATAR_LOOKS) break;
    const letters = (element.textContent ?? '').replace(/[\s.]/gu, '');
    if (letters.length === 2 && INITIALS_TEXT.test(letters)) found.push(letters);
  }
  return found;
});

/**
 * An initials avatar in the item spells the text's initials ("RD" beside "Rohit Deshpande",
 * "DR" beside "Deshpande, Rohit"): the text names a person, whether or not the lexicon knows them.
 */
function avatarSpells(item: Element, text: string): boolean {
  const words = text.split(/[\s,]+/u).filter((word) => /^\p{Lu}/u.test(word) && !NAME_PARTICLES.has(word.toLowerCase()));
  if (words.length < 2) return false;
  const first = words[0]![0]!;
  const last = words[words.length - 1]![0]!;
  return avatarLetters(item).some((letters) => letters === first + last || letters === last + first);
}

const NOT_NAME_PART =
  /(?:^|[^a-z])(?:role|function|functie|job|position|title|status|badge|tag|meta|sub|subtitle|detail|label)(?:$|[^a-z])/iu;

/**
 * The first line of a link around a whole card ("Hope Rose" over a badge "Stage · Engelstalig"),
 * with the element that holds it; undefined when the link is one line (a name split in inline
 * parts, "<span>Kim</span> <span>de Vries</span>", is one line).
 */
function linkLine(link: Element): { text: string; anchor: Element } | undefined {
  const view = link.ownerDocument.defaultView;
  if (view === null || link.childElementCount < 2) return undefined;
  let line = '';
  let first: Node | undefined;
  let ended = false;
  for (const child of link.childNodes) {
    const content = child.textContent ?? '';
    if (content.trim() === '') continue;
    // A block starts a line and ends it: what follows it is on a line of its own.
    const display = child.nodeType === 1 ? view.getComputedStyle(child as Element).display : 'inline';
    // A part whose class says it is a role or a badge ("<span class=role>Servicemonteur</span>") is not the name's.
    const part = child.nodeType === 1 && NOT_NAME_PART.test((child as Element).getAttribute('class') ?? '');
    const block = part || (display !== '' && display !== 'contents' && !display.startsWith('inline'));
    if (line !== '' && (ended || block)) {
      const text = line.replace(/\s+/gu, ' ').trim();
      return { text, anchor: first?.nodeType === 1 && (first.textContent ?? '').trim() === text ? (first as Element) : link };
    }
    first ??= child;
    line += ` ${content}`;
    ended = block;
  }
  return undefined;
}

/**
 * The first text in an item of two words or more that is no initials avatar and no subject about
 * an application: where a row names its person. A ticket or mail row may lead with its subject
 * ("Reactie op vacature planner", then "Sneha Kulkarni · 2 dagen geleden"; held-out set L). A
 * name masked already is where it was: a long page's rest is read after its top is masked, and a
 * row cut by the boundary then shows "Kandidaat …" before its client "Meridian Bank" (set CC).
 */
const firstNameText = rememberedInSlice(
  (item: Element): Element | undefined =>
    firstShownText(
      item,
      12,
      (text, node) =>
        isOurNameMask(text) ||
        (!INITIALS_TEXT.test(text) && fullNameShaped(text) && !mentionsApplication(text) && !inABadge(node) && !brandLike(text)),
    )?.parentElement ?? undefined,
);

/**
 * A product's or channel's name before the person's ("WhatsApp Business API", then "Marisol da
 * Silva": a help desk's conversation, held-out set T): a word with a capital inside after a few
 * small letters ("WhatsApp", "LinkedIn"; not "McDonald", "MacKenzie"), or an acronym among words.
 */
const brandLike = (text: string): boolean =>
  /\p{Ll}{3}\p{Lu}/u.test(text) || (/(?<![\p{L}])\p{Lu}{2,4}(?![\p{L}])/u.test(text) && /\p{Lu}\p{Ll}/u.test(text));

/** A card's tags and badges ("Front Office" in <span class="pp-label">) come before its title but are not its name (set O). */
const BADGE = /(?:^|[^a-z])(?:badge|badges|tag|tags|label|labels|chip|chips|pill|pills|lozenge)(?:$|[^a-z])/iu;
const inABadge = (node: Text): boolean => BADGE.test(node.parentElement?.getAttribute('class') ?? '');
