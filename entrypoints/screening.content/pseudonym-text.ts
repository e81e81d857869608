import type { Locale } from '../../lib/i18n/locale';

/** "Kandidaat 7", or the neutral "Kandidaat …" until the background has given the number. */
export function pseudonymText(number: number | undefined, locale: Locale): string {
  return `${locale === 'nl' ? 'Kandidaat' : 'Candidate'} ${number === undefined ? '…' : String(number)}`;
}
