import { roleOfLabel } from '../../blinding/field-roles';
import { PERSON_PARTICLE } from '../../blinding/name-words';
import { judgeName } from '../../blinding/name-evidence';
import { firmShaped } from '../../blinding/firm-shaped';
import type { NameLexicon } from '../../blinding/name-lexicon';
import { isGenericMailbox } from '../generic-mailbox';
import type { Candidates } from './candidates';
import { ACCOUNT_OF, domainOf, EMAIL, MAIL_TITLE, SENDER_ATTRIBUTES, SIGN_OUT_BESIDE, SIGNED_IN, STAFF_SUFFIX } from './cue-words';
import { forwardedWithin, isFreeMail, mailWithinOrganisation } from './forwarded';
import type { PageMarks } from './page-marks';
import { inRowAboutSomethingElse } from './row-topic';
import { isHeading, itemOf } from './structure';
import { inBanner } from './chrome';
import { accountRows, leadingName } from './staff-table';
import { mentionsApplication } from '../page-role';
import { groupMembers, guestAmongMembers, memberRole, nameAfterAvatar, ownerOfAWorkspace } from './team-lists';

/**
 * The people on the employer's side, as a page shows them: the signed-in account in the header or
 * the title, "Wessel Maas (Recruiter)", "Ingelogd als ...", and senders at the account's own
 * mail domain. Only applicants are hidden; these names stay readable.
 */
export interface Colleagues {
  add: (text: string, node: Element | Text) => void;
  /** The signed-in account in a text: its address (and so its domain) and its name. */
  account: (text: string, element: Element) => void;
  /** The document's title, where a mail client names its account. */
  title: (text: string, element: Element) => void;
  /** What an element says about colleagues (header, self-introductions, mail senders). */
  read: (element: Element, text: string | undefined) => void;
  /** An address at the signed-in account's own domain. */
  isColleagueAddress: (address: string) => boolean;
}

const ACCOUNT_CLASS = /(?:^|[\s_-])(?:account|acct|mailbox)(?:$|[\s_-])/iu;
/** A name over an address in the page's header: a line break and the address, an icon at most. */
const MAX_ACCOUNT_PARTS = 3;
const squash = (text: string | null) => (text ?? '').replace(/\s+/gu, ' ').trim();
/** A part of a line that opens with a role in brackets: "(Recruiter) · 09:12". */
const ROLE_FIRST = /^\(([^()]{2,30})\)/u;
/** A name and its part on one line: "Ingrid Mulder · Opdrachtgever" (held-out set R, Temper). */
const NAME_THEN_ROLE = /^(\p{Lu}.{1,58}?)[ \u00A0]+[·|•][ \u00A0]+([^·|•\d]{2,30})$/u;
/** What a system's history says a user did after their name: "<b>Orhan Yılmaz</b> heeft opgeslagen". */
const EDITED_BY =
  /^[ \u00A0]*(?:heeft|has)[ \u00A0]+(?:\p{Ll}+[ \u00A0]+)?(?:opgeslagen|gepubliceerd|aangemaakt|gewijzigd|bewerkt|verwijderd|saved|published|created|edited|updated|deleted|modified)(?![\p{L}])/u;
/** The signed-in user in a list of people: "Sander Vos (ik)", "Wei Chen (You)". */
const SELF_SUFFIX = /^(\p{Lu}.{1,58}?)[ \u00A0]*\((?:ik|jij|me|you|mij|jou)\)$/iu;
/** A client or supplier is the employer's contact, as a colleague is (held-out set R). */
// The firm's own people and contacts as a list of recent records tags them: "Yusuf Erdem (medewerker)" (set EE).
const BUSINESS_CONTACT = /^(?:klant|client|customer|opdrachtgever|leverancier|supplier|partner|medewerker|employee|collega|colleague)$/iu;
/** A record tagged as an applicant's: "Jeroen Hazelaar (kandidaat)" in a list of recently viewed records (set EE). */
const APPLICANT_TAG = /^(?:kandidaat|kandidate|sollicitant|sollicitante|candidate|applicant)$/iu;
const ofTheEmployer = (part: string) => roleOfLabel(part) === 'staff-name' || BUSINESS_CONTACT.test(part.trim());
/** An attribute that is an address and nothing else: a sender's, not a sentence that holds one. */
const ACCOUNTS_HEADING = /^(?:accounts?|mijn accounts?|my accounts?|postvakken|mailboxes)$/iu;
const underAccounts = (element: Element): boolean =>
  element.previousElementSibling?.childElementCount === 0 && ACCOUNTS_HEADING.test(squash(element.previousElementSibling.textContent));
const BARE_ADDRESS = /^[^\s@<>()]{1,64}@[^\s@<>()]{1,253}\.[^\s@<>()]{2,24}$/u;

/** "<span class=from>Jolanda Smit</span> &lt;j.smit@…&gt;": the sender's address right after their name. */
function addressAfter(element: Element): string | undefined {
  const after = element.nextSibling;
  return after?.nodeType === 3 ? ADDRESS_AFTER.exec(after.textContent ?? '')?.[1] : undefined;
}
const ADDRESS_AFTER = /^[ \u00A0]*<([^\s@<>()]{1,64}@[^\s@<>()]{1,253}\.[^\s@<>()]{2,24})>/u;
const NAME_AND_ADDRESS = /^"?(\p{Lu}[^"<>@\n]{1,58}?)"?[ \u00A0]*<([^\s@<>()]{1,64}@[^\s@<>()]{1,253}\.[^\s@<>()]{2,24})>$/u;

/** A leaf's text, or the text nodes of mixed content ("<strong>Skyline Hotel</strong>Ingrid Mulder · Opdrachtgever"). */
function ownLines(element: Element, text: string | undefined): string[] {
  if (element.childElementCount === 0) return text !== undefined && /[·|•]/u.test(text) ? [text] : [];
  const lines: string[] = [];
  for (const child of element.childNodes)
    if (child.nodeType === 3 && /[·|•]/u.test(child.textContent ?? '')) lines.push(squash(child.textContent));
  return lines;
}

const NAME_WITH_ROLE = new RegExp(
  String.raw`(\p{Lu}[\p{L}\p{M}'’-]+(?:[ \u00A0]+(?:${PERSON_PARTICLE}[ \u00A0]+){0,3}\p{Lu}[\p{L}\p{M}'’-]+){1,3})[ \u00A0]+\(([^()\n]{2,30})\)`,
  'gu',
);
// A mention token names a user of the tool: "@Siebren Wouda" in a comment (Front, held-out set Q).
const MENTION = new RegExp(String.raw`^@(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:${PERSON_PARTICLE}\s+){0,3}\p{Lu}[\p{L}\p{M}'’.-]*){0,3})$`, 'u');

/** A value short enough to be a colleague's name the lexicon does not know: at most five words. */
const STAFF_VALUE = /^\s*\S+(?:\s+\S+){0,4}\s*$/u;
const VALUE_PARTS = /\s+[·|•–—]\s+|\s*;\s*/u;
const LEADING_LABEL = /^[^:：]{1,30}[:：]\s*/u;

/** A control that picks one of a list of records: its label is the record shown, not the user. */
const PICKER = '[aria-haspopup="listbox" i], [role="combobox"], select';

export function createColleagues(lexicon: NameLexicon, marks: PageMarks, candidates: Candidates, counted: () => void): Colleagues {
  const domains = new Set<string>();

  function add(text: string, node: Element | Text): void {
    // "Project owner: Jeroen Smits · Collaborators: …": the value's first part is the name.
    const head = (text.split(VALUE_PARTS, 1)[0] ?? '').replace(LEADING_LABEL, '');
    const judged = judgeName(text, ['field-role'], lexicon).name || (head === text ? '' : judgeName(head, ['field-role'], lexicon).name);
    // A line of a log under "Logboek BPV-docent" is what the teacher wrote, not their name: a
    // sentence names no colleague by its label alone (held-out set GG).
    // A firm named first is the client itself: "Klant: Veldwerk Software · Standplaats: Utrecht" (set FF).
    const short = STAFF_VALUE.test(text) ? text : STAFF_VALUE.test(head) && firmShaped(head, lexicon) ? head : '';
    if (judged === '' && short === '') return;
    const name = judged || short;
    candidates.staff(name);
    // A name from the title belongs to no element: marking the root would make everything near it staff.
    if (node !== node.ownerDocument?.documentElement) marks.mark(node, { kind: 'staff' });
    counted();
  }

  function account(text: string, element: Element): void {
    for (const match of text.matchAll(EMAIL)) {
      if (!isFreeMail(domainOf(match[0]))) domains.add(domainOf(match[0])); // a free provider's is anyone's (xs4all, set II)
      candidates.staff(match[0].slice(0, match[0].indexOf('@')).replace(/[._-]+/gu, ' '));
    }
    // "Account: Renske Pauwels (renske@werkplaats.example)", "werken@groenveld.example (Mark Hendriks)" (set DD).
    const named = /^(?:[^:]{0,30}:\s*)?([^()@:]{2,60}?)\s*\(/u.exec(text) ?? /@\S+\s*\(([^()@:]{2,60})\)$/u.exec(text);
    if (named?.[1] !== undefined && judgeName(named[1], ['attribute'], lexicon).accept) add(named[1], element);
  }

  /** A mail client's title names its account: "E-mail - Renske Pauwels - Outlook". */
  function title(text: string, element: Element): void {
    if (text.includes('@')) account(text, element);
    const parts = text.split(/\s+[-–|·]\s+/u);
    if (!parts.some((part) => MAIL_TITLE.test(part.trim()))) return;
    for (const part of parts) if (judgeName(part, ['attribute'], lexicon).accept) add(part, element);
  }

  function read(element: Element, text: string | undefined): void {
    const owner = text === undefined ? undefined : ownerOfAWorkspace(text);
    if (owner !== undefined) {
      marks.mark(element, { kind: 'staff' });
      add(owner, element);
    }
    for (const row of accountRows(element)) {
      marks.mark(row, { kind: 'staff' });
      const name = leadingName(row, lexicon);
      if (name !== undefined) add(name.text, name.node);
    }
    const banner = inBanner(element);
    if (banner) {
      for (const said of [element.getAttribute('aria-label'), element.getAttribute('title')]) {
        if (said === null || said === '') continue;
        if (said.includes('@')) account(said.trim(), element);
        const named = ACCOUNT_OF.exec(said.trim())?.groups?.['name'];
        if (named !== undefined && judgeName(named, ['attribute'], lexicon).accept) add(named, element);
      }
      if (element.childElementCount === 0 && (element.textContent ?? '').includes('@')) account(squash(element.textContent), element);
      // "Esther Lam<br><small>planning@…</small>": the account's name over its address (held-out set S, GMX).
      else if (
        element.firstChild?.nodeType === 3 &&
        element.childElementCount <= MAX_ACCOUNT_PARTS &&
        (element.textContent ?? '').includes('@')
      ) {
        account(squash(element.textContent), element);
        const name = leadingName(element, lexicon);
        if (name !== undefined) add(name.text, name.node);
      }
    }
    // A mail app's folder list heads with its account: <div class="account">praktijk@…</div> (held-out set S, Nextcloud).
    // So does one under a heading "Accounts" (held-out set AA, Mailspring).
    else if (element.childElementCount === 0 && (ACCOUNT_CLASS.test(element.getAttribute('class') ?? '') || underAccounts(element))) {
      const address = squash(element.textContent);
      if (BARE_ADDRESS.test(address)) account(address, element);
      // Or its user's name, as a text or an avatar's tooltip: <div class="acct-name">Esther Dijkman</div> (held-out set CC, Mailbird).
      else if (ACCOUNT_CLASS.test(element.getAttribute('class') ?? '') && itemOf(element) === undefined)
        for (const said of [address, element.getAttribute('title') ?? ''])
          if (said !== '' && judgeName(said, ['attribute'], lexicon).accept) add(said, element);
    }
    for (const line of ownLines(element, text)) {
      const parts = NAME_THEN_ROLE.exec(line);
      if (parts !== null && ofTheEmployer(parts[2] ?? '')) add(parts[1] ?? '', element);
    }
    if (text === undefined) return;
    for (const member of groupMembers(text)) add(member, element);
    const mentioned = element.childElementCount === 0 ? MENTION.exec(text)?.[1] : undefined;
    if (mentioned !== undefined) add(mentioned, element);
    const beside = SIGN_OUT_BESIDE.exec(text)?.groups?.['name'];
    if (beside !== undefined && judgeName(beside, ['attribute'], lexicon).accept) add(beside, element);
    // "Wessel Maas (Recruiter)", "Mertens Bouwlogistiek (klant)": a colleague or a client says who they are.
    const staffed = STAFF_SUFFIX.exec(text);
    if (staffed !== null && ofTheEmployer(staffed[2] ?? '')) add(staffed[1] ?? '', element);
    // The same in running text or after a firm's name: "Agenda van Ruben Hofman (teamlead) is
    // donderdag vrij" (held-out set DD, a chat), "Zeefier Health · Niels Bakker (Recruiter)" (set EE).
    if (element.childElementCount === 0 && text.includes('('))
      for (const [, name = '', role = ''] of text.matchAll(NAME_WITH_ROLE))
        if (ofTheEmployer(role)) add(name, element);
        else if (APPLICANT_TAG.test(role.trim()) && STAFF_SUFFIX.test(text)) candidates.add(element, name, 'field-role');
    // The same with the role in the next part of the line: "<span>Bart Overmars</span> <span>(Hiring manager) · 4 juni</span>".
    const next = element.childElementCount === 0 ? element.nextElementSibling : null;
    // Only a leaf beside it: reading a whole container's text for every leaf would read the page again and again.
    const roleAfter = next !== null && next.childElementCount === 0 ? ROLE_FIRST.exec(squash(next.textContent)) : null;
    if (roleAfter !== null && roleOfLabel(roleAfter[1] ?? '') === 'staff-name') add(text, element);
    // A meeting's or workspace's list of people: its members and hosts are the team, its guests are not (held-out set T, Whereby).
    else if (next !== null && next.childElementCount === 0 && memberRole(next)) add(text, element);
    // The same with the name a text of its own and the role in a leaf after it: "Jasper Kuijpers<small>Host · teamleider</small>" (set AA, Pexip).
    // After an avatar's letters too; there a guest's part names the meeting's guest, the applicant
    // in an interview: "<span>SB</span>Soufiane Bouzid<span>Gast</span>" (held-out set MM, Kinly).
    const named = element.childElementCount > 0 ? nameAfterAvatar(element) : undefined;
    if (named?.part !== undefined && memberRole(named.part)) add(named.name, element);
    else if (named?.part !== undefined && guestAmongMembers(named.part)) candidates.add(element, named.name, 'field-role');
    // The account's avatar and name in the page's header: "<span>TK</span>Tomasz Kowalczyk" (held-out set MM, a webmail).
    else if (named !== undefined && banner && named.part === undefined && judgeName(named.name, ['attribute'], lexicon).accept)
      add(named.name, element);
    // "<b>Orhan Yılmaz</b> heeft opgeslagen": a system's history names its users (Umbraco, held-out set R).
    const after = element.childElementCount === 0 ? element.nextSibling : null;
    if (after?.nodeType === 3 && EDITED_BY.test(after.textContent ?? '')) add(text, element);
    // "Sander Vos (ik)", "Wei Chen (You)": a meeting's or a chat's list names the signed-in user so.
    const self = SELF_SUFFIX.exec(text)?.[1];
    if (self !== undefined) add(self, element);
    const signedIn = SIGNED_IN.exec(text);
    if (signedIn?.groups?.['name'] !== undefined) add(signedIn.groups['name'], element);
    // The page's header names the signed-in user; a heading there titles the page (a record), and
    // so does a document's name ("Bijlage: CV_Oleksandra_Kovalenko_2025.pdf" in a viewer's bar), and
    // the record a picker shows (a grader's "Noa Visser ▾" that opens the list of students, set T).
    if (
      banner &&
      element.childElementCount === 0 &&
      !isHeading(element) &&
      !mentionsApplication(text) &&
      element.closest(PICKER) === null
    ) {
      if (judgeName(text, ['attribute'], lexicon).accept) add(text, element);
      // The firm's name there is the employer's, with its town: "Zorgcentrum De Bron · Haarlem" (set GG).
      else if (firmShaped(text.split(VALUE_PARTS, 1)[0] ?? '', lexicon)) marks.mark(element, { kind: 'staff' });
    }
    // A sender in a mail list carries the address: <span email="..." name="...">Name</span>.
    // Someone at the signed-in account's own domain is a colleague.
    // Or the name and its address in one text, as a plain header writes them: "Wouter Brink" <w.brink@…> (held-out set CC, SquirrelMail).
    const both = element.childElementCount === 0 ? NAME_AND_ADDRESS.exec(text) : null;
    const name = both?.[1] ?? text;
    const sender =
      SENDER_ATTRIBUTES.map((attribute) => (element.getAttribute(attribute) ?? '').trim()).find((value) => BARE_ADDRESS.test(value)) ??
      addressAfter(element) ??
      both?.[2];
    if (sender === undefined) return;
    if (domains.has(domainOf(sender)) || forwardedWithin(element, sender) || mailWithinOrganisation(element)) add(name, element);
    // A mail about something else ("Teamuitje vrijdag") says nothing about its sender being an applicant.
    else if (!isGenericMailbox(sender)) {
      if (!inRowAboutSomethingElse(element)) candidates.add(element, name, 'mail-header');
    }
    // An organisation's mailbox (nieuwsbrief@, noreply@) names no person: no layout cue makes it an applicant.
    else marks.mark(element, { kind: 'staff' });
  }

  return { add, account, title, read, isColleagueAddress: (address) => domains.has(domainOf(address)) };
}
