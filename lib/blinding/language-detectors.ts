import { captureDetector, pattern } from './capture';
import type { MarkerRange } from './marker-range';
import { LANGUAGES, NATIONALITY_ADJECTIVES_NL, NATIONALITY_WORDS_EN } from './nationality-words';

/**
 * The languages someone speaks. A list such as "Nederlands, Engels, Tigrinya" gives away origin
 * the way a native language does (domain notes E.3), so the whole list is hidden, not only the
 * telling item. The category can be switched off where languages are part of the job.
 */

// Dutch language names are the neuter adjective ("Pools", "Japans"), English ones the demonym ("Polish").
const LANGUAGE_WORDS: ReadonlySet<string> = new Set(
  [...LANGUAGES, ...NATIONALITY_ADJECTIVES_NL, ...NATIONALITY_WORDS_EN].map((word) => word.toLowerCase()),
);
// What may follow a language in a list: a level ("(C1)", "- vloeiend", "native", "niveau B2").
const LEVEL_WORDS = new Set(
  'moedertaal thuistaal vloeiend goed redelijk matig basis basiskennis beginner gevorderd uitstekend zeer spreken schrijven lezen mondeling schriftelijk niveau native fluent good fair basic beginner intermediate advanced excellent conversational professional working proficiency business spoken written level mother tongue'.split(
    ' ',
  ),
);
const CEFR = /^(?:[abc][12]|[abc][12][+-]?)$/u;
const ITEM_SEPARATOR = /\s*(?:[,;/•·]|\s(?:en|and|&)\s)\s*/u;
// "Nederlands / English": each language named in itself is the interface's language switch.
const isLanguageSwitch = (items: readonly string[]): boolean =>
  items.some((item) => /^nederlands\b/iu.test(item)) && items.some((item) => /^english\b/iu.test(item));

/** An item of a list: a language, optionally with a level in brackets or after a dash or colon. */
function isLanguageItem(item: string): boolean {
  const words = item
    .toLowerCase()
    .replace(/[()[\]:–—-]/gu, ' ')
    .split(/\s+/u)
    .filter((word) => word !== '');
  const [first, ...rest] = words;
  if (first === undefined || !LANGUAGE_WORDS.has(first)) return false;
  return rest.every((word) => LEVEL_WORDS.has(word) || CEFR.test(word) || /^\d$/u.test(word));
}

const LIST_TEXT = /^\s*(?<list>\p{L}[^\n\r]{2,160}?)[\s.]*$/u;

/** A text that is nothing but a list of two or more languages: a profile field, whatever its label. */
function detectLanguageList(text: string, out: MarkerRange[]): void {
  if (text.length > 180) return;
  const match = LIST_TEXT.exec(text);
  const list = match?.groups?.['list'];
  if (match === null || list === undefined) return;
  const items = list.split(ITEM_SEPARATOR);
  if (items.length < 2 || !items.every(isLanguageItem) || isLanguageSwitch(items)) return;
  const start = match.index + (match[0].length - match[0].trimStart().length);
  out.push({ start, end: start + list.length, category: 'languages' });
}

const LANGUAGES_LABEL = pattern(
  String.raw`(?:^|[\n\r|•;(])[ \t]*(?:~talen|~talenkennis|~taalvaardigheid|~taalvaardigheden|~gesproken talen|~andere talen|~languages|~spoken languages|~language skills|~other languages)[ \t]*[:：][ \t]*(?<value>[^\n\r|•·;]{1,120})`,
  'dgu',
);
// "spreekt Pools en Russisch", "speaks Tigrinya": a verb of speaking before one or more languages.
const LANGUAGE = String.raw`\p{Lu}[\p{L}]+`;
const SPEAKS = pattern(
  String.raw`\b(?:spreekt|spreek|spreken|sprak|speaks|speak|spoke)(?:[ \t]+(?:ook|vloeiend|goed|also|fluent|fluently|some))*[ \t]+(?<value>${LANGUAGE}(?:[ \t]*(?:,|en|and|&)[ \t]*${LANGUAGE})*)`,
  'dgu',
);
const isLanguagePhrase = (value: string): boolean =>
  value.split(/[ \t]*(?:,|\ben\b|\band\b|&)[ \t]*/u).every((word) => LANGUAGE_WORDS.has(word.trim().toLowerCase()));

// Cheap keyword tests first: a label word with a colon after it, a verb of speaking.
const LABEL_TRIGGER = /(?:tal|language)[^:：]{0,24}[:：]/iu;
const SPEAK_TRIGGER = /\b(?:spre|spea|spok)/iu;

const detectInSentences = captureDetector('languages', [
  [LABEL_TRIGGER, LANGUAGES_LABEL],
  [SPEAK_TRIGGER, SPEAKS, isLanguagePhrase],
]);

export function detectLanguages(text: string, out: MarkerRange[]): void {
  detectInSentences(text, out);
  detectLanguageList(text, out);
}
