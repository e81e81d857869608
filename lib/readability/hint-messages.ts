import type { Locale } from '../i18n/locale';
import { translate } from '../i18n/translate';
import type { Reason } from './types';

/*
 * The words of every hint and reason, from the extension's catalogue (readability_ keys in
 * public/_locales), so the CLI, the dashboard and the panel say the same thing. The same hint
 * text comes back often (every passive says the same), so each message is remembered per locale,
 * key and argument, in nested maps: a hint costs two lookups and no new string.
 */
const MEMO_LIMIT = 2000;
let said: Record<Locale, Map<string, Map<string | number, string>>> = { nl: new Map(), en: new Map() };
let remembered = 0;

function say(locale: Locale, key: string, arg: string | number = ''): string {
  let byArg = said[locale].get(key);
  let text = byArg?.get(arg);
  if (text === undefined) {
    text = arg === '' ? translate(locale, key) : translate(locale, key, arg);
    if (remembered >= MEMO_LIMIT) {
      said = { nl: new Map(), en: new Map() };
      remembered = 0;
      byArg = undefined;
    }
    if (!byArg) said[locale].set(key, (byArg = new Map()));
    byArg.set(arg, text);
    remembered++;
  }
  return text;
}

/** Each hint's message in a locale. */
export const hintText = {
  longSentence: (locale: Locale, words: number) => say(locale, 'readability_hint_long_sentence', words),
  officialWord: (locale: Locale, plain: string) => say(locale, 'readability_hint_official_word', plain),
  rareWord: (locale: Locale) => say(locale, 'readability_hint_rare_word'),
  longWord: (locale: Locale, syllables: number) => say(locale, 'readability_hint_long_word', syllables),
  passive: (locale: Locale) => say(locale, 'readability_hint_passive'),
  nominalisation: (locale: Locale, verb: string | undefined) =>
    verb ? say(locale, 'readability_hint_nominalisation_verb', verb) : say(locale, 'readability_hint_nominalisation'),
  jargon: (locale: Locale, plain: string) => say(locale, 'readability_hint_jargon', plain),
  english: (locale: Locale) => say(locale, 'readability_hint_english'),
  abbreviation: (locale: Locale, meaning: string | undefined) =>
    meaning ? say(locale, 'readability_hint_abbreviation_meaning', meaning) : say(locale, 'readability_hint_abbreviation'),
};

const REASON_KEYS: Record<Reason, string> = {
  empty: 'readability_reason_empty',
  'too-short': 'readability_reason_too_short',
  'no-prose': 'readability_reason_no_prose',
  'no-sentence-breaks': 'readability_reason_no_sentence_breaks',
  'unknown-language': 'readability_reason_unknown_language',
  'other-script': 'readability_reason_other_script',
};

export function reasonText(locale: Locale, reason: Reason): string {
  return translate(locale, REASON_KEYS[reason]);
}
