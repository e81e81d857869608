/**
 * A page-side probe for the "never paint a name" tests: installed with `context.addInitScript`
 * (it runs before any page script, in the page's own world), it checks at every animation frame
 * whether a watched word is in `document.body.innerText` or `document.title`, as a word of its own
 * (not "Roos" in "Rooster"), and records it.
 * innerText leaves out what is not rendered (visibility: hidden, display: none), so a hit means
 * the word was laid out for painting in that frame, unless the extension's highlight covers it.
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

/**
 * The probe as plain JavaScript text: a function passed to addInitScript would be serialised with
 * whatever helpers the TypeScript runner adds (tsx wraps functions in `__name`), which do not
 * exist in the page.
 */
const PROBE_SOURCE = `(watched) => {
  const report = { frames: 0, firstVisibleAt: null, longTasks: [], leaks: [] };
  window.__ewProbe = report;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) report.longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch (error) {
    // No long-task timing in this browser.
  }
  // A name as a word: "Roos" in "Rooster" is no name (held-out set JJ, a mail list's "Rooster week 48").
  const letter = (character) => character !== undefined && /[\\p{L}\\p{N}]/u.test(character);
  const count = (value, word) => {
    let found = 0;
    for (let at = value.indexOf(word); at !== -1; at = value.indexOf(word, at + 1))
      if (!letter(value[at - 1]) && !letter(value[at + word.length])) found += 1;
    return found;
  };
  const tick = () => {
    report.frames += 1;
    const text = document.body ? document.body.innerText : '';
    const title = document.title;
    if (report.firstVisibleAt === null && text.trim() !== '') report.firstVisibleAt = performance.now();
    // A marker in an editable area is painted over, not written: text under the extension's
    // highlight (::highlight(ew-blind), a grey bar) is not readable.
    const registry = window.CSS && CSS.highlights;
    const highlight = registry ? registry.get('ew-blind') : undefined;
    const covered = highlight ? [...highlight].map((range) => range.toString()) : [];
    for (const word of watched) {
      const shown = count(text, word) - covered.filter((marked) => count(marked, word) > 0).length;
      if (shown > 0) report.leaks.push({ frame: report.frames, word, where: 'text' });
      if (count(title, word) > 0) report.leaks.push({ frame: report.frames, word, where: 'title' });
    }
    if (report.leaks.length < 200) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}`;

/** The probe for `words` as a script text (Chromium's addInitScript, Firefox's evaluateOnNewDocument). */
export function paintProbeScript(words: readonly string[]): string {
  return `(${PROBE_SOURCE})(${JSON.stringify(words)});`;
}

export async function installPaintProbe(context: BrowserContext, words: readonly string[]): Promise<void> {
  await context.addInitScript({ content: paintProbeScript(words) });
}

export async function probeReport(page: Page): Promise<ProbeReport> {
  return page.evaluate(() => (window as unknown as { __ewProbe: ProbeReport }).__ewProbe);
}
