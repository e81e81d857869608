/**
 * The one shadow-UI mount for content scripts (docs/decisions.md#content-script-shell): a host
 * element appended to <html> (page frameworks that re-render <body> leave it alone, and observers
 * of the page's content never see our changes) with an isolated shadow root and our style sheet.
 * Closed, so page scripts cannot reach into it; the automation build opens it so tests and axe can
 * read it (the only difference between the builds). Removed when `signal` aborts.
 */
export interface ShadowUi {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** True for our host and everything inside it. */
  owns: (node: Node | null) => boolean;
  remove: () => void;
}

export interface ShadowUiOptions {
  /** Custom element name of the host, e.g. `eerlijk-werven-vacancy`. */
  tag: string;
  css: string;
  signal: AbortSignal;
  /** Inline style of the host (it sits outside the shadow root, so the page's CSS could reach it). */
  hostStyle?: string;
  /** Default: closed, open in the automation build. `closed` keeps it closed there too. */
  mode?: 'closed';
}

export function mountShadowUi(doc: Document, { tag, css, signal, hostStyle, mode }: ShadowUiOptions): ShadowUi {
  const host = doc.createElement(tag);
  if (hostStyle !== undefined) host.style.cssText = hostStyle;
  const shadow = host.attachShadow({ mode: mode ?? (import.meta.env.EW_E2E ? 'open' : 'closed') });
  const style = doc.createElement('style');
  style.textContent = css;
  shadow.append(style);
  doc.documentElement.append(host);
  const remove = () => host.remove();
  signal.addEventListener('abort', remove, { once: true });
  return { host, shadow, owns: (node) => node !== null && (node === host || host.contains(node)), remove };
}
