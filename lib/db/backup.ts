import { z } from 'zod';
import { settingsSchema, type Settings } from '../settings/schema';
import { isPseudonymMetaKey, PSEUDONYM_LIST_PREFIX, prunePseudonymLists, SECRET_META_KEY } from './backup-privacy';
import type { EerlijkWervenDatabase } from './database';
import { TABLE_ROW_SCHEMAS, type MetaRow, type ScreeningStateRow, type TableName } from './rows';

/**
 * Backups are one JSON file: the database plus the user's own settings item. Importing checks the
 * whole file before anything is written, then replaces the tables the file holds in one
 * transaction, so a broken, foreign or newer file leaves what is stored untouched, and a table the
 * file lacks is left alone (docs/decisions.md#backups-never-lose-data).
 *
 * Two kinds: a plain backup holds neither the pseudonym secret nor the key-to-number lists
 * (backup-privacy.ts), so it cannot link names to scores; a full backup holds them and is only
 * ever written encrypted (backup-crypto.ts). Version 1 files (before the two kinds) count as full.
 */
export const BACKUP_FORMAT = 'eerlijk-werven-backup';
export const BACKUP_VERSION = 2;
export type BackupKind = 'plain' | 'full';
/** Larger files are refused before parsing: a real backup is far smaller. */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().min(1),
  kind: z.enum(['plain', 'full']).optional(),
  exportedAt: z.string(),
  settings: z.unknown().optional(),
  tables: z.record(z.string(), z.array(z.unknown())),
});

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  kind: BackupKind;
  exportedAt: string;
  /** Absent: the settings item is left as it is. */
  settings?: Settings;
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

  const settings = envelope.data.settings === undefined ? undefined : settingsSchema.safeParse(envelope.data.settings);
  if (settings && !settings.success) return failure('bad-settings', settings.error.issues[0]?.path.join('.'));

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
      kind: envelope.data.kind ?? 'full',
      exportedAt: envelope.data.exportedAt,
      ...(settings ? { settings: settings.data } : {}),
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

/**
 * Everything stored, as a backup object. A plain backup leaves out the pseudonym secret and the
 * key-to-number lists; a full one keeps them, with only the entries of applicants that have a record.
 */
export async function createBackup(
  db: EerlijkWervenDatabase,
  settings: Settings,
  { kind, now = new Date() }: { kind: BackupKind; now?: Date },
): Promise<Backup> {
  const tables: Partial<Record<TableName, unknown[]>> = {};
  for (const name of Object.keys(TABLE_ROW_SCHEMAS) as TableName[]) {
    tables[name] = await db.table(name).toArray();
  }
  const meta = tables.meta as MetaRow[];
  tables.meta =
    kind === 'plain'
      ? meta.filter((row) => !isPseudonymMetaKey(row.key))
      : prunePseudonymLists(meta, tables.screeningStates as ScreeningStateRow[]);
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, kind, exportedAt: now.toISOString(), settings, tables };
}

export interface RestoreOutcome {
  /** The backup had no pseudonym secret: applicants get numbers afresh in this browser. */
  pseudonymsFresh: boolean;
}

/**
 * Replace the tables the backup holds, in one transaction (all or nothing); tables it lacks are
 * left alone. The pseudonym secret and lists of this browser stay when the backup has none (a plain
 * backup), and the lists are pruned to the applicants that still have a record.
 */
export async function restoreBackup(db: EerlijkWervenDatabase, backup: Backup): Promise<RestoreOutcome> {
  const names = (Object.keys(TABLE_ROW_SCHEMAS) as TableName[]).filter((name) => backup.tables[name] !== undefined);
  const backupMeta = (backup.tables.meta ?? []) as MetaRow[];
  const hasSecret = backupMeta.some((row) => row.key === SECRET_META_KEY);
  await db.transaction(
    'rw',
    [...new Set([...names, 'meta', 'screeningStates'])].map((name) => db.table(name)),
    async () => {
      const kept = hasSecret ? [] : (await db.meta.toArray()).filter((row) => isPseudonymMetaKey(row.key));
      for (const name of names) {
        const table = db.table(name);
        await table.clear();
        await table.bulkAdd(backup.tables[name] ?? []);
      }
      if (backup.tables.meta !== undefined) await db.meta.bulkPut(kept);
      const states = await db.screeningStates.toArray();
      await db.meta.bulkPut(prunePseudonymLists(await db.meta.where('key').startsWith(PSEUDONYM_LIST_PREFIX).toArray(), states));
    },
  );
  return { pseudonymsFresh: !hasSecret };
}

/** Suggested file name, e.g. "eerlijk-werven-backup-2026-11-28.json". */
export function backupFileName(now = new Date()): string {
  return `eerlijk-werven-backup-${now.toISOString().slice(0, 10)}.json`;
}
