/**
 * Vacaturecheck on pages (docs/decisions.md#site-adapters-then-generic): highlights on a job board,
 * a career page and the demo, none on clean text, the card by mouse and keyboard, the summary
 * panel, re-renders, SPA navigation, axe, evidence counts and no network traffic (the harness fails
 * the file on any foreign request).
 */
import { describe, expect, it } from 'vitest';
import { demoUrl, enableSite, expectNoAxeViolations, extensionServiceWorker, fixtureUrl, screenshot, useExtension } from './harness';
import {
  allHighlighted,
  fieldMarks,
  highlightTexts,
  installLongTaskObserver,
  longTasks,
  phrasePoint,
  waitForHighlight,
} from './vacancy/page-helpers';

const LOCAL = 'http://127.0.0.1/*';

describe('vacancy check on pages (nl)', () => {
  const ext = useExtension({ language: 'nl' });

  async function open(url: string) {
    await enableSite(ext.context, LOCAL, { vacancy: true, screening: false, checklist: false });
    const page = await ext.openPage(url);
    await installLongTaskObserver(page);
    await page.reload();
    return page;
  }

  it('underlines the biased phrases of a job-board vacancy, by severity, and nothing in navigation', async () => {
    const page = await open(fixtureUrl('vacancy/job-board.html'));
    const texts = await waitForHighlight(page, 'moedertaal');
    expect(texts['ew-prohibited']).toEqual(expect.arrayContaining(['moedertaal']));
    const all = allHighlighted(texts);
    expect(all.some((t) => /jonge/.test(t))).toBe(true);
    expect(all.some((t) => /21 jaar/.test(t))).toBe(true);
    // The menu ("Jonge talenten gezocht?") is outside the vacancy and stays unmarked.
    expect(all.some((t) => /talenten/i.test(t))).toBe(false);
    // The clean paragraph has no highlight.
    const clean = await page.locator('#clean-paragraph').textContent();
    expect(all.every((t) => !clean!.includes(t) || t.length === 0)).toBe(true);
    console.log(`[vacancy e2e] long tasks while checking the job board: ${JSON.stringify(await longTasks(page))}`);
  });

  it('finds nothing on a clean vacancy and says so in the panel', async () => {
    const page = await open(fixtureUrl('vacancy/clean.html'));
    await page.getByTestId('ew-badge').waitFor();
    await expect.poll(async () => page.getByTestId('ew-badge').textContent()).toContain('geen bevindingen');
    expect(allHighlighted(await highlightTexts(page))).toEqual([]);
    await page.getByTestId('ew-badge').click();
    await expect.poll(() => page.getByTestId('ew-panel-empty').textContent()).toContain('Geen bevindingen');
  });

  it('checks an English career page through its JobPosting markup', async () => {
    const page = await open(fixtureUrl('vacancy/career-page.html'));
    const texts = await waitForHighlight(page, 'native English speaker');
    const all = allHighlighted(texts);
    expect(all.some((t) => /digital native/.test(t))).toBe(true);
    expect(all.some((t) => /young/.test(t))).toBe(true);
    expect(all.some((t) => /Apply/.test(t))).toBe(false);
  });

  it('opens the card on hover with ground, severity, why, legal basis and alternatives', async () => {
    const page = await open(fixtureUrl('vacancy/job-board.html'));
    await waitForHighlight(page, 'moedertaal');
    const point = await phrasePoint(page, 'article', 'moedertaal');
    await page.mouse.move(point.x, point.y);
    const card = page.getByTestId('ew-card');
    await card.waitFor();
    await expect.poll(() => card.getByTestId('ew-card-ground').textContent()).toBe('Afkomst');
    expect(await card.getByTestId('ew-card-severity').textContent()).toContain('Verboden');
    expect((await card.getByTestId('ew-card-explanation').textContent())!.length).toBeGreaterThan(40);
    expect(await card.getByTestId('ew-card-legal').textContent()).toMatch(/AWGB|7:646/);
    expect(await card.getByTestId('ew-card-alternatives').locator('li').count()).toBeGreaterThan(0);
    // Page text is not editable: no replace buttons.
    expect(await card.getByTestId('ew-card-replace').count()).toBe(0);
    // The card does not cover the words being read.
    const box = (await card.boundingBox())!;
    expect(point.y < box.y || point.y > box.y + box.height).toBe(true);
    await screenshot(page, 'vacancy-card-hover');
    // Moving away closes it.
    await page.mouse.move(5, 5);
    await card.waitFor({ state: 'detached' });
  });

  it('walks the findings by keyboard, with focus in the card, and Esc gives focus back', async () => {
    const page = await open(fixtureUrl('vacancy/job-board.html'));
    await waitForHighlight(page, 'moedertaal');
    await page.locator('h1').click();
    await page.keyboard.press('Alt+Shift+N');
    const card = page.getByTestId('ew-card');
    await card.waitFor();
    // Focus is inside our shadow root, on the card.
    expect(
      await page.evaluate(() => document.querySelector('eerlijk-werven-vacancy')?.shadowRoot?.activeElement?.getAttribute('data-testid')),
    ).toBe('ew-card');
    const first = await card.locator('h2').textContent();
    const active = await highlightTexts(page);
    expect(active['ew-active']?.length).toBe(1);
    await page.keyboard.press('Alt+Shift+N');
    await expect.poll(() => card.locator('h2').textContent()).not.toBe(first);
    await page.keyboard.press('Alt+Shift+P');
    await expect.poll(() => card.locator('h2').textContent()).toBe(first);
    // Tab reaches the card's buttons.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.querySelector('eerlijk-werven-vacancy')?.shadowRoot?.activeElement?.tagName)).toMatch(
      /BUTTON|A/,
    );
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    expect((await highlightTexts(page))['ew-active'] ?? []).toEqual([]);
  });

  it('shows the summary panel with counts, gender balance, law per ground, jump and copy report; axe finds nothing', async () => {
    const page = await open(demoUrl('vacature.html'));
    await waitForHighlight(page, 'moedertaal');
    await page.getByTestId('ew-badge').click();
    const panel = page.getByTestId('ew-panel');
    await panel.waitFor();
    await expect.poll(() => panel.getByTestId('ew-panel-severity').textContent()).toMatch(/Verboden onderscheid\s*[1-9]/);
    expect(await panel.getByTestId('ew-panel-grounds').textContent()).toContain('Leeftijd');
    expect(await panel.getByTestId('ew-panel-gender').textContent()).toMatch(/Mannelijk getint: \d+/);
    expect(await panel.locator('details summary').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page);
    await screenshot(page, 'vacancy-panel-demo');

    // Jump from the list to a finding: the card opens for it.
    const items = panel.getByTestId('ew-panel-findings').locator('button');
    expect(await items.count()).toBeGreaterThan(3);
    await items.nth(1).click();
    await page.getByTestId('ew-card').waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'vacancy-card-and-panel-demo');

    // Copy report: plain text with the counts and the law.
    await ext.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
    await panel.getByTestId('ew-copy-report').click();
    await expect.poll(() => panel.getByTestId('ew-copy-status').textContent()).toContain('gekopieerd');
    const report = await page.evaluate(() => navigator.clipboard.readText());
    expect(report).toContain('Vacaturecheck');
    expect(report).toContain('moedertaal');
    expect(report).toContain('Wat zegt de wet?');
    expect(report).not.toMatch(/<[a-z]/i);
  });

  it('keeps highlights when the page re-renders the same text with new nodes', async () => {
    const page = await open(fixtureUrl('vacancy/job-board.html'));
    const before = allHighlighted(await waitForHighlight(page, 'moedertaal')).sort();
    await page.locator('#rerender').click();
    // The old ranges pointed at removed nodes; after the re-scan they point at the new ones.
    await expect
      .poll(async () =>
        page.evaluate(() => {
          const highlight = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get('ew-prohibited');
          return [...(highlight ?? [])].every((range) => range.startContainer.isConnected);
        }),
      )
      .toBe(true);
    await expect.poll(async () => allHighlighted(await highlightTexts(page)).sort()).toEqual(before);
  });

  it('follows an SPA that swaps the vacancy', async () => {
    const page = await open(fixtureUrl('vacancy/spa.html'));
    await waitForHighlight(page, 'moedertaal');
    await page.locator('#show-b').click();
    await expect.poll(async () => allHighlighted(await highlightTexts(page))).toEqual([]);
    await page.locator('#show-a').click();
    await waitForHighlight(page, 'moedertaal');
  });

  it('shows the demo ATS editor with textarea underlines, editor highlights and a card with replace buttons', async () => {
    const page = await open(demoUrl('ats-editor.html'));
    await waitForHighlight(page, 'accentloos');
    const mark = await expect
      .poll(async () => (await fieldMarks(page)).find((m) => m.text === 'moedertaal'))
      .toBeDefined()
      .then(async () => (await fieldMarks(page)).find((m) => m.text === 'moedertaal')!);
    await page.mouse.move(mark.left + mark.width / 2, mark.top + mark.height / 2);
    const card = page.getByTestId('ew-card');
    await card.waitFor();
    expect(await card.getByTestId('ew-card-replace').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page);
    await screenshot(page, 'vacancy-demo-ats-editor-card');
  });

  it('records each checked vacancy as counts per ground, never text', async () => {
    const page = await open(fixtureUrl('vacancy/job-board.html'));
    await waitForHighlight(page, 'moedertaal');
    const worker = await extensionServiceWorker(ext.context);
    await expect
      .poll(async () =>
        worker.evaluate(async () => {
          const request = indexedDB.open('eerlijk-werven');
          const db = await new Promise<IDBDatabase>((resolve, reject) => {
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          });
          const rows = await new Promise<unknown[]>((resolve) => {
            const all = db.transaction('activity').objectStore('activity').getAll();
            all.onsuccess = () => resolve(all.result);
          });
          db.close();
          return rows;
        }),
      )
      .toEqual(expect.arrayContaining([expect.objectContaining({ metric: 'vacancies-checked', site: '127.0.0.1' })]));
    const rows = (await worker.evaluate(async () => {
      const request = indexedDB.open('eerlijk-werven');
      const db = await new Promise<IDBDatabase>((resolve) => (request.onsuccess = () => resolve(request.result)));
      const all = db.transaction('activity').objectStore('activity').getAll();
      const result = await new Promise<unknown[]>((resolve) => (all.onsuccess = () => resolve(all.result)));
      db.close();
      return result;
    })) as { metric: string; breakdown?: Record<string, number> }[];
    const checked = rows.find((row) => row.metric === 'vacancies-checked')!;
    expect(checked.breakdown?.origin).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toContain('moedertaal');
  });
});

describe('vacancy check in English', () => {
  const ext = useExtension({ language: 'en' });

  it('speaks English in the card and panel', async () => {
    await enableSite(ext.context, LOCAL, { vacancy: true, screening: false, checklist: false });
    const page = await ext.openPage(fixtureUrl('vacancy/career-page.html'));
    await waitForHighlight(page, 'native English speaker');
    await page.getByTestId('ew-badge').click();
    const panel = page.getByTestId('ew-panel');
    await expect.poll(() => panel.locator('h2').first().textContent()).toBe('Vacancy check');
    expect(await panel.getByTestId('ew-panel-severity').textContent()).toContain('Prohibited distinction');
    await expectNoAxeViolations(page);
    await screenshot(page, 'vacancy-panel-en');
  });
});
