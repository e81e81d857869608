/**
 * Run a callback once in the next rendering update, after the browser has laid the page out and
 * before it paints.
 *
 * Boxes (getBoundingClientRect) read in a requestAnimationFrame callback force a layout of their
 * own: animation frame callbacks run before the browser lays the page out, and on a page still
 * being parsed or changed that layout is of the whole page, every frame (a CPU profile of the
 * 500-row page put about 475 ms of such forced layouts on the field masks' loop alone). The HTML
 * standard's "update the rendering" delivers ResizeObserver notifications after style and layout
 * and lays out again what they change before it paints, in Chromium and Firefox alike: boxes read
 * there are ready, and a box written there (our fixed layer) shows in the same frame.
 *
 * A new observation of the document element is always reported once (its size differs from the
 * 0 × 0 an observation starts from), so the observer fires in that update and is dropped. It is
 * made in an animation frame callback, which runs in the same update before layout: made inside
 * another ResizeObserver callback (a loop that asks for the next frame), it would be reported
 * late, with a "ResizeObserver loop" error event on the page's window. Without ResizeObserver
 * (tests in jsdom) the callback runs in the animation frame callback itself.
 */
export function afterNextLayout(doc: Document, callback: () => void): () => void {
  const view = doc.defaultView ?? window;
  let cancelled = false;
  let observer: ResizeObserver | undefined;
  const run = () => {
    observer?.disconnect();
    if (!cancelled) callback();
  };
  const frame = view.requestAnimationFrame(() => {
    if (cancelled) return;
    if (typeof view.ResizeObserver !== 'function') return run();
    observer = new view.ResizeObserver(run);
    observer.observe(doc.documentElement);
  });
  return () => {
    cancelled = true;
    view.cancelAnimationFrame(frame);
    observer?.disconnect();
  };
}
