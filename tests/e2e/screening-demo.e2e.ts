import { describe, expect, it } from 'vitest';
import { demoUrl, enableSite, screenshot, useExtension } from './harness';
import { DEMO_APPLICANT_NAMES } from './demo-applicants';
import { installPaintProbe, probeReport } from './screening-probe';

const NAMES = DEMO_APPLICANT_NAMES;

describe('Blind screenen on the demo ATS', () => {
  const ext = useExtension({ language: 'nl' });

  it('hides every name and marker on the candidate list before the first paint', async () => {
    await enableSite(ext.context, 'http://127.0.0.1/*', { vacancy: false, screening: true, checklist: false });
    await installPaintProbe(ext.context, NAMES);
    const page = await ext.openPage(demoUrl('kandidaten.html'));
    await page.waitForFunction(() => document.body.innerText.includes('Kandidaat 1'), null, { timeout: 10_000 });
    const text = await page.evaluate(() => document.body.innerText);
    for (const name of NAMES) expect(text).not.toContain(name);
    expect(text).not.toContain('@mailpost.nl');
    expect(text).not.toContain('06 1842 3307');
    expect(text).toContain('Communicatie (hbo)');
    const report = await probeReport(page);
    expect(report.frames).toBeGreaterThan(0);
    expect(report.leaks).toEqual([]);
    await screenshot(page, 'screening-demo-list');
  });
});
