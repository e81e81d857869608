/**
 * Settings and data in the real extension: a site switched on in the options page is on in the
 * popup and in storage; backups export, import and refuse broken files with data intact; the
 * background answers only well-formed messages (docs/decisions.md#backups-never-lose-data).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getStoredSettings, screenshot, setStoredSettings, useExtension } from './harness';

interface StoredSite {
  match: string;
  vacancy: boolean;
  screening: boolean;
  checklist: boolean;
}

/** Send a raw message to the background from an extension page, as our pages do. */
function sendRaw(page: Page, message: unknown): Promise<unknown> {
  return page.evaluate(
    (raw) =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } }).chrome.runtime.sendMessage(raw),
    message,
  );
}

describe('settings and data', () => {
  const ext = useExtension({ language: 'nl' });

  it('a site added in the options page is on in storage and in the popup', async () => {
    const options = await ext.openExtensionPage('options');
    await options.getByTestId('site-add-input').fill('http://127.0.0.1');
    await options.getByRole('button', { name: 'Toevoegen' }).click();
    await options.getByText('Toegevoegd: http://127.0.0.1/*').waitFor();

    const stored = (await getStoredSettings(ext.context)) as { sites: StoredSite[] };
    expect(stored.sites).toContainEqual({ match: 'http://127.0.0.1/*', vacancy: true, screening: true, checklist: true });

    // Switch blind screening off for it in the options table.
    const row = options.locator('tr[data-match="http://127.0.0.1/*"]');
    await row.locator('input[data-pillar="screening"]').uncheck();
    await expect
      .poll(
        async () =>
          ((await getStoredSettings(ext.context)) as { sites: StoredSite[] }).sites.find((site) => site.match === 'http://127.0.0.1/*')
            ?.screening,
      )
      .toBe(false);

    await ext.openPage('/fixtures/plain.html');
    const popup = await ext.openExtensionPage('popup');
    await popup.getByTestId('popup-host').waitFor();
    expect(await popup.getByTestId('popup-switch-vacancy').locator('input').isChecked()).toBe(true);
    expect(await popup.getByTestId('popup-switch-screening').locator('input').isChecked()).toBe(false);
    expect(await popup.getByTestId('popup-switch-checklist').locator('input').isChecked()).toBe(true);

    // And the popup's own switch writes the same item.
    await popup.getByTestId('popup-switch-screening').locator('input').check();
    await expect
      .poll(
        async () =>
          ((await getStoredSettings(ext.context)) as { sites: StoredSite[] }).sites.find((site) => site.match === 'http://127.0.0.1/*')
            ?.screening,
      )
      .toBe(true);
    await popup.getByRole('button', { name: 'Pagina herladen' }).waitFor();
    await screenshot(popup, 'popup-site-switched-on');
  });

  it('broken stored settings are repaired, keeping the valid parts, and the user is told', async () => {
    await setStoredSettings(ext.context, {
      version: 1,
      language: 'en',
      sites: [{ match: 'http://127.0.0.1/*', vacancy: true }, { match: 42 }],
      wording: 'broken',
    });
    // The background repairs the item as soon as it changes: the valid parts stay.
    await expect
      .poll(async () => (await getStoredSettings(ext.context)) as { wording?: unknown })
      .toMatchObject({
        language: 'en',
        wording: { ignoredRules: [], ignoredRulesBySite: {} },
      });
    const stored = (await getStoredSettings(ext.context)) as { sites: StoredSite[] };
    expect(stored.sites[0]).toEqual({ match: 'http://127.0.0.1/*', vacancy: true, screening: false, checklist: false });
    expect(stored.sites.some((site) => typeof site.match !== 'string')).toBe(false);

    const options = await ext.openExtensionPage('options');
    await options.getByRole('heading', { level: 1, name: 'Eerlijk Werven settings' }).waitFor();
    expect(await options.getByTestId('settings-repaired').textContent()).toContain('Websites, Vacancy check');
    const row = options.locator('tr[data-match="http://127.0.0.1/*"]');
    expect(await row.locator('input[data-pillar="vacancy"]').isChecked()).toBe(true);
    await screenshot(options, 'options-settings-repaired');
    await options.getByRole('button', { name: 'Understood' }).click();
    await expect.poll(() => options.getByTestId('settings-repaired').count()).toBe(0);
    await setStoredSettings(ext.context, undefined);
  });

  /** "Vacancies checked this month" as the dashboard shows it (the vacancy check may add to it). */
  async function vacanciesChecked(): Promise<number> {
    const dashboard = await ext.openExtensionPage('dashboard');
    await dashboard.getByTestId('stat-vacancies').waitFor();
    await dashboard.waitForTimeout(200);
    const value = Number(await dashboard.getByTestId('stat-vacancies').textContent());
    await dashboard.close();
    return value;
  }

  it('the background refuses malformed and unknown messages and accepts valid ones', async () => {
    const before = await vacanciesChecked();
    const page = await ext.openExtensionPage('options');
    expect(
      await sendRaw(page, { channel: 'eerlijk-werven', type: 'activity:record', payload: { metric: 'made-up', count: 1 } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'malformed' },
    });
    expect(await sendRaw(page, { channel: 'eerlijk-werven', type: 'settings:steal', payload: {} })).toMatchObject({
      ok: false,
      error: { code: 'unknown-type' },
    });
    expect(
      await sendRaw(page, { channel: 'eerlijk-werven', type: 'activity:record', payload: { metric: 'vacancies-checked', count: 3 } }),
    ).toEqual({
      ok: true,
      data: { recorded: true },
    });
    const dashboard = await ext.openExtensionPage('dashboard');
    await expect.poll(() => dashboard.getByTestId('stat-vacancies').textContent()).toBe(String(before + 3));
  });

  it('exports a backup, refuses broken files without changing anything, and restores a good one', async () => {
    const options = await ext.openExtensionPage('options');
    await options.getByRole('heading', { level: 1 }).waitFor();
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('backup-export').click()]);
    expect(download.suggestedFilename()).toMatch(/^eerlijk-werven-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    const backup = JSON.parse(await readFile(path, 'utf8')) as {
      format: string;
      tables: { activity: { metric: string; count: number }[] };
    };
    expect(backup.format).toBe('eerlijk-werven-backup');
    const backedUp = backup.tables.activity.filter((row) => row.metric === 'vacancies-checked').reduce((sum, row) => sum + row.count, 0);
    expect(backedUp).toBe(await vacanciesChecked());

    const settingsBefore = await getStoredSettings(ext.context);
    const importFile = (name: string, text: string) =>
      options.getByTestId('backup-import').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

    await importFile('kapot.json', '{"format": "eerlijk-werven-backup", "version": 1, "tabl');
    await expect.poll(() => options.getByTestId('data-status').textContent()).toContain('geen leesbaar JSON-bestand');
    expect(await options.getByTestId('data-status').textContent()).toContain('Je gegevens zijn niet veranderd.');
    await screenshot(options, 'options-backup-rejected');

    await importFile('nieuwer.json', JSON.stringify({ ...backup, version: 99 }));
    await expect.poll(() => options.getByTestId('data-status').textContent()).toContain('nieuwere versie');
    expect(await getStoredSettings(ext.context)).toEqual(settingsBefore);

    // Change something, then restore the backup: the change is undone.
    await sendRaw(options, { channel: 'eerlijk-werven', type: 'activity:record', payload: { metric: 'vacancies-checked', count: 10 } });
    await importFile('goed.json', JSON.stringify(backup));
    await options.getByRole('dialog').getByRole('button', { name: 'Vervangen' }).click();
    await expect.poll(() => options.getByTestId('data-status').textContent()).toContain('De reservekopie is teruggezet.');
    // A plain backup carries no pseudonym data, and the message says so.
    expect(await options.getByTestId('data-status').textContent()).toContain('Schuilnamen beginnen opnieuw');
    const dashboard = await ext.openExtensionPage('dashboard');
    await expect.poll(() => dashboard.getByTestId('stat-vacancies').textContent()).toBe(String(backedUp));
  });

  it('erases everything only after confirmation', async () => {
    const before = await vacanciesChecked();
    expect(before).toBeGreaterThan(0);
    const options = await ext.openExtensionPage('options');
    await options.getByTestId('erase-all').click();
    await options.getByRole('dialog').getByRole('button', { name: 'Annuleren' }).click();
    const dashboard = await ext.openExtensionPage('dashboard');
    await expect.poll(() => dashboard.getByTestId('stat-vacancies').textContent()).toBe(String(before));

    await options.bringToFront();
    await options.getByTestId('erase-all').click();
    await screenshot(options, 'options-erase-confirm');
    await options.getByRole('dialog').getByRole('button', { name: 'Alles wissen' }).click();
    await expect.poll(() => options.getByTestId('data-status').textContent()).toBe('Alle gegevens zijn gewist.');
    await expect.poll(() => dashboard.getByTestId('stat-vacancies').textContent()).toBe('0');
  });
});
