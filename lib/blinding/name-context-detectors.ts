import { CAPITALISED_WORD, captureDetector, COLON, INNER_PARTICLE, pattern } from './capture';
import type { MarkerRange } from './marker-range';
import { NATIONALITY_WORD_SET } from './nationality-detectors';
import { foldText } from './text-fold';

/**
 * Names found by where they stand, without knowing them: greetings, signatures, mail headers,
 * "Naam:" fields, "mijn naam is", initials with a surname, and file names. Site adapters usually
 * know the names (name-matcher.ts); these catch the rest, for instance a classmate named in a
 * letter or an applicant's name in a forwarded mail.
 */

const INITIAL = String.raw`\p{Lu}\.`;
const NAME_WORD = String.raw`(?:${CAPITALISED_WORD}|${INITIAL}(?:[ \u00A0]?${INITIAL})*)`;
const PERSON = String.raw`${NAME_WORD}(?:[ \u00A0]+(?:${INNER_PARTICLE}[ \u00A0]+){0,3}${NAME_WORD}){0,4}`;

// Words that follow a greeting but are not names ("Beste lezer", "Geachte heer/mevrouw").
const NOT_A_NAME = new Set([
  'heer',
  'mevrouw',
  'meneer',
  'sir',
  'madam',
  'team',
  'allen',
  'iedereen',
  'lezer',
  'recruiter',
  'commissie',
  'selectiecommissie',
  'sollicitatiecommissie',
  'hiring',
  'hr',
  'personeelszaken',
  'werkgever',
  'collega',
  'collegas',
  'heren',
  'dames',
  'all',
  'everyone',
  'afdeling',
  'there',
  'manager',
  'recruitment',
  'p',
  'o',
  'hr-afdeling',
  'stagebegeleider',
  'praktijkopleider',
  'stagecoordinator',
  'docent',
  'mentor',
  'support',
  'klantenservice',
  'gemeente',
  'stichting',
  'bv',
  'b.v',
  'nv',
  'directie',
  'bestuur',
  'vriendelijke',
  'groet',
  'groeten',
  'regards',
]);
const acceptPerson = (value: string): boolean => {
  const first = foldText(value.split(/[ \u00A0]/u)[0] ?? '').replace(/[.'’]/g, '');
  return first !== '' && !NOT_A_NAME.has(first) && !NATIONALITY_WORD_SET.has(first);
};

const GREETING = pattern(
  String.raw`(?:^|[\n\r])[ \t>]*(?:~beste|~geachte|~hoi|~hallo|~hey|~hi|~hello|~dear|~lieve|~goedemorgen|~goedemiddag|~goedenavond|~dag)[ \t]+(?:(?:heer|mevrouw|meneer|dhr\.?|mevr\.?|Mr\.?|Mrs\.?|Ms\.?)[ \t]+)?(?<value>${PERSON})[ \t]*(?=[,!:\n\r]|$)`,
  'dgu',
);
const CLOSING = String.raw`(?:~met (?:vriendelijke |hartelijke |sportieve )?groet(?:en)?|~vriendelijke groet(?:en)?|~hartelijke groet(?:en)?|~groet(?:en|jes)?|~mvg|M\.v\.g\.|~gr\.|~hoogachtend|~liefs|~kind regards|~best regards|~warm regards|~regards|~sincerely|~yours sincerely|~yours faithfully|~best wishes|~many thanks|~thanks|~cheers|~bedankt|~alvast bedankt)`;
const SIGNATURE = pattern(String.raw`${CLOSING}[ \t]*[,.!]?[ \t]*(?:\r?\n[ \t>]*){0,3}(?<value>${PERSON})[ \t]*(?=[\r\n]|$)`, 'dgu');
const NAME_LABEL = pattern(
  String.raw`(?:^|[\n\r|•;])[ \t]*(?:~naam|~volledige naam|~voorna(?:a|)m(?:en)?|~achternaam|~roepnaam|~tussenvoegsel|~geboortenaam|~meisjesnaam|~name|~full name|~first name|~last name|~surname|~given names?|~family name|~kandidaat|~sollicitant|~candidate|~applicant|~afzender)[ \t]*[:：][ \t]*(?<value>[^\n\r|•;]{1,80})`,
  'dgu',
);
const NAME_INTRO = pattern(
  String.raw`\b(?:~mijn naam is|~ik heet|~mijn voornaam is|~my name is|~ik ben|I am|I'm)[ \t]+(?<value>${PERSON})`,
  'dgu',
);
// "dhr. Jansen", "mevr. F. Benali", "Ms Can": a title names the person after it.
const TITLED_PERSON = pattern(
  String.raw`(?<![\p{L}])(?:~dhr\.?|~mevr\.?|~mw\.|~meneer|~mevrouw|~de heer|Mr\.?|Mrs\.?|Ms\.?|Mx\.?)[ \u00A0]+(?<value>${PERSON})`,
  'dgu',
);
const MAIL_HEADER =
  /(?:^|[\n\r])[ \t>]*(?:\*{0,2})(?:Van|From|Afzender|Sender|Aan|To|Cc|CC|Bcc|BCC|Reply-To|Beantwoorden aan)(?:\*{0,2})[ \t]*:(?:\*{0,2})[ \t]*(?<value>[^\n\r]{1,300})/dgu;
const QUOTE_NL = /\bschreef[ \t]+(?<value>[^<\n\r:]{2,80}?)[ \t]*(?:<[^>\n\r]*>)?[ \t]*:/dgu;
const QUOTE_EN = pattern(
  String.raw`(?:\d{1,2}:\d{2}(?:[ \t\u202F]?[AaPp]~m)?|(?:19|20)\d{2}),?[ \t]+(?<value>[^<\n\r,:]{2,80}?)[ \t]*(?:<[^>\n\r]*>)?[ \t]*wrote:`,
  'dgu',
);
const INITIALS_AND_SURNAME = pattern(
  String.raw`(?<![\p{L}\p{N}.])(?<value>(?:\p{Lu}\.[ \u00A0]?){1,4}[ \u00A0]?(?:${INNER_PARTICLE}[ \u00A0]+){0,3}\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?)`,
  'dgu',
);
// Abbreviations written like initials: N.B., P.S., B.V., C.V., T.a.v. ...
const NOT_INITIALS = new Set([
  'nb',
  'ps',
  'bv',
  'nv',
  'cv',
  'aub',
  'tav',
  'ivm',
  'oa',
  'ed',
  'zsm',
  'mbo',
  'hbo',
  'wo',
  'eu',
  'vs',
  'us',
  'uk',
  'kvk',
  'bsn',
  'pps',
  'dw',
  'pm',
  'am',
  'st',
  'ca',
  'eg',
  'ie',
  'vd',
]);
const NOT_SURNAMES = new Set([
  'let',
  'de',
  'het',
  'een',
  'zie',
  'see',
  'note',
  'op',
  'in',
  'bij',
  'voor',
  'met',
  'en',
  'the',
  'and',
  'ik',
  'wij',
  'we',
  'je',
  'u',
  'graag',
  'dank',
  'thanks',
]);

const FILE_NAME =
  /(?<![\p{L}\p{N}_.-])(?<stem>[\p{L}\p{N}\p{M}][\p{L}\p{N}\p{M}_.()'’-]{0,100}?)\.(?:pdf|docx?|odt|rtf|txt|pages|jpe?g|png|heic|webp|zip)(?![\p{L}\p{N}])/giu;
// Words in file names that say what the file is, not whose.
const GENERIC_FILE_WORDS = new Set([
  'cv',
  'curriculum',
  'vitae',
  'resume',
  'motivatie',
  'motivatiebrief',
  'brief',
  'sollicitatie',
  'sollicitatiebrief',
  'cover',
  'letter',
  'coverletter',
  'portfolio',
  'diploma',
  'cijferlijst',
  'certificaat',
  'getuigschrift',
  'referentie',
  'referenties',
  'scan',
  'document',
  'bijlage',
  'versie',
  'v',
  'final',
  'definitief',
  'def',
  'nieuw',
  'new',
  'nl',
  'en',
  'eng',
  'ned',
  'stage',
  'stageverslag',
  'aanmelding',
  'formulier',
  'kopie',
  'copy',
  'draft',
  'concept',
  'img',
  'dsc',
  'screenshot',
  'image',
  'foto',
  'pasfoto',
  'rapport',
  'verslag',
  'opdracht',
  'presentatie',
  'overzicht',
  'planning',
  'vacature',
  'vacaturetekst',
  'profiel',
  'functieomschrijving',
  'contract',
  'werkstuk',
  'scriptie',
  'lijst',
  'cijfers',
  'resultaten',
  'bewijs',
  'verklaring',
  'vog',
  'id',
  'rooster',
  'plan',
  'info',
  'informatie',
  'report',
  'assignment',
  'thesis',
  'transcript',
  'grades',
  'reference',
  'references',
  'certificate',
  'photo',
  'picture',
  'profile',
  'mijn',
  'my',
  'van',
  'de',
  'het',
  'the',
  'of',
  'en',
  'and',
  'updated',
  'update',
  'bpv',
  'mbo',
  'hbo',
  'leerbedrijf',
  'stagemotivatie',
  'motivation',
  'application',
  'applicatie',
  'whatsapp',
]);

// Cheap keyword tests, so that the common short texts of a page skip the costly patterns.
const GREETING_TRIGGER = /beste|geachte|hoi|hallo|hey|hi\b|hello|dear|lieve|goede|dag\b/iu;
const CLOSING_TRIGGER = /groet|mvg|m\.v\.g|gr\.|hoogachtend|liefs|regards|sincerely|yours|wishes|thanks|cheers|bedankt/iu;
const INTRO_TRIGGER = /naam|heet|ik ben|i am|i'm/iu;
const TITLE_TRIGGER = /dhr|mevr|mw\.|meneer|mevrouw|heer|mr|ms|mx/iu;
const INITIAL_TRIGGER = /\p{Lu}\./u;
const FILE_TRIGGER = /\.(?:pdf|docx?|odt|rtf|txt|pages|jpe?g|png|heic|webp|zip)/iu;

const noDigit = (value: string): boolean => !/\d/.test(value);
// Both quote patterns end in a colon, so a text without one cannot match them.
const detectCapturedNames = captureDetector('names', [
  [GREETING_TRIGGER, GREETING, acceptPerson],
  [CLOSING_TRIGGER, SIGNATURE, acceptPerson],
  [COLON, NAME_LABEL, (value) => !/^(?:Kandidaat|Candidate) \d+$/u.test(value)],
  [INTRO_TRIGGER, NAME_INTRO, acceptIntroducedName],
  [TITLE_TRIGGER, TITLED_PERSON, acceptPerson],
  [/schreef/u, QUOTE_NL, noDigit],
  [/wrote/u, QUOTE_EN, noDigit],
]);

export function detectContextualNames(text: string, out: MarkerRange[]): void {
  detectCapturedNames(text, out);
  if (COLON.test(text)) detectHeaderNames(text, out);
  if (INITIAL_TRIGGER.test(text)) detectInitials(text, out);
  if (FILE_TRIGGER.test(text)) detectFileNames(text, out);
}

/** "ik ben Fatima" is a name; "ik ben MBO-student" or "ik ben Nederlands" is not. */
function acceptIntroducedName(value: string): boolean {
  const first = value.split(/[ \u00A0]/u)[0] ?? '';
  if (/^\p{Lu}{2,}/u.test(first)) return false;
  return acceptPerson(value);
}

/** "Van: Fatima Benali <f.benali@...>", "To: A <a@x>, B <b@x>": every display name. */
function detectHeaderNames(text: string, out: MarkerRange[]): void {
  for (const match of text.matchAll(MAIL_HEADER)) {
    const span = match.indices?.groups?.['value'];
    const value = match.groups?.['value'];
    if (span === undefined || value === undefined) continue;
    let offset = 0;
    for (const segment of value.split(/([,;])/u)) {
      const segmentStart = span[0] + offset;
      offset += segment.length;
      if (segment === ',' || segment === ';') continue;
      const withoutAddress = segment.replace(/<[^>]*>?/gu, (address) => ' '.repeat(address.length));
      const display = /[^\s"'“”]+(?:[ \t]+[^\s"'“”<]+)*/u.exec(withoutAddress);
      if (display === null || display[0].includes('@') || !/\p{L}/u.test(display[0])) continue;
      out.push({ start: segmentStart + display.index, end: segmentStart + display.index + display[0].length, category: 'names' });
    }
  }
}

function detectInitials(text: string, out: MarkerRange[]): void {
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
    out.push({ start: match.index, end: match.index + value.length, category: 'names' });
  }
}

/** "CV_Mohamed_Amrani.pdf" keeps "CV_" and ".pdf"; the words that are not generic are hidden. */
function detectFileNames(text: string, out: MarkerRange[]): void {
  for (const match of text.matchAll(FILE_NAME)) {
    const stem = match.groups?.['stem'] ?? '';
    let first = -1;
    let last = -1;
    for (const word of stem.matchAll(/\p{L}[\p{L}\p{M}'’]*/gu)) {
      const folded = foldText(word[0]);
      if (GENERIC_FILE_WORDS.has(folded) || [...folded].length < 2) continue;
      if (first === -1) first = word.index;
      last = word.index + word[0].length;
    }
    if (first === -1) continue;
    out.push({ start: match.index + first, end: match.index + last, category: 'names' });
  }
}
