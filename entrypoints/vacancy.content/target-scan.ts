import type { TextField } from '../../lib/highlight/field-mirror';
import { adoptHighlightStyles, HighlightLayer, supportsHighlights } from '../../lib/highlight/highlight-layer';
import { reportStaleAdapter } from '../../lib/sites/canary';
import { excludeFilter, findTargets } from '../../lib/sites/vacancy-adapters/find-targets';
import { FieldTarget } from './field-target';
import { rebuildOrder } from './finding-order';
import { isOurs, type VacancyPage } from './page-state';
import { RangeTarget } from './range-target';
import { afterChecks, check } from './target-check';
import type { Target } from './target';
import { TextOnlyTarget } from './text-target';

/** The highlight layer of a window (the page's, or a same-origin editor iframe's). */
function layerFor(page: VacancyPage, view: Window): HighlightLayer {
  let layer = page.layers.get(view);
  if (!layer) {
    layer = new HighlightLayer(view);
    page.layers.set(view, layer);
    if (supportsHighlights(view)) adoptHighlightStyles(view.document, page.setup.css.highlight);
  }
  return layer;
}

/**
 * Find the targets (the site's vacancy hints, else the generic finder), drop those gone, check new
 * and changed ones. `listen` is called for each new editor document (a same-origin iframe).
 */
export function scan(page: VacancyPage, listen: (doc: Document) => void, force = false): void {
  if (page.mode === 'selection') return;
  if (page.doc.location.href !== page.url) return page.navigated();
  const adapter = page.setup.adapter;
  // A known site's page that is not a vacancy page (search results, profile): do nothing there.
  if (page.mode === 'auto' && page.setup.idle) {
    dropTargets(page, new Set());
    return;
  }
  const found = findTargets(page.doc, adapter, isOurs(page));
  if (found.stale && adapter) reportStaleAdapter(adapter, page.doc.location.href);
  const exclude = excludeFilter(adapter, isOurs(page));
  const wanted = new Set<Element>([...found.blocks, ...found.editables, ...found.fields]);
  dropTargets(page, wanted);
  for (const element of wanted) {
    let target = page.targets.get(element);
    if (!target) {
      const id = `t${page.nextId++}`;
      const view = element.ownerDocument.defaultView ?? window;
      if (element.tagName === 'TEXTAREA' || element.tagName === 'INPUT') {
        target = new FieldTarget(id, element as TextField, page.root.layer);
      } else {
        target = new RangeTarget(id, element, layerFor(page, view), { exclude });
        if (element.ownerDocument !== page.doc) listen(element.ownerDocument);
      }
      page.targets.set(element, target);
    }
    check(page, target, force);
  }
  afterChecks(page);
}

/** Forget every target not in `keep` or no longer in the page. */
export function dropTargets(page: VacancyPage, keep: ReadonlySet<Element>): void {
  for (const [element, target] of page.targets) {
    if (keep.has(element) && element.isConnected) continue;
    target.dispose();
    page.targets.delete(element);
    page.states.delete(target);
    if (page.card.current?.target === target) page.card.close(false);
  }
  rebuildOrder(page);
}

/** "Controleer selectie" (docs/decisions.md#vacancy-check-on-demand): the selection only, or the text the menu passed. */
export function checkSelection(page: VacancyPage, fallbackText: string): void {
  const { doc } = page;
  const selection = doc.getSelection();
  const active = doc.activeElement;
  for (const target of page.targets.values()) target.dispose();
  page.targets.clear();
  page.states.clear();
  let target: Target;
  const id = `s${page.nextId++}`;
  if (
    (active instanceof HTMLTextAreaElement || (active instanceof HTMLInputElement && active.type === 'text')) &&
    active.selectionStart !== active.selectionEnd
  ) {
    target = new FieldTarget(id, active, page.root.layer);
  } else if (selection && selection.rangeCount > 0 && !selection.isCollapsed) {
    const range = selection.getRangeAt(0).cloneRange();
    const container = range.commonAncestorContainer;
    const element = container.nodeType === Node.ELEMENT_NODE ? (container as Element) : (container.parentElement ?? doc.body);
    target = new RangeTarget(id, element, layerFor(page, doc.defaultView ?? window), { within: range, exclude: isOurs(page) });
  } else {
    target = new TextOnlyTarget(id, doc.body, fallbackText);
  }
  page.targets.set(target.element, target);
  check(page, target, true);
  page.panel.open(true);
  afterChecks(page);
}
