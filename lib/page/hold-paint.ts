/**
 * Keeps a document from painting anything while part of it may still be unmasked
 * (docs/decisions.md#hold-paint-until-blinded). The first hold is taken synchronously at
 * document_start, when only <html> exists: the style element goes straight under <html>, before
 * <head> is even parsed.
 *
 * Holds are counted and owned: every piece of work that needs the page held takes its own hold
 * and releases only that one, and the page paints again only when no hold is left. Two slow
 * batches that overlap therefore cannot release each other's hold.
 *
 * `visibility: hidden !important` on every element hides the text and takes it out of innerText;
 * `opacity: 0` on the root also covers descendants that set `visibility: visible` themselves.
 */
const HOLD_CSS = 'html{opacity:0!important}html,html *{visibility:hidden!important}';

export interface PaintHold {
  /** Give this hold back. Safe to call more than once: only the first call counts. */
  release: () => void;
  readonly held: boolean;
}

export interface PaintHolds {
  /** Take a hold: the page does not paint until it (and every other hold) is released. */
  hold: () => PaintHold;
  /** True while any hold is taken. */
  readonly held: boolean;
  /** How many holds are taken now. */
  readonly count: number;
  /** Give back every hold at once (the script stops). */
  releaseAll: () => void;
  /** Call `listener` each time the last hold is given back, before anything can paint. */
  onReleased: (listener: () => void) => void;
  /** True for the style element that holds the page (ours, no page content). */
  owns: (element: Element) => boolean;
}

export function createPaintHolds(doc: Document = document): PaintHolds {
  const style = doc.createElement('style');
  style.textContent = HOLD_CSS;
  const taken = new Set<PaintHold>();
  const released = new Set<() => void>();

  function update(): void {
    if (taken.size > 0) {
      if (!style.isConnected) (doc.head ?? doc.documentElement).append(style);
    } else if (style.isConnected) {
      style.remove();
      for (const listener of released) listener();
    }
  }

  return {
    hold() {
      const hold: PaintHold = {
        release() {
          if (taken.delete(hold)) update();
        },
        get held() {
          return taken.has(hold);
        },
      };
      taken.add(hold);
      update();
      return hold;
    },
    get held() {
      return taken.size > 0;
    },
    get count() {
      return taken.size;
    },
    releaseAll() {
      taken.clear();
      update();
    },
    onReleased: (listener) => void released.add(listener),
    owns: (element) => element === style,
  };
}
