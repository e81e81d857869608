import { ask } from '../messages/content-client';
import type { Dock, DockPillar, DockScope } from './dock-entry';
import type { DockPosition } from '../messages/dock-messages';
import { DOCK_CSS } from './dock-style';
import { el } from './element';
import { afterNextLayout } from '../page/after-layout';
import { placeAside, type Box } from './dock-place';
import { mountShadowUi } from './shadow-ui';

/**
 * One Eerlijk Werven dock per page (docs/decisions.md#one-dock): each pillar that runs here puts
 * its entry in it (findings, candidates, checklist progress) instead of floating a launcher of its
 * own. It moves aside from focusable page content, can be dragged (by pointer or arrow keys, its
 * place kept per site) and keeps the pillars in a fixed order. This code is its own content script
 * (entrypoints/dock.content), injected before each pillar's script; the pillars carry only the
 * small `joinDock` of dock-entry.ts. Our content scripts share an isolated world per frame, so
 * they meet on that world's global object, which page scripts cannot see.
 */
const ORDER: readonly DockPillar[] = ['vacancy', 'screening', 'checklist'];
const STEP = 16;

/** Build this page's dock once and let the pillars that joined before it in; it goes with `signal`. */
export function installDock(doc: Document, signal: AbortSignal): void {
  const scope = globalThis as DockScope;
  if (scope.__eerlijkWervenDock) return;
  const dock = createDock(doc, signal);
  scope.__eerlijkWervenDock = dock;
  signal.addEventListener('abort', () => (scope.__eerlijkWervenDock = undefined), { once: true });
  for (const join of scope.__eerlijkWervenDockQueue?.splice(0) ?? []) join(dock);
}

function createDock(doc: Document, signal: AbortSignal): Dock {
  const ui = mountShadowUi(doc, { tag: 'eerlijk-werven-dock', css: DOCK_CSS, signal });
  const bar = el(doc, 'div', { class: 'dock', role: 'toolbar', 'aria-label': 'Eerlijk Werven', hidden: '' });
  const grip = el(
    doc,
    'button',
    { type: 'button', class: 'grip', 'aria-label': 'Eerlijk Werven' },
    el(doc, 'span', { 'aria-hidden': 'true' }, '⋮⋮'),
  );
  bar.append(grip);
  ui.shadow.append(bar);
  const view = doc.defaultView ?? window;
  const slots = new Map<DockPillar, HTMLElement>();
  let chosen: DockPosition | null = null;
  let cancelPlacing: (() => void) | undefined;
  let settle: ReturnType<typeof setTimeout> | undefined;

  const apply = (box: Box) => {
    const width = bar.offsetWidth;
    const height = bar.offsetHeight;
    const x = Math.max(0, Math.min(box.x, view.innerWidth - width));
    const y = Math.max(0, Math.min(box.y, view.innerHeight - height));
    Object.assign(bar.style, { left: `${x}px`, top: `${y}px`, right: 'auto', bottom: 'auto' });
  };
  /** The user's place if they chose one, else the first corner that covers no focusable page element. */
  const place = () => {
    cancelPlacing = undefined;
    if (bar.hidden) return;
    if (chosen) apply(chosen);
    else apply(placeAside(doc, { width: bar.offsetWidth, height: bar.offsetHeight }, ui.owns));
  };
  // Placing reads the boxes of the page's focusable elements: done in the next rendering update
  // after the browser's own layout (after-layout.ts), not at once or in an animation frame, which
  // would lay out a page still being parsed or changed a second time.
  const placeSoon = () => (cancelPlacing ??= afterNextLayout(doc, place));
  const schedule = () => {
    clearTimeout(settle);
    settle = setTimeout(placeSoon, 150);
  };
  const save = (position: DockPosition | null) => {
    chosen = position;
    place();
    void ask('dock:save-position', { position }).catch(() => undefined);
  };
  const current = (): DockPosition => {
    const rect = bar.getBoundingClientRect();
    return { x: Math.round(rect.left), y: Math.round(rect.top) };
  };

  view.addEventListener('resize', schedule, { passive: true, signal });
  doc.addEventListener('scroll', schedule, { capture: true, passive: true, signal });
  // Page content the user moves to (by Tab) must not sit under the dock.
  doc.addEventListener('focusin', (event) => !ui.owns(event.target as Node) && schedule(), { signal });
  // Entries change their text (counts, progress): place the dock again when its size changes.
  const resized = new ResizeObserver(placeSoon);
  resized.observe(bar);
  signal.addEventListener('abort', () => (clearTimeout(settle), cancelPlacing?.(), resized.disconnect()), { once: true });

  grip.addEventListener(
    'pointerdown',
    (event) => {
      if (!event.isTrusted || event.button !== 0) return;
      event.preventDefault();
      const start = current();
      const from = { x: event.clientX, y: event.clientY };
      grip.setPointerCapture(event.pointerId);
      const move = (next: PointerEvent) => apply({ x: start.x + next.clientX - from.x, y: start.y + next.clientY - from.y });
      const drop = () => {
        grip.removeEventListener('pointermove', move);
        save(current());
      };
      grip.addEventListener('pointermove', move, { signal });
      grip.addEventListener('pointerup', drop, { once: true, signal });
    },
    { signal },
  );
  grip.addEventListener(
    'keydown',
    (event) => {
      if (!event.isTrusted) return;
      const step = event.shiftKey ? STEP * 4 : STEP;
      const moves: Record<string, [number, number]> = {
        ArrowLeft: [-step, 0],
        ArrowRight: [step, 0],
        ArrowUp: [0, -step],
        ArrowDown: [0, step],
      };
      const delta = moves[event.key];
      if (delta) {
        event.preventDefault();
        const { x, y } = current();
        apply({ x: x + delta[0], y: y + delta[1] });
        save(current());
      } else if (event.key === 'Home') {
        event.preventDefault();
        save(null);
      }
    },
    { signal },
  );

  void ask('dock:setup', {}).then(
    ({ texts, position }) => {
      bar.setAttribute('aria-label', texts.label);
      grip.setAttribute('aria-label', texts.move);
      grip.title = texts.moveHelp;
      chosen = position;
      placeSoon();
    },
    () => undefined,
  );

  return {
    owns: ui.owns,
    join(pillar, entry) {
      slots.get(pillar)?.remove();
      const slot = el(doc, 'span', { class: 'slot', 'data-pillar': pillar }, entry);
      slots.set(pillar, slot);
      const after = ORDER.slice(ORDER.indexOf(pillar) + 1)
        .map((other) => slots.get(other))
        .find((other) => other?.isConnected);
      bar.insertBefore(slot, after ?? null);
      bar.hidden = false;
      placeSoon();
      return () => {
        if (slots.get(pillar) !== slot) return;
        slot.remove();
        slots.delete(pillar);
        if (slots.size > 0) placeSoon();
        else bar.hidden = true;
      };
    },
  };
}
