/**
 * Leesbaarheid in the Vacaturecheck summary panel (docs/readability.md): the level against the
 * target on the demo vacancy, dense and plain text in a textarea, a contenteditable editor and an
 * iframe editor, re-checked as the user types; advice marked unlike any finding; the per-site
 * switch; and readability never changing the finding counts.
 */
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  demoUrl,
  enableSite,
  expectNoAxeViolations,
  fixtureUrl,
  getStoredSettings,
  screenshot,
  setStoredSettings,
  useExtension,
} from './harness';
import { allHighlighted, fieldMarks, highlightTexts, waitForHighlight } from './vacancy/page-helpers';

const LOCAL = 'http://127.0.0.1/*';
const EASY = ['A1', 'A2', 'B1'];

const DENSE = `Ten behoeve van de optimalisatie van onze operationele processen zijn wij op zoek naar een gemotiveerde stagiair die verantwoordelijk wordt gesteld voor het verrichten van uiteenlopende werkzaamheden conform de geldende kwaliteitsnormen.

Indien je beschikt over aantoonbare affiniteit met klantgerichte dienstverlening en je je herkent in het profiel, worden sollicitaties met belangstelling tegemoet gezien.`;

const PLAIN = `Wij zoeken een stagiair voor onze winkel. Je helpt klanten. Je zet spullen in de rekken. Je werkt aan de kassa.

Je werkt drie dagen per week. Je krijgt een vaste begeleider. Je krijgt een stagevergoeding van 300 euro per maand. Bel of mail ons als je vragen hebt.`;

describe('readability in the vacancy summary panel', () => {
  const ext = useExtension({ language: 'nl' });

  async function open(url: string): Promise<Page> {
    await enableSite(ext.context, LOCAL, { vacancy: true, screening: false, checklist: false });
    return ext.openPage(url);
  }

  async function openPanel(page: Page) {
    const badge = page.getByTestId('ew-badge');
    await badge.waitFor();
    if ((await badge.getAttribute('aria-expanded')) !== 'true') await badge.click();
    const panel = page.getByTestId('ew-panel');
    await panel.waitFor();
    return panel;
  }

  const levelOf = (page: Page) => page.getByTestId('ew-readability-level').getAttribute('data-level');

  /** Replace an editor's whole text the way a user pastes it: select all, then insert. */
  async function replaceText(page: Page, where: Page | Frame, selector: string, text: string) {
    await where.locator(selector).click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(text);
  }

  it('shows the level against the B1 target on the demo vacancy, with advice marked unlike findings; axe finds nothing', async () => {
    const page = await open(demoUrl('vacature.html'));
    await waitForHighlight(page, 'moedertaal');
    const panel = await openPanel(page);
    const section = panel.getByTestId('ew-panel-readability');
    await section.waitFor();
    const level = page.getByTestId('ew-readability-level');
    expect(await level.getAttribute('data-target')).toBe('B1');
    // The demo ad is written plainly: it reaches its target.
    expect(EASY).toContain(await level.getAttribute('data-level'));
    expect(await level.textContent()).toMatch(/^Taalniveau (A1|A2|B1): het doel B1 is gehaald\.$/);
    expect(await section.locator('h3').textContent()).toContain('Advies');
    expect(await section.textContent()).toContain('advies, geen bevinding');
    // Nothing of readability is marked in the page: only the findings' own highlights exist.
    const names = Object.keys(await highlightTexts(page));
    expect(names.every((name) => ['ew-prohibited', 'ew-risk', 'ew-style', 'ew-active'].includes(name))).toBe(true);
    await expectNoAxeViolations(page);
    await screenshot(page, 'vacancy-panel-readability-demo');
  });

  it('gives dense text B2 or harder and plain text B1 or easier in a textarea, re-checked as the user types', async () => {
    const page = await open(fixtureUrl('vacancy/textarea-editor.html'));
    await expect.poll(async () => (await fieldMarks(page)).length).toBeGreaterThan(0);
    const panel = await openPanel(page);
    await replaceText(page, page, '#body', DENSE);
    await expect.poll(() => levelOf(page), { timeout: 10_000 }).toMatch(/^(B2|C1|C2)$/);
    expect(await page.getByTestId('ew-readability-level').getAttribute('data-target')).toBe('B1');
    const hardest = panel.getByTestId('ew-readability-hardest');
    await hardest.waitFor();
    // Advice is marked in the panel with its own marker: a green box, no underline, no finding class.
    const marks = hardest.locator('mark.advice-mark');
    expect(await marks.count()).toBeGreaterThan(0);
    // The list is drawn again while the re-check settles: a mark read just as it is replaced has no style.
    await expect
      .poll(() =>
        marks.first().evaluate((m) => {
          const s = getComputedStyle(m);
          return { line: s.textDecorationLine, background: s.backgroundColor, className: m.className };
        }),
      )
      .toEqual({ line: 'none', background: 'rgb(223, 241, 234)', className: 'advice-mark' });
    expect(await hardest.textContent()).toMatch(/Lijdende vorm|Moeilijk woord|Naamwoordstijl/);
    await expectNoAxeViolations(page);
    await screenshot(page, 'vacancy-panel-readability-dense');

    await replaceText(page, page, '#body', PLAIN);
    await expect.poll(() => levelOf(page), { timeout: 10_000 }).toMatch(/^(A1|A2|B1)$/);
    expect(await panel.getByTestId('ew-readability-hardest').count()).toBe(0);
    // Typing one long, official sentence brings a hardest sentence back.
    await page.keyboard.type(
      ' Ten behoeve van de optimalisatie van onze operationele processen wordt van de kandidaat verwacht dat hij zorg draagt voor het verrichten van uiteenlopende werkzaamheden conform de geldende kwaliteitsnormen.',
    );
    await expect.poll(() => panel.getByTestId('ew-readability-hardest').count(), { timeout: 10_000 }).toBe(1);
    // The page never saw a change it did not make itself: only the user's own input events.
    expect(await page.locator('#body').inputValue()).toContain('Je helpt klanten.');
  });

  it('reads a contenteditable editor and an iframe editor, re-checking as the user types', async () => {
    const rich = await open(fixtureUrl('vacancy/rich-editor.html'));
    await waitForHighlight(rich, 'jonge');
    await openPanel(rich);
    await replaceText(rich, rich, '#editor', DENSE);
    await expect.poll(() => levelOf(rich), { timeout: 10_000 }).toMatch(/^(B2|C1|C2)$/);
    await replaceText(rich, rich, '#editor', PLAIN);
    await expect.poll(() => levelOf(rich), { timeout: 10_000 }).toMatch(/^(A1|A2|B1)$/);
    await rich.close();

    const page = await ext.openPage(fixtureUrl('vacancy/iframe-editor.html'));
    const frame = (await (await page.$('#vacancy_ifr'))!.contentFrame())!;
    await waitForHighlight(frame, 'moedertaal');
    await openPanel(page);
    await replaceText(page, frame, 'body', DENSE);
    await expect.poll(() => levelOf(page), { timeout: 10_000 }).toMatch(/^(B2|C1|C2)$/);
    await replaceText(page, frame, 'body', PLAIN);
    await expect.poll(() => levelOf(page), { timeout: 10_000 }).toMatch(/^(A1|A2|B1)$/);
    await expectNoAxeViolations(page);
  });

  it('is off on a site the user switched off, and never changes the finding counts', async () => {
    const page = await open(demoUrl('vacature.html'));
    await waitForHighlight(page, 'moedertaal');
    let panel = await openPanel(page);
    await panel.getByTestId('ew-panel-readability').waitFor();
    await expect.poll(() => panel.getByTestId('ew-panel-severity').textContent()).toMatch(/[1-9]/);
    const withReadability = {
      badge: await page.getByTestId('ew-badge').textContent(),
      severity: await panel.getByTestId('ew-panel-severity').textContent(),
      findings: await panel.getByTestId('ew-panel-findings').locator('li').count(),
      highlights: allHighlighted(await highlightTexts(page)).sort(),
    };

    // The options page's switch writes the host into readability.offSites.
    const stored = (await getStoredSettings(ext.context)) as { readability: { offSites: string[] } };
    stored.readability.offSites = ['127.0.0.1'];
    await setStoredSettings(ext.context, stored);
    await page.reload();
    await waitForHighlight(page, 'moedertaal');
    panel = await openPanel(page);
    await expect.poll(() => panel.getByTestId('ew-panel-severity').textContent()).toBe(withReadability.severity);
    expect(await panel.getByTestId('ew-panel-readability').count()).toBe(0);
    expect(await page.getByTestId('ew-badge').textContent()).toBe(withReadability.badge);
    expect(await panel.getByTestId('ew-panel-findings').locator('li').count()).toBe(withReadability.findings);
    expect(allHighlighted(await highlightTexts(page)).sort()).toEqual(withReadability.highlights);
    await expectNoAxeViolations(page);

    stored.readability.offSites = [];
    await setStoredSettings(ext.context, stored);
  });
});

describe('readability in the vacancy summary panel (en)', () => {
  const ext = useExtension({ language: 'en' });

  it('speaks English: the level against the target, marked as advice', async () => {
    await enableSite(ext.context, LOCAL, { vacancy: true, screening: false, checklist: false });
    const page = await ext.openPage(demoUrl('vacature.html'));
    await waitForHighlight(page, 'moedertaal');
    await page.getByTestId('ew-badge').click();
    const section = page.getByTestId('ew-panel-readability');
    await section.waitFor();
    expect(await section.locator('h3').textContent()).toBe('Readability Advice');
    expect(await page.getByTestId('ew-readability-level').textContent()).toMatch(/^Language level (A1|A2|B1|B2|C1|C2): .*target B1/);
    expect(await section.textContent()).toContain('advice, not a finding');
    await expectNoAxeViolations(page);
  });
});
