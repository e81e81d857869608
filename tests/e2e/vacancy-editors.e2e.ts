/**
 * Vacaturecheck inside editors (docs/decisions.md#editor-iframes): a textarea gets an overlay that
 * follows its layout, a contenteditable editor gets highlights; replace goes through the editor's
 * own input path (the page sees input events, undo restores); nothing in an editor changes without
 * a user action.
 */
import { describe, expect, it } from 'vitest';
import { demoUrl, enableSite, expectNoAxeViolations, fixtureUrl, screenshot, useExtension } from './harness';
import { allHighlighted, fieldMarks, highlightTexts, phrasePoint, waitForHighlight } from './vacancy/page-helpers';

describe('vacancy check in editors', () => {
  const ext = useExtension({ language: 'nl' });

  async function open(url: string) {
    await enableSite(ext.context, 'http://127.0.0.1/*', { vacancy: true, screening: false, checklist: false });
    return ext.openPage(url);
  }

  it('draws underlines over the textarea phrases, where the field shows them', async () => {
    const page = await open(fixtureUrl('vacancy/textarea-editor.html'));
    await expect.poll(async () => (await fieldMarks(page)).map((m) => m.text)).toEqual(expect.arrayContaining(['moedertaal']));
    const marks = await fieldMarks(page);
    const field = (await page.locator('#body').boundingBox())!;
    for (const mark of marks) {
      expect(mark.left).toBeGreaterThanOrEqual(field.x);
      expect(mark.left + mark.width).toBeLessThanOrEqual(field.x + field.width + 0.5);
      expect(mark.top).toBeGreaterThanOrEqual(field.y);
    }
    // The underline sits where the word is: an independent, plain measurement of the word lands on it.
    const mark = marks.find((m) => m.text === 'moedertaal')!;
    const caret = await page.evaluate(
      ({ x, y }) => {
        const area = document.getElementById('body') as HTMLTextAreaElement;
        const start = area.value.indexOf('moedertaal');
        // A plain copy of the text in the field's box, built here without any of our code.
        const probe = document.createElement('div');
        const style = getComputedStyle(area);
        for (const name of [
          'font',
          'lineHeight',
          'padding',
          'border',
          'width',
          'boxSizing',
          'whiteSpace',
          'overflowWrap',
          'letterSpacing',
        ] as const) {
          (probe.style as unknown as Record<string, string>)[name] = (style as unknown as Record<string, string>)[name]!;
        }
        probe.style.position = 'absolute';
        probe.style.whiteSpace = 'pre-wrap';
        const rect = area.getBoundingClientRect();
        probe.style.left = `${rect.left + window.scrollX}px`;
        probe.style.top = `${rect.top + window.scrollY}px`;
        probe.textContent = area.value;
        document.body.append(probe);
        const range = document.createRange();
        range.setStart(probe.firstChild!, start);
        range.setEnd(probe.firstChild!, start + 'moedertaal'.length);
        const word = range.getBoundingClientRect();
        probe.remove();
        return {
          inside:
            x >= word.left + window.scrollX - 2 &&
            x <= word.right + window.scrollX + 2 &&
            y >= word.top + window.scrollY - 2 &&
            y <= word.bottom + window.scrollY + 2,
        };
      },
      { x: mark.left + mark.width / 2, y: mark.top + mark.height / 2 },
    );
    expect(caret.inside).toBe(true);
    await screenshot(page, 'vacancy-textarea-overlay');
    expect(await page.evaluate(() => (window as unknown as { inputEvents: unknown[] }).inputEvents.length)).toBe(0);
  });

  it('follows the field when it scrolls and when text is typed before a mark', async () => {
    const page = await open(fixtureUrl('vacancy/textarea-editor.html'));
    await expect.poll(async () => (await fieldMarks(page)).length).toBeGreaterThan(0);
    const before = (await fieldMarks(page)).find((m) => m.text === 'moedertaal')!;
    await page.locator('#body').click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('Beste lezer, ');
    await expect.poll(async () => (await fieldMarks(page)).find((m) => m.text === 'moedertaal')?.left).not.toBe(before.left);
    // Scrolling the field moves the marks with the text (or clips them away).
    await page.evaluate(() => {
      const area = document.getElementById('body') as HTMLTextAreaElement;
      area.value = `${'Regel zonder bevinding.\n'.repeat(20)}${area.value}`;
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.waitForTimeout(600);
    const hidden = await fieldMarks(page);
    await page.evaluate(() => (document.getElementById('body') as HTMLTextAreaElement).scrollTo(0, 10_000));
    await expect.poll(async () => JSON.stringify(await fieldMarks(page))).not.toBe(JSON.stringify(hidden));
    expect((await fieldMarks(page)).some((m) => m.text === 'moedertaal')).toBe(true);
  });

  it('replaces a phrase in a textarea through the input path; the page sees the events and undo restores', async () => {
    const page = await open(fixtureUrl('vacancy/textarea-editor.html'));
    await expect.poll(async () => (await fieldMarks(page)).map((m) => m.text)).toEqual(expect.arrayContaining(['moedertaal']));
    const original = await page.locator('#body').inputValue();
    const mark = (await fieldMarks(page)).find((m) => m.text === 'moedertaal')!;
    await page.mouse.move(
      mark.left + mark.width / 2 - (await page.evaluate(() => window.scrollX)),
      mark.top + mark.height / 2 - (await page.evaluate(() => window.scrollY)),
    );
    const card = page.getByTestId('ew-card');
    await card.waitFor();
    const replace = card.getByTestId('ew-card-replace').first();
    const alternative = (await replace.textContent())!;
    await replace.click();
    await expect.poll(() => page.locator('#body').inputValue()).not.toBe(original);
    const value = await page.locator('#body').inputValue();
    expect(value).toContain(alternative);
    expect(value).not.toContain('moedertaal');
    const events = await page.evaluate(() => (window as unknown as { inputEvents: { type: string; trusted: boolean }[] }).inputEvents);
    expect(events.length).toBe(1);
    expect(events[0]!.type).toMatch(/insertText|insertReplacementText/);
    await page.locator('#body').focus();
    await page.keyboard.press('Control+Z');
    await expect.poll(() => page.locator('#body').inputValue()).toBe(original);
  });

  it('highlights a contenteditable editor without changing its markup, and replaces through execCommand with undo', async () => {
    const page = await open(fixtureUrl('vacancy/rich-editor.html'));
    const markup = await page.locator('#editor').innerHTML();
    await waitForHighlight(page, 'accentloos');
    // The editor's DOM is exactly what the page wrote: no wrappers, no attributes.
    await page.waitForTimeout(500);
    expect(await page.locator('#editor').innerHTML()).toBe(markup);
    expect(await page.evaluate(() => (window as unknown as { inputEvents: unknown[] }).inputEvents.length)).toBe(0);

    const point = await phrasePoint(page, '#editor', 'accentloos');
    await page.mouse.click(point.x, point.y);
    const card = page.getByTestId('ew-card');
    await card.waitFor();
    await card.getByTestId('ew-card-replace').first().click();
    await expect.poll(() => page.locator('#editor').textContent()).not.toContain('accentloos');
    const events = await page.evaluate(() => (window as unknown as { inputEvents: { type: string; trusted: boolean }[] }).inputEvents);
    expect(events).toEqual([{ type: 'insertText', trusted: true }]);
    await page.keyboard.press('Control+Z');
    await expect.poll(() => page.locator('#editor').textContent()).toContain('accentloos');
    await waitForHighlight(page, 'accentloos');
  });

  it('re-checks what the user types, debounced', async () => {
    const page = await open(fixtureUrl('vacancy/rich-editor.html'));
    await waitForHighlight(page, 'accentloos');
    await page.locator('#editor p').last().click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Je bent maximaal 25 jaar oud.');
    await waitForHighlight(page, '25 jaar');
  });

  it('ignore here and ignore this rule on this site remove the finding and survive a reload', async () => {
    const page = await open(fixtureUrl('vacancy/rich-editor.html'));
    await waitForHighlight(page, 'accentloos');
    const point = await phrasePoint(page, '#editor', 'accentloos');
    await page.mouse.move(point.x, point.y);
    await page.getByTestId('ew-card').waitFor();
    await page.getByTestId('ew-card-ignore-here').click();
    await expect.poll(async () => allHighlighted(await highlightTexts(page)).some((t) => t.includes('accentloos'))).toBe(false);
    await page.reload();
    await waitForHighlight(page, 'jonge');
    await page.waitForTimeout(300);
    expect(allHighlighted(await highlightTexts(page)).some((t) => t.includes('accentloos'))).toBe(false);

    const young = await phrasePoint(page, '#editor', 'jonge');
    await page.mouse.move(young.x, young.y);
    await page.getByTestId('ew-card').waitFor();
    await page.getByTestId('ew-card-ignore-rule').click();
    await expect.poll(async () => allHighlighted(await highlightTexts(page)).some((t) => t.includes('jonge'))).toBe(false);
    const stored = (await ext.session.serviceWorker.evaluate(async () => {
      const items = await (
        globalThis as unknown as { chrome: { storage: { local: { get: (k: string) => Promise<Record<string, unknown>> } } } }
      ).chrome.storage.local.get('settings');
      return items.settings;
    })) as { wording: { ignoredRulesBySite: Record<string, string[]> } };
    expect(stored.wording.ignoredRulesBySite['127.0.0.1']?.length).toBe(1);
  });

  it('works in the demo ATS editor: Save stores exactly the text the user wrote', async () => {
    const page = await open(demoUrl('ats-editor.html'));
    // ("accentloos" was ignored on this site by the test above; the same sentence is here too.)
    await waitForHighlight(page, 'niet ouder dan 25 jaar');
    await expect.poll(async () => (await fieldMarks(page)).length).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    const saved = await page.locator('#saved-body').textContent();
    const summary = await page.locator('#saved-summary').textContent();
    expect(saved).toContain('niet ouder dan 25 jaar');
    expect(summary).toContain('moedertaal');
    expect(saved).toBe((await page.locator('#job-body').innerText()).trim());
    await page.getByTestId('ew-badge').click();
    await page.getByTestId('ew-panel').waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'vacancy-ats-editor');
  });
});
