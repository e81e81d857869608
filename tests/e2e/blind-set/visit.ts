/**
 * One visit of a blind-set page: open it with a paint probe for the applicants' names, let it
 * settle (its own `settleMs`, then until our paint hold is gone), and take a snapshot of what a
 * person can read.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { paintProbeScript, type ProbeReport } from '../screening-probe';
import type { BlindPage, Snapshot, Visit } from './blind-set';

const SNAPSHOT_SOURCE = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'page-snapshot.js'), 'utf8');
const DEFAULT_SETTLE_MS = 300;
/** After the page settled: time for pseudonym numbers and late masks to arrive. */
const AFTER_SETTLE_MS = 400;

export async function visitPage(context: BrowserContext, url: string, page: BlindPage): Promise<Visit> {
  const tab = await context.newPage();
  try {
    const names = page.mustHide.filter((marker) => marker.kind === 'name').map((marker) => marker.text);
    await tab.addInitScript({ content: paintProbeScript(names) });
    await tab.goto(url, { waitUntil: 'load' });
    await tab.waitForTimeout(Math.max(page.settleMs ?? 0, DEFAULT_SETTLE_MS));
    // A page still held after this counts as never shown.
    await tab
      .waitForFunction(() => getComputedStyle(document.documentElement).opacity === '1', null, { timeout: 8_000 })
      .catch(() => undefined);
    await tab.waitForTimeout(AFTER_SETTLE_MS);
    await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const snapshot = (await tab.evaluate(
      `(${SNAPSHOT_SOURCE})(${JSON.stringify({ photos: page.photos, fields: page.fields })})`,
    )) as Snapshot;
    const probe = (await tab.evaluate('window.__ewProbe')) as ProbeReport;
    return { snapshot, frames: probe.frames, paintedFrames: new Set(probe.leaks.map((leak) => leak.frame)).size };
  } finally {
    await tab.close();
  }
}
