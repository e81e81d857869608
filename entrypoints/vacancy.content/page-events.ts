import { show, step } from './finding-order';
import type { VacancyPage } from './page-state';
import type { Target } from './target';
import { scheduleCheck } from './target-check';

const HOVER_OPEN_MS = 200;
const HOVER_CLOSE_MS = 400;

/**
 * The page's events for the vacancy check: typing in a target (re-check after a pause), scrolling
 * and resizing (marks and card follow), the finding shortcuts, and hover and click on underlined
 * words. Every listener stops with `page.signal`.
 */
export function createPageEvents(page: VacancyPage): { listen: (doc: Document) => void; schedulePlacement: () => void } {
  const listening = new Set<Document>();
  const { root, card, signal } = page;
  let frame = 0;
  let hoverFrame = 0;
  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let pointer: { x: number; y: number; target: EventTarget | null } | undefined;
  signal.addEventListener('abort', () => (clearTimeout(hoverTimer), clearTimeout(closeTimer)), { once: true });

  const targetOf = (eventTarget: EventTarget | null): Target | undefined => {
    const node = eventTarget as Node | null;
    // Not `instanceof Node`: a node in an editor iframe belongs to that frame's realm.
    if (!node || typeof (node as Partial<Node>).nodeType !== 'number') return undefined;
    for (const target of page.targets.values()) {
      if (target.element === node || target.element.contains(node)) return target;
    }
    return undefined;
  };

  const schedulePlacement = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      for (const target of page.targets.values()) target.relayout();
      card.place();
    });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && (event.code === 'KeyN' || event.code === 'KeyP')) {
      event.preventDefault();
      event.stopPropagation();
      step(page, event.code === 'KeyN' ? 1 : -1);
      return;
    }
    if (event.key === 'Escape') {
      if (card.isOpen) card.close(card.contains(root.shadow.activeElement));
      else if (page.panel.isOpen && root.owns(page.doc.activeElement)) page.panel.close(true);
    }
  };

  const onClick = (event: MouseEvent) => {
    if (root.owns(event.target as Node | null)) return;
    const target = targetOf(event.target);
    // Coordinates inside an editor iframe: a RangeTarget hit-tests in its own document.
    const finding = target?.findingAt(event.clientX, event.clientY);
    if (target && finding) show(page, { target, finding }, false);
    else if (card.isOpen) card.close(false);
  };

  const hover = () => {
    if (!pointer) return;
    if (root.owns(pointer.target as Node | null)) {
      clearTimeout(closeTimer);
      return;
    }
    const target = targetOf(pointer.target);
    const finding = target?.findingAt(pointer.x, pointer.y);
    clearTimeout(hoverTimer);
    if (target && finding) {
      clearTimeout(closeTimer);
      if (card.current?.finding === finding) return;
      hoverTimer = setTimeout(() => show(page, { target, finding }, false), HOVER_OPEN_MS);
    } else if (card.isOpen && !card.contains(root.shadow.activeElement)) {
      clearTimeout(closeTimer);
      closeTimer = setTimeout(() => card.close(false), HOVER_CLOSE_MS);
    }
  };

  const onPointer = (event: MouseEvent) => {
    pointer = { x: event.clientX, y: event.clientY, target: event.target };
    if (hoverFrame) return;
    hoverFrame = requestAnimationFrame(() => {
      hoverFrame = 0;
      hover();
    });
  };

  /** Listeners on a document (the page, or a same-origin editor iframe). */
  const listen = (doc: Document) => {
    if (listening.has(doc)) return;
    listening.add(doc);
    const onInput = (event: Event) => {
      const target = targetOf(event.composedPath()[0] ?? event.target);
      if (!target) return;
      target.onInput();
      if (card.current?.target === target) card.close(false);
      scheduleCheck(page, target);
    };
    doc.addEventListener('input', onInput, { capture: true, signal });
    doc.addEventListener('scroll', schedulePlacement, { capture: true, passive: true, signal });
    doc.addEventListener('keydown', onKeyDown, { capture: true, signal });
    doc.addEventListener('mousemove', onPointer, { passive: true, signal });
    doc.addEventListener('click', onClick, { capture: true, signal });
  };

  return { listen, schedulePlacement };
}
