import type { Locale } from '../i18n/locale';
import englishList from './data/words-en.json';
import dutchList from './data/words-nl.json';
import { VACANCY_WORDS } from './vacancy-words';

/*
 * How common a word is: its rank in a subtitle frequency list (0 = most common), as LiNT uses
 * SUBTLEX-NL. Words every job seeker knows from vacancies ("stagiair", "cv") count as common even
 * where subtitles rarely say them. A Dutch compound that is not in the list takes the rank of its
 * rarest part ("stage" + "vergoeding"): the parts are what a reader has to know.
 */

/** Rank of a word the lists do not know. */
export const UNKNOWN_RANK = 1_000_000;

export interface WordRank {
  rank: number;
  /** Found as a compound of known parts, not as one word. */
  compound: boolean;
}

const ranks: Partial<Record<Locale, Map<string, number>>> = {};

function rankMap(lang: Locale): Map<string, number> {
  let map = ranks[lang];
  if (!map) {
    map = new Map();
    const words = (lang === 'nl' ? dutchList : englishList).words.split(' ');
    for (let i = 0; i < words.length; i++) if (!map.has(words[i] as string)) map.set(words[i] as string, i);
    for (const word of VACANCY_WORDS[lang]) map.set(word, 0);
    ranks[lang] = map;
  }
  return map;
}

/** Linking sounds between Dutch compound parts: vergoeding-s-regeling, klant-en-service. */
const LINKS = ['', 's', 'e', 'en'];
const MIN_PART = 3;

function dutchCompound(map: Map<string, number>, word: string, depth: number): number {
  let best = UNKNOWN_RANK;
  for (let i = MIN_PART; i <= word.length - MIN_PART; i++) {
    const tail = word.slice(i);
    let tailRank = map.get(tail);
    if (tailRank === undefined && depth < 2 && tail.length >= 2 * MIN_PART) tailRank = dutchCompound(map, tail, depth + 1);
    if (tailRank === undefined || tailRank >= best) continue;
    for (const link of LINKS) {
      if (!word.endsWith(link, i)) continue;
      const head = word.slice(0, i - link.length);
      const headRank = head.length >= MIN_PART ? map.get(head) : undefined;
      if (headRank !== undefined) best = Math.min(best, Math.max(headRank, tailRank));
    }
  }
  return best;
}

/*
 * Inflected forms a list may miss take the rank of a form it has: a reader who knows "cursus"
 * knows "cursussen", and "installeert" is "installeren". Candidates only, no grammar: the rarest
 * reading wins nothing, the most common known form does.
 */
function dutchForms(word: string): string[] {
  const forms: string[] = [];
  const add = (form: string) => {
    if (form.length >= MIN_PART) forms.push(form, `${form}en`);
  };
  for (const diminutive of ['tjes', 'tje', 'jes', 'je', 'pjes', 'pje'])
    if (word.endsWith(diminutive)) add(word.slice(0, -diminutive.length));
  if (word.endsWith('en')) {
    const stem = word.slice(0, -2);
    add(stem);
    // cursussen → cursus, sauzen → saus, huizen → huis, kozijnen → kozijn
    if (/(\p{L})\1$/u.test(stem)) add(stem.slice(0, -1));
    if (stem.endsWith('z')) add(`${stem.slice(0, -1)}s`);
    if (stem.endsWith('v')) add(`${stem.slice(0, -1)}f`);
  }
  if (word.endsWith('s')) add(word.slice(0, -1));
  if (word.endsWith('e')) add(word.slice(0, -1));
  // Agent nouns and nouns of action: bezorger(s) → bezorgen, toelichting → toelichten.
  for (const suffix of ['ers', 'er', 'ende', 'ing', 'ingen']) if (word.endsWith(suffix)) forms.push(`${word.slice(0, -suffix.length)}en`);
  if (word.endsWith('t')) {
    // Verb forms: scant → scannen, installeert → installeren, laadt → laden, wast → wassen
    const stem = word.slice(0, -1);
    forms.push(`${stem}en`, `${stem}${stem.slice(-1)}en`, `${stem.replace(/([aeou])\1(\p{L})$/u, '$1$2')}en`);
  }
  return forms;
}

function englishForms(word: string): string[] {
  const forms: string[] = [];
  if (word.endsWith('s')) forms.push(word.slice(0, -1));
  if (word.endsWith('es')) forms.push(word.slice(0, -2));
  if (word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('ed')) forms.push(word.slice(0, -2), word.slice(0, -1));
  if (word.endsWith('ing')) forms.push(word.slice(0, -3), `${word.slice(0, -3)}e`);
  if (word.endsWith('ly')) forms.push(word.slice(0, -2));
  return forms;
}

function inflectedRank(map: Map<string, number>, lang: Locale, word: string): number | undefined {
  let best: number | undefined;
  for (const form of lang === 'nl' ? dutchForms(word) : englishForms(word)) {
    const rank = map.get(form);
    if (rank !== undefined && (best === undefined || rank < best)) best = rank;
  }
  return best;
}

/** Below this rank a word is common enough as it is; other forms are not looked up. */
const COMMON_RANK = 2000;
const MEMO_LIMIT = 20_000;
let memo = new Map<string, WordRank>();

/** The rank of a normalised word in its language (UNKNOWN_RANK when neither list nor parts know it). */
export function wordRank(lang: Locale, norm: string): WordRank {
  const key = `${lang}:${norm}`;
  let answer = memo.get(key);
  if (answer) return answer;
  const map = rankMap(lang);
  // A plural or verb form can be rarer than the word a reader knows: "voorbeelden" is "voorbeeld".
  const listed = map.get(norm);
  const inflected = listed === undefined || listed > COMMON_RANK ? inflectedRank(map, lang, norm) : undefined;
  const direct = listed === undefined ? inflected : inflected === undefined ? listed : Math.min(listed, inflected);
  if (direct !== undefined) answer = { rank: direct, compound: false };
  else if (lang === 'nl' && norm.length >= 2 * MIN_PART) {
    const rank = dutchCompound(map, norm, 0);
    answer = { rank, compound: rank < UNKNOWN_RANK };
  } else answer = { rank: UNKNOWN_RANK, compound: false };
  if (memo.size >= MEMO_LIMIT) memo = new Map();
  memo.set(key, answer);
  return answer;
}

/** True when the word is in the language's list at all (used to tell the language of a text). */
export function isListed(lang: Locale, norm: string): boolean {
  return rankMap(lang).has(norm);
}
