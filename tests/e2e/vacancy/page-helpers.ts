/**
 * Helpers for the vacancy e2e tests: read what the extension shows without touching it. The
 * highlight registry (`CSS.highlights`) is per document, so the page's own world sees the ranges
 * our isolated world registered; the automation build opens our shadow root so tests can read it.
 */
import type { Frame, Page } from 'playwright-core';

export type HighlightTexts = Record<string, string[]>;

/** The text of every range in every `ew-*` highlight, by highlight name. */
export async function highlightTexts(page: Page | Frame): Promise<HighlightTexts> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
    const out: Record<string, string[]> = {};
    for (const [name, highlight] of registry) {
      if (!name.startsWith('ew-')) continue;
      out[name] = [...highlight].map((range) => {
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        return live.toString();
      });
    }
    return out;
  });
}

export function allHighlighted(texts: HighlightTexts, names = ['ew-prohibited', 'ew-risk', 'ew-style']): string[] {
  return names.flatMap((name) => texts[name] ?? []);
}

/** Wait until the highlights include `phrase` (the check runs in the background, asynchronously). */
export async function waitForHighlight(page: Page | Frame, phrase: string, timeout = 10_000): Promise<HighlightTexts> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const texts = await highlightTexts(page);
    if (allHighlighted(texts).some((text) => text.includes(phrase))) return texts;
    if (Date.now() > deadline) throw new Error(`No highlight for "${phrase}" within ${timeout} ms; got ${JSON.stringify(texts)}`);
    await page.waitForTimeout(100);
  }
}

/** The underline boxes drawn over text fields: their words and severity. */
export async function fieldMarks(
  page: Page,
): Promise<{ text: string; severity: string; left: number; top: number; width: number; height: number }[]> {
  return page.evaluate(() => {
    const root = document.querySelector('eerlijk-werven-vacancy')?.shadowRoot;
    return [...(root?.querySelectorAll<HTMLElement>('.mark') ?? [])].map((mark) => ({
      text: mark.dataset.text ?? '',
      severity: [...mark.classList].find((c) => c.startsWith('mark--') && c !== 'mark--active')?.slice(6) ?? '',
      left: Number.parseFloat(mark.style.left),
      top: Number.parseFloat(mark.style.top),
      width: Number.parseFloat(mark.style.width),
      height: Number.parseFloat(mark.style.height),
    }));
  });
}

/** Viewport centre of the first rendered box of `phrase` inside `selector`. */
export async function phrasePoint(page: Page | Frame, selector: string, phrase: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ({ selector: css, phrase: words }) => {
      const root = document.querySelector(css);
      if (!root) return undefined;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const index = (node as Text).data.indexOf(words);
        if (index === -1) continue;
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + words.length);
        const rect = range.getClientRects()[0];
        if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      return undefined;
    },
    { selector, phrase },
  );
  if (!point) throw new Error(`"${phrase}" not found in ${selector}`);
  return point;
}

/** Long tasks (>= 50 ms) seen by a PerformanceObserver installed before the page's scripts. */
export async function installLongTaskObserver(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: number[] = [];
    (window as unknown as { __longTasks: number[] }).__longTasks = seen;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) seen.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}

export async function longTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { __longTasks?: number[] }).__longTasks ?? []);
}
