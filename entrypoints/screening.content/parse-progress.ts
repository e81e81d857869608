import { LONG_PAGE_CHARS } from '../../lib/page/top-first';

/**
 * How far the browser has parsed the document. The first pass starts at DOMContentLoaded, or
 * sooner on a long page: once its body holds a long page's text, its top is in and can be read and
 * shown while the parser adds the rest (first-pass.ts). `check` is called with each batch of
 * changes, which is how the parser's progress shows.
 */
export interface ParseProgress {
  /** DOMContentLoaded (settled at once if the document was parsed already). */
  readonly parsed: Promise<void>;
  /** The body has begun: the head's elements are all there. */
  readonly bodyBegun: Promise<void>;
  /** The document is parsed, or its body already holds a long page's text. */
  readonly readable: Promise<void>;
  check: () => void;
}

export function trackParsing(doc: Document): ParseProgress {
  let bodyBegun = () => {};
  let readable = () => {};
  let checking = true;
  const progress: ParseProgress = {
    parsed: new Promise<void>((resolve) => {
      if (doc.readyState !== 'loading') resolve();
      else doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
    }),
    bodyBegun: new Promise<void>((resolve) => (bodyBegun = resolve)),
    readable: new Promise<void>((resolve) => (readable = resolve)),
    check() {
      if (!checking || doc.body === null) return;
      bodyBegun();
      if ((doc.body.textContent?.length ?? 0) < LONG_PAGE_CHARS) return;
      checking = false;
      readable();
    },
  };
  void progress.parsed.then(() => {
    checking = false;
    bodyBegun();
    readable();
  });
  progress.check();
  return progress;
}
