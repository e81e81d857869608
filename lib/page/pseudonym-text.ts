import type { Locale } from '../i18n/locale';

/** "Kandidaat 7", or the neutral "Kandidaat …" until the background has given the number. */
export function pseudonymText(number: number | undefined, locale: Locale): string {
  return `${locale === 'nl' ? 'Kandidaat' : 'Candidate'} ${number === undefined ? '…' : String(number)}`;
}

const PSEUDONYM_TEXT = /^(?:Kandidaat|Candidate) (?:[1-9]\d{0,8}|…)$/u;

/**
 * Text we wrote over a name. A later read of the page sees it where the name was: it labels
 * nothing ("Kandidaat 6" before a card's tags is no "Kandidaat:" label).
 */
export const isPseudonymText = (text: string): boolean => PSEUDONYM_TEXT.test(text);
