import { inOwnApplication } from './applicant-author';
import { PERSON_PARTICLE } from '../../blinding/name-words';
import { findNamesInFreeText, judgeName } from '../../blinding/name-evidence';
import type { NameLexicon } from '../../blinding/name-lexicon';
import { lexicalFullNames } from '../../blinding/lexical-names';
import { applicantPhraseNames } from './applicant-phrases';
import { blockText } from './block-text';
import { colleagueAfter, colleagueBefore, referenceAtFirm } from './colleague-before';
import { foldText } from '../../blinding/text-fold';
import { betweenColleagues, forwardingNote, senderOf } from './forwarded';
import type { Candidates } from './candidates';
import type { Colleagues } from './colleagues';
import { EMAIL, RECIPIENT_BEFORE, STAFF_LINE, TITLED } from './cue-words';
import type { PageMarks } from './page-marks';
import type { RecordSubject } from './record-subject';
import { inBanner } from './chrome';
import { aboutApplicantsAsTeam, inOtherRowOfList, otherMail } from './row-topic';
import { ordinaryWords } from './ordinary-words';

/**
 * Names inside a block of free text that carry their own cue (greetings, signatures, mail
 * headers, file names, e-mail addresses), sorted into applicants and colleagues by where they
 * stand: the page's header, a recipient line, a line with an address at the account's domain.
 */
const SENDER_LINE = /(?:^|\n)[ \t]*(?:van|from|afzender|sender)[ \t]*:[ \t]*([^\n<>()]{2,60})/giu;
const RECIPIENT_LINE = /(?:^|\n)[ \t]*(?:aan|to)[ \t]*:/iu;
/**
 * A signature's closing, or a pronoun a forwarder's note speaks of the applicant with ("ik heb hem
 * gebeld", signed with a bare name): the cheap test before looking for a forwarded message after the block.
 */
const NOTE_WORDS = /groet|regards|thanks|bedankt|cheers|mvg|\bgr\.|(?<![\p{L}])(?:hij|zij|hem|haar|he|she|him|her)(?![\p{L}])/iu;

// "@Gijs van Ommeren kun jij dan om 15:00?": whom a note mentions is a user of the tool, a colleague
// (held-out set U, Podio; a mention drawn as an element of its own is read in colleagues.ts).
const INLINE_MENTION = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+-])@(\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+(?:${PERSON_PARTICLE}[ \t]+){0,3}\p{Lu}[\p{L}\p{M}'’-]*){0,2})`,
  'gu',
);

const MAX_STAFF_BANNER = 160;
// "stuur ik door naar Akua Boateng", "aan Sem", "via Lotte": whom a note hands work to is no
// applicant it speaks of; nor is whom a chat's private message goes to ("Rutger → Nicole Kuijpers (privé)", set W).
const HANDED_TO_BEFORE = /(?:(?<![\p{L}])(?:naar|aan|via|door|to)|→|->)[ \t\u00A0]+$/iu;

export interface FreeTextOptions {
  lexicon: NameLexicon;
  candidates: Candidates;
  colleagues: Colleagues;
  marks: PageMarks;
  subject: RecordSubject;
}

/** What may follow a colleague's name and role in a block that is only their signature: an address, a phone. */
const MAX_SIGNATURE_REST = 160;

/** A signature whose next lines give a team role, and that ends its block. */
function colleagueSignature(text: string, found: { end: number; cue: string }): boolean {
  if (found.cue !== 'signature') return false;
  const rest = text.slice(found.end);
  return rest.length <= MAX_SIGNATURE_REST && STAFF_LINE.test(rest.split('\n').slice(1, 3).join('\n'));
}

// A name that opens a text and is followed by another ("İbrahim Doğan en Shanice Pinas wil ik
// spreken", a chat message under its own author line) is one of a list, not the note's author.
const LISTED_AFTER = /^\s*(?:,|en|and|&)\s+\p{Lu}\p{Ll}/u;

export function createFreeTextNames({ lexicon, candidates, colleagues, marks, subject }: FreeTextOptions): (block: Element) => void {
  const { compoundOfWords } = ordinaryWords(lexicon);
  /** "Aan: ..." names the recipient: the signed-in user or a colleague. */
  function recipient(text: string, start: number): boolean {
    return RECIPIENT_BEFORE.test(text.slice(Math.max(0, start - 16), start));
  }

  /**
   * A name on a line with an address at the signed-in account's domain: "Jolien Post
   * <jolien@werkplaats.example>". A line that gives another address too is a mail's way from one to
   * the other ("wiktoria.z@example.com → bram@oosterhuis-co.example", held-out set X, HEY): there
   * only the name an address spells is that address's.
   */
  function colleagueLine(text: string, start: number): boolean {
    const lineStart = text.lastIndexOf('\n', start) + 1;
    const lineEnd = text.indexOf('\n', start);
    const line = text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd);
    const addresses = [...line.matchAll(EMAIL)];
    const own = addresses.find((match) => lineStart + match.index <= start && start < lineStart + match.index + match[0].length);
    if (own !== undefined) return colleagues.isColleagueAddress(own[0]);
    return addresses.length > 0 && addresses.every((match) => colleagues.isColleagueAddress(match[0]));
  }

  /**
   * A quoted reply header ("Van: <a colleague> ... Aan: <someone>") is a mail the employer sent:
   * there "Aan:" names the other party, not a colleague.
   */
  function sentByColleague(block: Element, text: string): boolean {
    // Header lines are often blocks of their own: then the header is their parent.
    const parent = block.parentElement;
    const lines = parent === null || parent.childElementCount > 12 ? [] : [...parent.children].map((line) => blockText(line));
    const header = `${text}\n${lines.join('\n')}`;
    // A colleague's mail to a colleague ("Van: h.dijkstra@kroes… Aan: j.vanleeuwen@kroes…", a forward) names no other party.
    if (betweenColleagues(header)) return false;
    for (const match of header.matchAll(SENDER_LINE)) if (candidates.isStaff(match[1] ?? '')) return true;
    return false;
  }

  return (block) => {
    const text = blockText(block);
    if (text.trim().length < 3) return;
    let notes = marks.inNotes(block);
    subject.read(text, notes);
    if (text.includes('@')) for (const mention of text.matchAll(INLINE_MENTION)) candidates.staff(mention[1]!);
    // The note of a colleague who forwards an applicant's mail is a note, signed by a colleague.
    const forwarding = NOTE_WORDS.test(text) ? forwardingNote(block) : undefined;
    if (forwarding !== undefined) {
      marks.addNotes(forwarding.note);
      notes = true;
    }
    // Unless the applicant forwards their own mail: then the forwarded one is from them too.
    const ownForward = (name: string) =>
      forwarding !== undefined && foldText(forwarding.forwarded).includes(foldText(name.split(' ')[0] ?? name));
    const sentByUs = RECIPIENT_LINE.test(text) && sentByColleague(block, text);
    // The header welcomes the signed-in user; a line that gives someone a team role is about a colleague.
    // A line or two of staff ("Recruiter: Jolien Post"); a letter signed with its writer's role
    // ("… Met vriendelijke groet, Lotte Brouwer, Recruiter") still greets its reader (held-out set GG).
    const banner = inBanner(block) || (STAFF_LINE.test(text) && text.length <= MAX_STAFF_BANNER);
    // A mail in a list about something else ("Rooster week 12 … Groet, Sandra") is signed by its
    // sender and greets its recipient: the team and its contacts, no applicant (held-out set S).
    // Asked only of a block that signs or greets: most blocks do neither.
    let aboutSomethingElse: boolean | undefined;
    for (const found of findNamesInFreeText(text, lexicon)) {
      if (
        (found.cue === 'signature' || found.cue === 'greeting') &&
        (aboutSomethingElse ??= otherMail(block) || inOtherRowOfList(block) || aboutApplicantsAsTeam(text))
      ) {
        candidates.staff(found.name);
        continue;
      }
      // "Geachte mevrouw De Vries", "dhr. Jansen": a title names someone formally, usually the
      // employer's contact or a third party. Such a name is hidden only where it is known otherwise.
      if (found.cue === 'title' || TITLED.test(text.slice(Math.max(0, found.start - 12), found.start))) continue;
      // A greeting in the page's header welcomes the signed-in user; "Aan:" names the recipient.
      // A note is signed by its author, a colleague: "Met groet, Youssef" under an internal note.
      // A colleague signs with their role ("Recruiter · Klimaattechniek Zuid") at the end of a
      // block: its address and phone are the employer's; only a known applicant's name in it is
      // hidden ("Beste Noor," in a recruiter's invitation, held-out set GG).
      if (colleagueSignature(text, found)) marks.mark(block, { kind: 'staff', signed: true });
      // A document's name in a viewer's bar ("Bijlage: CV_Oleksandra_Kovalenko_2025.pdf") names
      // whom it is about, not the signed-in user.
      if (
        (banner && found.cue !== 'file-name') ||
        (found.cue === 'signature' && notes && !ownForward(found.name) && !inOwnApplication(block)) ||
        (recipient(text, found.start) && !sentByUs) ||
        colleagueLine(text, found.start)
      ) {
        candidates.staff(found.name);
        // The forwarding colleague's full name stands in their message's header.
        const sender = forwarding === undefined || found.cue !== 'signature' ? undefined : senderOf(forwarding.note, found.name);
        if (sender !== undefined) candidates.staff(sender);
        continue;
      }
      candidates.accept(block, found.name, found.cue);
    }
    if (banner) return;
    const introduced = new Set<string>();
    for (const phrase of applicantPhraseNames(text)) {
      const verdict = judgeName(phrase, ['introduction'], lexicon);
      // "Tweede gesprek Teamleider Nachtzorg – …": a job's title of compound words, no person (held-out set V).
      if (verdict.accept && !compoundOfWords(verdict.name)) candidates.accept(block, verdict.name, 'introduction');
      introduced.add(verdict.name);
    }
    if (!notes) return;
    // A note speaks of applicants by their full name, without a cue: the lexicon vouches for them.
    // The name that opens a note is its author's ("Ruben Brouwer · Notitie"), also after the note's
    // date and time ("04-06-2025 14:40 · Nadia Verhoef").
    for (const { name, start } of lexicalFullNames(text, lexicon)) {
      // "Mijn collega Akua Boateng neemt contact met je op": a colleague, named as one.
      if (colleagueBefore(text, start) || colleagueAfter(text, start + name.length) || referenceAtFirm(text, start, start + name.length))
        candidates.staff(name);
      else if (
        (/\p{L}/u.test(text.slice(0, start)) || LISTED_AFTER.test(text.slice(start + name.length, start + name.length + 40))) &&
        !introduced.has(name) &&
        !HANDED_TO_BEFORE.test(text.slice(Math.max(0, start - 12), start))
      )
        candidates.accept(block, name, 'introduction');
    }
  };
}
