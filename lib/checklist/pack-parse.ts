import type { Locale } from '../i18n/locale';
import { PACK_SCHEMA_VERSION, packSchema, type ChecklistPack } from './pack-schema';
import { describeIssue, isRecord, quoted, rawDuplicates, text, type PackImportError, type PackImportErrorCode } from './pack-parse-errors';

export type { PackImportError, PackImportErrorCode };

/** A pack is a text file of a few hundred kB at most; anything far larger is not a checklist. */
export const MAX_PACK_BYTES = 1_000_000;
/** Show a person the first problems, not hundreds: fixing these usually fixes the rest. */
export const MAX_REPORTED_ERRORS = 20;

export type PackImportResult =
  | { ok: true; pack: ChecklistPack }
  | { ok: false; errors: PackImportError[]; /** Problems found beyond the ones listed. */ omitted: number };

export interface PackImportOptions {
  maxBytes?: number;
  maxErrors?: number;
}

function fail(code: PackImportErrorCode, nl: string, en: string): PackImportResult {
  return { ok: false, errors: [{ code, message: text(nl, en), path: '' }], omitted: 0 };
}

function byteLength(value: string): number {
  return new TextEncoder().encode(value).length;
}

/**
 * Read a checklist pack from a file's text or an already parsed value. Never throws: every problem
 * comes back as a message in Dutch and English that says what is wrong and where.
 */
export function importPack(input: unknown, options: PackImportOptions = {}): PackImportResult {
  const maxBytes = options.maxBytes ?? MAX_PACK_BYTES;
  const maxErrors = options.maxErrors ?? MAX_REPORTED_ERRORS;
  let data: unknown = input;

  if (typeof input === 'string') {
    const source = input.replace(/^\uFEFF/, '');
    if (source.trim() === '') {
      return fail('empty', 'Het bestand is leeg.', 'The file is empty.');
    }
    const bytes = byteLength(source);
    if (bytes > maxBytes) {
      const size = (value: number) => `${Math.ceil(value / 1000)} kB`;
      return fail(
        'too-large',
        `Het bestand is te groot (${size(bytes)}; een checklistpakket is hoogstens ${size(maxBytes)}). Kies het juiste bestand.`,
        `The file is too large (${size(bytes)}; a checklist pack is at most ${size(maxBytes)}). Choose the right file.`,
      );
    }
    try {
      data = JSON.parse(source);
    } catch {
      return fail(
        'not-json',
        "Dit bestand is geen leesbare JSON. Misschien is het onvolledig gedownload of met de hand aangepast; controleer haakjes, komma's en aanhalingstekens.",
        'This file is not readable JSON. It may be incompletely downloaded or edited by hand; check brackets, commas and quotation marks.',
      );
    }
  }

  if (!isRecord(data)) {
    const kind = Array.isArray(data) ? text('een lijst', 'a list') : text('een losse waarde', 'a single value');
    return fail(
      'not-an-object',
      `Dit is geen checklistpakket: het bestand bevat ${kind.nl} in plaats van een pakket met onderdelen.`,
      `This is not a checklist pack: the file holds ${kind.en} instead of a pack with sections.`,
    );
  }
  if (!('sections' in data) && !('schemaVersion' in data)) {
    return fail(
      'not-a-pack',
      'Dit is geen checklistpakket: er staan geen onderdelen met punten in. Misschien is het een ander soort bestand, zoals een back-up of een export.',
      'This is not a checklist pack: it has no sections with items. It may be another kind of file, such as a backup or an export.',
    );
  }
  const schemaVersion = data.schemaVersion;
  if (schemaVersion === undefined) {
    return fail(
      'schema-version-missing',
      `Het veld ‘schemaVersion’ ontbreekt, dus het is onduidelijk voor welke versie van het formaat dit pakket is gemaakt. Voeg "schemaVersion": ${PACK_SCHEMA_VERSION} toe.`,
      `The field ‘schemaVersion’ is missing, so it is unclear which version of the format this pack was made for. Add "schemaVersion": ${PACK_SCHEMA_VERSION}.`,
    );
  }
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) {
    return fail(
      'schema-version-invalid',
      `‘schemaVersion’ moet een heel getal zijn, zoals ${PACK_SCHEMA_VERSION}; gevonden: ${quoted(schemaVersion)}.`,
      `‘schemaVersion’ must be a whole number, such as ${PACK_SCHEMA_VERSION}; found: ${quoted(schemaVersion)}.`,
    );
  }
  if (schemaVersion > PACK_SCHEMA_VERSION) {
    return fail(
      'schema-version-newer',
      `Dit pakket gebruikt formaatversie ${schemaVersion}, maar deze versie van Eerlijk Werven kent versie ${PACK_SCHEMA_VERSION}. Werk de extensie bij en probeer het opnieuw.`,
      `This pack uses format version ${schemaVersion}, but this version of Eerlijk Werven knows version ${PACK_SCHEMA_VERSION}. Update the extension and try again.`,
    );
  }

  const parsed = packSchema.safeParse(data);
  if (parsed.success) return { ok: true, pack: parsed.data };

  const errors: PackImportError[] = [];
  const seen = new Set<string>();
  const add = (error: PackImportError) => {
    const key = `${error.code}|${error.path}`;
    if (seen.has(key)) return;
    seen.add(key);
    errors.push(error);
  };
  for (const issue of parsed.error.issues) add(describeIssue(issue, data));
  for (const duplicate of rawDuplicates(data)) add(duplicate);
  return { ok: false, errors: errors.slice(0, maxErrors), omitted: Math.max(0, errors.length - maxErrors) };
}

/** One message for a person, in their language: the listed problems, one per line. */
export function formatImportErrors(result: Extract<PackImportResult, { ok: false }>, locale: Locale): string {
  const lines = result.errors.map((error) => error.message[locale]);
  if (result.omitted > 0) {
    lines.push(locale === 'nl' ? `En nog ${result.omitted} andere problemen.` : `And ${result.omitted} more problems.`);
  }
  return lines.join('\n');
}
