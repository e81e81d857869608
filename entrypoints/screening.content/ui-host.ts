import { dockOwns } from '../../lib/content/dock-entry';
import { mountShadowUi, type ShadowUi } from '../../lib/content/shadow-ui';

/**
 * Our own corner of the page: the one shadow-UI mount (lib/content/shadow-ui.ts, closed, open only
 * in the automation build) holding the field-mask layer and the problem note, plus two style
 * elements of ours (photos by selector, the highlight of masked text in editors), and the dock. The layer exists
 * from the start (the pipeline draws into it); the host joins the page only on an applicant page.
 * Everything here is known by reference, never looked up by a tag, id or attribute the page could copy.
 */
export interface UiHost {
  /** Where the launcher's problem note and the panel go. */
  readonly uiRoot: HTMLElement;
  /** Field masks go here, fixed over the viewport. */
  readonly layer: HTMLElement;
  readonly photoStyle: HTMLStyleElement;
  isOwnElement: (element: Element) => boolean;
  /** Put the host and the highlight style into the page (idempotent). */
  mount: () => void;
  remove: () => void;
}

const HIGHLIGHT_CSS = '::highlight(ew-blind){color:transparent;background-color:#64748b}';

export function createUiHost(doc: Document): UiHost {
  const photoStyle = doc.createElement('style');
  doc.documentElement.append(photoStyle);
  const uiRoot = doc.createElement('div');
  const layer = doc.createElement('div');
  layer.className = 'ew-layer';
  const highlightStyle = doc.createElement('style');
  highlightStyle.textContent = HIGHLIGHT_CSS;
  const stop = new AbortController();
  let shadowUi: ShadowUi | undefined;
  return {
    uiRoot,
    layer,
    photoStyle,
    // The dock (another content script of ours, in this isolated world) is ours too.
    isOwnElement: (element) =>
      element === photoStyle || element === highlightStyle || shadowUi?.owns(element) === true || dockOwns(element),
    mount() {
      if (stop.signal.aborted) return;
      shadowUi ??= mountShadowUi(doc, { tag: 'ew-blind-screening', css: '', signal: stop.signal });
      shadowUi.shadow.append(layer, uiRoot);
      if (!shadowUi.host.isConnected) doc.documentElement.append(shadowUi.host);
      if (!highlightStyle.isConnected) doc.documentElement.append(highlightStyle);
    },
    remove() {
      stop.abort();
      highlightStyle.remove();
      photoStyle.remove();
    },
  };
}
