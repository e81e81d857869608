/**
 * The Vacaturecheck page of the dashboard (#/vacatures): the counts after checking pages, a
 * replace counted as fixed, ignores undone on the dashboard that open pages follow (and that
 * survive a reload), the paste box on the engine itself, keyboard use, axe, nl and en.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoUrl, enableSite, expectNoAxeViolations, fixtureUrl, screenshot, useExtension, type ExtensionFixture } from './harness';
import { allHighlighted, fieldMarks, highlightTexts, phrasePoint, waitForHighlight } from './vacancy/page-helpers';

const LOCAL = 'http://127.0.0.1/*';

async function openVacancyPage(ext: ExtensionFixture, url: string): Promise<Page> {
  await enableSite(ext.context, LOCAL, { vacancy: true, screening: false, checklist: false });
  return ext.openPage(url);
}

async function openDashboard(ext: ExtensionFixture): Promise<Page> {
  const page = await ext.openExtensionPage('dashboard.html#/vacatures');
  await page.getByTestId('vacancy-stats').waitFor();
  return page;
}

const stat = (page: Page, name: 'checked' | 'found' | 'fixed') => page.getByTestId(`vacancy-stat-${name}`).textContent().then(Number);

/** The number the page's badge shows once the check is done. */
async function badgeCount(page: Page): Promise<number> {
  await expect.poll(async () => (await page.getByTestId('ew-badge').textContent())?.includes('…')).toBe(false);
  const text = await page.getByTestId('ew-badge').locator('.count').textContent();
  return Number(text);
}

async function hoverPhrase(page: Page, phrase: string) {
  const point = await phrasePoint(page, 'body', phrase);
  await page.mouse.move(point.x, point.y);
  await page.getByTestId('ew-card').waitFor();
}

const highlighted = async (page: Page, phrase: string) => allHighlighted(await highlightTexts(page)).some((t) => t.includes(phrase));

describe('Vacaturecheck dashboard page (nl)', () => {
  const ext = useExtension({ language: 'nl' });

  it('counts the vacancy checked on the demo page, with its findings per ground and severity', async () => {
    const dashboard = await openDashboard(ext);
    expect(await stat(dashboard, 'checked')).toBe(0);
    expect(await dashboard.getByTestId('vacancy-activity-empty').textContent()).toContain('nog geen vacature');

    const vacancy = await openVacancyPage(ext, demoUrl('vacature.html'));
    await waitForHighlight(vacancy, 'moedertaal');
    const shown = await badgeCount(vacancy);
    expect(shown).toBeGreaterThan(2);

    // The dashboard follows the database live: no reload needed.
    await expect.poll(() => stat(dashboard, 'checked')).toBe(1);
    expect(await stat(dashboard, 'found')).toBe(shown);
    const grounds = dashboard.getByTestId('vacancy-by-ground');
    expect(Number(await grounds.locator('tr[data-ground="origin"] td').first().textContent())).toBeGreaterThanOrEqual(1);
    expect(Number(await grounds.locator('tr[data-ground="age"] td').first().textContent())).toBeGreaterThanOrEqual(1);
    const severities = await dashboard.getByTestId('vacancy-by-severity').locator('tbody tr td:first-of-type').allTextContents();
    expect(severities.map(Number).reduce((a, b) => a + b, 0)).toBe(shown);

    // Another period reads the same days (all of today).
    await dashboard.getByTestId('vacancy-period').selectOption('year');
    await expect.poll(() => stat(dashboard, 'checked')).toBe(1);
    await dashboard.getByTestId('vacancy-period').selectOption('days-90');
    expect(await stat(dashboard, 'found')).toBe(shown);
  });

  it('counts vacancies, not page loads: a reload, a fragment and a short page with nothing to flag add nothing', async () => {
    const vacancy = await openVacancyPage(ext, demoUrl('vacature.html'));
    await badgeCount(vacancy);
    await vacancy.reload();
    await badgeCount(vacancy);
    await vacancy.goto(`${demoUrl('vacature.html')}#solliciteren`);
    const plain = await ext.openPage(fixtureUrl('plain.html'));
    await plain.waitForTimeout(1000);
    const dashboard = await openDashboard(ext);
    expect(await stat(dashboard, 'checked')).toBe(1);
  });

  it('counts a replaced finding as fixed', async () => {
    const editor = await openVacancyPage(ext, fixtureUrl('vacancy/textarea-editor.html'));
    await expect.poll(async () => (await fieldMarks(editor)).map((m) => m.text)).toEqual(expect.arrayContaining(['moedertaal']));
    const mark = (await fieldMarks(editor)).find((m) => m.text === 'moedertaal')!;
    await editor.mouse.move(mark.left + mark.width / 2, mark.top + mark.height / 2);
    await editor.getByTestId('ew-card').getByTestId('ew-card-replace').first().click();
    await expect.poll(() => editor.locator('#body').inputValue()).not.toContain('moedertaal');

    const dashboard = await openDashboard(ext);
    await expect.poll(() => stat(dashboard, 'fixed')).toBe(1);
    expect(await stat(dashboard, 'checked')).toBe(2);
    const origin = dashboard.getByTestId('vacancy-by-ground').locator('tr[data-ground="origin"] td');
    expect(await origin.nth(1).textContent()).toBe('1');
    const prohibited = dashboard.getByTestId('vacancy-by-severity').locator('tr[data-severity="prohibited"] td');
    expect(await prohibited.nth(1).textContent()).toBe('1');
  });

  it('undoes "ignore this rule on this site" on the dashboard: the open page shows the finding again, also after a reload', async () => {
    const vacancy = await openVacancyPage(ext, demoUrl('vacature.html'));
    await waitForHighlight(vacancy, 'moedertaal');
    await hoverPhrase(vacancy, 'moedertaal');
    await vacancy.getByTestId('ew-card-ignore-rule').click();
    await expect.poll(() => highlighted(vacancy, 'moedertaal')).toBe(false);

    const dashboard = await openDashboard(ext);
    const bySite = dashboard.getByTestId('vacancy-ignored-rules-by-site');
    const row = bySite.locator('tbody tr');
    await expect.poll(() => row.count()).toBe(1);
    // The rule's human name from the engine's pack, its ground, and the site.
    await expect.poll(() => row.locator('.vacancy-rule-name').textContent()).toBe('Moedertaal als eis');
    expect(await row.textContent()).toContain('Afkomst');
    expect(await row.textContent()).toContain('127.0.0.1');

    // Keyboard: Tab to the undo button and press Enter.
    const undo = row.getByTestId('vacancy-ignored-undo');
    expect(await undo.getAttribute('type')).toBe('button');
    await undo.focus();
    await dashboard.keyboard.press('Enter');
    await expect.poll(() => row.count()).toBe(0);
    await expect.poll(() => dashboard.getByTestId('vacancy-ignored-status').textContent()).toContain('Moedertaal als eis');
    // Focus stays in the list (on its heading), not lost to the page's body.
    await expect.poll(() => dashboard.evaluate(() => document.activeElement?.id)).toBe('vacancy-ignored-rules-by-site');

    // The page that is still open checks again by itself...
    await waitForHighlight(vacancy, 'moedertaal');
    // ...and the finding is back after a reload too.
    await vacancy.reload();
    await waitForHighlight(vacancy, 'moedertaal');
  });

  it('undoes a single ignored occurrence, and clears a list after asking', async () => {
    const vacancy = await openVacancyPage(ext, demoUrl('vacature.html'));
    await waitForHighlight(vacancy, 'moedertaal');
    await hoverPhrase(vacancy, 'moedertaal');
    await vacancy.getByTestId('ew-card-ignore-here').click();
    await expect.poll(() => highlighted(vacancy, 'moedertaal')).toBe(false);

    const dashboard = await openDashboard(ext);
    const occurrences = dashboard.getByTestId('vacancy-ignored-occurrences');
    await expect.poll(() => occurrences.locator('tbody tr').count()).toBe(1);
    await expect.poll(() => occurrences.locator('.vacancy-rule-name').textContent()).toBe('Moedertaal als eis');
    await occurrences.getByTestId('vacancy-ignored-undo').click();
    await expect.poll(() => occurrences.locator('tbody tr').count()).toBe(0);
    await waitForHighlight(vacancy, 'moedertaal');

    // Ignore it again, then clear the whole list through the confirmation dialog.
    await vacancy.bringToFront();
    await hoverPhrase(vacancy, 'moedertaal');
    await vacancy.getByTestId('ew-card-ignore-here').click();
    await expect.poll(() => highlighted(vacancy, 'moedertaal')).toBe(false);
    await dashboard.bringToFront();
    await expect.poll(() => occurrences.locator('tbody tr').count()).toBe(1);
    await occurrences.getByTestId('vacancy-ignored-clear').click();
    const dialog = dashboard.getByRole('dialog');
    await dialog.waitFor();
    await expectNoAxeViolations(dashboard);
    // Cancel first: nothing changes.
    await dashboard.keyboard.press('Escape');
    expect(await occurrences.locator('tbody tr').count()).toBe(1);
    await occurrences.getByTestId('vacancy-ignored-clear').click();
    await dialog.getByRole('button', { name: 'Alles wissen' }).click();
    await expect.poll(() => occurrences.getByTestId('vacancy-ignored-empty').count()).toBe(1);
    await waitForHighlight(vacancy, 'moedertaal');
  });

  it('checks a pasted text with the engine and explains each finding', async () => {
    const dashboard = await openDashboard(ext);
    const box = dashboard.getByTestId('vacancy-try');
    await box.getByTestId('vacancy-try-check').click();
    expect(await box.getByTestId('vacancy-try-summary').textContent()).toBe('Plak of typ eerst een tekst in het vak.');

    await box
      .getByLabel('Vacaturetekst')
      .fill('Wij zoeken een jonge stagiair met Nederlands als moedertaal. Je bent maximaal 25 jaar oud.');
    await box.getByLabel('Vacaturetekst').press('Control+Enter');
    const items = box.getByTestId('vacancy-try-findings').locator('li');
    await expect.poll(() => items.count()).toBeGreaterThanOrEqual(3);
    const mother = items.filter({ hasText: 'moedertaal' }).first();
    expect(await mother.textContent()).toContain('Afkomst');
    expect(await mother.textContent()).toContain('Verboden onderscheid');
    expect(await mother.textContent()).toContain('Moedertaal als eis');
    expect(await mother.textContent()).toContain('Schrijf liever');
    expect(await box.getByTestId('vacancy-try-summary').textContent()).toMatch(/^Bevindingen in deze tekst \(Nederlands\): \d+$/);
    // "What the law says" comes from the same catalogue text as the page's panel.
    expect(await box.locator('details summary').allTextContents()).toEqual(expect.arrayContaining(['Leeftijd', 'Afkomst']));

    // Readability: the level against the target, and the hardest sentences with hints marked.
    await box
      .getByLabel('Vacaturetekst')
      .fill(
        'Ten behoeve van de optimalisatie van onze operationele processen zijn wij op zoek naar een gemotiveerde stagiair die verantwoordelijk wordt gesteld voor het verrichten van uiteenlopende werkzaamheden conform de geldende kwaliteitsnormen. Je werkt in Utrecht.',
      );
    await box.getByTestId('vacancy-try-check').click();
    await expect
      .poll(() => box.getByTestId('vacancy-try-readability-level').textContent())
      .toMatch(/^Taalniveau (B2|C1|C2): moeilijker dan het doel B1\.$/);
    const marks = box.getByTestId('vacancy-try-hardest').locator('mark.readability-mark');
    expect(await marks.allTextContents()).toEqual(expect.arrayContaining(['Ten behoeve van', 'wordt gesteld']));
    // A hint looks nothing like a finding: no fill, a dotted underline.
    const style = await marks.first().evaluate((el) => {
      const css = getComputedStyle(el);
      return { background: css.backgroundColor, line: css.textDecorationStyle };
    });
    expect(style).toEqual({ background: 'rgba(0, 0, 0, 0)', line: 'dotted' });
    await expectNoAxeViolations(dashboard);
    await screenshot(dashboard, 'vacancy-dashboard-readability-nl');

    // A clean text says so.
    await box.getByLabel('Vacaturetekst').fill('Wij zoeken een stagiair communicatie voor 32 uur per week.');
    await box.getByTestId('vacancy-try-check').click();
    await expect.poll(() => box.getByTestId('vacancy-try-summary').textContent()).toContain('Geen bevindingen');
    expect(await box.getByTestId('vacancy-try-findings').count()).toBe(0);
  });

  it('is accessible with every section filled, and looks right in Dutch', async () => {
    const vacancy = await openVacancyPage(ext, demoUrl('vacature.html'));
    await waitForHighlight(vacancy, 'jonge');
    await hoverPhrase(vacancy, 'moedertaal');
    await vacancy.getByTestId('ew-card-ignore-rule').click();
    await expect.poll(() => highlighted(vacancy, 'moedertaal')).toBe(false);
    const dashboard = await openDashboard(ext);
    await dashboard.getByTestId('vacancy-try-text').fill('Wij zoeken een jonge stagiair met Nederlands als moedertaal.');
    await dashboard.getByTestId('vacancy-try-check').click();
    await dashboard.getByTestId('vacancy-try-findings').waitFor();
    await expect.poll(() => dashboard.getByTestId('vacancy-ignored-rules-by-site').locator('tbody tr').count()).toBe(1);
    expect(await dashboard.locator('nav a[aria-current="page"]').textContent()).toBe('Vacaturecheck');
    await expectNoAxeViolations(dashboard);
    await screenshot(dashboard, 'vacancy-dashboard-nl');
  });
});

describe('Vacaturecheck dashboard page (en)', () => {
  const ext = useExtension({ language: 'en' });

  it('speaks English, checks English text and is accessible', async () => {
    const vacancy = await openVacancyPage(ext, fixtureUrl('vacancy/career-page.html'));
    await waitForHighlight(vacancy, 'native English speaker');
    const dashboard = await openDashboard(ext);
    await expect.poll(() => stat(dashboard, 'checked')).toBe(1);
    expect(await dashboard.locator('h1').textContent()).toBe('Vacancy check');
    expect(await dashboard.getByTestId('vacancy-period').locator('option').allTextContents()).toEqual([
      'This month',
      'Last 90 days',
      'This year',
    ]);
    await dashboard
      .getByLabel('Vacancy text')
      .fill('We are looking for a young, energetic digital native. You are a native English speaker.');
    await dashboard.getByRole('button', { name: 'Check text' }).click();
    const items = dashboard.getByTestId('vacancy-try-findings').locator('li');
    await expect.poll(() => items.count()).toBeGreaterThanOrEqual(2);
    expect(await dashboard.getByTestId('vacancy-try-summary').textContent()).toContain('(English)');
    expect(await items.filter({ hasText: 'digital native' }).first().textContent()).toContain('Age');
    await expect.poll(() => dashboard.getByTestId('vacancy-ignored-empty').count()).toBe(3);
    await expectNoAxeViolations(dashboard);
    await screenshot(dashboard, 'vacancy-dashboard-en');
  });
});
