import { observe } from '../../lib/content/observe';
import { onNavigation } from '../../lib/content/navigation';
import { FindingCard } from './card';
import { copyReport, show, step } from './finding-order';
import { ignore, replace } from './finding-actions';
import { createPageEvents } from './page-events';
import type { CheckMode, VacancyPage } from './page-state';
import { SummaryPanel } from './panel';
import { loadSetup, type Setup } from './strings';
import { recheckAll } from './target-check';
import { checkSelection, scan } from './target-scan';
import type { UiRoot } from './ui-root';

/** What the background (popup, shortcut, context menu) can ask for. */
export type VacancyRequest = 'panel' | 'toggle-panel' | 'check' | 'next' | 'previous' | 'selection';

export interface VacancyController {
  /** Start as the registered script on a switched-on site, or on demand for the popup/shortcut/menu. */
  start: (mode: CheckMode) => void;
  /** Requests from the background after an injection. */
  request: (action: VacancyRequest, selectionText: string) => void;
  /** Check every target again, e.g. after the user's ignores changed elsewhere. */
  recheck: () => void;
}

/** Re-scan the page this long after the last DOM change (SPA renders, lazy content). */
const MUTATION_DEBOUNCE_MS = 400;

/**
 * The vacancy check on one page: finds the targets, sends their text to the background, shows what
 * comes back, and keeps it right while the user types, scrolls and navigates. Everything it starts
 * stops with `signal`.
 */
export function createVacancyController(doc: Document, root: UiRoot, setup: Setup, signal: AbortSignal): VacancyController {
  const strings = setup.strings;
  const page: VacancyPage = {
    doc,
    root,
    signal,
    setup,
    mode: undefined,
    url: doc.location.href,
    targets: new Map(),
    states: new Map(),
    typingTimers: new Map(),
    layers: new Map(),
    ordered: [],
    nextId: 0,
    sequence: 0,
    pending: 0,
    failed: false,
    recordedUrl: undefined,
    navigated: () => navigated(),
    card: new FindingCard(root, strings, {
      replace: (item, text) => replace(page, item, text),
      ignore: (item, scope) => void ignore(page, item, scope),
      step: (from, direction) => step(page, direction, from),
      closed: (item) => item.target.activate(undefined, false),
    }),
    panel: new SummaryPanel(root, strings, {
      jump: (item) => show(page, item, true),
      copy: () => copyReport(page),
    }),
  };
  const events = createPageEvents(page);
  let scanTimer: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => clearTimeout(scanTimer), { once: true });
  const scanNow = (force = false) => scan(page, events.listen, force);
  const scheduleScan = () => {
    clearTimeout(scanTimer);
    scanTimer = setTimeout(() => scanNow(), MUTATION_DEBOUNCE_MS);
  };

  /** A new URL (SPA navigation): ask for the site's hints for the new page, then scan again. */
  function navigated(): void {
    if (doc.location.href === page.url) return;
    page.url = doc.location.href;
    page.card.close(false);
    if (page.mode === 'selection') return;
    void loadSetup(page.url)
      .then((next) => (page.setup = next))
      .catch(() => undefined)
      .finally(() => signal.aborted || scheduleScan());
  }

  const start = (mode: CheckMode) => {
    page.mode = mode;
    events.listen(doc);
    const view = doc.defaultView;
    view?.addEventListener('resize', events.schedulePlacement, { passive: true, signal });
    if (view) onNavigation(view, navigated, signal);
    if (mode === 'selection') return;
    if (doc.body) observe(doc.body, scheduleScan, { signal, ignore: (node) => root.owns(node) });
    scanNow();
  };

  return {
    start,
    recheck: () => recheckAll(page),
    request(action, selectionText) {
      if (page.mode === undefined) start(action === 'selection' ? 'selection' : 'page');
      switch (action) {
        case 'panel':
          page.panel.open(true);
          break;
        case 'toggle-panel':
          page.panel.toggle(true);
          break;
        case 'check':
          scanNow(true);
          page.panel.open(true);
          break;
        case 'next':
        case 'previous':
          step(page, action === 'next' ? 1 : -1);
          break;
        case 'selection':
          checkSelection(page, selectionText);
          break;
      }
    },
  };
}
