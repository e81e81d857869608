/**
 * Gouden standaard in the real extension (docs/decisions.md#checklist-in-context): work through
 * items in the dashboard and in the in-page panel on a demo HR page and see the same state
 * everywhere (dashboard, panel, side panel); organisations; history chart; printable report in nl
 * and en; pack import (valid and broken); review reminder badge; axe on every checklist surface.
 * The harness fails the file on any request outside the test server.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { enableSite, expectNoAxeViolations, extensionServiceWorker, screenshot, useExtension } from './harness';

const PACKS = resolve(process.cwd(), 'tests/fixtures/packs');

/** The overall progress the dashboard shows, from the progress bar's value. */
async function overallPercent(page: Page): Promise<number> {
  const value = await page.getByTestId('overall-progress').getByRole('progressbar').getAttribute('aria-valuenow');
  return Number(value);
}

async function openChecklist(ext: ReturnType<typeof useExtension>, route = ''): Promise<Page> {
  const page = await ext.openExtensionPage(`dashboard.html#/checklist${route}`);
  await page.getByTestId('overall-progress').or(page.getByTestId('item-detail')).or(page.locator('.cl-page')).first().waitFor();
  return page;
}

/** The panel frame inside the badge's closed shadow root, once it has loaded. */
async function panelFrame(page: Page): Promise<Frame> {
  let found: Frame | undefined;
  await expect
    .poll(() => {
      found = page.frames().find((frame) => frame.url().includes('/checklist-frame.html'));
      return found !== undefined;
    })
    .toBe(true);
  await found!.getByTestId('context-checklist').waitFor();
  return found!;
}

/**
 * Keyboard only: the dock is the last thing in the tab order (grip, then the checklist's pill and
 * dismiss button); focus inside its shadow root shows as the dock's host element. Lands on the
 * dismiss button, then steps back.
 */
async function focusBadgeButton(page: Page, stepsBack: number): Promise<void> {
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  for (let press = 0; press < 6; press += 1) {
    await page.keyboard.press('Shift+Tab');
    if (await page.evaluate(() => document.activeElement?.localName === 'eerlijk-werven-dock')) break;
  }
  expect(await page.evaluate(() => document.activeElement?.localName)).toBe('eerlijk-werven-dock');
  for (let step = 0; step < stepsBack; step += 1) await page.keyboard.press('Shift+Tab');
}

async function badgeText(ext: ReturnType<typeof useExtension>): Promise<string> {
  const worker = await extensionServiceWorker(ext.context);
  return worker.evaluate(() =>
    (globalThis as unknown as { chrome: { action: { getBadgeText: (d: object) => Promise<string> } } }).chrome.action.getBadgeText({}),
  );
}

describe('Gouden standaard in Dutch', () => {
  const ext = useExtension({ language: 'nl' });

  it('shows the overview of the default organisation and is accessible', async () => {
    const page = await openChecklist(ext);
    await page.getByRole('heading', { name: 'Voortgang van Mijn organisatie' }).waitFor();
    expect(await overallPercent(page)).toBe(0);
    expect(await page.getByTestId('section-progress').locator('li').count()).toBe(9);
    expect(await page.getByTestId('next-actions').locator('li').count()).toBe(5);
    await screenshot(page, 'checklist-overview-nl');
    await expectNoAxeViolations(page);
  });

  it('edits an item in the dashboard: status, owner, due date, evidence; n/a needs a reason', async () => {
    const page = await openChecklist(ext, '/item/beleid-werkwijze');
    const editor = page.getByTestId('item-editor-beleid-werkwijze');
    await editor.getByTestId('item-status').selectOption('in-progress');
    await expect.poll(() => editor.getByTestId('item-feedback').textContent()).toBe('Opgeslagen.');
    await editor.getByTestId('item-owner').fill('Fatima');
    await editor.getByTestId('item-due').fill('2020-01-31');
    await editor.getByTestId('item-note').fill('Concept ligt bij de directie');
    await editor.getByTestId('item-evidence-new').fill('https://intranet.example.nl/werkwijze');
    await editor.getByTestId('item-evidence-add').click();
    await editor.getByTestId('item-save').click();
    await expect.poll(() => editor.getByTestId('item-feedback').textContent()).toBe('Opgeslagen.');
    expect(await page.getByTestId('item-sources').locator('a').count()).toBeGreaterThan(0);
    await screenshot(page, 'checklist-item-detail-nl');
    await expectNoAxeViolations(page);

    // Not applicable without a reason is refused; with a reason it is stored.
    const other = await openChecklist(ext, '/item/beleid-norm');
    const otherEditor = other.getByTestId('item-editor-beleid-norm').or(other.getByTestId('item-not-found'));
    if (await other.getByTestId('item-not-found').isVisible()) throw new Error('item beleid-norm missing from the pack');
    await otherEditor.getByTestId('item-status').selectOption('not-applicable');
    await otherEditor.getByTestId('item-save').click();
    await expect.poll(() => otherEditor.getByTestId('item-feedback').textContent()).toContain('Geef een reden');
    expect(await otherEditor.getByTestId('item-status').inputValue()).toBe('not-applicable');
    await otherEditor.getByTestId('item-na-reason').fill('Wij nemen geen stagiairs aan op deze locatie');
    await otherEditor.getByTestId('item-save').click();
    await expect.poll(() => otherEditor.getByTestId('item-feedback').textContent()).toBe('Opgeslagen.');

    const overview = await openChecklist(ext);
    await expect.poll(() => overallPercent(overview)).toBeGreaterThan(0);
    // The overdue owner item shows in the filtered list.
    const list = await openChecklist(ext, '/lijst');
    await list.getByTestId('filter-overdue').check();
    await expect.poll(() => list.getByTestId('filter-count').textContent()).toBe('1 punten');
    await list.getByTestId('filter-overdue').uncheck();
    await list.getByTestId('filter-owner').selectOption('Fatima');
    await expect.poll(() => list.locator('tr[data-item-id]').count()).toBe(1);
    await list.getByTestId('filter-owner').selectOption('');
    await list.getByTestId('filter-search').fill('meldroute');
    await expect.poll(() => list.locator('tr[data-item-id]').count()).toBeGreaterThan(0);
    await screenshot(list, 'checklist-items-filtered-nl');
    await expectNoAxeViolations(list);
  });

  it('works in the panel on a demo applicant page and shows the same state in dashboard and side panel', async () => {
    await enableSite(ext.context, 'http://127.0.0.1/*', { vacancy: false, screening: false, checklist: true });
    const dashboard = await openChecklist(ext);
    const before = await overallPercent(dashboard);

    const page = await ext.openPage('/demo/kandidaten.html');
    await expect.poll(() => page.locator('#eerlijk-werven-checklist').count(), { timeout: 10_000 }).toBe(1);
    await focusBadgeButton(page, 1);
    await page.keyboard.press('Enter');
    const frame = await panelFrame(page);
    expect(await frame.getByTestId('context-select').inputValue()).toBe('screening');
    await screenshot(page, 'checklist-panel-on-applicant-page');

    // Pick the first screening item and mark it done with a note, right in the panel.
    const first = frame.locator('li[data-item-id]').first();
    const itemId = await first.getAttribute('data-item-id');
    await first.locator('summary').click();
    await first.getByTestId('item-status').selectOption('done');
    await expect.poll(() => first.getByTestId('item-feedback').textContent()).toBe('Opgeslagen.');
    await first.getByTestId('item-note').fill('Blind beoordeeld sinds maart');
    await first.getByTestId('item-save').click();
    await expect.poll(() => first.getByTestId('item-feedback').textContent()).toBe('Opgeslagen.');

    // The dashboard that was already open follows live.
    await expect.poll(() => overallPercent(dashboard)).toBeGreaterThan(before);
    const detail = await openChecklist(ext, `/item/${itemId}`);
    expect(await detail.getByTestId('item-status').inputValue()).toBe('done');
    expect(await detail.getByTestId('item-note').inputValue()).toBe('Blind beoordeeld sinds maart');

    // And so does the side panel.
    const side = await ext.openExtensionPage('sidepanel');
    await side.getByTestId('context-checklist').waitFor();
    const sideItem = side.locator(`li[data-item-id="${itemId}"]`);
    await sideItem.locator('summary').click();
    expect(await sideItem.getByTestId('item-status').inputValue()).toBe('done');
    await screenshot(side, 'checklist-sidepanel-nl');
    await expectNoAxeViolations(side);

    // A change in the side panel reaches the open panel on the page.
    await sideItem.getByTestId('item-status').selectOption('in-progress');
    await expect.poll(() => first.getByTestId('item-status').inputValue()).toBe('in-progress');

    // Esc inside the panel closes it and the badge shows the new figure.
    await first.getByTestId('item-note').press('Escape');
    await expect
      .poll(() => page.frames().some((candidate) => candidate.url().includes('/checklist-frame.html') && !candidate.isDetached()))
      .toBe(true);

    // A page that frames the panel itself at the extension's fixed URL gets nothing: with
    // use_dynamic_url only the per-session URL our badge uses loads it, so a page can neither frame
    // the panel nor detect the extension by probing that URL. (A framed page without a valid token is
    // refused by the router as well: tests/unit/messages/router.test.ts.)
    await page.evaluate((src) => {
      const hostile = document.createElement('iframe');
      hostile.src = src;
      document.body.append(hostile);
    }, `chrome-extension://${ext.extensionId}/checklist-frame.html#context=screening`);
    await expect.poll(() => page.frames().length).toBeGreaterThan(2);
    await page.waitForTimeout(1_500);
    const others = page.frames().filter((candidate) => candidate !== frame && candidate !== page.mainFrame());
    for (const other of others) expect(await other.getByTestId('checklist-frame').count()).toBe(0);

    // The panel page on its own is accessible too.
    const panelPage = await ext.openExtensionPage('checklist-frame.html#vacancy');
    await panelPage.getByTestId('context-checklist').waitFor();
    expect(await panelPage.getByTestId('context-select').inputValue()).toBe('vacancy');
    await panelPage.locator('li[data-item-id] summary').first().click();
    await screenshot(panelPage, 'checklist-panel-frame-vacancy');
    await expectNoAxeViolations(panelPage);
  });

  it('dismisses the badge for a site', async () => {
    const page = await ext.openPage('/demo/vacature.html');
    await expect.poll(() => page.locator('#eerlijk-werven-checklist').count(), { timeout: 10_000 }).toBe(1);
    // The dismiss button sits beside the checklist's pill in the dock.
    await page
      .locator('eerlijk-werven-dock')
      .getByRole('button', { name: /Niet meer tonen/ })
      .click();
    await expect.poll(() => page.locator('#eerlijk-werven-checklist').count()).toBe(0);
    const again = await ext.openPage('/demo/vacature.html');
    await again.waitForTimeout(1500);
    expect(await again.locator('#eerlijk-werven-checklist').count()).toBe(0);
  });

  it('switches organisations: each has its own progress', async () => {
    const page = await openChecklist(ext, '/organisaties');
    await page.getByTestId('org-new-name').fill('Vestiging Zwolle');
    await page.getByTestId('org-create').click();
    await expect.poll(() => page.getByTestId('org-message').textContent()).toBe('Vestiging Zwolle is toegevoegd en nu actief.');
    await page.getByTestId('org-new-name').fill('vestiging zwolle');
    await page.getByTestId('org-create').click();
    await expect.poll(() => page.getByTestId('org-message').textContent()).toBe('Er is al een organisatie met deze naam.');
    await screenshot(page, 'checklist-organisations-nl');
    await expectNoAxeViolations(page);

    const overview = await openChecklist(ext);
    await overview.getByRole('heading', { name: 'Voortgang van Vestiging Zwolle' }).waitFor();
    expect(await overallPercent(overview)).toBe(0);

    await page.locator('tr[data-organisation="Mijn organisatie"]').getByTestId('org-activate').click();
    await overview.getByRole('heading', { name: 'Voortgang van Mijn organisatie' }).waitFor();
    expect(await overallPercent(overview)).toBeGreaterThan(0);
  });

  it('shows the history chart and its table after changes', async () => {
    const page = await openChecklist(ext, '/geschiedenis');
    await page.getByTestId('history-chart').locator('canvas').first().waitFor();
    await page.getByTestId('history-table-toggle').click();
    expect(await page.getByTestId('history-table').locator('tbody tr').count()).toBeGreaterThan(0);
    await screenshot(page, 'checklist-history-nl');
    await expectNoAxeViolations(page);
  });

  it('renders the printable report in Dutch and in English', async () => {
    const page = await openChecklist(ext, '/rapport');
    await page.getByTestId('report').waitFor();
    expect(await page.getByTestId('report').getAttribute('lang')).toBe('nl');
    expect(await page.getByTestId('report').textContent()).toContain('Wij nemen geen stagiairs aan op deze locatie');
    await expectNoAxeViolations(page);
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'checklist-report-print-nl');
    await page.emulateMedia({ media: 'screen' });
    await page.getByTestId('report-language').selectOption('en');
    await expect.poll(() => page.getByTestId('report').getAttribute('lang')).toBe('en');
    await page.getByRole('heading', { name: 'Gold standard: report for Mijn organisatie' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'checklist-report-print-en');
    await page.emulateMedia({ media: 'screen' });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(10_000);
  });

  it('imports a valid pack, refuses every broken one with a clear message and keeps progress intact', async () => {
    const page = await openChecklist(ext, '/gegevens');
    const importFile = (name: string) =>
      page.getByTestId('pack-import').setInputFiles({ name, mimeType: 'application/json', buffer: readFileSync(resolve(PACKS, name)) });
    const overview = await openChecklist(ext);
    const before = await overallPercent(overview);

    const broken = readdirSync(PACKS).filter((name) => name.startsWith('broken-'));
    expect(broken.length).toBeGreaterThanOrEqual(10);
    for (const name of broken) {
      await importFile(name);
      const outcome = page.locator(`[data-testid="import-status"][data-file="${name}"]`);
      await outcome.waitFor();
      expect(await outcome.textContent(), name).toContain('niet geïmporteerd');
      expect(await outcome.locator('li').count(), name).toBeGreaterThanOrEqual(2);
    }
    await importFile('broken-missing-translation.json');
    await expect.poll(() => page.getByTestId('import-status').textContent()).toContain('niet geïmporteerd');
    await screenshot(page, 'checklist-import-refused-nl');
    expect(await page.getByTestId('installed-packs').locator('tbody tr').count()).toBe(1);
    expect(await overallPercent(overview)).toBe(before);

    await importFile('valid-school-pack.json');
    await expect.poll(() => page.getByTestId('import-status').textContent()).toContain('is geïmporteerd');
    await expect.poll(() => page.getByTestId('installed-packs').locator('tbody tr').count()).toBe(2);
    await importFile('valid-school-pack-v1.1.json');
    await expect.poll(() => page.getByTestId('import-status').textContent()).toContain('bijgewerkt naar versie 1.1.0');
    await importFile('valid-school-pack.json');
    await expect.poll(() => page.getByTestId('import-status').textContent()).toContain('ouder dan de geïnstalleerde versie 1.1.0');
    expect(await overallPercent(overview)).toBe(before);
    await screenshot(page, 'checklist-import-nl');
    await expectNoAxeViolations(page);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/^gouden-standaard-mijn-organisatie-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv).toContain('Concept ligt bij de directie');
  });

  it('shows a badge on the extension icon when the periodic review is due, and clears it when done', async () => {
    const page = await openChecklist(ext);
    await page.getByTestId('review-every').selectOption('30');
    await page.getByTestId('review-status').waitFor();
    expect(await badgeText(ext)).toBe('');
    // Pretend the last review was long ago (as if months passed).
    await page.evaluate(
      () =>
        new Promise<void>((done, fail) => {
          const request = indexedDB.open('eerlijk-werven');
          request.onsuccess = () => {
            const transaction = request.result.transaction('meta', 'readwrite');
            transaction.objectStore('meta').put({ key: 'checklist.reviewedOn', value: '2025-01-01' });
            transaction.oncomplete = () => {
              request.result.close();
              done();
            };
            transaction.onerror = () => fail(transaction.error);
          };
          request.onerror = () => fail(request.error);
        }),
    );
    await page.reload();
    await page.getByTestId('review-every').selectOption('90');
    await expect.poll(() => badgeText(ext)).toBe('!');
    await expect.poll(() => page.getByTestId('review-status').textContent()).toContain('De controle is nodig');
    await screenshot(page, 'checklist-review-due-nl');
    await page.getByTestId('review-done').click();
    await expect.poll(() => badgeText(ext)).toBe('');
  });
});

describe('Gouden standaard in English', () => {
  const ext = useExtension({ language: 'en' });

  it('shows the dashboard and side panel in English and is accessible', async () => {
    const page = await openChecklist(ext);
    await page.getByRole('heading', { name: 'Progress of Mijn organisatie' }).waitFor();
    await screenshot(page, 'checklist-overview-en');
    await expectNoAxeViolations(page);
    const side = await ext.openExtensionPage('sidepanel');
    await side.getByTestId('context-checklist').waitFor();
    await expectNoAxeViolations(side);
  });
});

describe('Gouden standaard after an upgrade from database version 1', () => {
  const ext = useExtension({ language: 'nl' });

  it('keeps version 1 data and starts with the default organisation', async () => {
    // A file of the extension (so the extension's origin, but no app code that would reopen the
    // database) replaces the database with one exactly as version 1 made it (Dexie stores version
    // N as 10 × N); the background's connection closes on the version change.
    const blank = await ext.openPage(`chrome-extension://${ext.extensionId}/packs/pack.schema.json`);
    // The background opens the database at install; when it reopens it in between, try again.
    const recreate = () =>
      blank.evaluate(
        () =>
          new Promise<void>((done, fail) => {
            const removal = indexedDB.deleteDatabase('eerlijk-werven');
            removal.onerror = () => fail(removal.error);
            removal.onsuccess = () => {
              const request = indexedDB.open('eerlijk-werven', 10);
              request.onupgradeneeded = () => {
                const db = request.result;
                db.createObjectStore('meta', { keyPath: 'key' });
                const activity = db.createObjectStore('activity', { keyPath: 'id', autoIncrement: true });
                activity.createIndex('day', 'day');
                activity.createIndex('metric', 'metric');
                activity.createIndex('[metric+day]', ['metric', 'day']);
                activity.createIndex('site', 'site');
              };
              request.onsuccess = () => {
                const db = request.result;
                const transaction = db.transaction(['meta', 'activity'], 'readwrite');
                transaction.objectStore('meta').put({ key: 'installedAt', value: '2026-01-05' });
                const today = new Date();
                const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
                transaction.objectStore('activity').put({ day, site: 'acme.nl', metric: 'vacancies-checked', count: 7 });
                transaction.oncomplete = () => {
                  db.close();
                  done();
                };
                transaction.onerror = () => fail(transaction.error);
              };
              request.onerror = () => fail(request.error);
            };
          }),
      );
    await expect
      .poll(
        () =>
          recreate().then(
            () => true,
            () => false,
          ),
        { interval: 500, timeout: 10_000 },
      )
      .toBe(true);
    await blank.close();

    const overview = await ext.openExtensionPage('dashboard.html#/overzicht');
    await expect.poll(() => overview.getByTestId('stat-vacancies').textContent()).toBe('7');
    await overview.getByTestId('checklist-card').waitFor();
    expect(await overview.getByTestId('checklist-card').textContent()).toContain('Mijn organisatie');
    await screenshot(overview, 'checklist-after-v1-upgrade');
    const version = await overview.evaluate(
      () =>
        new Promise<number>((done) => {
          const request = indexedDB.open('eerlijk-werven');
          request.onsuccess = () => {
            const result = request.result.version;
            request.result.close();
            done(result);
          };
        }),
    );
    expect(version).toBeGreaterThanOrEqual(20);
  });
});
