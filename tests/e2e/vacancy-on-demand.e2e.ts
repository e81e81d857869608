/**
 * Vacaturecheck on demand (docs/decisions.md#vacancy-check-on-demand): nothing runs on a site that
 * is not switched on; the popup's "Controleer deze pagina", the context menu's "Controleer selectie
 * op vooroordelen" and the keyboard shortcut inject the check for that tab only. Headless Chromium
 * cannot click a context menu or press a browser shortcut, so the automation build exposes the same
 * handlers the menu and the shortcut call, and the test calls them through the service worker.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, fixtureUrl, screenshot, useExtension } from './harness';
import { allHighlighted, highlightTexts, waitForHighlight } from './vacancy/page-helpers';

interface Automation {
  onVacancyMenuClick: (info: unknown, tab: unknown) => Promise<boolean>;
  onVacancyCommand: (command: string, tab: unknown) => Promise<boolean>;
}

describe('vacancy check on demand', () => {
  const ext = useExtension({ language: 'nl' });

  // Each test opens its page with its own query string, so the tab lookup below is unambiguous.
  let opened = 0;
  const unique = (url: string) => `${url}?tab=${++opened}`;

  async function tabOf(page: Page): Promise<unknown> {
    const url = page.url();
    return ext.session.serviceWorker.evaluate(async (href) => {
      const tabs = await (
        globalThis as unknown as { chrome: { tabs: { query: (q: object) => Promise<{ url?: string }[]> } } }
      ).chrome.tabs.query({});
      return tabs.find((tab) => tab.url === href);
    }, url);
  }

  it('injects nothing on a site that is not switched on', async () => {
    const page = await ext.openPage(unique(fixtureUrl('vacancy/job-board.html')));
    await page.waitForTimeout(1000);
    expect(await page.locator('eerlijk-werven-vacancy').count()).toBe(0);
    expect(allHighlighted(await highlightTexts(page))).toEqual([]);
    const registered = await ext.session.serviceWorker.evaluate(async () =>
      (
        globalThis as unknown as {
          chrome: { scripting: { getRegisteredContentScripts: () => Promise<{ id: string; matches?: string[] }[]> } };
        }
      ).chrome.scripting.getRegisteredContentScripts(),
    );
    const vacancy = registered.find((script) => script.id === 'ew-vacancy');
    expect(vacancy?.matches ?? []).not.toContain('http://127.0.0.1/*');
  });

  it('"Controleer deze pagina" in the popup checks the page and opens the summary', async () => {
    const page = await ext.openPage(unique(fixtureUrl('vacancy/job-board.html')));
    const popup = await ext.openExtensionPage('popup');
    await page.bringToFront();
    const button = popup.getByTestId('popup-vacancy-check');
    await expect.poll(() => button.textContent()).toBe('Controleer deze pagina');
    await expectNoAxeViolations(popup);
    await screenshot(popup, 'vacancy-popup-check');
    await Promise.all([popup.waitForEvent('close').catch(() => undefined), button.click()]);
    await page.getByTestId('ew-panel').waitFor();
    await waitForHighlight(page, 'moedertaal');
  });

  it('the context menu checks only the selected text', async () => {
    const page = await ext.openPage(unique(fixtureUrl('vacancy/job-board.html')));
    // Select the second paragraph of "Wie ben jij?" only: "Je hebt Nederlands als moedertaal." is in it, the age limit is not.
    const selected = await page.evaluate(() => {
      const paragraph = [...document.querySelectorAll('article p')].find((p) => p.textContent?.includes('moedertaal'))!;
      const text = paragraph.firstChild as Text;
      const start = text.data.indexOf('Je hebt');
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, text.data.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return range.toString();
    });
    const tab = await tabOf(page);
    const ran = await ext.session.serviceWorker.evaluate(
      async ({ tab: target, text }) =>
        (globalThis as unknown as { __ewVacancyAutomation: Automation }).__ewVacancyAutomation.onVacancyMenuClick(
          { menuItemId: 'ew-vacancy-check-selection', frameId: 0, selectionText: text, editable: false, pageUrl: '' },
          target,
        ),
      { tab, text: selected },
    );
    expect(ran).toBe(true);
    const panel = page.getByTestId('ew-panel');
    await expect.poll(() => panel.locator('h2').first().textContent()).toBe('Geselecteerde tekst');
    const texts = await waitForHighlight(page, 'moedertaal');
    // "maximaal 21 jaar" is outside the selection: not checked.
    expect(allHighlighted(texts).some((t) => t.includes('21 jaar'))).toBe(false);
    await screenshot(page, 'vacancy-selection-check');
  });

  it('the keyboard shortcut opens and closes the summary panel', async () => {
    const page = await ext.openPage(unique(fixtureUrl('vacancy/clean.html')));
    const tab = await tabOf(page);
    const toggle = () =>
      ext.session.serviceWorker.evaluate(
        async (target) =>
          (globalThis as unknown as { __ewVacancyAutomation: Automation }).__ewVacancyAutomation.onVacancyCommand(
            'vacancy-toggle-panel',
            target,
          ),
        tab,
      );
    expect(await toggle()).toBe(true);
    await page.getByTestId('ew-panel').waitFor();
    expect(await toggle()).toBe(true);
    await page.getByTestId('ew-panel').waitFor({ state: 'detached' });
    // An unknown command does nothing.
    expect(
      await ext.session.serviceWorker.evaluate(
        async (target) =>
          (globalThis as unknown as { __ewVacancyAutomation: Automation }).__ewVacancyAutomation.onVacancyCommand('something-else', target),
        tab,
      ),
    ).toBe(false);
  });

  it('refuses vacancy:analyze from an extension page and malformed payloads', async () => {
    const page = await ext.openExtensionPage('popup');
    const replies = await page.evaluate(async () => {
      const send = (payload: unknown) =>
        (globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } }).chrome.runtime.sendMessage(
          payload,
        );
      return Promise.all([
        send({ channel: 'eerlijk-werven', type: 'vacancy:analyze', payload: { text: 'een jonge stagiair' } }),
        send({ channel: 'eerlijk-werven', type: 'vacancy:check-tab', payload: { tabId: -1 } }),
      ]);
    });
    expect(replies[0]).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(replies[1]).toMatchObject({ ok: false, error: { code: 'malformed' } });
  });
});
