import { COLON, pattern, valueCore } from './capture';
import { PERSON_PARTICLE } from './name-words';
import type { MarkerRange } from './marker-range';
import { NOT_A_NAME, NOT_INITIALS, NOT_SURNAMES } from './name-context-words';
import { detectFileNames, FILE_TRIGGER, wholeFileNameStem } from './file-name-detectors';
import { NATIONALITY_WORD_SET } from './nationality-detectors';
import { PERSON_WINDOW, scanPerson } from './person-scanner';
import { foldText } from './text-fold';

/**
 * Names found by where they stand, without knowing them: greetings, signatures, mail headers,
 * "Naam:" fields, "mijn naam is", titles, initials with a surname, and file names. Site adapters
 * and the page's structure usually know the names (name-matcher.ts); these catch the rest, for
 * instance a classmate named in a letter or an applicant's name in a forwarded mail. Every pattern
 * here does a bounded amount of work per position: the text is read in linear time.
 */

/** What put a name where it was found. */
export type ContextCue = 'greeting' | 'signature' | 'field-role' | 'introduction' | 'title' | 'mail-header' | 'initials' | 'file-name';
export type ReportName = (start: number, end: number, cue: ContextCue) => void;

const acceptPerson = (value: string): boolean => {
  const first = foldText(value.split(/[ \u00A0]/u)[0] ?? '').replace(/[.'’]/g, '');
  return first !== '' && !NOT_A_NAME.has(first) && !NATIONALITY_WORD_SET.has(first);
};

// The words before a name. The name itself is read by scanPerson (person-scanner.ts).
const GREETING = pattern(
  String.raw`(?:^|[\n\r])[ \t>]*(?:~beste|~geachte|~hoi|~hallo|~hey|~hi|~hello|~dear|~lieve|~goedemorgen|~goedemiddag|~goedenavond|~dag)[ \t]+`,
  'gu',
);
const GREETING_TITLE = /(?:heer|mevrouw|meneer|dhr\.?|mevr\.?|Mr\.?|Mrs\.?|Ms\.?)[ \t]+/uy;
/** A letter's closing words ("Met vriendelijke groet"), in `pattern`'s notation; a signature's name follows. */
export const CLOSING = String.raw`(?:~met (?:vriendelijke |hartelijke |sportieve )?groet(?:en)?|~vriendelijke groet(?:en)?|~hartelijke groet(?:en)?|~groet(?:en|jes)?|~mvg|M\.v\.g\.|~gr\.|~hoogachtend|~liefs|~kind regards|~best regards|~warm regards|~regards|~sincerely|~yours sincerely|~yours faithfully|~best wishes|~many thanks|~thanks|~cheers|~bedankt|~alvast bedankt)`;
const SIGNATURE = pattern(String.raw`${CLOSING}[ \t]*[,.!]?[ \t]*(?:\r?\n[ \t>]*){0,3}`, 'gu');
const NAME_INTRO = pattern(String.raw`\b(?:~mijn naam is|~ik heet|~mijn voornaam is|~my name is|~ik ben|I am|I'm)[ \t]+`, 'gu');
// "dhr. Jansen", "mevr. F. Benali", "Ms Can": a title names the person after it.
const TITLED_PERSON = pattern(
  String.raw`(?<![\p{L}])(?:~dhr\.?|~mevr\.?|~mw\.|~meneer|~mevrouw|~de heer|Mr\.?|Mrs\.?|Ms\.?|Mx\.?)[ \u00A0]+`,
  'gu',
);
const NAME_LABEL = pattern(
  String.raw`(?:^|[\n\r|•;])[ \t]*(?:~naam|~volledige naam|~voorna(?:a|)m(?:en)?|~achternaam|~roepnaam|~tussenvoegsel|~geboortenaam|~meisjesnaam|~name|~full name|~first name|~last name|~surname|~given names?|~family name|~kandidaat|~sollicitant|~candidate|~applicant|~afzender)[ \t]*[:：][ \t]*(?<value>[^\n\r|•·;]{1,80})`,
  'dgu',
);
const MAIL_HEADER =
  /(?:^|[\n\r])[ \t>]*(?:\*{0,2})(?:Van|From|Afzender|Sender|Aan|To|Cc|CC|Bcc|BCC|Reply-To|Beantwoorden aan)(?:\*{0,2})[ \t]*:(?:\*{0,2})[ \t]*(?<value>[^\n\r]{1,300})/dgu;
// The address in angle brackets is bounded: an unbounded one rescans the line for every "schreef".
const QUOTE_NL = /\bschreef[ \t]+(?<value>[^<\n\r:]{2,80}?)[ \t]*(?:<[^>\n\r]{0,254}>)?[ \t]*:/dgu;
const QUOTE_EN = pattern(
  String.raw`(?:\d{1,2}:\d{2}(?:[ \t\u202F]?[AaPp]~m)?|(?:19|20)\d{2}),?[ \t]+(?<value>[^<\n\r,:]{2,80}?)[ \t]*(?:<[^>\n\r]{0,254}>)?[ \t]*wrote:`,
  'dgu',
);
const INITIALS_AND_SURNAME = pattern(
  String.raw`(?<![\p{L}\p{N}.])(?<value>(?:\p{Lu}\.[ \u00A0]?){1,4}[ \u00A0]?(?:${PERSON_PARTICLE}[ \u00A0]+){0,3}\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?)`,
  'dgu',
);

// "Nomvula Dube, 19 jaar, reageerde ...": a person's age in apposition after their name (set M),
// or in brackets ("Tesfay Gebremedhin (29 jaar) heeft de taaltoets gehaald", set NN).
// Only an age that ends there: "Sales Manager, 10 jaar ervaring" is experience.
const AGE_APPOSITION =
  /(?:,[ \t]*|[ \t]?\([ \t]*)(?:1[4-9]|[2-6]\d)[ \t]*(?:jaar|jr\.?|years?)(?:[ \t]+(?:oud|old))?(?=[ \t]*(?:[,.;:)!?\n\r]|$))/gu;
const AGE_TRIGGER = /\d[ \t]*(?:jaar|jr|year)/u;
/**
 * Two to four capitalised words, with particles, that end where the age's comma starts. Not a
 * sentence's subject: in "Ik ben Dilan, 18 jaar" the Arabic particle "ben" is the verb.
 */
const NAME_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{M}'’-])(?!(?:Ik|I|Wij|We|Hij|Zij|Ze|Dit|Dat|Mijn|My|This|That)[ \t])\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+(?:${PERSON_PARTICLE}[ \t]+){0,3}\p{Lu}[\p{L}\p{M}'’-]*){1,3}$`,
  'u',
);
const NAME_BEFORE_WINDOW = 80;

// Cheap keyword tests, so that the common short texts of a page skip the costly patterns.
const GREETING_TRIGGER = /beste|geachte|hoi|hallo|hey|hi\b|hello|dear|lieve|goede|dag\b/iu;
const CLOSING_TRIGGER = /groet|mvg|m\.v\.g|gr\.|hoogachtend|liefs|regards|sincerely|yours|wishes|thanks|cheers|bedankt/iu;
const INTRO_TRIGGER = /naam|heet|ik ben|i am|i'm/iu;
const TITLE_TRIGGER = /dhr|mevr|mw\.|meneer|mevrouw|heer|mr|ms|mx/iu;
const INITIAL_TRIGGER = /\p{Lu}\./u;
// After a greeting the name ends the line or is followed by a comma, "!" or ":".
const GREETING_END = /[ \t]{0,40}(?:[,!:\n\r]|$)/uy;
// After a closing the name ends its line.
const SIGNATURE_END = /[ \t]{0,40}(?:[\r\n]|$)/uy;

const noDigit = (value: string): boolean => !/\d/.test(value);
const notPseudonym = (value: string): boolean => !/^(?:Kandidaat|Candidate) \d+$/u.test(value);

/** Report every name found by its context, with the cue that found it. Ranges may overlap. */
export function scanContextualNames(text: string, report: ReportName): void {
  if (GREETING_TRIGGER.test(text)) {
    for (const match of text.matchAll(GREETING)) {
      const from = match.index + match[0].length;
      const titled = stickyEnd(GREETING_TITLE, text, from);
      const found = (titled >= 0 ? personAt(text, titled, GREETING_END) : undefined) ?? personAt(text, from, GREETING_END);
      if (found !== undefined) reportValue(text, found, 'greeting', report, acceptPerson);
    }
  }
  if (CLOSING_TRIGGER.test(text)) {
    for (const match of text.matchAll(SIGNATURE)) {
      const found = personAt(text, match.index + match[0].length, SIGNATURE_END);
      if (found !== undefined) reportValue(text, found, 'signature', report, acceptPerson);
    }
  }
  if (COLON.test(text)) reportCaptured(text, NAME_LABEL, 'field-role', report, notPseudonym);
  if (INTRO_TRIGGER.test(text)) {
    for (const match of text.matchAll(NAME_INTRO)) {
      const found = personAt(text, match.index + match[0].length);
      if (found !== undefined) reportValue(text, found, 'introduction', report, acceptIntroducedName);
    }
  }
  if (TITLE_TRIGGER.test(text)) {
    for (const match of text.matchAll(TITLED_PERSON)) {
      const found = personAt(text, match.index + match[0].length);
      if (found !== undefined) reportValue(text, found, 'title', report, acceptPerson);
    }
  }
  if (COLON.test(text)) {
    if (text.includes('schreef')) reportCaptured(text, QUOTE_NL, 'mail-header', report, noDigit);
    if (text.includes('wrote')) reportCaptured(text, QUOTE_EN, 'mail-header', report, noDigit);
    detectHeaderNames(text, report);
  }
  if (INITIAL_TRIGGER.test(text)) detectInitials(text, report);
  if (FILE_TRIGGER.test(text)) detectFileNames(text, report);
  if (AGE_TRIGGER.test(text)) detectAgedNames(text, report);
}

/** The name before an age in apposition: "Nomvula Dube, 19 jaar". */
function detectAgedNames(text: string, report: ReportName): void {
  for (const match of text.matchAll(AGE_APPOSITION)) {
    const from = Math.max(0, match.index - NAME_BEFORE_WINDOW);
    const name = NAME_BEFORE.exec(text.slice(from, match.index));
    if (name !== null) reportValue(text, [from + name.index, match.index], 'introduction', report, acceptPerson);
  }
}

export function detectContextualNames(text: string, out: MarkerRange[]): void {
  scanContextualNames(text, (start, end, cue) => {
    // Without the lexicon, the words of a file name with spaces may be a name or a subject
    // ("Offerte Koster Drukwerk.pdf", "Vacaturetekst Stage Communicatie.docx", whose generic words
    // leave one): the harvest judges them and hides the name it accepts.
    if (cue === 'file-name' && (/\s/u.test(text.slice(start, end)) || /\s/u.test(wholeFileNameStem(text, start)))) return;
    out.push({ start, end, category: 'names' });
  });
}

/** The name at `from` as [start, end], when one is there and `ending` (if given) follows it. */
function personAt(text: string, from: number, ending?: RegExp): [number, number] | undefined {
  const end = scanPerson(text, from);
  if (end < 0 || end - from >= PERSON_WINDOW) return undefined;
  if (ending !== undefined && stickyEnd(ending, text, end) < 0) return undefined;
  return [from, end];
}

function stickyEnd(sticky: RegExp, text: string, at: number): number {
  sticky.lastIndex = at;
  return sticky.test(text) ? sticky.lastIndex : -1;
}

function reportValue(
  text: string,
  [start, end]: [number, number],
  cue: ContextCue,
  report: ReportName,
  accept: (value: string) => boolean,
): void {
  const core = valueCore(text.slice(start, end));
  if (core === undefined || !accept(core.text)) return;
  report(start + core.offset, start + core.offset + core.text.length, cue);
}

function reportCaptured(text: string, source: RegExp, cue: ContextCue, report: ReportName, accept: (value: string) => boolean): void {
  for (const match of text.matchAll(source)) {
    const span = match.indices?.groups?.['value'];
    if (span !== undefined) reportValue(text, [span[0], span[1]], cue, report, accept);
  }
}

/**
 * "ik ben Fatima" is a name; "ik ben MBO-student" or "ik ben Nederlands" is not, nor is whoever
 * speaks for a firm written as a brand ("ik ben Lotte van DistriNed", a recruiter in a chat, set QQ).
 */
function acceptIntroducedName(value: string): boolean {
  const first = value.split(/[ \u00A0]/u)[0] ?? '';
  if (/^\p{Lu}{2,}/u.test(first) || OF_A_BRAND.test(value)) return false;
  return acceptPerson(value);
}
const OF_A_BRAND = /[ \u00A0](?:van|from|bij|at)[ \u00A0]\p{Lu}\p{L}*\p{Ll}\p{Lu}/u;

/** "Van: Fatima Benali <f.benali@...>", "To: A <a@x>, B <b@x>": every display name. */
function detectHeaderNames(text: string, report: ReportName): void {
  for (const match of text.matchAll(MAIL_HEADER)) {
    const span = match.indices?.groups?.['value'];
    const value = match.groups?.['value'];
    if (span === undefined || value === undefined) continue;
    let offset = 0;
    for (const segment of value.split(/([,;])/u)) {
      const segmentStart = span[0] + offset;
      offset += segment.length;
      if (segment === ',' || segment === ';') continue;
      // The address and a role in brackets are no part of the name: "Gert-Jan Mulder (praktijkopleider)" (set U).
      const withoutAddress = segment.replace(/<[^>]*>?|\([^)]*\)?/gu, (aside) => ' '.repeat(aside.length));
      // What follows a separator is the header's next fact: "Aan: Els Peeters · vandaag 09:41" (held-out set HH).
      const cut = withoutAddress.search(/[ \t][·|•–—][ \t]/u);
      const display = /[^\s"'“”]+(?:[ \t]+[^\s"'“”<]+)*/u.exec(cut < 0 ? withoutAddress : withoutAddress.slice(0, cut));
      if (display === null || display[0].includes('@') || !/\p{L}/u.test(display[0]) || !acceptPerson(display[0])) continue;
      report(segmentStart + display.index, segmentStart + display.index + display[0].length, 'mail-header');
    }
  }
}

function detectInitials(text: string, report: ReportName): void {
  for (const match of text.matchAll(INITIALS_AND_SURNAME)) {
    const value = match[0];
    const letters = (/^(?:\p{Lu}\.[ \u00A0]?)+/u.exec(value)?.[0] ?? '').replace(/[.\s\u00A0]/gu, '').toLowerCase();
    const surname = foldText(
      value
        .split(/[ \u00A0.]/u)
        .filter((word) => word !== '')
        .pop() ?? '',
    );
    if (NOT_INITIALS.has(letters) || NOT_SURNAMES.has(surname)) continue;
    report(match.index, match.index + value.length, 'initials');
  }
}
