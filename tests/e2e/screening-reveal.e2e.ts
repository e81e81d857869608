import { describe, expect, it } from 'vitest';
import { demoUrl, enableSite, expectNoAxeViolations, screenshot, useExtension } from './harness';

/**
 * Criteria first, then a decision, then the reveal (docs/decisions.md#criteria-before-reveal), on
 * the demo candidate
 * page. The automation build opens our shadow root so the test can drive the panel; the store
 * build keeps it closed.
 */
describe('Blind screenen: score, decide, then reveal', () => {
  const ext = useExtension({ language: 'nl' });

  it('ignores the page faking clicks and shortcuts, refuses an early reveal, and reveals after a decision', async () => {
    await enableSite(ext.context, 'http://127.0.0.1/*', { vacancy: false, screening: true, checklist: false });
    const page = await ext.openPage(demoUrl('kandidaat.html'));
    await page.waitForFunction(() => /Kandidaat \d+/u.test(document.querySelector('h1')?.textContent ?? ''), null, { timeout: 10_000 });
    expect(await page.evaluate(() => document.body.innerText)).not.toContain('Priya');

    // The page itself cannot open the panel or pause screening: its events are not trusted.
    await page.evaluate(() => {
      const root = document.querySelector('eerlijk-werven-dock')?.shadowRoot;
      (root?.querySelector('.ew-launcher') as HTMLButtonElement | null)?.click();
      window.dispatchEvent(new KeyboardEvent('keydown', { altKey: true, shiftKey: true, code: 'KeyS', bubbles: true }));
      window.dispatchEvent(new KeyboardEvent('keydown', { altKey: true, shiftKey: true, code: 'KeyB', bubbles: true }));
    });
    await page.waitForTimeout(300);
    const panel = page.locator('ew-blind-screening .ew-panel');
    expect(await panel.count()).toBe(0);
    expect(await page.evaluate(() => document.body.innerText)).not.toContain('Priya');

    // The recruiter opens it with the keyboard.
    await page.keyboard.press('Alt+Shift+KeyB');
    await expect.poll(() => panel.isVisible()).toBe(true);
    await panel.getByLabel('Criterium 1').fill('Schrijfvaardigheid');
    await panel.getByRole('button', { name: 'Criteria opslaan' }).click();
    await expect.poll(() => panel.getByRole('button', { name: 'Naam en foto tonen' }).count()).toBe(1);
    expect(await panel.getByRole('button', { name: 'Naam en foto tonen' }).isDisabled()).toBe(true);

    // A reason that says nothing is refused.
    await panel.getByLabel(/Toch eerder tonen/u).fill('omdat');
    await panel.getByRole('button', { name: 'Tonen met deze reden' }).click();
    await expect.poll(() => panel.getByRole('status').textContent()).toContain('te kort');
    expect(await page.evaluate(() => document.body.innerText)).not.toContain('Priya');

    await panel.locator('.ew-scale input[value="4"]').check();
    await panel.getByLabel('Notitie').fill('Priya schrijft helder');
    await panel.getByRole('button', { name: 'Scores opslaan' }).click();
    await expect.poll(() => panel.getByRole('status').textContent()).toContain('Scores opgeslagen');
    await panel.getByRole('button', { name: 'Uitnodigen' }).click();
    await expect.poll(() => panel.getByRole('button', { name: 'Naam en foto tonen' }).isEnabled()).toBe(true);
    await screenshot(page, 'screening-panel-decided');
    await expectNoAxeViolations(page);

    await panel.getByRole('button', { name: 'Naam en foto tonen' }).click();
    await expect.poll(() => page.evaluate(() => document.querySelector('h1')?.textContent)).toBe('Priya Ramdin');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('[data-field="candidate-photo"]')!).visibility)).toBe(
      'visible',
    );
    await screenshot(page, 'screening-revealed');

    // Escape closes the panel.
    await panel.getByRole('button', { name: 'Paneel sluiten' }).focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.isVisible()).toBe(false);
  });

  it('shows the decision and the reveal in the dashboard log, by pseudonym only', async () => {
    const page = await ext.openExtensionPage('dashboard.html#/screening');
    const table = page.getByTestId('screening-log');
    await expect.poll(() => table.isVisible()).toBe(true);
    const text = await table.innerText();
    expect(text).toContain('Besluit');
    expect(text).toContain('Onthulling');
    expect(text).toMatch(/Kandidaat \d+/u);
    expect(text).not.toContain('Priya');
    expect(text).not.toContain('Ramdin');
    expect(await page.getByTestId('screening-stat-decided').textContent()).toBe('1');
    await screenshot(page, 'screening-dashboard-log');
    await expectNoAxeViolations(page);
  });

  it('pauses on the site with the keyboard, logs it, and shows the names again', async () => {
    const page = await ext.openPage(demoUrl('kandidaten.html'));
    await page.waitForFunction(() => document.body.innerText.includes('Kandidaat 1'), null, { timeout: 10_000 });
    await page.keyboard.press('Alt+Shift+KeyS');
    await expect.poll(() => page.evaluate(() => document.body.innerText.includes('Sanne de Vries')), { timeout: 10_000 }).toBe(true);
    const dashboard = await ext.openExtensionPage('dashboard.html#/screening');
    await expect.poll(() => dashboard.getByTestId('screening-stat-pauses').textContent()).toBe('1');
    // Resume from the options page for the next tests.
    const options = await ext.openExtensionPage('options');
    await options.getByRole('button', { name: 'Overal hervatten' }).click();
    await screenshot(options, 'screening-options');
    await expectNoAxeViolations(options);
  });
});
