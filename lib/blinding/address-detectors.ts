import { captureDetector, COLON, pattern, PROPER_NAME } from './capture';
import type { MarkerRange } from './marker-range';

/**
 * Street addresses, Dutch postcodes and the place of residence. Address and postcode reveal the
 * neighbourhood and so, often, origin and class (domain notes E.3; Workable and the KNAW toolkit
 * hide them too).
 */

// Dutch postcodes: four digits not starting with 0, two capitals; SA, SD and SS are never issued.
// The place after it is part of the address ("1234 AB Utrecht", "2511 CV Den Haag").
const POSTCODE = pattern(
  String.raw`(?<![\p{L}\p{N}])(?<code>[1-9]\d{3})[ \u00A0]?(?<letters>(?!SA|SD|SS)[A-Z]{2})(?![\p{L}\p{N}-])(?:[ \u00A0,]{1,3}(?<place>${PROPER_NAME}))?`,
  'gu',
);
// "2023 IT", "2019 HR" are years with an abbreviation, not postcodes.
export const NOT_POSTCODE_LETTERS: ReadonlySet<string> = new Set([
  'HR',
  'IT',
  'CV',
  'NL',
  'EU',
  'UK',
  'US',
  'VS',
  'BV',
  'NV',
  'PR',
  'QA',
  'AI',
  'ML',
  'UX',
  'UI',
  'OK',
  'TV',
  'PC',
  'EN',
  'OF',
  'TO',
  'IN',
  'AM',
  'PM',
]);

// Suffixes that end street names but rarely town names ("-dam", "-berg" and "-veld" are left out:
// "Rotterdam 3 jaar" is not an address).
const STREET_SUFFIXES =
  'straat|laan|weg|plein|gracht|kade|singel|dijk|pad|dreef|hof|park|steeg|markt|baan|boulevard|allee|plantsoen|burgwal|straatweg|promenade|street|road|avenue|lane|drive|straße|strasse|gasse|platz';
const HOUSE_NUMBER = String.raw`\d{1,5}(?:[ \u00A0]?(?:[-/][ \u00A0]?)?(?:[a-zA-Z](?![\p{L}])|\d{1,4}(?!\d)|bis|hs|huis|I{1,3}(?![\p{L}])))?`;
// A side or part after the street's name: "Oostzeedijk Beneden 141a", "Herengracht Oostzijde 4",
// "Ringbaan-Oost 201a" (held-out set AA).
const STREET_PART = String.raw`(?:[ \u00A0-](?:Beneden|Boven|Noord|Zuid|Oost|West|NZ|OZ|WZ|ZZ|Noordzijde|Zuidzijde|Oostzijde|Westzijde))?`;
const STREET = pattern(
  String.raw`(?<![\p{L}\p{N}])(?:(?:\p{Lu}[\p{L}'’.-]*|van|de|der|den|het|'t|ter|ten|aan|op|in)[ \u00A0]){0,4}\p{Lu}[\p{L}'’-]*(?:${STREET_SUFFIXES})${STREET_PART}[ \u00A0]+${HOUSE_NUMBER}(?![\p{L}\p{N}])`,
  'gu',
);
// Street type first: "Laan van Meerdervoort 123", "Plein 1944 3" is rare and skipped.
const STREET_TYPE_FIRST = pattern(
  String.raw`(?<![\p{L}\p{N}])(?:Laan|Weg|Kade|Singel|Dijk|Plein|Hof|Park|Straatweg)[ \u00A0](?:(?:van|de|der|den|het|'t|ter|ten|op|in|aan|\p{Lu}[\p{L}'’.-]*)[ \u00A0]){1,4}${HOUSE_NUMBER}(?![\p{L}\p{N}])`,
  'gu',
);
const LEADING_LOWER_WORDS = /^(?:(?:van|de|der|den|het|'t|ter|ten|aan|op|in)[ \u00A0])+/u;
const LEADING_PLACE_WORD =
  /^(?:Kantoor|Hoofdkantoor|Vestiging|Locatie|Adres|Bezoekadres|Postadres|Werkadres|Filiaal|Gebouw|Office|Location|Address|Venue)[ \u00A0]+/u;
const ADDRESS_LABEL = pattern(
  String.raw`(?:^|[\n\r|•;])[ \t]*(?:~adres|~woonadres|~postadres|~straat(?: en huisnummer)?|~woonplaats|~woonachtig|~plaats|~postcode|~address|~home address|~city|~town|~place of residence|~residence|~postal code|~zip(?: code)?)[ \t]*[:：][ \t]*(?<value>[^\n\r|•·;]{1,100})`,
  'dgu',
);
// A location, unlike a home, may be a search's: "Location: Amsterdam + 30 km" (held-out set QQ, Hiretual).
const LOCATION_LABEL = pattern(String.raw`(?:^|[\n\r|•;])[ \t]*(?:~locatie|~location)[ \t]*[:：][ \t]*(?<value>[^\n\r|•·;]{1,100})`, 'dgu');
const RADIUS = /(?:^|[ \t(])\+[ \t]*\d+[ \t]*km(?![\p{L}])/iu;
/** "Amsterdam + 30 km", "Tilburg (+25 km)": a search's area around a town. */
export const searchRadius = (value: string): boolean => RADIUS.test(value);
// "woont in de Haagse Beemden", "woont op de Ringbaan-Oost" (held-out set AA): a place with its article.
// Small words may stand between: "Zij woont nog op Curaçao", "Sinds kort woon ik weer in Tegelen" (set MM).
const LIVES_IN = pattern(
  String.raw`\b(?:~woonachtig|~wonend|~woon(?:t|de|den)?|~gehuisvest|~live|~living|~lives|~based)(?:[ \t]+(?:ik|ze|zij|hij|je|u|nog|weer|zelf|inmiddels|tijdelijk|nu|momenteel|sinds kort|sinds (?:vorig|dit) jaar|sinds (?:19|20)\d{2}|since last year|al (?:\d{1,2}|twee|drie|vier|vijf|tien) jaar|currently|now|still|since (?:19|20)\d{2})){0,3}[ \t]+(?:te|at|(?:in|op|aan)(?:[ \t]+(?:de|het))?)[ \t]+(?<value>${PROPER_NAME})`,
  'dgu',
);

const HAS_DIGIT = /\d/u;
// What each pattern cannot match without, tested first: an e-mail address or a date has digits
// but no postcode, and most texts name no street.
const FOUR_DIGITS = /[1-9]\d{3}/u;
const SUFFIX_THEN_NUMBER = new RegExp(String.raw`(?:${STREET_SUFFIXES})${STREET_PART}[ \u00A0]+\d`, 'u');
const STREET_TYPE = /(?:Laan|Weg|Kade|Singel|Dijk|Plein|Hof|Park|Straatweg)[ \u00A0]/u;
const STREETS = [
  [SUFFIX_THEN_NUMBER, STREET],
  [STREET_TYPE, STREET_TYPE_FIRST],
] as const;
const VENUE =
  /(?:ruimte|zaal|kamer|lokaal|kantoor|vestiging|receptie|verdieping|gebouw|room|office|floor|building|online|teams|zoom|google meet|videobellen|video call|telefonisch|by phone)(?![\p{L}])/iu;
const SEARCH_AREA = /^[ \t]*(?:within|binnen|radius|straal|omtrek|\+?[ \t]*\d+[ \t]*km)(?![\p{L}])/iu;
/**
 * "Locatie: Vergaderruimte De Kotter", "Location: Microsoft Teams": where a meeting is, not where
 * someone lives; "Location: within 60 km of 's-Hertogenbosch": a search's area (held-out set U, Loxo).
 */
export const namesAVenue = (value: string): boolean => VENUE.test(value) || SEARCH_AREA.test(value);
const LIVES_TRIGGER = /woon|wonend|gehuisvest|live|living|based/iu;

const detectCapturedAddresses = captureDetector('address', [
  [COLON, ADDRESS_LABEL, (value) => !namesAVenue(value)],
  [COLON, LOCATION_LABEL, (value) => !namesAVenue(value) && !searchRadius(value)],
  [LIVES_TRIGGER, LIVES_IN],
]);

// The line or the part before a postcode, when it is words and a house number: the street, whatever
// its name ends in ("Ringbaan-Oost 214" over "5013 CE Tilburg", "Oudegracht 12a, 3511 AB").
const STREET_BEFORE_POSTCODE = new RegExp(
  String.raw`(?:^|[\n\r,:;(])[ \t]*(?<street>(?:(?:\p{Lu}[\p{L}'’.-]*|van|de|der|den|het|'t|ter|ten|aan|op|in)[ \u00A0]+){0,4}\p{Lu}[\p{L}'’.-]*[ \u00A0]+${HOUSE_NUMBER})[ \t]*(?:,[ \t]*|\r?\n[ \t]*)$`,
  'du',
);
const STREET_LOOK_BACK = 80;
// After a street, a Belgian or German postcode and the town: "Doorniksestraat 58, 8500 Kortrijk",
// "Hauptstraße 88, 50226 Frechen" (held-out sets GG and KK). Alone, four digits and a word are
// too often a year and a place ("2018 Antwerpen" in a cv's history). A Dutch postcode has its own pattern.
const FOREIGN_POSTCODE_AFTER = new RegExp(
  String.raw`^[ \t]*,?[ \t]*(?:[A-Z]{1,2}-)?(?:[1-9]\d{3}|\d{5})(?![ \u00A0]?[A-Z]{2}(?![\p{L}]))[ \u00A0]+${PROPER_NAME}`,
  'u',
);
/** A street pattern's match that ends in a year and nothing after it. */
const YEAR_ONLY = /[ \u00A0](?:19[5-9]|20\d)\d$/u;

function streetBefore(text: string, postcodeAt: number, out: MarkerRange[]): void {
  const from = Math.max(0, postcodeAt - STREET_LOOK_BACK);
  const match = STREET_BEFORE_POSTCODE.exec(text.slice(from, postcodeAt));
  const span = match?.indices?.groups?.['street'];
  if (span === undefined) return;
  out.push({ start: from + span[0], end: from + span[1], category: 'address' });
}

export function detectAddresses(text: string, out: MarkerRange[]): void {
  detectCapturedAddresses(text, out);
  // Postcodes and house numbers need a digit.
  if (!HAS_DIGIT.test(text)) return;
  for (const match of FOUR_DIGITS.test(text) ? text.matchAll(POSTCODE) : []) {
    const code = Number(match.groups?.['code']);
    const letters = match.groups?.['letters'] ?? '';
    if (code >= 1900 && code <= 2099 && NOT_POSTCODE_LETTERS.has(letters)) continue;
    out.push({ start: match.index, end: match.index + match[0].length, category: 'address' });
    streetBefore(text, match.index, out);
  }
  for (const [trigger, pattern] of STREETS) {
    if (!trigger.test(text)) continue;
    for (const match of text.matchAll(pattern)) {
      // "Aanmelding Zomerbaan 2025", "Jaarplan 2026": a year after a word, no house number (set L).
      if (YEAR_ONLY.test(match[0])) continue;
      // "op de Kerkstraat 12", "Kantoor Paterswoldseweg 810": the words before the street that say
      // where it is are not part of it (held-out set R), and stay for the workplace test.
      const lead = (LEADING_LOWER_WORDS.exec(match[0]) ?? LEADING_PLACE_WORD.exec(match[0]))?.[0].length ?? 0;
      const end = match.index + match[0].length;
      out.push({
        start: match.index + lead,
        end: end + (FOREIGN_POSTCODE_AFTER.exec(text.slice(end, end + 60))?.[0].length ?? 0),
        category: 'address',
      });
    }
  }
}
