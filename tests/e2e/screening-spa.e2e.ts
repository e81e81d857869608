import { describe, expect, it } from 'vitest';
import { enableSite, expectNoAxeViolations, fixtureUrl, screenshot, useExtension } from './harness';
import { installPaintProbe, probeReport } from './screening-probe';

const NAMES = ['Fatima', 'Benali', 'Daan', 'Aylin', 'Yıldız', 'Kwame', 'Mensah', 'Mei Ling'];

describe('Blind screenen on a single-page app', () => {
  const ext = useExtension({ language: 'nl' });

  it('masks candidates added, re-rendered and navigated to by script, never paints a name, and never changes a value', async () => {
    await enableSite(ext.context, 'http://127.0.0.1/*', { vacancy: false, screening: true, checklist: false });
    await installPaintProbe(ext.context, NAMES);
    const page = await ext.openPage(fixtureUrl('screening/spa.html'));
    await page.waitForFunction(() => (window as unknown as { __spaDone?: boolean }).__spaDone === true, null, { timeout: 10_000 });
    // Two more frames so the last change has been painted (or not).
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

    const seen = await page.evaluate(() => {
      const host = document.querySelector('ew-blind-screening');
      const masks = [...(host?.shadowRoot?.querySelectorAll('.ew-field-mask') ?? [])].map((element) => element.textContent ?? '');
      const values = Object.fromEntries(
        [...document.querySelectorAll('input')].map((input) => [input.id.replace('note-', ''), input.value]),
      );
      const shadowText = document.querySelector('ew-card-host')?.shadowRoot?.textContent ?? '';
      const frame = document.getElementById('preview') as HTMLIFrameElement;
      const frameText = frame.contentDocument?.body.innerText ?? '';
      const frameVisible = getComputedStyle(frame).visibility;
      return {
        text: document.body.innerText,
        title: document.title,
        masks,
        values,
        setValues: (window as unknown as { __setValues: Record<string, string> }).__setValues,
        shadowText,
        frameText,
        frameVisible,
        hash: location.hash,
      };
    });
    for (const name of NAMES) {
      expect(seen.text).not.toContain(name);
      expect(seen.title).not.toContain(name);
      expect(seen.shadowText).not.toContain(name);
      expect(seen.frameText).not.toContain(name);
      for (const mask of seen.masks) expect(mask).not.toContain(name);
    }
    // The page's own values are exactly what it set: the masks are drawn over the fields.
    expect(seen.values).toEqual(seen.setValues);
    expect(seen.masks.length).toBeGreaterThanOrEqual(6);
    expect(seen.masks.some((mask) => /Gesprek met Kandidaat (\d+|…) gepland/u.test(mask))).toBe(true);
    expect(seen.text).toContain('stage bij een bakker');
    expect(seen.text).toContain('Kandidaat');
    expect(seen.hash).toBe('#detail-p1');
    expect(seen.frameText).toContain('Voorbeeldbrief van');
    expect(seen.frameVisible).toBe('visible');
    const report = await probeReport(page);
    expect(report.frames).toBeGreaterThan(5);
    expect(report.leaks).toEqual([]);
    await screenshot(page, 'screening-spa');
    await expectNoAxeViolations(page);
  });

  it('gives every applicant the same pseudonym after a reload', async () => {
    const page = await ext.openPage(fixtureUrl('screening/spa.html'));
    const pseudonyms = async () => {
      await page.waitForFunction(() => (window as unknown as { __spaDone?: boolean }).__spaDone === true, null, { timeout: 10_000 });
      await page.waitForFunction(() => !document.body.innerText.includes('Kandidaat …'), null, { timeout: 10_000 });
      return page.evaluate(() =>
        Object.fromEntries(
          [...document.querySelectorAll('li[data-candidate-id]')].map((row) => [
            row.getAttribute('data-candidate-id') ?? '',
            row.querySelector('[data-field="candidate-name"]')?.textContent ?? '',
          ]),
        ),
      ) as Promise<Record<string, string>>;
    };
    const first = await pseudonyms();
    expect(Object.values(first).every((text) => /^Kandidaat \d+$/u.test(text))).toBe(true);
    expect(new Set(Object.values(first)).size).toBe(5);
    await page.reload();
    expect(await pseudonyms()).toEqual(first);
  });
});
