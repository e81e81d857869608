/** Our corner of the page: one host element outside the page's content and an isolated shadow root. */
export interface UiRoot {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Positioned at the page origin: overlays in page coordinates go here. */
  layer: HTMLElement;
  /** Card, panel and badge. */
  ui: HTMLElement;
  /** A polite live region for short announcements ("Vervangen."). */
  announce: (text: string) => void;
  owns: (node: Node | null) => boolean;
  remove: () => void;
}

export function createUiRoot(doc: Document, css: string): UiRoot {
  const host = doc.createElement('eerlijk-werven-vacancy');
  host.style.cssText = 'all: initial; position: absolute; left: 0; top: 0; width: 0; height: 0; z-index: 2147483646;';
  // Closed, so the page's scripts cannot reach into the card; the automation build opens it so
  // tests and axe can read it (the only difference between the builds).
  const shadow = host.attachShadow({ mode: import.meta.env.EW_E2E ? 'open' : 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  const layer = doc.createElement('div');
  layer.className = 'layer';
  const ui = doc.createElement('div');
  ui.className = 'ui';
  const live = doc.createElement('div');
  live.className = 'visually-hidden';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  ui.append(live);
  shadow.append(style, layer, ui);
  // A child of <html>, not <body>: page frameworks that re-render <body> leave it alone, and
  // observers on the page's content never see our changes.
  doc.documentElement.append(host);
  return {
    host,
    shadow,
    layer,
    ui,
    announce: (text) => {
      live.textContent = '';
      setTimeout(() => (live.textContent = text), 50);
    },
    owns: (node) => node !== null && (node === host || host.contains(node)),
    remove: () => host.remove(),
  };
}
