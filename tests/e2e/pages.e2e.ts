/**
 * Every extension page renders in Dutch and in English, is accessible (axe-core) and is
 * screenshotted on every run (docs/decisions.md#real-browser-tests).
 */
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, screenshot, useExtension, type BrowserLanguage } from './harness';

const EXPECTED: Record<BrowserLanguage, { popup: string; options: string; dashboard: string; sidepanel: string; privacy: string }> = {
  nl: {
    popup: 'Vacaturecheck',
    options: 'Instellingen Eerlijk Werven',
    dashboard: 'Overzicht',
    sidepanel: 'Gouden standaard',
    privacy: 'Er verlaten geen gegevens je browser.',
  },
  en: {
    popup: 'Vacancy check',
    options: 'Eerlijk Werven settings',
    dashboard: 'Overview',
    sidepanel: 'Gold standard',
    privacy: 'No data leaves your browser.',
  },
};

for (const language of ['nl', 'en'] as const) {
  describe(`extension pages in ${language}`, () => {
    const ext = useExtension({ language });
    const expected = EXPECTED[language];

    it('popup', async () => {
      // The popup is about the most recent web page when it is opened as a tab.
      await ext.openPage('/fixtures/plain.html');
      const page = await ext.openExtensionPage('popup');
      await page.getByTestId('popup-host').waitFor();
      expect(await page.getByTestId('popup-host').textContent()).toBe('127.0.0.1');
      expect(await page.getByTestId('popup-switch-vacancy').textContent()).toContain(expected.popup);
      expect(await page.getAttribute('html', 'lang')).toBe(language);
      await expectNoAxeViolations(page);
      await screenshot(page, `popup-${language}`);
    });

    it('options', async () => {
      const page = await ext.openExtensionPage('options');
      await page.getByRole('heading', { level: 1, name: expected.options }).waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe(language);
      await expectNoAxeViolations(page);
      await screenshot(page, `options-${language}`);
    });

    it('dashboard with overview and the about / privacy page', async () => {
      const page = await ext.openExtensionPage('dashboard');
      await page.getByRole('heading', { level: 1, name: expected.dashboard }).waitFor();
      await expectNoAxeViolations(page);
      await screenshot(page, `dashboard-${language}`);
      await page.goto(`${page.url().split('#')[0]}#/over`);
      await expect.poll(() => page.getByTestId('privacy-promise').textContent()).toBe(expected.privacy);
      await expectNoAxeViolations(page);
      await screenshot(page, `dashboard-about-${language}`);
    });

    it('side panel', async () => {
      const page = await ext.openExtensionPage('sidepanel');
      await page.getByRole('heading', { level: 1, name: expected.sidepanel }).waitFor();
      await expectNoAxeViolations(page);
      await screenshot(page, `sidepanel-${language}`);
    });
  });
}
