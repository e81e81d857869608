/**
 * Vacaturecheck in a TinyMCE-style editor: the editable body of a same-origin iframe that the
 * page's script fills (docs/decisions.md#editor-iframes). The script runs in the top frame only and
 * reaches into the frame: highlights in the frame's own registry, a card placed in the top page's
 * coordinates next to the words, replace through the frame's input path, typing re-checked.
 */
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { enableSite, expectNoAxeViolations, fixtureUrl, screenshot, useExtension } from './harness';
import { allHighlighted, highlightTexts, phrasePoint, waitForHighlight } from './vacancy/page-helpers';

type Box = { x: number; y: number; width: number; height: number };
type Word = { left: number; top: number; width: number; height: number };

/**
 * The card sits right next to the words in the top page's coordinates (8 px gap, card.ts):
 * under or over them and lined up with their left edge, or beside them at their height. A card
 * placed in the frame's own coordinates would be off by the frame's position (90 px and more).
 */
function besideTheWords(box: Box, word: Word): boolean {
  const near = (a: number, b: number) => Math.abs(a - b) < 4;
  const below = near(box.y, word.top + word.height + 8) && near(box.x, word.left);
  const above = near(box.y + box.height, word.top - 8) && near(box.x, word.left);
  const level = box.y <= word.top + word.height && box.y + box.height >= word.top;
  const right = near(box.x, word.left + word.width + 8) && level;
  const left = near(box.x + box.width, word.left - 8) && level;
  return below || above || right || left;
}

describe('vacancy check in a same-origin iframe editor', () => {
  const ext = useExtension({ language: 'nl' });

  async function open(): Promise<{ page: Page; frame: Frame }> {
    await enableSite(ext.context, 'http://127.0.0.1/*', { vacancy: true, screening: false, checklist: false });
    const page = await ext.openPage(fixtureUrl('vacancy/iframe-editor.html'));
    const frame = (await (await page.$('#vacancy_ifr'))!.contentFrame())!;
    return { page, frame };
  }

  /** A phrase's box in the top page's viewport: its box in the frame plus the frame's position. */
  async function phraseBoxInPage(page: Page, frame: Frame, phrase: string) {
    const inFrame = await frame.evaluate((words) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const index = (node as Text).data.indexOf(words);
        if (index === -1) continue;
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + words.length);
        const r = range.getBoundingClientRect();
        return { left: r.left, top: r.top, width: r.width, height: r.height };
      }
      return undefined;
    }, phrase);
    const frameBox = await page.locator('#vacancy_ifr').boundingBox();
    if (!inFrame || !frameBox) throw new Error(`"${phrase}" not found in the frame`);
    return { left: frameBox.x + inFrame.left, top: frameBox.y + inFrame.top, width: inFrame.width, height: inFrame.height };
  }

  it('highlights the phrases in the frame without touching its markup, and none in the page', async () => {
    const { page, frame } = await open();
    const markup = await frame.evaluate(() => document.body.innerHTML);
    await waitForHighlight(frame, 'moedertaal');
    const texts = allHighlighted(await highlightTexts(frame));
    expect(texts.some((t) => t.includes('jonge'))).toBe(true);
    expect(texts.some((t) => t.includes('nieuwsbrieven'))).toBe(false);
    await page.waitForTimeout(400);
    expect(await frame.evaluate(() => document.body.innerHTML)).toBe(markup);
    expect(await page.evaluate(() => (window as unknown as { inputEvents: unknown[] }).inputEvents.length)).toBe(0);
    // The page's own text (the explanation above the editor) is not the vacancy: the editor is.
    expect(allHighlighted(await highlightTexts(page))).toEqual([]);
  });

  it('opens the card on hover next to the words in the frame, not over them', async () => {
    const { page, frame } = await open();
    await waitForHighlight(frame, 'moedertaal');
    const word = await phraseBoxInPage(page, frame, 'moedertaal');
    await page.mouse.move(word.left + word.width / 2, word.top + word.height / 2);
    const card = page.getByTestId('ew-card');
    await card.waitFor();
    expect(await card.getByTestId('ew-card-ground').textContent()).toBe('Afkomst');
    const box = (await card.boundingBox())!;
    const overlaps =
      box.x < word.left + word.width && box.x + box.width > word.left && box.y < word.top + word.height && box.y + box.height > word.top;
    expect(overlaps, JSON.stringify({ box, word, viewport: page.viewportSize() })).toBe(false);
    expect(besideTheWords(box, word), JSON.stringify({ box, word })).toBe(true);
    await screenshot(page, 'vacancy-iframe-editor-card');
    await expectNoAxeViolations(page);
  });

  it("replaces through the frame's input path on click, and undo restores", async () => {
    const { page, frame } = await open();
    await waitForHighlight(frame, 'moedertaal');
    const original = await frame.evaluate(() => document.body.textContent);
    const point = await phrasePoint(frame, 'body', 'moedertaal');
    const frameBox = (await page.locator('#vacancy_ifr').boundingBox())!;
    await page.mouse.click(frameBox.x + point.x, frameBox.y + point.y);
    const card = page.getByTestId('ew-card');
    await card.waitFor();
    const replace = card.getByTestId('ew-card-replace').first();
    const alternative = (await replace.textContent())!;
    await replace.click();
    await expect.poll(() => frame.evaluate(() => document.body.textContent)).not.toContain('moedertaal');
    expect(await frame.evaluate(() => document.body.textContent)).toContain(alternative);
    expect(await page.evaluate(() => (window as unknown as { inputEvents: unknown[] }).inputEvents)).toEqual([
      { type: 'insertText', trusted: true },
    ]);
    await page.keyboard.press('Control+Z');
    await expect.poll(() => frame.evaluate(() => document.body.textContent)).toBe(original);
    await waitForHighlight(frame, 'moedertaal');
  });

  it('re-checks what the user types in the frame', async () => {
    const { page, frame } = await open();
    await waitForHighlight(frame, 'jonge');
    await frame.locator('p').last().click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Je bent maximaal 25 jaar oud.');
    await waitForHighlight(frame, '25 jaar');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    expect(await page.locator('#saved').textContent()).toContain('Je bent maximaal 25 jaar oud.');
  });

  it('jumps to a finding in the frame from the summary panel', async () => {
    const { page, frame } = await open();
    await waitForHighlight(frame, 'moedertaal');
    await page.getByTestId('ew-badge').click();
    const panel = page.getByTestId('ew-panel');
    await panel.waitFor();
    await panel.getByTestId('ew-panel-findings').getByRole('button').filter({ hasText: 'moedertaal' }).click();
    const card = page.getByTestId('ew-card');
    await card.waitFor();
    await expect
      .poll(async () => card.evaluate((element) => element.contains((element.getRootNode() as ShadowRoot).activeElement)))
      .toBe(true);
    const word = await phraseBoxInPage(page, frame, 'moedertaal');
    const box = (await card.boundingBox())!;
    expect(besideTheWords(box, word), JSON.stringify({ box, word })).toBe(true);
  });
});
