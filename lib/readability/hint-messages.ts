import type { Locale } from '../i18n/locale';
import { translate } from '../i18n/translate';
import type { Reason } from './types';

/*
 * The words of every hint and reason, from the extension's catalogue (readability_ keys in
 * public/_locales), so the CLI, the dashboard and the panel say the same thing. A hint carries
 * its message as a key with arguments until it is returned: a long text can have thousands of
 * hints, of which only a few hundred are ever shown.
 */
export type MessageSpec = readonly [key: string, ...args: (string | number)[]];

export const hintText = {
  longSentence: (words: number): MessageSpec => ['readability_hint_long_sentence', words],
  officialWord: (plain: string): MessageSpec => ['readability_hint_official_word', plain],
  rareWord: (): MessageSpec => ['readability_hint_rare_word'],
  longWord: (syllables: number): MessageSpec => ['readability_hint_long_word', syllables],
  passive: (): MessageSpec => ['readability_hint_passive'],
  nominalisation: (verb: string | undefined): MessageSpec =>
    verb ? ['readability_hint_nominalisation_verb', verb] : ['readability_hint_nominalisation'],
  jargon: (plain: string): MessageSpec => ['readability_hint_jargon', plain],
  english: (): MessageSpec => ['readability_hint_english'],
  abbreviation: (meaning: string | undefined): MessageSpec =>
    meaning ? ['readability_hint_abbreviation_meaning', meaning] : ['readability_hint_abbreviation'],
};

const MEMO_LIMIT = 2000;
let said = new Map<string, string>();

/** The message in words; the same hint text comes back often (every passive says the same), so it is remembered. */
export function say(locale: Locale, spec: MessageSpec): string {
  const memoKey = `${locale}\u0001${spec.join('\u0001')}`;
  let text = said.get(memoKey);
  if (text === undefined) {
    const [key, ...args] = spec;
    text = translate(locale, key, ...args);
    if (said.size >= MEMO_LIMIT) said = new Map();
    said.set(memoKey, text);
  }
  return text;
}

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
