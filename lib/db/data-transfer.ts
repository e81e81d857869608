import { browser } from 'wxt/browser';
import { defaultSettings } from '../settings/defaults';
import { SETTINGS_KEY } from '../settings/schema';
import { loadSettings, updateSettings } from '../settings/store';
import { encryptBackupText } from './backup-crypto';
import { backupFileName, createBackup, restoreBackup, type Backup, type BackupKind } from './backup';
import { getDatabase } from './database';
import { TABLE_ROW_SCHEMAS, type TableName } from './rows';

/**
 * A backup file ready to save: plain JSON, or the full backup encrypted with the user's
 * passphrase. The user's own settings go in, never the organisation's policy.
 */
export async function exportBackupFile(kind: BackupKind, passphrase?: string, now = new Date()): Promise<{ name: string; text: string }> {
  const backup = await createBackup(getDatabase(), (await loadSettings()).local, { kind, now });
  const json = JSON.stringify(backup, null, 2);
  if (kind === 'plain') return { name: backupFileName(now), text: json };
  if (!passphrase) throw new Error('A full backup needs a passphrase.');
  return { name: backupFileName(now).replace(/\.json$/, '-versleuteld.json'), text: await encryptBackupText(json, passphrase) };
}

export interface ImportOutcome {
  /** The backup had no pseudonym secret: applicants get new numbers from now on. */
  pseudonymsFresh: boolean;
  /** The stored settings come from a newer version and were left as they are. */
  settingsKept: boolean;
}

/**
 * Restore a checked backup. The database goes first, in one transaction; the settings item is
 * written only when that succeeded (so a failure leaves the old data in place), and never over an
 * item written by a newer version of the extension.
 */
export async function importEverything(backup: Backup): Promise<ImportOutcome> {
  const { pseudonymsFresh } = await restoreBackup(getDatabase(), backup);
  const settings = backup.settings;
  if (settings === undefined) return { pseudonymsFresh, settingsKept: false };
  if ((await loadSettings()).readOnly) return { pseudonymsFresh, settingsKept: true };
  await updateSettings(() => settings);
  return { pseudonymsFresh, settingsKept: false };
}

/** Erase all data and settings (the user confirmed). */
export async function eraseEverything(): Promise<void> {
  const db = getDatabase();
  const names = Object.keys(TABLE_ROW_SCHEMAS) as TableName[];
  await db.transaction(
    'rw',
    names.map((name) => db.table(name)),
    async () => {
      for (const name of names) await db.table(name).clear();
    },
  );
  await browser.storage.local.clear();
  await browser.storage.local.set({ [SETTINGS_KEY]: defaultSettings() });
}
