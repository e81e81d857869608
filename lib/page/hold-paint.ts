/**
 * Keeps a document from painting anything until the first blinding pass is done
 * (docs/decisions.md#hold-paint-until-blinded). Called synchronously at document_start, when only
 * <html> exists: the style element goes straight under <html>, before <head> is even parsed.
 *
 * `visibility: hidden !important` on every element hides the text and takes it out of innerText;
 * `opacity: 0` on the root also covers descendants that set `visibility: visible` themselves.
 */
const HOLD_CSS = 'html{opacity:0!important}html,html *{visibility:hidden!important}';

export interface PaintHold {
  /** Let the page paint again. Safe to call more than once. */
  release: () => void;
  readonly held: boolean;
}

export function holdPaint(doc: Document = document): PaintHold {
  const style = doc.createElement('style');
  style.textContent = HOLD_CSS;
  (doc.head ?? doc.documentElement).append(style);
  let held = true;
  return {
    release() {
      held = false;
      style.remove();
    },
    get held() {
      return held;
    },
  };
}
