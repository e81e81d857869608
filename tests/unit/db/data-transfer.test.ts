import { afterEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseBackup } from '../../../lib/db/backup';
import { decryptBackupText } from '../../../lib/db/backup-crypto';
import { exportBackupFile, importEverything } from '../../../lib/db/data-transfer';
import { getDatabase } from '../../../lib/db/database';
import { getOrCreateSecret } from '../../../lib/screening-store/secret';
import { SETTINGS_KEY } from '../../../lib/settings/schema';
import { updateSettings } from '../../../lib/settings/store';

afterEach(async () => {
  const db = getDatabase();
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('backup files', { timeout: 60_000 }, () => {
  test('the full backup file is encrypted and restores the secret; the plain one never holds it', async () => {
    const secret = await getOrCreateSecret(getDatabase());
    const plain = await exportBackupFile('plain');
    expect(plain.text).not.toContain(secret);
    const full = await exportBackupFile('full', 'vier losse woorden hier');
    expect(full.name).toMatch(/-versleuteld\.json$/);
    expect(full.text).not.toContain(secret);
    const opened = await decryptBackupText(full.text, 'vier losse woorden hier');
    if (!opened.ok) throw new Error(opened.code);
    const parsed = parseBackup(opened.text);
    if (!parsed.ok) throw new Error(parsed.error.code);
    expect(parsed.backup.kind).toBe('full');
    expect(JSON.stringify(parsed.backup.tables.meta)).toContain(secret);
    await expect(exportBackupFile('full')).rejects.toThrow(/passphrase/);
  });

  test('the policy is never written into a backup', async () => {
    await fakeBrowser.storage.managed.set({ language: 'en' });
    const parsed = parseBackup((await exportBackupFile('plain')).text);
    if (!parsed.ok) throw new Error(parsed.error.code);
    expect(parsed.backup.settings?.language).toBe('browser');
  });

  test('an import never overwrites a settings item written by a newer version, and says so', async () => {
    await updateSettings((settings) => settings);
    const parsed = parseBackup((await exportBackupFile('plain')).text);
    if (!parsed.ok) throw new Error(parsed.error.code);
    const newer = { version: 99, language: 'en', sites: [], futureField: true };
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: newer });
    const outcome = await importEverything(parsed.backup);
    expect(outcome.settingsKept).toBe(true);
    expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual(newer);
  });

  test('a backup without settings leaves the settings item alone', async () => {
    await updateSettings((settings) => ({ ...settings, language: 'en' }));
    const parsed = parseBackup((await exportBackupFile('plain')).text);
    if (!parsed.ok) throw new Error(parsed.error.code);
    const { settings: _settings, ...withoutSettings } = parsed.backup;
    await updateSettings((settings) => ({ ...settings, language: 'nl' }));
    expect((await importEverything(withoutSettings)).settingsKept).toBe(false);
    expect(((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as { language: string }).language).toBe('nl');
  });
});
