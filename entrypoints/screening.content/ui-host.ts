/**
 * Our own corner of the page: a host element under <html> with a closed shadow root (the page can
 * neither read nor click into it), holding the field-mask layer and the launcher, plus two style
 * elements of ours (photos by selector, the highlight of masked text in editors). The automation
 * build opens the shadow root so the e2e tests can drive the panel; the store build keeps it closed.
 * Everything here is known by reference, never looked up by a tag, id or attribute the page could copy.
 */
export interface UiHost {
  readonly host: HTMLElement;
  /** Where the launcher and the panel go. */
  readonly uiRoot: HTMLElement;
  /** Field masks go here, fixed over the viewport. */
  readonly layer: HTMLElement;
  readonly photoStyle: HTMLStyleElement;
  isOwnElement: (element: Element) => boolean;
  /** Put the host and the highlight style into the page (idempotent). */
  mount: () => void;
  remove: () => void;
}

export function createUiHost(doc: Document): UiHost {
  const photoStyle = doc.createElement('style');
  doc.documentElement.append(photoStyle);
  const host = doc.createElement('ew-blind-screening');
  const shadow = host.attachShadow({ mode: import.meta.env.EW_E2E ? 'open' : 'closed' });
  const uiRoot = doc.createElement('div');
  const layer = doc.createElement('div');
  layer.className = 'ew-layer';
  shadow.append(layer, uiRoot);
  const highlightStyle = doc.createElement('style');
  highlightStyle.textContent = '::highlight(ew-blind){color:transparent;background-color:#64748b}';
  return {
    host,
    uiRoot,
    layer,
    photoStyle,
    isOwnElement: (element) => element === host || element === photoStyle || element === highlightStyle,
    mount() {
      if (!host.isConnected) doc.documentElement.append(host);
      if (!highlightStyle.isConnected) doc.documentElement.append(highlightStyle);
    },
    remove() {
      host.remove();
      highlightStyle.remove();
      photoStyle.remove();
    },
  };
}
