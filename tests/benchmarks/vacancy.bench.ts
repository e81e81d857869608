/**
 * Vacaturecheck budgets (docs/decisions.md#measured-not-hoped), measured in real Chromium with the
 * automation build:
 * - the vacancy content script's size (minified, gzip -9; budget 15 kB);
 * - checking and highlighting a 5,000-word vacancy page: time until the highlights are there,
 *   long tasks (>= 50 ms, PerformanceObserver) and the page's extra script time against the same
 *   page with the check switched off;
 * - per-keystroke work in a 1,000-word textarea (budget 2 ms median): main-thread script time per
 *   key press (CDP Performance.getMetrics) with the check on, minus the same with it off.
 * Reuses `.output/e2e-chrome-mv3` when it exists, else builds it. Figures only, never asserted.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { startStaticServer } from '../../scripts/static-server';
import { launchExtension } from '../e2e/harness/launch';
import { enableSite, setStoredSettings, getStoredSettings } from '../e2e/harness/settings';
import { formatBytes, type BenchResult } from './format';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const EXTENSION = join(ROOT, '.output/e2e-chrome-mv3');
const KEYSTROKES = 120;

function buildAutomation(): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn('npm', ['run', 'build:e2e'], { cwd: ROOT, stdio: 'ignore' });
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? done() : fail(new Error(`npm run build:e2e failed (${code})`))));
  });
}

const SENTENCES = [
  'Je werkt mee aan de planning van de afdeling en overlegt elke week met je begeleider.',
  'Wij zoeken een jonge, dynamische stagiair die snel leert.',
  'Je schrijft rapportages, helpt klanten aan de telefoon en denkt mee over verbeteringen.',
  'Je hebt Nederlands als moedertaal en een representatief uiterlijk.',
  'Samen met collega’s van inkoop en logistiek zoek je uit waar het proces sneller kan.',
  'Je bent maximaal 25 jaar en beschikbaar voor 40 uur per week.',
  'Je krijgt een eigen laptop, een reiskostenvergoeding en ruimte voor je leerdoelen.',
  'Stuur een foto mee met je motivatie.',
];

/** About `words` words of Dutch vacancy text, one in four sentences flagged. */
export function vacancyText(words: number): string[] {
  const paragraphs: string[] = [];
  let count = 0;
  let i = 0;
  while (count < words) {
    const sentences: string[] = [];
    for (let s = 0; s < 5; s++, i++) {
      const sentence = SENTENCES[i % SENTENCES.length]!;
      sentences.push(sentence);
      count += sentence.split(' ').length;
    }
    paragraphs.push(sentences.join(' '));
  }
  return paragraphs;
}

function pageHtml(title: string, body: string): string {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${title}</title></head><body><main><article><h1>${title}</h1>${body}</article></main></body></html>`;
}

const LONG_TASKS = `(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });
})();`;

type Cdp = Awaited<ReturnType<ReturnType<Page['context']>['newCDPSession']>>;

/** A CDP session with Performance metrics on from the start (they only count after enable). */
async function metricsSession(page: Page): Promise<Cdp> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return cdp;
}

async function scriptTime(cdp: Cdp): Promise<{ script: number; task: number }> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const value = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { script: value('ScriptDuration'), task: value('TaskDuration') };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const ms = (value: number) => `${value.toFixed(2)} ms`;

export default async function vacancyBenchmark(): Promise<BenchResult> {
  if (!existsSync(join(EXTENSION, 'manifest.json'))) await buildAutomation();
  const script = await readFile(join(EXTENSION, 'content-scripts/vacancy.js'));
  const folder = mkdtempSync(join(tmpdir(), 'ew-vacancy-bench-'));
  const big = vacancyText(5000);
  writeFileSync(join(folder, 'page.html'), pageHtml('Vacature (5.000 woorden)', big.map((p) => `<p>${p}</p>`).join('\n')));
  const thousand = vacancyText(1000).join('\n\n');
  writeFileSync(
    join(folder, 'editor.html'),
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Editor</title></head><body><label for="t">Tekst</label><textarea id="t" style="width:700px;height:400px">${thousand}</textarea></body></html>`,
  );
  const server = await startStaticServer({ mounts: { '/bench/': folder } });
  const session = await launchExtension({ extensionPath: EXTENSION, allowedOrigins: [server.url] });
  const original = await getStoredSettings(session.context);
  try {
    const rows: BenchResult['rows'] = [
      { name: 'vacancy content script (automation build), raw', value: formatBytes(script.length) },
      { name: 'vacancy content script, gzip -9 (budget 15 kB)', value: formatBytes(gzipSync(script, { level: 9 }).length) },
    ];

    // ---- 5,000-word page
    const loadPage = async (on: boolean) => {
      if (on) await enableSite(session.context, 'http://127.0.0.1/*', { vacancy: true, screening: false, checklist: false });
      else await setStoredSettings(session.context, original);
      await new Promise((r) => setTimeout(r, 300));
      const page = await session.context.newPage();
      const cdp = await metricsSession(page);
      await page.addInitScript(LONG_TASKS);
      const started = Date.now();
      await page.goto(`${server.url}/bench/page.html`);
      let ready = Number.NaN;
      if (on) {
        await page.waitForFunction(
          () => ((CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.get('ew-prohibited')?.size ?? 0) > 100,
          undefined,
          { timeout: 30_000 },
        );
        ready = Date.now() - started;
      }
      await page.waitForTimeout(1500);
      const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
      const time = await scriptTime(cdp);
      const highlights = await page.evaluate(() =>
        [...(CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.values()].reduce((n, h) => n + h.size, 0),
      );
      await page.close();
      return { ready, longTasks, time, highlights };
    };
    const off = await loadPage(false);
    const on = await loadPage(true);
    const words = big.join(' ').split(/\s+/).length;
    rows.push(
      { name: `${words}-word page: load until all highlights are shown (${on.highlights} ranges)`, value: ms(on.ready) },
      { name: '5,000-word page: long tasks >= 50 ms with the check on (off)', value: `${on.longTasks.length} (${off.longTasks.length})` },
      {
        name: '5,000-word page: longest long task with the check on',
        value: on.longTasks.length ? ms(Math.max(...on.longTasks)) : 'none >= 50 ms',
      },
      { name: '5,000-word page: extra main-thread script time for check and highlights', value: ms(on.time.script - off.time.script) },
    );

    // ---- per keystroke in a 1,000-word textarea
    const typing = async (on: boolean) => {
      if (on) await enableSite(session.context, 'http://127.0.0.1/*', { vacancy: true, screening: false, checklist: false });
      else await setStoredSettings(session.context, original);
      await new Promise((r) => setTimeout(r, 300));
      const page = await session.context.newPage();
      const cdp = await metricsSession(page);
      await page.goto(`${server.url}/bench/editor.html`);
      if (on)
        await page.waitForFunction(
          () => (document.querySelector('eerlijk-werven-vacancy')?.shadowRoot?.querySelectorAll('.mark').length ?? 0) > 10,
          undefined,
          { timeout: 30_000 },
        );
      await page.locator('#t').click();
      await page.evaluate(() => {
        const area = document.getElementById('t') as HTMLTextAreaElement;
        area.setSelectionRange(400, 400);
      });
      const samples: number[] = [];
      for (let key = 0; key < KEYSTROKES; key++) {
        const before = await scriptTime(cdp);
        await page.keyboard.type('a');
        // Two frames: the overlay re-layout runs in requestAnimationFrame.
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const after = await scriptTime(cdp);
        samples.push(after.script - before.script);
      }
      await page.close();
      return median(samples);
    };
    const keyOff = await typing(false);
    const keyOn = await typing(true);
    rows.push(
      { name: `1,000-word textarea: script time per keystroke, median of ${KEYSTROKES}, check on`, value: ms(keyOn) },
      { name: '1,000-word textarea: same with the check off (page and test overhead)', value: ms(keyOff) },
      { name: '1,000-word textarea: our work per keystroke (difference, budget 2 ms)', value: ms(Math.max(0, keyOn - keyOff)) },
    );
    return {
      title: 'Vacaturecheck in the browser',
      rows,
      notes: [
        'The analysis itself runs in the background service worker, not on the page; the page pays for reading the text, the message and the highlights.',
        'Per keystroke the content script only shifts the marks of the edited field and re-lays them out in the next frame; the debounced re-check (350 ms after the last key) is not part of a keystroke.',
        'Script times come from CDP Performance.getMetrics (ScriptDuration of the page\'s renderer main thread, all worlds), so the "off" run is subtracted.',
      ],
    };
  } finally {
    await setStoredSettings(session.context, original).catch(() => undefined);
    await session.close();
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
