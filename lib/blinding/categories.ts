import { z } from 'zod';
import type { BilingualText, Locale } from '../i18n/locale';

/**
 * The kinds of identity marker that Blind screenen hides
 * (docs/decisions.md#hide-every-marker-by-default). Each can be switched off in the options; all
 * are on by default. The research behind the list is in the domain notes, section E.3: names and
 * e-mail carry origin and sex (SCP 2010, Blommaert et
 * al. 2014), age and birthplace were blanked in the Dutch municipal pilots (Den Haag, Nijmegen).
 * The languages someone speaks give away origin as a native language does; marital status is a
 * ground of its own (AWGB art. 1 "burgerlijke staat") and pregnancy counts as sex (AWGB art. 1
 * lid 2); a BSN or IBAN identifies a person outright (UAVG art. 46 limits use of the BSN).
 */
export const MARKER_CATEGORIES = [
  'names',
  'photos',
  'email',
  'phone',
  'address',
  'birth',
  'birthplace',
  'nationality',
  'languages',
  'family',
  'gender',
  'id-numbers',
  'links',
] as const;
// Pure: lets the content script import the categories without bundling zod (15 kB budget).
export const markerCategorySchema = /* @__PURE__ */ z.enum(MARKER_CATEGORIES);
export type MarkerCategory = z.infer<typeof markerCategorySchema>;

/** Names of the categories as shown in the options and the screening panel. */
export const CATEGORY_LABELS: Readonly<Record<MarkerCategory, BilingualText>> = {
  names: { nl: 'Namen en initialen', en: 'Names and initials' },
  photos: { nl: "Foto's en avatars", en: 'Photos and avatars' },
  email: { nl: 'E-mailadressen', en: 'E-mail addresses' },
  phone: { nl: 'Telefoonnummers', en: 'Phone numbers' },
  address: { nl: 'Adres, postcode en woonplaats', en: 'Address, postcode and place of residence' },
  birth: { nl: 'Geboortedatum en leeftijd', en: 'Date of birth and age' },
  birthplace: { nl: 'Geboorteplaats en geboorteland', en: 'Place and country of birth' },
  nationality: { nl: 'Nationaliteit en afkomst', en: 'Nationality and origin' },
  languages: { nl: 'Talen die iemand spreekt', en: 'Languages someone speaks' },
  family: { nl: 'Burgerlijke staat, gezin en zwangerschap', en: 'Marital status, family and pregnancy' },
  gender: { nl: 'Geslacht, aanhef en voornaamwoorden', en: 'Gender, salutations and pronouns' },
  'id-numbers': { nl: 'BSN, IBAN en documentnummers', en: 'Citizen service number, IBAN and document numbers' },
  links: { nl: 'Sociale media en profiellinks', en: 'Social media and profile links' },
};

/** The text that takes a marker's place on the page. Brackets make clear something was hidden. */
export const CATEGORY_MASKS: Readonly<Record<MarkerCategory, BilingualText>> = {
  names: { nl: '[naam]', en: '[name]' },
  photos: { nl: '[foto]', en: '[photo]' },
  email: { nl: '[e-mail]', en: '[e-mail]' },
  phone: { nl: '[telefoon]', en: '[phone]' },
  address: { nl: '[adres]', en: '[address]' },
  birth: { nl: '[leeftijd]', en: '[age]' },
  birthplace: { nl: '[geboorteplaats]', en: '[place of birth]' },
  nationality: { nl: '[nationaliteit]', en: '[nationality]' },
  languages: { nl: '[talen]', en: '[languages]' },
  family: { nl: '[gezinssituatie]', en: '[family status]' },
  gender: { nl: '[geslacht]', en: '[gender]' },
  'id-numbers': { nl: '[nummer]', en: '[number]' },
  links: { nl: '[profiellink]', en: '[profile link]' },
};

/**
 * Gendered pronouns are replaced by a neutral bracketed form rather than a category word, so a
 * recruiter's note stays readable ("[die] heeft goede cijfers").
 */
export const PRONOUN_KINDS = ['pronoun-subject', 'pronoun-object', 'pronoun-possessive'] as const;
export type PronounKind = (typeof PRONOUN_KINDS)[number];

export const PRONOUN_MASKS: Readonly<Record<PronounKind, BilingualText>> = {
  'pronoun-subject': { nl: '[die]', en: '[they]' },
  'pronoun-object': { nl: '[hen]', en: '[them]' },
  'pronoun-possessive': { nl: '[diens]', en: '[their]' },
};

export function categoryLabel(category: MarkerCategory, locale: Locale): string {
  return CATEGORY_LABELS[category][locale];
}

export function categoryMask(category: MarkerCategory, locale: Locale): string {
  return CATEGORY_MASKS[category][locale];
}

/** Every category switched on: the default of the options page. */
export function allCategories(): Set<MarkerCategory> {
  return new Set(MARKER_CATEGORIES);
}
