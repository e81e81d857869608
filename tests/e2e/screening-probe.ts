/**
 * A page-side probe for the "never paint a name" tests: installed with `context.addInitScript`
 * (it runs before any page script, in the page's own world), it checks at every animation frame
 * whether a watched word is in `document.body.innerText` or `document.title`, and records it.
 * innerText leaves out what is not rendered (visibility: hidden, display: none), so a hit means
 * the word was laid out for painting in that frame.
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface ProbeReport {
  frames: number;
  /** performance.now() of the first frame with any visible body text: when the page was revealed. */
  firstVisibleAt: number | null;
  /** Durations of long tasks (>= 50 ms) seen by a PerformanceObserver. */
  longTasks: number[];
  leaks: { frame: number; word: string; where: 'text' | 'title' }[];
}

export async function installPaintProbe(context: BrowserContext, words: readonly string[]): Promise<void> {
  await context.addInitScript((watched: string[]) => {
    const report = { frames: 0, firstVisibleAt: null as number | null, longTasks: [] as number[], leaks: [] as { frame: number; word: string; where: 'text' | 'title' }[] };
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) report.longTasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // No long-task timing in this browser.
    }
    (window as unknown as { __ewProbe: typeof report }).__ewProbe = report;
    const tick = () => {
      report.frames += 1;
      const text = document.body?.innerText ?? '';
      if (report.firstVisibleAt === null && text.trim() !== '') report.firstVisibleAt = performance.now();
      const title = document.title;
      for (const word of watched) {
        if (text.includes(word)) report.leaks.push({ frame: report.frames, word, where: 'text' });
        if (title.includes(word)) report.leaks.push({ frame: report.frames, word, where: 'title' });
      }
      if (report.leaks.length < 200) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, [...words]);
}

export async function probeReport(page: Page): Promise<ProbeReport> {
  return page.evaluate(() => (window as unknown as { __ewProbe: ProbeReport }).__ewProbe);
}
