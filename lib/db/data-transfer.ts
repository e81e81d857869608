import { browser } from 'wxt/browser';
import { defaultSettings } from '../settings/defaults';
import { SETTINGS_KEY } from '../settings/schema';
import { getSettings } from '../settings/store';
import { createBackup, restoreBackup, type Backup } from './backup';
import { getDatabase } from './database';
import { TABLE_ROW_SCHEMAS, type TableName } from './rows';

/** Everything the extension stores, as a backup object ready to save as JSON. */
export async function exportEverything(): Promise<Backup> {
  return createBackup(getDatabase(), await getSettings());
}

/**
 * Replace all data with a checked backup. The database goes first, in one transaction; the
 * settings item is written only when that succeeded, so a failure leaves the old data in place.
 */
export async function importEverything(backup: Backup): Promise<void> {
  await restoreBackup(getDatabase(), backup);
  await browser.storage.local.set({ [SETTINGS_KEY]: backup.settings });
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
