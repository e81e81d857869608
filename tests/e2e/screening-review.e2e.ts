import { describe, expect, it } from 'vitest';
import { enableSite, fixtureUrl, useExtension } from './harness';
import { installPaintProbe, probeReport } from './screening-probe';

/** Findings of the review of the page layer, each shown on a page that provokes it. */
describe('Blind screenen page layer: review findings', () => {
  const ext = useExtension({ language: 'nl' });

  it('keeps painting held until the last of two overlapping slow batches is masked', async () => {
    await enableSite(ext.context, 'http://127.0.0.1/*', { vacancy: false, screening: true, checklist: false });
    await installPaintProbe(ext.context, ['Benali']);
    const page = await ext.openPage(fixtureUrl('screening/review/batches.html'));
    await page.waitForFunction(() => (window as unknown as { __batchesDone?: boolean }).__batchesDone === true, null, { timeout: 20_000 });
    await page.waitForFunction(() => document.body.innerText.includes('Verslag 5999'), null, { timeout: 20_000 });
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).not.toContain('Benali');
    const report = await probeReport(page);
    expect(report.frames).toBeGreaterThan(3);
    expect(report.leaks).toEqual([]);
    await page.close();
  });

  it('puts the page text back when a masked name is moved into an editor, and never writes into a contenteditable=false island', async () => {
    const page = await ext.openPage(fixtureUrl('screening/review/editable.html'));
    await page.waitForFunction(() => typeof (window as unknown as { __saved?: string }).__saved === 'string', null, { timeout: 10_000 });
    const saved = await page.evaluate(() => {
      const scope = window as unknown as { __saved: string; __savedTitle: string };
      return { text: scope.__saved, title: scope.__savedTitle };
    });
    // What the editor would save is the page's own text, not our mask.
    expect(saved.text).toBe('Uitnodiging voor @Fatima Benali Beste Fatima Benali');
    expect(saved.title).toBe('Fatima Benali');
    await page.close();
  });

  it('cannot be switched off by page elements whose ids are names the extension uses', async () => {
    const page = await ext.openPage(fixtureUrl('screening/review/hook-ids.html'));
    await page.waitForFunction(() => /Kandidaat/u.test(document.querySelector('h1')?.textContent ?? ''), null, { timeout: 10_000 });
    await page.keyboard.press('Alt+Shift+KeyB');
    const panel = page.locator('ew-blind-screening .ew-panel');
    await expect.poll(() => panel.isVisible(), { timeout: 10_000 }).toBe(true);
    await page.close();
  });

  it('shows an about:blank frame that a page fills after load, masked', async () => {
    const page = await ext.openPage(fixtureUrl('screening/review/blank-frame.html'));
    await page.waitForFunction(() => (window as unknown as { __frameReady?: boolean }).__frameReady === true, null, { timeout: 10_000 });
    await page.waitForTimeout(500);
    const seen = await page.evaluate(() => {
      const frame = document.getElementById('preview') as HTMLIFrameElement;
      return { visibility: getComputedStyle(frame).visibility, text: frame.contentDocument?.body.innerText ?? '' };
    });
    expect(seen.visibility).toBe('visible');
    expect(seen.text).toContain('Bericht van Kandidaat');
    expect(seen.text).not.toContain('Benali');
    await page.close();
  });
});
