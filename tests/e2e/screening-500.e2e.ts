import { describe, expect, it } from 'vitest';
import { enableSite, fixtureUrl, screenshot, useExtension } from './harness';
import { installPaintProbe, probeReport } from './screening-probe';

const NAMES = [
  'Fatima',
  'Mohamed',
  'Benali',
  'Amrani',
  'Yıldız',
  'Kowalska',
  'Öztürk',
  'Kovalenko',
  'Oleksandr',
  'Fernández',
  'Haddou',
  'Doğan',
];

describe('Blind screenen on a page of 500 applicants', () => {
  const ext = useExtension({ language: 'nl' });

  it('hides all 500 before the first paint and leaves the table readable', async () => {
    await enableSite(ext.context, 'http://127.0.0.1/*', { vacancy: false, screening: true, checklist: false });
    await installPaintProbe(ext.context, NAMES);
    const page = await ext.openPage(fixtureUrl('screening/applicants-500.html'));
    await page.waitForFunction(() => document.body.innerText.includes('Kandidaat 500'), null, { timeout: 20_000 });
    const seen = await page.evaluate(() => ({
      text: document.body.innerText,
      title: document.title,
      hrefs: [...document.querySelectorAll('a')].map((link) => link.getAttribute('href') ?? '').join('\n'),
      values: [...document.querySelectorAll('input')].map((input) => input.value),
    }));
    for (const name of NAMES) {
      expect(seen.text).not.toContain(name);
      expect(seen.hrefs).not.toContain(name.toLowerCase());
    }
    expect(seen.text).not.toContain('@mailpost.nl');
    expect(seen.text).toContain('bakkerij');
    expect(seen.text).toContain('stage bij een bakker');
    // The page's own input values are untouched (names in them are covered, not replaced).
    expect(seen.values.filter((value) => value.startsWith('Belt '))).toHaveLength(50);
    const report = await probeReport(page);
    expect(report.leaks).toEqual([]);
    console.log(
      `500 applicants: revealed at ${Math.round(report.firstVisibleAt ?? -1)} ms, long tasks ${JSON.stringify(report.longTasks.map(Math.round))}`,
    );
    await screenshot(page, 'screening-500');
  });

  it('shows the first screen before the rest is read, and the rest only once it is masked', async () => {
    await enableSite(ext.context, 'http://127.0.0.1/*', { vacancy: false, screening: true, checklist: false });
    await installPaintProbe(ext.context, NAMES);
    // The first frame with text: how many rows a person can read, and whether the rest waits hidden.
    await ext.context.addInitScript({
      content: `(() => {
        const look = () => {
          const text = document.body ? document.body.innerText : '';
          if (text.trim() === '') return requestAnimationFrame(look);
          window.__ewFirstFrame = { rows: (text.match(/Motivatie:/g) || []).length, restHidden: document.querySelector('[data-ew-rest]') !== null };
        };
        requestAnimationFrame(look);
      })();`,
    });
    const page = await ext.openPage(fixtureUrl('screening/applicants-500.html'));
    await page.waitForFunction(() => document.body.innerText.includes('Kandidaat 500'), null, { timeout: 20_000 });
    const first = await page.evaluate(
      () => (window as unknown as { __ewFirstFrame: { rows: number; restHidden: boolean } }).__ewFirstFrame,
    );
    expect(first.restHidden).toBe(true);
    expect(first.rows).toBeGreaterThan(15);
    expect(first.rows).toBeLessThan(100);
    const end = await page.evaluate(() => ({
      rows: (document.body.innerText.match(/Motivatie:/g) ?? []).length,
      marked: document.querySelectorAll('[data-ew-rest]').length,
    }));
    expect(end).toEqual({ rows: 500, marked: 0 });
    expect((await probeReport(page)).leaks).toEqual([]);
  });

  it('paints no name when the page is scrolled to its end in the first frames after it is shown', async () => {
    await enableSite(ext.context, 'http://127.0.0.1/*', { vacancy: false, screening: true, checklist: false });
    await installPaintProbe(ext.context, NAMES);
    // From the first frame with any text, jump to the end in that frame and the next 60.
    await ext.context.addInitScript({
      content: `(() => {
        let frames = 0;
        const jump = () => {
          if (!document.body || document.body.innerText.trim() === '') return requestAnimationFrame(jump);
          window.scrollTo(0, document.documentElement.scrollHeight);
          window.__ewJumps = (frames += 1);
          if (frames < 60) requestAnimationFrame(jump);
        };
        requestAnimationFrame(jump);
      })();`,
    });
    const page = await ext.openPage(fixtureUrl('screening/applicants-500.html'));
    await page.waitForFunction(() => document.body.innerText.includes('Kandidaat 500'), null, { timeout: 20_000 });
    await page.waitForFunction(() => (window as unknown as { __ewJumps?: number }).__ewJumps === 60, null, { timeout: 10_000 });
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    const text = await page.evaluate(() => document.body.innerText);
    for (const name of NAMES) expect(text).not.toContain(name);
    const report = await probeReport(page);
    expect(report.leaks).toEqual([]);
  });
});
