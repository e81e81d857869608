import { z } from 'zod';
import type { BilingualText, Locale } from '../i18n/locale';
import { progressSnapshotSchema, type ProgressSnapshot } from './history';
import { PRIORITY_LABELS, STATUS_LABELS } from './labels';
import { archivedProgressSchema, type ArchivedProgress } from './migrate-pack';
import type { ChecklistPack } from './pack-schema';
import {
  isoDateTimeSchema,
  itemProgressSchema,
  organisationSchema,
  type EvidenceEntry,
  type Organisation,
  type ProgressByItem,
} from './progress-schema';

// ---------------------------------------------------------------- CSV (RFC 4180)

export type CsvDelimiter = ',' | ';';

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"), including
 * their full-width forms. Such cells get a leading apostrophe so they stay text.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** One cell, safe for spreadsheets and quoted per RFC 4180 §2 when needed. */
export function csvCell(value: string, delimiter: CsvDelimiter = ','): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  const needsQuotes = safe.includes(delimiter) || safe.includes('"') || safe.includes('\n') || safe.includes('\r');
  return needsQuotes ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Rows to CSV text: CRLF after every record (RFC 4180 §2.1). */
export function toCsvText(rows: readonly (readonly string[])[], delimiter: CsvDelimiter = ','): string {
  return rows.map((row) => row.map((cell) => csvCell(cell, delimiter)).join(delimiter)).join('\r\n') + '\r\n';
}

const CSV_HEADERS: readonly BilingualText[] = [
  { nl: 'Sectie', en: 'Section' },
  { nl: 'Item-id', en: 'Item id' },
  { nl: 'Item', en: 'Item' },
  { nl: 'Prioriteit', en: 'Priority' },
  { nl: 'Status', en: 'Status' },
  { nl: 'Eigenaar', en: 'Owner' },
  { nl: 'Streefdatum', en: 'Due date' },
  { nl: 'Laatst beoordeeld', en: 'Last reviewed' },
  { nl: 'Notitie', en: 'Note' },
  { nl: 'Bewijs', en: 'Evidence' },
  { nl: 'Reden niet van toepassing', en: 'Reason not applicable' },
  { nl: 'Bijgewerkt', en: 'Updated' },
];

export interface CsvOptions {
  locale: Locale;
  /** ';' suits spreadsheets set to Dutch, where ',' is the decimal separator. */
  delimiter?: CsvDelimiter;
  /** Prefix a UTF-8 byte order mark so Excel reads accents correctly. */
  byteOrderMark?: boolean;
}

function evidenceText(entry: EvidenceEntry): string {
  return entry.kind === 'link' ? (entry.label ? `${entry.label} <${entry.url}>` : entry.url) : entry.text;
}

/** Progress of one organisation as CSV: one row per item of the pack, in pack order. */
export function progressToCsv(pack: ChecklistPack, progress: ProgressByItem, options: CsvOptions): string {
  const { locale } = options;
  const rows: string[][] = [CSV_HEADERS.map((header) => header[locale])];
  for (const section of pack.sections) {
    for (const item of section.items) {
      const entry = progress[item.id];
      const status = entry?.status ?? 'not-started';
      rows.push([
        section.title[locale],
        item.id,
        item.title[locale],
        PRIORITY_LABELS[item.priority][locale],
        STATUS_LABELS[status][locale],
        entry?.owner ?? '',
        entry?.dueDate ?? '',
        entry?.lastReviewed ?? '',
        entry?.note ?? '',
        (entry?.evidence ?? []).map(evidenceText).join('\n'),
        entry?.naReason ?? '',
        entry?.updatedAt ?? '',
      ]);
    }
  }
  const text = toCsvText(rows, options.delimiter ?? ',');
  return options.byteOrderMark ? `\uFEFF${text}` : text;
}

// ---------------------------------------------------------------- JSON

export const PROGRESS_EXPORT_FORMAT = 'eerlijk-werven/checklist-progress';
export const PROGRESS_EXPORT_VERSION = 1;

/** A person's own export of one organisation's progress: readable, and importable again. */
export const progressExportSchema = z.object({
  format: z.literal(PROGRESS_EXPORT_FORMAT),
  formatVersion: z.literal(PROGRESS_EXPORT_VERSION),
  exportedAt: isoDateTimeSchema,
  organisation: organisationSchema,
  pack: z.object({ id: z.string().min(1), version: z.string().min(1) }),
  items: z.array(itemProgressSchema),
  archive: z.array(archivedProgressSchema).default([]),
  snapshots: z.array(progressSnapshotSchema).default([]),
});
export type ProgressExport = z.infer<typeof progressExportSchema>;

export interface ProgressExportInput {
  pack: ChecklistPack;
  organisation: Organisation;
  progress: ProgressByItem;
  archive?: readonly ArchivedProgress[];
  snapshots?: readonly ProgressSnapshot[];
  exportedAt: string;
}

export function buildProgressExport(input: ProgressExportInput): ProgressExport {
  return {
    format: PROGRESS_EXPORT_FORMAT,
    formatVersion: PROGRESS_EXPORT_VERSION,
    exportedAt: input.exportedAt,
    organisation: input.organisation,
    pack: { id: input.pack.id, version: input.pack.version },
    // Pack order first, so a diff of two exports reads like the checklist.
    items: input.pack.sections
      .flatMap((section) => section.items)
      .map((item) => input.progress[item.id])
      .filter((entry) => entry !== undefined),
    archive: [...(input.archive ?? [])],
    snapshots: (input.snapshots ?? []).filter((snapshot) => snapshot.organisationId === input.organisation.id),
  };
}

export function progressToJson(input: ProgressExportInput): string {
  return `${JSON.stringify(buildProgressExport(input), null, 2)}\n`;
}

export type ProgressImportResult = { ok: true; data: ProgressExport } | { ok: false; message: BilingualText };

/** Read a progress export back; a failure is one clear message and nothing is changed. */
export function parseProgressExport(input: unknown): ProgressImportResult {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input.replace(/^\uFEFF/, ''));
    } catch {
      return { ok: false, message: { nl: 'Dit bestand is geen leesbare JSON.', en: 'This file is not readable JSON.' } };
    }
  }
  const record = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  if (record.format !== PROGRESS_EXPORT_FORMAT) {
    return {
      ok: false,
      message: {
        nl: 'Dit is geen export van checklistvoortgang uit Eerlijk Werven.',
        en: 'This is not a checklist progress export from Eerlijk Werven.',
      },
    };
  }
  if (typeof record.formatVersion === 'number' && record.formatVersion > PROGRESS_EXPORT_VERSION) {
    return {
      ok: false,
      message: {
        nl: 'Deze export komt uit een nieuwere versie van Eerlijk Werven. Werk de extensie bij en probeer het opnieuw.',
        en: 'This export comes from a newer version of Eerlijk Werven. Update the extension and try again.',
      },
    };
  }
  const parsed = progressExportSchema.safeParse(data);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') ?? '';
    return {
      ok: false,
      message: {
        nl: `De export is beschadigd of onvolledig (bij ‘${where}’). Er is niets gewijzigd.`,
        en: `The export is damaged or incomplete (at ‘${where}’). Nothing was changed.`,
      },
    };
  }
  return { ok: true, data: parsed.data };
}
