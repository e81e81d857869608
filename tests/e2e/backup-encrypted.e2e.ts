/**
 * Backups that cannot betray a candidate, in the options page: the full backup is encrypted with a
 * passphrase the user chooses (no pseudonym secret readable in the file), a wrong passphrase and a
 * file cut off each get their own message with nothing changed, and the right passphrase restores
 * everything, pseudonyms included.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { demoUrl, enableSite, expectNoAxeViolations, extensionServiceWorker, getStoredSettings, screenshot, useExtension } from './harness';

describe('full backup, encrypted (nl)', () => {
  const ext = useExtension({ language: 'nl' });

  it('encrypts with a chosen passphrase, refuses a wrong one and a cut-off file, and restores with the right one', async () => {
    // Screening on the demo list makes the per-install secret and pseudonym numbers.
    await enableSite(ext.context, 'http://127.0.0.1/*', { vacancy: false, screening: true, checklist: false });
    const list = await ext.openPage(demoUrl('kandidaten.html'));
    await list.waitForFunction(() => document.body.innerText.includes('Kandidaat 1'), null, { timeout: 10_000 });
    const worker = await extensionServiceWorker(ext.context);
    const secret = await worker.evaluate(
      () =>
        new Promise<string>((resolve, reject) => {
          const open = indexedDB.open('eerlijk-werven');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction('meta').objectStore('meta').get('screening-secret');
            request.onsuccess = () => resolve((request.result as { value: string }).value);
            request.onerror = () => reject(request.error);
          };
        }),
    );
    expect(secret).toMatch(/^[0-9a-f]{64}$/);

    const options = await ext.openExtensionPage('options');
    await options.getByTestId('backup-export-full').click();
    await options.getByTestId('backup-full-passphrase').fill('kort');
    await options.getByTestId('backup-full-repeat').fill('kort');
    await options.getByTestId('backup-full-submit').click();
    await expect.poll(() => options.getByTestId('backup-full').getByRole('alert').textContent()).toContain('te kort');
    await options.getByTestId('backup-full-passphrase').fill('paarse olifant op de fiets');
    await options.getByTestId('backup-full-repeat').fill('paarse olifant op de fiets');
    await expectNoAxeViolations(options);
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('backup-full-submit').click()]);
    expect(download.suggestedFilename()).toMatch(/^eerlijk-werven-backup-\d{4}-\d{2}-\d{2}-versleuteld\.json$/);
    const text = await readFile(await download.path(), 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'eerlijk-werven-backup-encrypted', kdf: { iterations: 600_000 } });
    expect(text).not.toContain(secret);
    expect(text).not.toContain('screening');

    const settingsBefore = await getStoredSettings(ext.context);
    const importFile = (name: string, content: string) =>
      options.getByTestId('backup-import').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
    const status = () => options.getByTestId('data-status').textContent();

    await importFile('afgebroken.json', text.slice(0, Math.floor(text.length / 2)));
    await expect.poll(status).toContain('onvolledig');
    expect(await status()).toContain('Je gegevens zijn niet veranderd.');

    await importFile('versleuteld.json', text);
    await options.getByTestId('backup-unlock-passphrase').fill('paarse olifant op de step');
    await options.getByTestId('backup-unlock-submit').click();
    await expect.poll(status).toContain('De wachtwoordzin klopt niet');
    expect(await status()).toContain('Je gegevens zijn niet veranderd.');
    expect(await getStoredSettings(ext.context)).toEqual(settingsBefore);
    await screenshot(options, 'options-backup-wrong-passphrase');

    await options.getByTestId('backup-unlock-passphrase').fill('paarse olifant op de fiets');
    await options.getByTestId('backup-unlock-submit').click();
    await options.getByRole('dialog').getByRole('button', { name: 'Vervangen' }).click();
    await expect.poll(status).toBe('De reservekopie is teruggezet.');
  });
});
