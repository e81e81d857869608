import enMessages from '../../public/_locales/en/messages.json';
import nlMessages from '../../public/_locales/nl/messages.json';
import { formatMessage, type ChromeMessage } from './format-message';
import type { Locale } from './locale';

/**
 * The extension's locale messages (public/_locales/{nl,en}/messages.json) are the one catalogue of
 * UI strings. We look them up ourselves instead of with `i18n.getMessage`, because the user can
 * choose a language other than the browser's (options page).
 */
export { formatMessage, type ChromeMessage };

export type MessageKey = keyof typeof nlMessages;

const CATALOGUES: Record<Locale, Record<string, ChromeMessage>> = { nl: nlMessages, en: enMessages };

/** Which product language to use for the settings' language preference and the browser's UI language. */
export function resolveLocale(preference: Locale | 'browser', browserLanguage: string): Locale {
  if (preference !== 'browser') return preference;
  // Dutch for a Dutch browser; English for every other language, as the widest understood.
  return browserLanguage.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

/** The text of `key` in `locale`; falls back to Dutch, then to the key itself. */
export function translate(locale: Locale, key: MessageKey | string, ...substitutions: (string | number)[]): string {
  const entry = CATALOGUES[locale][key] ?? CATALOGUES.nl[key];
  return entry ? formatMessage(entry, substitutions) : key;
}

/** The catalogue entries whose key starts with one of `prefixes` (sent to content scripts). */
export function messagesWithPrefixes(locale: Locale, prefixes: readonly string[]): Record<string, ChromeMessage> {
  const selected: Record<string, ChromeMessage> = {};
  for (const [key, entry] of Object.entries(CATALOGUES[locale])) {
    if (prefixes.some((prefix) => key.startsWith(prefix))) selected[key] = entry;
  }
  return selected;
}

export type Translator = (key: MessageKey, ...substitutions: (string | number)[]) => string;

export function createTranslator(locale: Locale): Translator {
  return (key, ...substitutions) => translate(locale, key, ...substitutions);
}
