import { NOT_POSTCODE_LETTERS } from './address-detectors';
import type { FieldRole } from './field-role-type';

/**
 * What a form field's value is by itself, for fields whose label, autocomplete or name says
 * nothing (a value that IS an e-mail address, a phone number or a Dutch postcode), and whether a
 * value fits the role its label gave it ("Geboortedatum" holding "14-03-2003" or "14 maart 2003").
 * The page masks such fields without writing them. Whole-value patterns: each is anchored and
 * reads a value of at most MAX_VALUE_LENGTH characters once.
 */
export const MAX_VALUE_LENGTH = 200;

const EMAIL = /^[\p{L}\p{N}._%+-]{1,64}@(?:[\p{L}\p{N}-]{1,63}\.){1,8}\p{L}{2,24}$/u;
// Ten digits from 0 (Dutch) or + / 00 and 8 to 15 digits, with the usual separators.
const PHONE = /^(?:\+|00)?[\d ().\-/\u00A0]{8,24}$/u;
const POSTCODE = /^[1-9]\d{3}[ \u00A0]?(?!SA|SD|SS)[A-Za-z]{2}$/u;
const NUMERIC_DATE = /^(?:\d{1,2}[-./ ]\d{1,2}[-./ ](?:19|20)?\d{2}|(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2})$/u;
const MONTH =
  '(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|may|june|july|august|october|jan|feb|mrt|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec)\\.?';
const WRITTEN_DATE = new RegExp(
  `^(?:\\d{1,2}(?:e|ste|de|st|nd|rd|th)?\\s+${MONTH}(?:,?\\s+(?:19|20)\\d{2})?|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+(?:19|20)\\d{2})?)$`,
  'iu',
);
const YEAR = /^(?:19|20)\d{2}$/u;
const AGE = /^(?:1[4-9]|[2-9]\d)(?:\s*(?:jaar|jr\.?|years?(?: old)?|y\/o))?$/iu;
const STREET_AND_NUMBER = /^\p{L}[\p{L}\p{M}'’. -]{1,60}\s\d{1,5}(?:\s?[-/]?\s?[\p{L}\d]{1,4})?$/u;
const HAS_LETTER = /\p{L}/u;

/** An e-mail address, a phone number or a Dutch postcode: what a value is on its own, or undefined. */
export function roleOfValue(value: string): 'email' | 'phone' | 'postcode' | undefined {
  const text = value.trim();
  if (text === '' || text.length > MAX_VALUE_LENGTH) return undefined;
  if (EMAIL.test(text)) return 'email';
  if (isPostcode(text)) return 'postcode';
  if (isPhoneNumber(text)) return 'phone';
  return undefined;
}

/** A date, numeric ("14-03-2003", "2003-03-14") or written out ("14 maart 2003", "March 14th"). */
export function isDateValue(value: string): boolean {
  const text = value.trim();
  return text.length <= 40 && (NUMERIC_DATE.test(text) || WRITTEN_DATE.test(text));
}

/**
 * Does the value fit the role its label, autocomplete or name gave the field? Roles that any
 * text can fill (a name, a city, a gender, notes) fit every value with a letter.
 */
export function valueFitsRole(value: string, role: FieldRole): boolean {
  const text = value.trim();
  if (text === '' || text.length > MAX_VALUE_LENGTH) return false;
  switch (role) {
    case 'email':
      return EMAIL.test(text);
    case 'phone':
      return isPhoneNumber(text);
    case 'postcode':
      return POSTCODE.test(text) || /^\d{4,6}$/u.test(text);
    case 'birth':
      return isDateValue(text) || YEAR.test(text);
    case 'age':
      return AGE.test(text);
    case 'address':
      return STREET_AND_NUMBER.test(text) || HAS_LETTER.test(text);
    case 'photo':
    case 'attachment':
    case 'profile-link':
      return true;
    default:
      return HAS_LETTER.test(text);
  }
}

function isPhoneNumber(text: string): boolean {
  if (!PHONE.test(text)) return false;
  const digits = text.replace(/\D/gu, '');
  if (NUMERIC_DATE.test(text)) return false;
  if (/^(?:\+|00)/u.test(text)) return digits.length >= 9 && digits.length <= 16;
  return digits.length === 10 && digits.startsWith('0');
}

/** "2023 IT" and "2019 HR" are a year and an abbreviation, as in the free-text detector. */
function isPostcode(text: string): boolean {
  if (!POSTCODE.test(text)) return false;
  const number = Number(text.slice(0, 4));
  return !(number >= 1900 && number <= 2099 && NOT_POSTCODE_LETTERS.has(text.slice(-2)));
}
