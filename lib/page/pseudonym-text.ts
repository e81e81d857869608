import type { Locale } from '../i18n/locale';

/** "Kandidaat 7", or the neutral "Kandidaat …" until the background has given the number. */
export function pseudonymText(number: number | undefined, locale: Locale): string {
  return `${locale === 'nl' ? 'Kandidaat' : 'Candidate'} ${number === undefined ? '…' : String(number)}`;
}

const AWAITS_NUMBER = /(?:Kandidaat|Candidate) …/u;
/** A mask that shows the neutral pseudonym: it changes once the background gives the number. */
export const awaitsNumber = (masked: string): boolean => AWAITS_NUMBER.test(masked);

const PSEUDONYM = String.raw`(?:Kandidaat|Candidate) (?:[1-9]\d{0,8}|…)`;
const NAME_MASK = new RegExp(String.raw`^${PSEUDONYM}$`, 'u');
/** Text we wrote over a name: "Kandidaat 3", "Kandidaat …". */
export const isOurNameMask = (text: string): boolean => NAME_MASK.test(text);
/** A category's mask: "[adres]", "[e-mail]", "[geboorteplaats]". */
const CATEGORY = String.raw`\[[\p{L} -]{2,30}\]`;
const OUR_MASK_TEXT = new RegExp(String.raw`^(?:${PSEUDONYM}|${CATEGORY})$`, 'u');
const OUR_MASK_INSIDE = new RegExp(String.raw`(?:^|[^\p{L}])${PSEUDONYM}|${CATEGORY}`, 'u');

/**
 * Text we wrote over a name or a marker. A later read of the page sees it where the name was: it
 * labels nothing ("Kandidaat 6" before a card's tags is no "Kandidaat:" label, "[adres]" before
 * "Gesolliciteerd 3 dagen geleden" no "Adres" label).
 */
export const isOurMaskText = (text: string): boolean => OUR_MASK_TEXT.test(text);

/** A text that holds a mask of ours among other words: "Locatie[adres]" is a label and its masked value, no label. */
export const holdsOurMask = (text: string): boolean => OUR_MASK_INSIDE.test(text);
