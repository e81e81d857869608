import { dockOwns } from '../../lib/content/dock-entry';
import { mountShadowUi } from '../../lib/content/shadow-ui';

/** Our corner of the page: one host element outside the page's content and an isolated shadow root. */
export interface UiRoot {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Positioned at the page origin: overlays in page coordinates go here. */
  layer: HTMLElement;
  /** Card, panel and badge. */
  ui: HTMLElement;
  /** Aborts when the check stops on this page. */
  signal: AbortSignal;
  /** A polite live region for short announcements ("Vervangen."). */
  announce: (text: string) => void;
  /** Ours: this root, or the page's Eerlijk Werven dock where the badge sits. */
  owns: (node: Node | null) => boolean;
}

export function createUiRoot(doc: Document, css: string, signal: AbortSignal): UiRoot {
  const { host, shadow, owns } = mountShadowUi(doc, {
    tag: 'eerlijk-werven-vacancy',
    css,
    signal,
    hostStyle: 'all: initial; position: absolute; left: 0; top: 0; width: 0; height: 0; z-index: 2147483646;',
  });
  const layer = doc.createElement('div');
  layer.className = 'layer';
  const ui = doc.createElement('div');
  ui.className = 'ui';
  const live = doc.createElement('div');
  live.className = 'visually-hidden';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  ui.append(live);
  shadow.append(layer, ui);
  return {
    host,
    shadow,
    layer,
    ui,
    announce: (text) => {
      live.textContent = '';
      setTimeout(() => (live.textContent = text), 50);
    },
    signal,
    owns: (node) => owns(node) || dockOwns(node),
  };
}
