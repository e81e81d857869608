import { buildReport } from './report';
import type { Located } from './card';
import type { CheckState, VacancyPage } from './page-state';

/*
 * The findings in reading order: what the summary panel lists, what the card steps through with
 * Alt+Shift+N/P, and what the report copies.
 */

export function rebuildOrder(page: VacancyPage): void {
  const targets = [...page.targets.values()].sort((a, b) =>
    a.element === b.element ? 0 : a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
  );
  page.ordered = targets.flatMap((target) =>
    [...target.findings].sort((a, b) => a.start - b.start).map((finding) => ({ target, finding })),
  );
  updatePanel(page);
}

export function updatePanel(page: VacancyPage): void {
  const states = [...page.states.values()];
  const gender = states.reduce(
    (sum, s) => ({ masculine: sum.masculine + s.gender.masculine, feminine: sum.feminine + s.gender.feminine }),
    { masculine: 0, feminine: 0 },
  );
  // The engine judges each block; the panel shows the verdict of the longest one with its note.
  const main = states.reduce<CheckState | undefined>((best, s) => (!best || s.text.length > best.text.length ? s : best), undefined);
  page.panel.update({
    items: page.ordered,
    ignored: states.reduce((sum, s) => sum + s.ignored, 0),
    gender: { ...gender, verdict: main?.gender.verdict ?? 'empty', note: main?.gender.note ?? '' },
    selection: page.mode === 'selection',
    checking: page.pending > 0,
    error: page.failed,
    readability: main?.readability ? { text: main.text, result: main.readability } : undefined,
  });
}

export function show(page: VacancyPage, item: Located, focus: boolean): void {
  item.target.activate(item.finding, true);
  const index = page.ordered.findIndex((i) => i.finding === item.finding);
  page.card.open(item, { focus, position: index + 1, total: page.ordered.length });
}

/** The next or previous finding (wrapping around), from the one on the card or `from`. */
export function step(page: VacancyPage, direction: 1 | -1, from?: Located): void {
  const { ordered, card } = page;
  if (ordered.length === 0) {
    page.panel.open(true);
    return;
  }
  const current = from ?? card.current;
  const index = current ? ordered.findIndex((i) => i.finding === current.finding) : -1;
  const next = index === -1 ? (direction === 1 ? 0 : ordered.length - 1) : (index + direction + ordered.length) % ordered.length;
  const item = ordered[next];
  if (item) {
    if (card.current) card.current.target.activate(undefined, false);
    show(page, item, true);
  }
}

/** The plain-text report for a colleague (docs/decisions.md#vacancy-panel-and-report), copied to the clipboard. */
export async function copyReport(page: VacancyPage): Promise<boolean> {
  const findings = page.ordered.map((i) => i.finding);
  const gender =
    page.states.size > 0
      ? [...page.states.values()].reduce((a, b) => (a.text.length >= b.text.length ? a : b)).gender
      : { masculine: 0, feminine: 0, note: '' };
  const report = buildReport(findings, page.setup.strings, page.doc.location.href, gender);
  try {
    await navigator.clipboard.writeText(report);
    return true;
  } catch {
    // Clipboard API refused (page without focus, policy): the old way, inside our shadow root.
    const area = page.doc.createElement('textarea');
    area.value = report;
    page.root.ui.append(area);
    area.select();
    // fallback when the Clipboard API is refused
    const copied = page.doc.execCommand('copy');
    area.remove();
    return copied;
  }
}
