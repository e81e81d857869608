import { planFirstScreen } from '../../lib/page/paint-frontier';

/**
 * How far the page has loaded, for the start-up (controller.ts): the whole document, the head (the
 * automation build reads a fixture's adapter request there), and the first screen of a large page,
 * which is read and shown before the parser is done (docs/decisions.md#hold-paint-until-blinded).
 */
export interface PageLoading {
  /** DOMContentLoaded. */
  readonly domReady: Promise<void>;
  /** The head is parsed (the body has begun), or the page has loaded. */
  readonly headReady: Promise<void>;
  /** The page has loaded, or enough of a large page is parsed to show its first screen. */
  readonly firstScreen: Promise<void>;
  /** Look again (the parser added nodes); `holding` while the first pass has not begun. */
  check: (holding: boolean) => void;
}

export function watchLoading(doc: Document, isOwnElement: (element: Element) => boolean): PageLoading {
  const domReady = new Promise<void>((resolve) => {
    if (doc.readyState !== 'loading') resolve();
    else doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
  });
  let bodyParsed!: () => void;
  let firstScreenParsed!: () => void;
  const headReady = Promise.race([domReady, new Promise<void>((resolve) => (bodyParsed = resolve))]);
  const firstScreen = Promise.race([domReady, new Promise<void>((resolve) => (firstScreenParsed = resolve))]);
  return {
    domReady,
    headReady,
    firstScreen,
    check(holding) {
      if (doc.readyState !== 'loading') return;
      if (doc.body !== null) bodyParsed();
      if (holding && planFirstScreen(doc, isOwnElement) !== undefined) firstScreenParsed();
    },
  };
}
