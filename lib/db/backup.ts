import { z } from 'zod';
import { settingsSchema, type Settings } from '../settings/schema';
import type { EerlijkWervenDatabase } from './database';
import { TABLE_ROW_SCHEMAS, type TableName } from './rows';

/**
 * Backups are one JSON file: everything in the database plus the settings item. Importing checks
 * the whole file before anything is written, then replaces all data in one transaction, so a
 * broken, foreign or newer file leaves what is stored untouched
 * (docs/decisions.md#backups-never-lose-data).
 */
export const BACKUP_FORMAT = 'eerlijk-werven-backup';
export const BACKUP_VERSION = 1;
/** Larger files are refused before parsing: a real backup is far smaller. */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().min(1),
  exportedAt: z.string(),
  settings: z.unknown(),
  tables: z.record(z.string(), z.array(z.unknown())),
});

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  settings: Settings;
  tables: Partial<Record<TableName, unknown[]>>;
}

/** Why a file is not a usable backup; each code has a translated message `backup_error_<code>`. */
export type BackupErrorCode =
  'empty' | 'too-large' | 'not-json' | 'not-a-backup' | 'newer-version' | 'bad-settings' | 'unknown-table' | 'bad-row' | 'duplicate-key';

export interface BackupError {
  code: BackupErrorCode;
  /** Where the problem is, e.g. "activity #4" (shown after the message). */
  where?: string;
}

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; error: BackupError };

const PRIMARY_KEYS: Partial<Record<TableName, (row: Record<string, unknown>) => unknown>> = {
  meta: (row) => row.key,
  activity: (row) => row.id,
  organisations: (row) => row.id,
  checklistProgress: (row) => [row.organisationId, row.packId, row.itemId],
  checklistSnapshots: (row) => [row.organisationId, row.day],
  checklistPacks: (row) => row.id,
  checklistArchive: (row) => row.id,
  vacancyIgnored: (row) => [row.site, row.fingerprint],
  screeningCriteria: (row) => [row.site, row.vacancyId],
  screeningStates: (row) => [row.site, row.vacancyId, row.applicantKey],
  screeningLog: (row) => row.id,
};

/** Check a file's text completely. Pure: touches nothing. */
export function parseBackup(text: string): ParsedBackup {
  if (text.trim() === '') return failure('empty');
  if (text.length > MAX_BACKUP_BYTES) return failure('too-large');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return failure('not-json');
  }
  const envelope = backupSchema.safeParse(json);
  if (!envelope.success) {
    const isOurs = typeof json === 'object' && json !== null && (json as { format?: unknown }).format === BACKUP_FORMAT;
    return failure(isOurs && typeof (json as { version?: unknown }).version === 'number' ? versionOrShape(json) : 'not-a-backup');
  }
  if (envelope.data.version > BACKUP_VERSION) return failure('newer-version');

  const settings = settingsSchema.safeParse(envelope.data.settings);
  if (!settings.success) return failure('bad-settings', settings.error.issues[0]?.path.join('.'));

  const tables: Partial<Record<TableName, unknown[]>> = {};
  for (const [name, rows] of Object.entries(envelope.data.tables)) {
    if (!Object.hasOwn(TABLE_ROW_SCHEMAS, name)) return failure('unknown-table', name);
    const tableName = name as TableName;
    const schema = TABLE_ROW_SCHEMAS[tableName];
    const keyOf = PRIMARY_KEYS[tableName];
    const seen = new Set<unknown>();
    const parsedRows: unknown[] = [];
    for (const [index, row] of rows.entries()) {
      const parsed = schema.safeParse(row);
      if (!parsed.success) return failure('bad-row', `${name} #${index + 1}`);
      const key = keyOf?.(parsed.data as Record<string, unknown>);
      if (key !== undefined) {
        const keyText = JSON.stringify(key);
        if (seen.has(keyText)) return failure('duplicate-key', `${name} #${index + 1}`);
        seen.add(keyText);
      }
      parsedRows.push(parsed.data);
    }
    tables[tableName] = parsedRows;
  }
  return {
    ok: true,
    backup: {
      format: BACKUP_FORMAT,
      version: envelope.data.version,
      exportedAt: envelope.data.exportedAt,
      settings: settings.data,
      tables,
    },
  };
}

function versionOrShape(json: unknown): BackupErrorCode {
  const version = (json as { version: number }).version;
  return version > BACKUP_VERSION ? 'newer-version' : 'not-a-backup';
}

function failure(code: BackupErrorCode, where?: string): ParsedBackup {
  return { ok: false, error: where === undefined ? { code } : { code, where } };
}

/** Everything stored, as a backup object. */
export async function createBackup(db: EerlijkWervenDatabase, settings: Settings, now = new Date()): Promise<Backup> {
  const tables: Partial<Record<TableName, unknown[]>> = {};
  for (const name of Object.keys(TABLE_ROW_SCHEMAS) as TableName[]) {
    tables[name] = await db.table(name).toArray();
  }
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), settings, tables };
}

/** Replace all data with a parsed backup, in one transaction (all or nothing). */
export async function restoreBackup(db: EerlijkWervenDatabase, backup: Backup): Promise<void> {
  const names = Object.keys(TABLE_ROW_SCHEMAS) as TableName[];
  await db.transaction(
    'rw',
    names.map((name) => db.table(name)),
    async () => {
      for (const name of names) {
        const table = db.table(name);
        await table.clear();
        await table.bulkAdd(backup.tables[name] ?? []);
      }
    },
  );
}

/** Suggested file name, e.g. "eerlijk-werven-backup-2026-11-28.json". */
export function backupFileName(now = new Date()): string {
  return `eerlijk-werven-backup-${now.toISOString().slice(0, 10)}.json`;
}
