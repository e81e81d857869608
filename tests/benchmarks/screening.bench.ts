/**
 * Blind screenen in the browser (docs/decisions.md#measured-not-hoped): the content script's size,
 * blinding a page of 500 applicants in real Chromium (time until the page is shown, the longest
 * task, compared with the same page without the extension), and a burst of 1,000 DOM changes (time
 * until the next frame, and whether a name was ever in a painted frame). Measured, not asserted.
 *
 * Uses the automation build (`npm run build:e2e`, built here first) and the e2e harness's
 * launcher, with the local fixture pages served on 127.0.0.1.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startStaticServer } from '../../scripts/static-server';
import { launchExtension } from '../e2e/harness/launch';
import { getStoredSettings, setStoredSettings, waitForRegistration, withSiteEnabled } from '../e2e/harness/settings';
import { installPaintProbe, probeReport } from '../e2e/screening-probe';
import { buildForAutomation, EXTENSION, median, ROOT } from './e2e-build';
import { formatBytes, type BenchResult, type BenchRow } from './format';

const RUNS = 3;
const NAMES_500 = ['Fatima', 'Mohamed', 'Benali', 'Amrani', 'Yıldız', 'Kowalska', 'Öztürk', 'Kovalenko', 'Fernández', 'Haddou', 'Doğan'];
const NAMES_BURST = ['Fatima', 'Mohamed', 'Aylin', 'Kwame', 'Priya', 'Oleksandr', 'Benali', 'Yıldız', 'Mensah', 'Ramdin', 'Kovalenko'];

const ms = (value: number) => `${Math.round(value)} ms`;

export default async function screening(): Promise<BenchResult> {
  await buildForAutomation();
  const sizeOf = async (file: string) => {
    const bytes = await readFile(join(EXTENSION, file));
    return `${formatBytes(bytes.length)} raw · ${formatBytes(gzipSync(bytes, { level: 9 }).length)} gzip`;
  };
  const rows: BenchRow[] = [
    {
      name: 'content script at start-up (content-scripts/screening.js, budget 15 kB gzip)',
      value: await sizeOf('content-scripts/screening.js'),
    },
    {
      name: 'panel script, run only on the first open of the panel (content-scripts/screening-panel.js)',
      value: await sizeOf('content-scripts/screening-panel.js'),
    },
  ];

  const server = await startStaticServer({ mounts: { '/fixtures/': join(ROOT, 'tests/fixtures/pages') } });
  // A browser of its own for each setting: a page load in one browser does not warm the next.
  let session = await launchExtension({ extensionPath: EXTENSION, allowedOrigins: [server.url] });
  try {
    const measure500 = async (on: boolean) => {
      const pillars = { vacancy: false, screening: on, checklist: false };
      await setStoredSettings(session.context, withSiteEnabled(await getStoredSettings(session.context), 'http://127.0.0.1/*', pillars));
      // Registration is asynchronous: a page opened before it would get no script.
      await waitForRegistration(session.context, 'http://127.0.0.1/*', pillars);
      const shown: number[] = [];
      const longest: number[] = [];
      let leaks = 0;
      // One load first, not counted: a fresh browser's background answers its first requests late.
      for (let run = -1; run < RUNS; run += 1) {
        const page = await session.openPage(`${server.url}/fixtures/screening/applicants-500.html`);
        await page
          .waitForFunction((screened) => !screened || document.body.innerText.includes('Kandidaat 500'), on, { timeout: 30_000 })
          .catch((error: Error) => {
            throw new Error(`the 500-applicant page never showed "Kandidaat 500" (screening ${on ? 'on' : 'off'}): ${error.message}`);
          });
        await page.waitForTimeout(300);
        const report = await probeReport(page);
        await page.close();
        leaks += report.leaks.length;
        if (run < 0) continue;
        shown.push(report.firstVisibleAt ?? Number.NaN);
        longest.push(Math.max(0, ...report.longTasks));
      }
      return { shown: median(shown), longest: median(longest), leaks };
    };
    const words = [...new Set([...NAMES_500, ...NAMES_BURST])];
    await installPaintProbe(session.context, words);
    const without = await measure500(false);
    await session.close();
    session = await launchExtension({ extensionPath: EXTENSION, allowedOrigins: [server.url] });
    await installPaintProbe(session.context, words);
    const withScreening = await measure500(true);
    rows.push(
      {
        name: '500 applicants: page first shown (median of 3, ms after navigation start)',
        value: `${ms(withScreening.shown)} (without the extension ${ms(without.shown)})`,
      },
      {
        name: '500 applicants: longest task of the page load, any source (median of 3)',
        value: `${ms(withScreening.longest)} (without the extension ${ms(without.longest)})`,
      },
      { name: '500 applicants: frames with a name painted', value: String(withScreening.leaks) },
    );

    const bursts: number[] = [];
    let burstLeaks = 0;
    for (let run = 0; run < RUNS; run += 1) {
      const page = await session.openPage(`${server.url}/fixtures/screening/burst.html`);
      // No applicant is on the page before the burst, so nothing of ours shows yet (page roles):
      // wait until the page is painted, then the burst makes it an applicant page.
      await page
        .waitForFunction(
          () => getComputedStyle(document.documentElement).opacity === '1' && document.body.innerText.includes('Kandidaten'),
          null,
          { timeout: 30_000 },
        )
        .catch((error: Error) => {
          throw new Error(`the burst page was never shown: ${error.message}`);
        });
      const elapsed = await page.evaluate(
        () =>
          new Promise<number>((resolveFrame) => {
            const started = performance.now();
            (window as unknown as { __burst: () => void }).__burst();
            requestAnimationFrame(() => resolveFrame(performance.now() - started));
          }),
      );
      await page.waitForTimeout(500);
      const report = await probeReport(page);
      bursts.push(elapsed);
      burstLeaks += report.leaks.length;
      await page.close();
    }
    rows.push(
      { name: 'burst of 1,000 DOM changes with names: until the next frame (median of 3)', value: ms(median(bursts)) },
      { name: 'burst of 1,000 DOM changes: frames with a name painted', value: String(burstLeaks) },
    );
  } finally {
    await session.close();
    await server.close();
  }
  return {
    title: 'Blind screenen in Chromium (500 applicants, bursts, size)',
    rows,
    notes: [
      'Painted frames are checked by a page-side probe at every animation frame (document.body.innerText and document.title).',
      'Long tasks come from a PerformanceObserver in the page and include the browser laying out the 500-row table, which happens with or without the extension.',
      'The detection core (lib/blinding) is about 13 kB of the gzip size; see docs/decisions.md#screening-start-up-size.',
    ],
  };
}
