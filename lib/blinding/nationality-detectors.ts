import { captureDetector, COLON, pattern } from './capture';
import type { MarkerRange } from './marker-range';
import { COUNTRIES, LANGUAGES, NATIONALITY_ADJECTIVES_NL, NATIONALITY_NOUNS_NL, NATIONALITY_WORDS_EN } from './nationality-words';

/**
 * Nationality, origin and native language, only in a personal context: "Nederlands" as a required
 * language in a profile stays, "Nederlandse nationaliteit" or "Arabisch (moedertaal)" goes.
 * Nationality is a ground of the AWGB (art. 1); origin leaks through the native language (domain
 * notes E.3, anchors 2.4).
 */

// The word lists are looked up in sets, not written into the patterns: a pattern with an
// alternative per word (about 1,200 for the demonyms in both cases) cost V8 some 50 ms to compile
// at its first use, on any page with a sentence holding "is" or "als" (issue 10, no task of 50 ms).
// The patterns find the context and a word slot; the sets decide whether the word is one.
const lower = (words: readonly string[]): Set<string> => new Set(words.map((word) => word.toLowerCase()));
const DEMONYMS = lower([...NATIONALITY_ADJECTIVES_NL, ...NATIONALITY_NOUNS_NL, ...NATIONALITY_WORDS_EN]);
const ADJECTIVES = lower([...NATIONALITY_ADJECTIVES_NL, ...NATIONALITY_WORDS_EN]);
const NOUNS = lower([...NATIONALITY_NOUNS_NL, ...NATIONALITY_WORDS_EN]);
const LANGUAGE_NAMES = lower(LANGUAGES);
const COUNTRY_NAMES: ReadonlySet<string> = new Set(COUNTRIES);

/** A slot for one word of a list, or one of its few entries of two words ("Sri Lanka", "Cape Verdean"). */
function slot(words: readonly string[], hyphened: boolean): string {
  // Either case for the first letter, as written at the start of a sentence or after a label.
  const escape = (word: string) =>
    `[${word.charAt(0).toUpperCase()}${word.charAt(0).toLowerCase()}]${word.slice(1).replace(/ /g, '[ \\t]+')}`;
  const twoWords = [...new Set(words.filter((word) => word.includes(' ')))].map(escape);
  const word = String.raw`\p{L}[\p{L}\p{M}]*`;
  return `(?:${[...twoWords, hyphened ? `${word}(?:-${word})?` : word].join('|')})`;
}
const DEMONYM_SLOT = slot([...NATIONALITY_NOUNS_NL, ...NATIONALITY_WORDS_EN], true);
const LANGUAGE_SLOT = slot(LANGUAGES, false);
const COUNTRY_SLOT = slot(COUNTRIES, false);
const END = String.raw`(?![\p{L}])`;

/** Dutch adjectives also take -e ("Marokkaanse"); a double one ("Marokkaans-Nederlandse") is one. */
const inSet = (words: ReadonlySet<string>) => (word: string) => words.has(word) || (word.endsWith('e') && words.has(word.slice(0, -1)));
const isDemonym = inSet(DEMONYMS);
const isAdjective = inSet(ADJECTIVES);
const everyPart = (test: (word: string) => boolean) => (value: string) => {
  const folded = value
    .toLowerCase()
    .replace(/^half[ \t]+/u, '')
    .replace(/[ \t]+/gu, ' ');
  // "Turkse en Nederlandse": each of two joined values is one (held-out set Z).
  return folded.split(JOINED).every((part) => test(part) || part.split('-').every(test));
};
const JOINED = /[ \t]*(?:,|\/|[ \t](?:en|of|and|or)[ \t])[ \t]*(?:(?:de|the)[ \t]+)?/u;
/** A second value joined to the first ("Turkse en Nederlandse nationaliteit", "de Nederlandse en de Turkse", set PP). */
const AND_ANOTHER = String.raw`(?:[ \t]*(?:,|\/|[ \t](?:en|of|and|or)[ \t])[ \t]*(?:(?:de|the)[ \t]+)?${DEMONYM_SLOT})?`;
const isLanguage = (value: string) => LANGUAGE_NAMES.has(value.toLowerCase().replace(/[ \t]+/gu, ' '));

const NATIONALITY_LABEL = pattern(
  String.raw`(?:^|[\n\r|•·;,(])[ \t]*(?:~nationaliteit(?:en)?|~nationality|~afkomst|~herkomst|~etniciteit|~ethnicity|~origin|~moedertaal|~moedertalen|~thistaal|~native language|~mother tongue|~staatsburgerschap|~citizenship|~verblijfsstatus|~residence status)[ \t]*[:：][ \t]*(?<value>[^\n\r|•·;)]{1,60})`,
  'dgu',
);
// "de Marokkaanse nationaliteit", "van Turkse afkomst", "Syrian background", "Ghanese ouders", "French accent",
// "Indian national" (a work permit's holder, held-out set U), not "the Dutch national team".
const ADJECTIVE_BEFORE_ORIGIN = pattern(
  String.raw`(?<![\p{L}])(?<value>(?:half[ \t]+)?${DEMONYM_SLOT}${AND_ANOTHER})[ \t]+(?:nationaliteit|afkomst|achtergrond|komaf|roots|wortels|paspoort|ouders|vader|moeder|familie|origin|descent|background|heritage|nationality|nationals?(?![ \t]+(?:team|teams|holiday|park|anthem|level|average|law|day|minimum|insurance|health|service|museum|airline|news))|citizen|citizenship|passport|parents|roots|vluchteling|refugee|statushouder|gemeenschap|community|accent|tongval)${END}`,
  'dgu',
);
// "ik ben Marokkaans", "ik ben een Turkse", "I am Polish".
const SELF_DESCRIPTION = pattern(
  String.raw`\b(?:~ik ben|ben ik|~zij is|~hij is|~she is|~he is|~i am|I'm)[ \t]+(?:een[ \t]+|a[ \t]+|an[ \t]+)?(?:(?:echte|trotse|proud|jonge|young)[ \t]+)?(?<value>(?:half[ \t]+)?${DEMONYM_SLOT})${END}`,
  'dgu',
);
// "als Syriër", "as an Eritrean": nouns only ("als Engels docent" is about a subject).
const AS_NOUN = pattern(String.raw`\b(?:~als|~as)[ \t]+(?:een[ \t]+|a[ \t]+|an[ \t]+)?(?<value>${DEMONYM_SLOT})${END}(?![ \t]*-)`, 'dgu');
// "Arabisch (moedertaal)", "Turks als moedertaal", "native speaker of Polish", "moedertaal Tigrinya".
const NATIVE_LANGUAGE_AFTER = pattern(
  String.raw`(?<![\p{L}])(?<value>${LANGUAGE_SLOT})[ \t]*(?:\([ \t]*(?:moedertaal|native|thuistaal|mother tongue)[ \t]*\)|[-–:][ \t]*(?:moedertaal|native|thuistaal)|[ \t]+(?:is mijn moedertaal|als moedertaal|is my native language|native speaker|\(native speaker\)))`,
  'dgu',
);
const NATIVE_LANGUAGE_BEFORE = pattern(
  String.raw`\b(?:~moedertaal|~thistaal|~native speaker of|~native in|~my native language is|~mijn moedertaal is)[ \t]+(?<value>${LANGUAGE_SLOT}(?:[ \t]*(?:,|en|and|&)[ \t]*${LANGUAGE_SLOT})*)${END}`,
  'dgu',
);
// "mijn ouders komen uit Marokko", "ik ben gevlucht uit Syrië", "originally from Ghana", with the
// article some names take: "komen uit de Molukken" (held-out set W), "from the Philippines".
const FROM_COUNTRY = pattern(
  String.raw`\b(?:kom|komt|kwam|komen|kwamen|afkomstig|gevlucht|vluchtte|vluchtten|geëmigreerd|verhuisd|opgegroeid|come|comes|came|fled|originally|emigrated|moved|grew up)(?:[ \t]+(?:oorspronkelijk|originally|ik|wij|we|hij|zij|ze|met[ \t]+mijn[ \t]+\p{L}+|naar[ \t]+Nederland|to[ \t]+the[ \t]+Netherlands))*[ \t]+(?:uit|van|from|in|op)[ \t]+(?:(?:de|the)[ \t]+)?(?<value>${COUNTRY_SLOT})${END}`,
  'dgu',
);
// Where one is from, said with what one is: "ik ben verpleegkundige uit Oekraïne", "I am a nurse from
// Ghana" (held-out set QQ, a CRM's mail). A few words between, no more.
const SELF_FROM_COUNTRY = pattern(
  String.raw`\b(?:~ik ben|~i am|I'm)(?:[ \t]+[\p{L}-]{1,30}){1,3}?[ \t]+(?:uit|from)[ \t]+(?:(?:de|the)[ \t]+)?(?<value>${COUNTRY_SLOT})${END}`,
  'dgu',
);

// A value that is a demonym and nothing else ("Eritrean", "Turkse", "Turkish-Dutch"): a profile
// field, whatever its label. A language's name alone ("Dutch", "Turks") may be a spoken language.
const ONE_WORD = /^([ \t]*)(\p{L}[\p{L}\p{M}]{2,30}(?:-\p{L}[\p{L}\p{M}]{2,30})?)[ \t]*$/u;

function detectWholeValue(text: string, out: MarkerRange[], offset = 0): void {
  if (text.length > 64) return;
  const match = ONE_WORD.exec(text);
  const value = match?.[2];
  if (match === null || value === undefined) return;
  const parts = value.toLowerCase().split('-');
  if (!parts.every(isDemonym) || (parts.length === 1 && LANGUAGE_NAMES.has(parts[0] ?? ''))) return;
  const start = offset + (match[1]?.length ?? 0);
  out.push({ start, end: start + value.length, category: 'nationality' });
}

// A line of facts set off by dots or bars: "📍 Haarlem · Brazilian, EU Blue Card" under a
// candidate's name (held-out set U, Crelate). A part that is a demonym alone is a value of its own.
const FACT_PART = /[^·•|,;]+/gu;
const FACT_SEPARATOR = /[·•|]/u;
const MAX_FACT_LINE = 200;

function detectFactParts(text: string, out: MarkerRange[]): void {
  if (text.length > MAX_FACT_LINE || !FACT_SEPARATOR.test(text)) return;
  for (const part of text.matchAll(FACT_PART)) detectWholeValue(part[0], out, part.index);
}

// Cheap keyword tests run first: the word-list patterns are costly, and most texts on a page
// (a name, a date, a status) contain none of these words.
const ORIGIN_TRIGGER =
  /national|afkomst|achtergrond|komaf|roots|wortels|paspoort|ouders|vader|moeder|familie|origin|descent|background|heritage|citizen|passport|parents|vluchteling|refugee|statushouder|gemeenschap|community|accent|tongval/iu;
const SELF_TRIGGER = /\b(?:ben|is|am|i'm)\b/iu;
const AS_TRIGGER = /\b(?:als|as)\b/iu;
const NATIVE_TRIGGER = /moedertaal|thuistaal|native|mother tongue/iu;
const FROM_TRIGGER = /\b(?:uit|van|from|in|op)\b/iu;
const isCountry = (value: string) => COUNTRY_NAMES.has(value.replace(/[ \t]+/gu, ' '));

// The label in the middle of a note: "… available from 1 June. Nationality: Indian – needs a
// permit" (held-out set KK, a recruiter's private notes). Only a demonym is taken, not the rest.
const NATIONALITY_LABEL_IN_TEXT = pattern(
  String.raw`(?<=[.!?][ \t]{1,3})(?:~nationaliteit|~nationality)[ \t]*[:：][ \t]*(?<value>\p{Lu}[\p{L}\p{M}-]{2,30}(?:[ \t]*(?:,|\/|[ \t](?:en|and)[ \t])[ \t]*\p{Lu}[\p{L}\p{M}-]{2,30})?)(?![\p{L}])`,
  'dgu',
);

const detectInSentences = captureDetector('nationality', [
  [COLON, NATIONALITY_LABEL_IN_TEXT, everyPart(isDemonym)],
  [COLON, NATIONALITY_LABEL],
  [ORIGIN_TRIGGER, ADJECTIVE_BEFORE_ORIGIN, everyPart(isAdjective)],
  [SELF_TRIGGER, SELF_DESCRIPTION, everyPart(isDemonym)],
  [AS_TRIGGER, AS_NOUN, (value) => NOUNS.has(value.toLowerCase().replace(/[ \t]+/gu, ' '))],
  [NATIVE_TRIGGER, NATIVE_LANGUAGE_AFTER, isLanguage],
  [FROM_TRIGGER, FROM_COUNTRY, isCountry],
  [FROM_TRIGGER, SELF_FROM_COUNTRY, isCountry],
]);

const LIST_ITEM = /(?:^|[ \t]*(?:,|en|and|&)[ \t]*)(\p{L}[\p{L}\p{M}]*)/dgu;

/** "moedertaal Arabisch en Berbers": the languages named one after another, as long as they are languages. */
function detectLanguageList(text: string, out: MarkerRange[]): void {
  if (!NATIVE_TRIGGER.test(text)) return;
  for (const match of text.matchAll(NATIVE_LANGUAGE_BEFORE)) {
    const span = match.indices?.groups?.['value'];
    if (span === undefined) continue;
    let end = span[0];
    for (const item of text.slice(span[0], span[1]).matchAll(LIST_ITEM)) {
      const word = item.indices?.[1];
      if (word === undefined || !isLanguage(item[1] ?? '')) break;
      end = span[0] + word[1];
    }
    if (end > span[0]) out.push({ start: span[0], end, category: 'nationality' });
  }
}

// "Mateus Oliveira Santos, Braziliaans, 22 jaar", "Yonas Habte (Eritrees)": a demonym set off
// right after a name describes that person. Checked with the set lookup, not the word-list pattern.
const APPOSITION =
  /(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+(?:\p{Ll}{1,3}[ \t]+){0,3}\p{Lu}[\p{L}\p{M}'’-]*){1,3}(?:[ \t]*,[ \t]*|[ \t]+\([ \t]*)(?<value>\p{Lu}[\p{L}\p{M}]{2,30}(?:-\p{L}[\p{L}\p{M}]{2,30})?)(?=[ \t]*[,)])/dgu;
const MAX_APPOSITION_TEXT = 4096;

function detectApposition(text: string, out: MarkerRange[]): void {
  if (!text.includes(',') && !text.includes('(')) return;
  for (const match of (text.length > MAX_APPOSITION_TEXT ? text.slice(0, MAX_APPOSITION_TEXT) : text).matchAll(APPOSITION)) {
    const span = match.indices?.groups?.['value'];
    const value = match.groups?.['value'];
    if (span === undefined || value === undefined) continue;
    const parts = value.toLowerCase().split('-');
    if (parts.every((part) => isDemonym(part) || LANGUAGE_NAMES.has(part)))
      out.push({ start: span[0], end: span[1], category: 'nationality' });
  }
}

export function detectNationality(text: string, out: MarkerRange[]): void {
  detectInSentences(text, out);
  detectLanguageList(text, out);
  detectWholeValue(text, out);
  detectFactParts(text, out);
  detectApposition(text, out);
}

/** Folded nationality words, so other detectors can tell "ik ben Nederlands" from a name. */
export const NATIONALITY_WORD_SET: ReadonlySet<string> = new Set(
  [...NATIONALITY_ADJECTIVES_NL, ...NATIONALITY_NOUNS_NL, ...NATIONALITY_WORDS_EN, ...LANGUAGES].map((word) => word.toLowerCase()),
);
