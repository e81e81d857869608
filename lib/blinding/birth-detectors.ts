import { captureDetector, pattern, PROPER_NAME } from './capture';
import { COUNTRIES } from './nationality-words';

/**
 * Date of birth, age, and place or country of birth. Age is a protected ground (WGBL); the Dutch
 * pilots that blanked age and birthplace are in the domain notes, E.1 (Den Haag, Nijmegen).
 */

// Month names and their abbreviations, either case ("maart", "Maart", "mrt", "March", "march").
const MONTH_NAMES =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|may|june|july|august|october|jan|feb|mrt|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec';
const MONTH = `(?:${MONTH_NAMES.split('|')
  .sort((a, b) => b.length - a.length)
  .map((name) => `~${name}`)
  .join('|')})${String.raw`\.?(?![\p{L}])`}`;
const DAY = String.raw`\d{1,2}(?:e|ste|de|st|nd|rd|th)?`;
const YEAR = String.raw`(?:19|20)\d{2}`;
const DATE = String.raw`(?:\d{1,2}[-./ ]\d{1,2}[-./ ](?:19|20)?\d{2}|${YEAR}-\d{1,2}-\d{1,2}|${DAY}[ \u00A0]+${MONTH},?[ \u00A0]+${YEAR}|${MONTH}[ \u00A0]+\d{1,2}(?:st|nd|rd|th)?,?[ \u00A0]+${YEAR}|${YEAR})`;
// Where the words say it is a birth date, a day and month alone or a month and year are enough:
// "geboren op 3 juli", "born on March 14th", "geboren in maart 2003".
const BIRTH_DATE = String.raw`(?:${DATE}|${MONTH}[ \u00A0]+${YEAR}|${DAY}[ \u00A0]+${MONTH}|${MONTH}[ \u00A0]+\d{1,2}(?:st|nd|rd|th)?(?![\p{L}\p{N}]))`;

// Between a label and its value: a colon, or a line break when the label stands on a line of its
// own ("Geboortedatum" over "17 augustus 1990" in a cv's text layer or a plain-text mail).
const LABEL_GAP = String.raw`(?:[ \t]*[:：][ \t]*(?:\r?\n[ \t]*)?|[ \t]*\r?\n[ \t]*)`;

// "geboren op 3 maart 2004", "geb. 03-03-2004", "born on March 3, 2004", "geboren in 2004".
// The place may come first: "geboren in Deventer op 14 augustus 2006" (held-out set Z), the date
// in brackets: "geboren in Deventer (08-08-2001)" (set BB).
const BORN_ON = pattern(
  String.raw`\b(?:~geboren|~geb\.|~born|~jarig|~birthday(?:[ \t]+is)?)(?:[ \t]+(?:in|te)[ \t]+${PROPER_NAME})?(?:[ \t]+(?:op|on|in))?[ \t]*\(?(?<value>${BIRTH_DATE})(?![\p{N}])`,
  'dgu',
);
const BIRTH_LABEL = pattern(
  String.raw`(?:^|[\n\r|•·;,(])[ \t]*(?:~geboortedatum|~geboortejaar|~geb\.?[ \t]*datum|~date of birth|~birth ?date|~birthday|~verjaardag|DOB|D\.O\.B\.|~leeftijd|~age|~jaar van geboorte|~geboren|~born)${LABEL_GAP}(?<value>[^\n\r|•·;)]{1,40})`,
  'dgu',
);
// A birth date's own label before a date, without a colon, anywhere in a line: "… keet Vathorst.
// Geboortedatum 03-01-2008." in a pinned message (held-out set BB), "Date of birth 08-08-2001", and
// said in a sentence: "Mijn geboortedatum is 5 maart 1994." (held-out set QQ, a mail).
const BIRTH_LABEL_INLINE = pattern(
  String.raw`\b(?:~geboortedatum|~geb\.?[ \t]*datum|~date of birth|~birth ?date|DOB)(?:[ \t]+(?:is|was))?[ \t]+(?<value>${BIRTH_DATE})(?![\p{N}])`,
  'dgu',
);
// Age said about oneself or the candidate: "ik ben 19 jaar", "19 jaar oud", "19-jarige", "leeftijd 19",
// and with the subject left out in a row of facts: "Hij wil dichter bij huis werken, is 41 jaar en ...",
// or named: "Lotte is 34 jaar", or after a clause about the same person: "ze woont in Losser en is 31
// jaar" (held-out set W, a team chat).
const AGE_NOT_AFTER = String.raw`(?![ \t]+(?:ervaring|werkervaring|experience|geleden|ago|lang|in dienst|werkzaam|bij|gewerkt|worked|working|of experience))`;
const AGE_STATED = pattern(
  String.raw`(?:\b(?:~ik ben|ben ik|~zij is|~hij is|~she is|~he is|is nu|ben|werd|word|wordt|~i am|I'm|turned)|[,;][ \t]*is|\b(?:en|and)[ \t]+is|(?<![\p{L}])\p{Lu}\p{Ll}+[ \t]+is)[ \t]+(?:nu[ \t]+|net[ \t]+|pas[ \t]+|bijna[ \t]+|just[ \t]+|almost[ \t]+)?(?<value>(?:1[4-9]|[2-7]\d)[ \t]+(?:jaar|jr\.?|years?)(?:[ \t]+(?:oud|old))?)(?![\p{L}\p{N}])${AGE_NOT_AFTER}`,
  'dgu',
);
const AGE_KEYWORD = pattern(
  String.raw`\b(?:~leeftijd(?:[ \t]+van)?|~aged?|~i am|I'm)[ \t]*:?[ \t]*(?<value>(?:1[4-9]|[2-7]\d)(?:[ \t]+(?:jaar|jr\.?|years?)(?:[ \t]+(?:oud|old))?)?)(?![\p{L}\p{N}]|[.,]\d)`,
  'dgu',
);
const AGE_OLD = /(?<![\p{L}\p{N}])(?<value>(?:1[4-9]|[2-7]\d)[ \t]*(?:jaar|jr\.?|years?)[ \t]+(?:oud|old))(?![\p{L}])/dgu;
const AGE_ADJECTIVE =
  /(?<![\p{L}\p{N}])(?<value>(?:1[4-9]|[2-7]\d)[-‐][ \t]?(?:jarige?|year-old))(?![\p{L}])(?![ \t]+(?:jubileum|bestaan|opleiding|traject|contract|ervaring|samenwerking|project|programma|anniversary))/dgu;
// A person of an age, the number bare: "iemand van 52", "a woman of 40", "Hope is 20 and speaks".
const AGE_OF_PERSON = pattern(
  String.raw`\b(?:~iemand|een (?:man|vrouw|jongen|meisje|jongeman|dame|heer)|~someone|a (?:man|woman|girl|boy))[ \t]+(?:van|of)[ \t]+(?<value>(?:1[4-9]|[2-8]\d))(?![\p{L}\p{N}]|[ \t]*(?:euro|€|%|uur|km|kg|cm|procent|percent))`,
  'dgu',
);
// "Ik ben 31 en ik heb …", "I'm 24." said aloud in a call's captions (held-out set U, Google Meet).
const AGE_BARE = /\b(?:is|ben|am)[ \t]+(?<value>(?:1[4-9]|[2-7]\d))[ \t]+(?:and|en)[ \t]+(?=\p{Ll})/dgu;
const AGE_SELF_BARE = pattern(String.raw`\b(?:~ik ben|~i am|I'm)[ \t]+(?<value>(?:1[4-9]|[2-7]\d))(?=[.,;!?](?:\s|$))`, 'dgu');
// In a list of facts: "Fatima, 19 jaar, Utrecht", "(19 jr)", "· 19 jaar ·", "Ik ben Ilayda, 17 jaar en ik werk" (set U),
// also opening a sentence: "… linkedin.com/in/x. 27 jaar, geboren in Asmara" (set W), or ending one:
// "En 3) Mees de Vries, 16 jaar." (set BB), or cut off in a chat list's preview: "Ik ben Hamza, 27 jaar…" (set NN).
const AGE_IN_LIST =
  /(?:^|[,;(|•·–—]|[.!?][ \t]|[\n\r])[ \t]*(?<value>(?:1[4-9]|[2-6]\d)[ \t]*(?:jaar|jr\.?|years?|y\/o|yrs))[ \t]*(?=[,;)|•·–—\n\r…]|[.!?](?:\s|$)|$|(?:en|and)[ \t]+\p{Ll})/dgu;

// A space, or a line break where a plain-text mail was wrapped ("geboren in\nParamaribo").
const GAP = String.raw`(?:[ \t]+|[ \t]*\r?\n[ \t]*)`;
// "geboren in Casablanca", "geboren te Paramaribo", "geboren (op) ... in Kabul", "born in Aleppo",
// "geboren op Curaçao" (an island takes "op", held-out set ZZ).
const BORN_IN = pattern(
  String.raw`\b(?:~geboren|~born)(?:[ \t]+en[ \t]+getogen|[ \t]+and[ \t]+raised)?(?:[ \t]+(?:(?:op|on)[ \t]+)?${BIRTH_DATE})?,?${GAP}(?:in|te|op)${GAP}(?<value>${PROPER_NAME}(?:,[ \t]+${PROPER_NAME}|[ \t]+\(${PROPER_NAME}\))?)`,
  'dgu',
);
// Dutch puts the verb last: "Ik ben in Paramaribo geboren", "in 1998 in Kabul geboren en getogen",
// "dat ze in Conakry is geboren" (held-out set U).
const IN_PLACE_BORN = pattern(
  String.raw`\b(?:in|te)${GAP}(?<value>${PROPER_NAME})${GAP}(?:(?:is|ben|bent|zijn|werd|werden|was|waren)${GAP})?~geboren\b`,
  'dgu',
);
// Where someone grew up or moved from is where they come from: "opgegroeid op Curaçao", "grew up in
// Kumasi", "in Aleppo opgegroeid", "moved to Deventer from Kumasi in 2019" (held-out set S).
const GREW_UP_IN = pattern(String.raw`\b(?:~opgegroeid|~grew up|~raised)${GAP}(?:in|op|te|on)${GAP}(?<value>${PROPER_NAME})`, 'dgu');
const IN_PLACE_GREW_UP = pattern(String.raw`\b(?:in|op|te)${GAP}(?<value>${PROPER_NAME})${GAP}~opgegroeid\b`, 'dgu');
const MOVED_FROM = pattern(
  String.raw`\b(?:~moved|~verhuisd|~gevlucht|~fled|~emigrated|~geëmigreerd)(?:[ \t]+(?:to|naar)[ \t]+${PROPER_NAME})?(?:[ \t]+in[ \t]+(?:19|20)\d{2})?[ \t]+(?:from|uit|vanuit)[ \t]+(?<value>${PROPER_NAME})`,
  'dgu',
);
// A country one comes from is a nationality's marker (nationality-detectors.ts), a town a birthplace's.
const COUNTRY_NAMES = new Set(COUNTRIES.map((country) => country.toLowerCase()));
// "moved from Tuesday to Friday", "verhuisd uit Maart": a time, not a place.
const TIME_WORDS = new Set([
  ...MONTH_NAMES.split('|'),
  ...'maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday'.split('|'),
]);
// "komt uit Zaandam", "originally from Kumasi": where someone comes from (held-out set T); "Ik kom
// uit Aleppo" (set V), "Oorspronkelijk uit Belo Horizonte", "Mijn ouders komen uit de Molukken" (set W).
const COMES_FROM = pattern(
  String.raw`\b(?:~kom uit|~komt uit|~komen uit|~kwam uit|~kwamen uit|~afkomstig uit|~oorspronkelijk uit|~comes from|~came from|~originally from)${GAP}(?:de[ \t]+)?(?<value>${PROPER_NAME})`,
  'dgu',
);
// Where someone is from, beside their age in a list of facts: "Noortje Mars (19 jaar, uit Hengelo)",
// "Sam, 24, from Leeds" (held-out set W, a team chat).
const AGE_THEN_FROM = pattern(
  String.raw`(?<![\p{L}\p{N}])(?:1[4-9]|[2-6]\d)(?:[ \t]*(?:jaar|jr\.?|years?|yrs))?[ \t]*[,;][ \t]*(?:~uit|~from)[ \t]+(?<value>${PROPER_NAME})`,
  'dgu',
);
const notACountry = (value: string) => !COUNTRY_NAMES.has(value.toLowerCase()) && !TIME_WORDS.has(value.toLowerCase());
const ORIGIN_TRIGGER =
  /opgegroeid|grew up|raised|moved|verhuisd|gevlucht|fled|emigrated|geëmigreerd|kom(?:t|en)? uit|kwam(?:en)? uit|afkomstig|oorspronkelijk|came from|comes from|originally/iu;
const BIRTHPLACE_LABEL = pattern(
  String.raw`(?:^|[\n\r|•·;,(])[ \t]*(?:~geboorteplaats|~geboorteland|~geboren te|~place of birth|~country of birth|~birthplace|~land van herkomst|~land van geboorte|~country of origin)(?:${LABEL_GAP}|[ \t]*)(?<value>[^\n\r|•·;]{1,60})`,
  'dgu',
);

// A full date standing alone, as a form answer or a profile value: "12 maart 2004", "03-03-2004".
const FULL_DATE = String.raw`(?:\d{1,2}[-./]\d{1,2}[-./](?:19|20)\d{2}|${YEAR}-\d{1,2}-\d{1,2}|${DAY}[ \u00A0]+${MONTH},?[ \u00A0]+${YEAR}|${MONTH}[ \u00A0]+\d{1,2}(?:st|nd|rd|th)?,?[ \u00A0]+${YEAR})`;
const DATE_ALONE = pattern(String.raw`^\s*(?<value>${FULL_DATE})\s*$`, 'dgu');
// On an applicant's page, a day of a year that makes its subject 14 to 80 years old is a birth date:
// the application, interview and availability dates are recent or ahead.
const YOUNGEST_AGE = 14;
const OLDEST_AGE = 80;
function isBirthYear(value: string): boolean {
  const year = Number(/(?:19|20)\d{2}/u.exec(value)?.[0]);
  const age = new Date().getFullYear() - year;
  return age >= YOUNGEST_AGE && age <= OLDEST_AGE;
}

const HAS_DIGIT = /\d/u;
const BIRTHPLACE_TRIGGER = /geboren|born|geboorte|birth|herkomst|origin/iu;

// Every date and age has a digit; most texts on a page have none.
export const detectBirthAndAge = captureDetector('birth', [
  [HAS_DIGIT, BORN_ON],
  [HAS_DIGIT, BIRTH_LABEL, (value) => HAS_DIGIT.test(value)],
  [HAS_DIGIT, BIRTH_LABEL_INLINE],
  [HAS_DIGIT, AGE_STATED],
  [HAS_DIGIT, AGE_KEYWORD],
  [HAS_DIGIT, AGE_OLD],
  [HAS_DIGIT, AGE_ADJECTIVE],
  [HAS_DIGIT, AGE_IN_LIST],
  [HAS_DIGIT, AGE_OF_PERSON],
  [HAS_DIGIT, AGE_BARE],
  [HAS_DIGIT, AGE_SELF_BARE],
  [HAS_DIGIT, DATE_ALONE, isBirthYear],
]);

// "Geboren: Paramaribo": the label says born, the value is a place (a date has a digit).
const BORN_LABEL = pattern(String.raw`(?:^|[\n\r|•·;,(])[ \t]*(?:~geboren|~born)[ \t]*[:：][ \t]*(?<value>[^\n\r|•·;)]{1,60})`, 'dgu');

export const detectBirthplace = captureDetector('birthplace', [
  [BIRTHPLACE_TRIGGER, BORN_IN],
  [BIRTHPLACE_TRIGGER, IN_PLACE_BORN],
  [BIRTHPLACE_TRIGGER, BIRTHPLACE_LABEL],
  [BIRTHPLACE_TRIGGER, BORN_LABEL, (value) => !HAS_DIGIT.test(value)],
  [ORIGIN_TRIGGER, GREW_UP_IN, notACountry],
  [ORIGIN_TRIGGER, IN_PLACE_GREW_UP, notACountry],
  [ORIGIN_TRIGGER, MOVED_FROM, notACountry],
  [ORIGIN_TRIGGER, COMES_FROM, notACountry],
  [/uit|from/iu, AGE_THEN_FROM, notACountry],
]);
