import type { z } from 'zod';
import type { BilingualText } from '../i18n/locale';
import { FIELD_NAMES, LANGUAGE_NAMES, TYPE_NAMES } from './pack-field-names';
import { findDuplicateIds } from './pack-schema';

/*
 * What is wrong with a checklist pack, for a person: each zod issue and each duplicate id becomes
 * a message in Dutch and English that names the section, item and field, without schema jargon.
 * `pack-parse.ts` reads the file and uses these.
 */

export type PackImportErrorCode =
  | 'empty'
  | 'too-large'
  | 'not-json'
  | 'not-an-object'
  | 'not-a-pack'
  | 'schema-version-missing'
  | 'schema-version-newer'
  | 'schema-version-invalid'
  | 'missing-field'
  | 'missing-translation'
  | 'wrong-type'
  | 'empty-text'
  | 'text-too-long'
  | 'bad-id'
  | 'bad-version'
  | 'bad-url'
  | 'bad-value'
  | 'duplicate-id'
  | 'empty-section'
  | 'no-sections'
  | 'empty-list'
  | 'too-many'
  | 'invalid';

export interface PackImportError {
  code: PackImportErrorCode;
  /** What went wrong and where, for a person: no schema jargon. */
  message: BilingualText;
  /** Where in the file, e.g. "sections[1].items[0].title.en"; empty for the whole file. */
  path: string;
}

type PathKey = string | number;
export type Raw = Record<string, unknown>;

export function text(nl: string, en: string): BilingualText {
  return { nl, en };
}

export function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function valueAt(root: unknown, path: readonly PathKey[]): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (Array.isArray(current) && typeof key === 'number') current = current[key];
    else if (isRecord(current) && typeof key === 'string') current = current[key];
    else return undefined;
  }
  return current;
}

function pathToString(path: readonly PathKey[]): string {
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? key : `.${key}`)).join('');
}

export function quoted(value: unknown, max = 60): string {
  const raw = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return `‘${raw.length > max ? `${raw.slice(0, max)}…` : raw}’`;
}

/** A readable label for the section or item a path points into, e.g. section 2 ‘Vacaturetekst’. */
function describeLocation(root: unknown, path: readonly PathKey[]): BilingualText {
  const parts: BilingualText[] = [];
  if (path[0] === 'sections' && typeof path[1] === 'number') {
    const section = valueAt(root, path.slice(0, 2));
    const name = isRecord(section) ? nameOf(section) : undefined;
    const suffix = name ? ` ${quoted(name)}` : '';
    parts.push(text(`onderdeel ${path[1] + 1}${suffix}`, `section ${path[1] + 1}${suffix}`));
    if (path[2] === 'items' && typeof path[3] === 'number') {
      const item = valueAt(root, path.slice(0, 4));
      const id = isRecord(item) && typeof item.id === 'string' && item.id ? ` ${quoted(item.id)}` : '';
      parts.push(text(`punt ${path[3] + 1}${id}`, `item ${path[3] + 1}${id}`));
      if (path[4] === 'sources' && typeof path[5] === 'number') {
        parts.push(text(`bron ${path[5] + 1}`, `source ${path[5] + 1}`));
      }
    }
  }
  if (parts.length === 0) return text('In het pakket', 'In the pack');
  return text(`In ${parts.map((part) => part.nl).join(', ')}`, `In ${parts.map((part) => part.en).join(', ')}`);
}

function nameOf(section: Raw): string | undefined {
  const title = section.title;
  if (isRecord(title) && typeof title.nl === 'string' && title.nl.trim()) return title.nl;
  if (isRecord(title) && typeof title.en === 'string' && title.en.trim()) return title.en;
  return typeof section.id === 'string' && section.id ? section.id : undefined;
}

/** The field a path ends in, e.g. "the English text of ‘title’" or "‘priority’". */
function describeField(path: readonly PathKey[]): BilingualText {
  const last = path.at(-1);
  const parent = path.at(-2);
  if ((last === 'nl' || last === 'en') && typeof parent === 'string') {
    const field = FIELD_NAMES[parent] ?? text(parent, parent);
    const language = LANGUAGE_NAMES[last] ?? text(last, last);
    return text(`de ${language.nl} van ‘${field.nl}’`, `the ${language.en} of ‘${field.en}’`);
  }
  if (typeof last === 'number' && typeof parent === 'string') {
    const field = FIELD_NAMES[parent] ?? text(parent, parent);
    return text(`waarde ${last + 1} van ‘${field.nl}’`, `value ${last + 1} of ‘${field.en}’`);
  }
  const key = typeof last === 'string' ? last : 'pack';
  const field = FIELD_NAMES[key] ?? text(key, key);
  return text(`‘${field.nl}’`, `‘${field.en}’`);
}

export function describeIssue(issue: z.core.$ZodIssue, root: unknown): PackImportError {
  const path = issue.path as PathKey[];
  const where = describeLocation(root, path);
  const field = describeField(path);
  const last = path.at(-1);
  const value = valueAt(root, path);
  const make = (code: PackImportErrorCode, nl: string, en: string): PackImportError => ({
    code,
    message: text(`${where.nl}: ${nl}`, `${where.en}: ${en}`),
    path: pathToString(path),
  });

  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) {
        if (last === 'nl' || last === 'en') {
          return make(
            'missing-translation',
            `${field.nl} ontbreekt. Elke tekst staat er in het Nederlands (nl) én het Engels (en).`,
            `${field.en} is missing. Every text is given in Dutch (nl) and English (en).`,
          );
        }
        return make('missing-field', `het veld ${field.nl} ontbreekt.`, `the field ${field.en} is missing.`);
      }
      const expected = TYPE_NAMES[issue.expected] ?? text(issue.expected, issue.expected);
      return make('wrong-type', `${field.nl} moet ${expected.nl} zijn.`, `${field.en} must be ${expected.en}.`);
    }
    case 'too_small': {
      if (issue.origin === 'string') {
        return make('empty-text', `${field.nl} is leeg.`, `${field.en} is empty.`);
      }
      if (issue.origin === 'array' && last === 'items') {
        return make(
          'empty-section',
          'dit onderdeel heeft geen punten. Geef elk onderdeel minstens één punt, of laat het onderdeel weg.',
          'this section has no items. Give every section at least one item, or leave the section out.',
        );
      }
      if (issue.origin === 'array' && last === 'sections') {
        return make(
          'no-sections',
          'er staan geen onderdelen in. Een pakket heeft minstens één onderdeel met punten.',
          'there are no sections. A pack needs at least one section with items.',
        );
      }
      if (issue.origin === 'array') {
        return make(
          'empty-list',
          `de lijst ${field.nl} is leeg; noem er minstens één.`,
          `the list ${field.en} is empty; give at least one.`,
        );
      }
      return make('invalid', `${field.nl} is te klein.`, `${field.en} is too small.`);
    }
    case 'too_big': {
      const maximum = String(issue.maximum);
      if (issue.origin === 'string') {
        return make(
          'text-too-long',
          `${field.nl} is te lang (hoogstens ${maximum} tekens).`,
          `${field.en} is too long (at most ${maximum} characters).`,
        );
      }
      return make(
        'too-many',
        `te veel waarden in ${field.nl} (hoogstens ${maximum}).`,
        `too many entries in ${field.en} (at most ${maximum}).`,
      );
    }
    case 'invalid_format': {
      if (issue.format === 'url') {
        return make(
          'bad-url',
          `${quoted(value)} is geen geldig webadres. Gebruik een volledig adres dat begint met https:// (of http://).`,
          `${quoted(value)} is not a valid web address. Use a full address starting with https:// (or http://).`,
        );
      }
      if (last === 'version') {
        return make(
          'bad-version',
          `${quoted(value)} is geen geldig versienummer. Gebruik drie getallen, zoals 1.2.0.`,
          `${quoted(value)} is not a valid version number. Use three numbers, such as 1.2.0.`,
        );
      }
      if (last === 'id') {
        return make(
          'bad-id',
          `${quoted(value)} is geen geldige id. Gebruik kleine letters, cijfers en streepjes, zoals ‘vac-leeftijd’.`,
          `${quoted(value)} is not a valid id. Use lower-case letters, digits and hyphens, such as ‘vac-leeftijd’.`,
        );
      }
      return make('invalid', `${field.nl} heeft niet de juiste vorm.`, `${field.en} does not have the right form.`);
    }
    case 'invalid_value': {
      const allowed = issue.values.map((option) => String(option)).join(', ');
      return make(
        'bad-value',
        `${quoted(value)} is geen toegestane waarde voor ${field.nl}. Kies uit: ${allowed}.`,
        `${quoted(value)} is not an allowed value for ${field.en}. Choose from: ${allowed}.`,
      );
    }
    case 'custom': {
      const params = (issue.params ?? {}) as { reason?: string; id?: string; kind?: string; count?: number };
      if (params.reason === 'duplicate-id') return duplicateError(root, path, params.kind, params.id);
      if (params.reason === 'too-many-items') {
        return make(
          'too-many',
          `het pakket heeft ${params.count ?? 'te veel'} punten; hoogstens 300 passen in één pakket.`,
          `the pack has ${params.count ?? 'too many'} items; at most 300 fit in one pack.`,
        );
      }
      return make('invalid', `${field.nl} klopt niet.`, `${field.en} is not valid.`);
    }
    default:
      return make('invalid', `${field.nl} klopt niet.`, `${field.en} is not valid.`);
  }
}

function duplicateError(root: unknown, path: readonly PathKey[], kind: string | undefined, id: string | undefined): PackImportError {
  const where = describeLocation(root, path.slice(0, kind === 'section' ? 2 : 4));
  const what = kind === 'section' ? text('elk onderdeel', 'every section') : text('elk punt', 'every item');
  return {
    code: 'duplicate-id',
    message: text(
      `${where.nl}: de id ${quoted(id)} komt al eerder in het pakket voor. ${capitalised(what.nl)} heeft een eigen id nodig, want de voortgang wordt op id bewaard.`,
      `${where.en}: the id ${quoted(id)} is already used earlier in the pack. ${capitalised(what.en)} needs its own id, because progress is stored by id.`,
    ),
    path: pathToString(path),
  };
}

/** Duplicate ids in a file that fails elsewhere too (zod only runs the cross-checks on valid input). */
export function rawDuplicates(root: Raw): PackImportError[] {
  if (!Array.isArray(root.sections)) return [];
  const sections = root.sections.filter(isRecord).map((section) => ({
    id: typeof section.id === 'string' ? section.id : '',
    items: (Array.isArray(section.items) ? section.items : [])
      .filter(isRecord)
      .map((item) => ({ id: typeof item.id === 'string' ? item.id : '' })),
  }));
  if (sections.length !== root.sections.length) return [];
  return findDuplicateIds({ sections })
    .filter((duplicate) => duplicate.id !== '')
    .map((duplicate) => duplicateError(root, duplicate.path, duplicate.kind, duplicate.id));
}

function capitalised(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}
