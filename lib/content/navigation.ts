/**
 * Calls `callback` after the page's URL may have changed without a page load: back and forward
 * (popstate), and single-page apps' history.pushState, which an isolated world sees through the
 * Navigation API where the browser has it. Never polls (architecture principle 8).
 */
export function onNavigation(view: Window, callback: () => void, signal: AbortSignal): void {
  view.addEventListener('popstate', callback, { signal });
  (view as unknown as { navigation?: EventTarget }).navigation?.addEventListener('navigatesuccess', callback, { signal });
}
