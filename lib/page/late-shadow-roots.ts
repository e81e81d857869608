/**
 * Open shadow roots attached after their host was read: `attachShadow` makes no change record, so
 * no observer hears of it. Hosts of shadow roots are nearly always custom elements (a name with a
 * hyphen); each one seen without a shadow root is looked at again in every animation frame, which
 * runs before the frame is painted, for a while after it appeared. A root found there is read and
 * masked before its text is ever painted (docs/decisions.md#hold-paint-until-blinded).
 */
export interface LateShadowRoots {
  /** A custom element seen without a shadow root. */
  offer: (host: Element) => void;
  stop: () => void;
}

/** How long a host is watched: components attach their root when they are defined and connected. */
const WATCH_MS = 10_000;
/** Pages with thousands of custom elements: the first ones are watched, the work per frame stays small. */
const MAX_WATCHED = 512;

export function createLateShadowRoots(onShadowRoot: (root: ShadowRoot) => void): LateShadowRoots {
  const watched = new Map<Element, number>();
  const scheduled = new Set<Window>();
  let stopped = false;

  function check(view: Window): void {
    scheduled.delete(view);
    const now = performance.now();
    for (const [host, until] of watched) {
      if (host.ownerDocument.defaultView !== view) continue;
      const root = host.shadowRoot;
      if (root !== null) {
        watched.delete(host);
        onShadowRoot(root);
      } else if (now > until) watched.delete(host);
    }
    schedule(view);
  }

  function schedule(view: Window | null): void {
    if (stopped || view === null || scheduled.has(view)) return;
    for (const host of watched.keys()) {
      if (host.ownerDocument.defaultView !== view) continue;
      scheduled.add(view);
      view.requestAnimationFrame(() => check(view));
      return;
    }
  }

  return {
    offer(host) {
      if (stopped || host.shadowRoot !== null || watched.has(host) || watched.size >= MAX_WATCHED) return;
      if (!host.tagName.includes('-')) return;
      watched.set(host, performance.now() + WATCH_MS);
      schedule(host.ownerDocument.defaultView);
    },
    stop() {
      stopped = true;
      watched.clear();
    },
  };
}
