/**
 * An organisation's policy in the real browser: Chromium reads it from its managed-policy folder
 * (as IT deploys it on Linux), checks it against our `storage.managed_schema`, and hands it to the
 * extension's managed storage. The policy switches the test host on, fixes the language, locks a
 * marker category and a review interval, and replaces the checklist pack; the options page shows
 * all of it as "set by your organisation", and the stored settings item never takes it over.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  demoUrl,
  expectNoAxeViolations,
  extensionIdForPath,
  getStoredSettings,
  screenshot,
  useExtension,
  waitForRegistration,
} from './harness';
import { installChromiumPolicy, type InstalledPolicy } from './harness/chromium-policy';
import { waitForHighlight } from './vacancy/page-helpers';

const LOCAL = 'http://127.0.0.1/*';
const schoolPack = readFileSync(resolve(process.cwd(), 'tests/fixtures/packs/valid-school-pack.json'), 'utf8');

describe('a managed policy in Chromium', () => {
  let policy: InstalledPolicy | undefined;
  // Registered before useExtension, so the file is there when Chromium starts.
  beforeAll(() => {
    policy = installChromiumPolicy(extensionIdForPath(inject('extensionPath')), {
      language: 'en',
      sites: [{ match: LOCAL, vacancy: true, screening: false, checklist: false }],
      hiddenMarkers: ['photos'],
      reviewEveryDays: 60,
      checklistPack: schoolPack,
    });
  });
  const ext = useExtension({ language: 'nl' });
  afterAll(() => policy?.remove());

  it('runs the Vacaturecheck on the site the policy switches on, with no settings written by anyone', async () => {
    await waitForRegistration(ext.context, LOCAL, { vacancy: true, screening: false, checklist: false });
    const page = await ext.openPage(demoUrl('vacature.html'));
    await waitForHighlight(page, '23 jaar');
    const stored = (await getStoredSettings(ext.context)) as { language?: string; sites?: { match: string }[] } | undefined;
    // The policy is applied, never copied into the user's own settings item.
    expect(stored?.language ?? 'browser').toBe('browser');
    expect((stored?.sites ?? []).some((site) => site.match === LOCAL)).toBe(false);
  });

  it('shows every policy value in the options page as set by the organisation, locked', async () => {
    const page = await ext.openExtensionPage('options');
    await page.getByTestId('language-managed').waitFor();
    expect(await page.getByTestId('language-managed').textContent()).toContain('Set by your organisation');
    for (const radio of await page.locator('input[name="language"]').all()) expect(await radio.isDisabled()).toBe(true);
    expect(await page.locator('input[name="language"][value="en"]').isChecked()).toBe(true);

    const row = page.locator(`tr[data-match="${LOCAL}"]`);
    expect(await row.getByTestId('site-managed').textContent()).toContain('Set by your organisation');
    for (const box of await row.locator('input[type="checkbox"]').all()) expect(await box.isDisabled()).toBe(true);
    expect(await row.locator('input[data-pillar="vacancy"]').isChecked()).toBe(true);
    expect(await row.getByRole('button', { name: /Remove/ }).count()).toBe(0);

    const photos = page.getByTestId('screening-hide-photos').locator('input');
    expect(await photos.isChecked()).toBe(true);
    expect(await photos.isDisabled()).toBe(true);
    expect(await page.getByTestId('screening-hide-names').locator('input').isDisabled()).toBe(false);
    expect(await page.getByTestId('policy-problems').count()).toBe(0);
    await screenshot(page, 'options-policy-en');
    await expectNoAxeViolations(page);
  });

  it('puts the policy pack in force and locks the review interval in the dashboard', async () => {
    const page = await ext.openExtensionPage('dashboard.html#/checklist');
    await page.getByText('Internship checklist ROC Voorbeeld').first().waitFor();
    // The pack and the policy's review interval are read apart: the interval's note shows once it is applied.
    await page.getByTestId('review-managed').waitFor();
    const select = page.getByTestId('review-every');
    expect(await select.inputValue()).toBe('60');
    expect(await select.isDisabled()).toBe(true);
    expect(await page.getByTestId('review-managed').textContent()).toContain('Set by your organisation');
    await screenshot(page, 'dashboard-policy-pack-en');
  });
});
