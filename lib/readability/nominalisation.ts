import type { Locale } from '../i18n/locale';
import type { Token } from '../wording/tokenize';

/*
 * Nominalisations: verbs and adjectives turned into nouns (uitvoering, ondersteuning, the
 * provision of). LiNT counts abstract nouns as a sign of a hard text; B1 guidance says "write the
 * verb". By suffix, for nouns of at least seven letters; common concrete words are left out.
 */
const SUFFIX: Record<Locale, RegExp> = {
  nl: /(?:[^aeiou]ing|heid|atie|itie|ctie|ssie|iteit|isme|antie|entie|nis)$/,
  en: /(?:tion|sion|ment|ness|ity|ance|ence|ancy|ency)$/,
};
const NOT_ABSTRACT: Record<Locale, ReadonlySet<string>> = {
  nl: new Set(['koning', 'woning', 'tekening', 'kleding', 'leerling', 'vreemdeling', 'paling', 'politie', 'partitie', 'traditie']),
  en: new Set(['government', 'apartment', 'equipment', 'department', 'business', 'city', 'science', 'experience', 'audience', 'station']),
};
const MIN_LENGTH = 7;

export function isNominalisation(lang: Locale, norm: string): boolean {
  return norm.length >= MIN_LENGTH && SUFFIX[lang].test(norm) && !NOT_ABSTRACT[lang].has(norm);
}

/** The verb a Dutch nominalisation comes from, where the suffix tells it (uitvoering → uitvoeren). */
export function dutchVerbFor(norm: string): string | undefined {
  if (/[^aeiou]ing$/.test(norm)) return `${norm.slice(0, -3)}en`;
  if (norm.endsWith('atie')) return `${norm.slice(0, -4)}eren`;
  return undefined;
}

/** Definite articles only: "een vergoeding van 300 euro" names an amount, not an action. */
const ARTICLE: Record<Locale, ReadonlySet<string>> = { nl: new Set(['de', 'het']), en: new Set(['the']) };
const OF: Record<Locale, string> = { nl: 'van', en: 'of' };

/** An article that may start a noun style ("de" in "de uitvoering van"). */
export function startsNounStyle(lang: Locale, norm: string): boolean {
  return ARTICLE[lang].has(norm);
}
/** A Dutch infinitive used as a noun: "het verrichten van". */
const DUTCH_INFINITIVE = /^\p{L}{3,}en$/u;

/**
 * "de uitvoering van", "het verrichten van", "the provision of": the noun style that B1 writing
 * turns back into a verb. Token i is an article (startsNounStyle); returns the index of the noun, or -1.
 */
export function nounStyleAt(lang: Locale, tokens: readonly Token[], i: number, last: number, isVerb: (norm: string) => boolean): number {
  if (i + 2 >= last || (tokens[i + 2] as Token).norm !== OF[lang]) return -1;
  const noun = (tokens[i + 1] as Token).norm;
  if (isNominalisation(lang, noun)) {
    // A Dutch noun counts when the verb it comes from is a word ("uitvoering": "uitvoeren").
    const verb = lang === 'nl' ? dutchVerbFor(noun) : undefined;
    return verb === undefined || isVerb(verb) ? i + 1 : -1;
  }
  if (lang === 'nl' && (tokens[i] as Token).norm === 'het' && DUTCH_INFINITIVE.test(noun)) return i + 1;
  return -1;
}
