import { createPhotoHider } from '../../lib/page/photo-hider';
import { photoCss, photoSelectors } from '../../lib/page/photo-style';
import type { ScreeningAdapter } from '../../lib/sites/screening-adapters/schema';

/**
 * Photos and avatars of one document: the adapter's and the common avatar selectors as a style
 * sheet, plus single images the name harvest pointed at (beside a found name, initials avatars).
 * Nothing is hidden until the page turns out to be about applicants: images found before wait.
 */
export interface PagePhotos {
  /** An image the harvest found: hidden now on an applicant page, else once it is one. */
  offer: (element: Element) => void;
  /** The page is about applicants: hide what the style sheet names and what was offered. */
  activate: (adapter: ScreeningAdapter) => void;
  /** A colleague's avatar (the assignee's "FJ"): shown even where the adapter's style sheet names its class. */
  keep: (element: Element) => void;
  /** Show one applicant's photos (a reveal): inline !important outranks the style sheet. */
  reveal: (container: Element) => void;
  /** Show every photo again (pause, switched off, not an applicant page). */
  restore: () => void;
}

/** A selector the browser does not understand matches nothing (as its style rule hides nothing). */
function matches(element: Element, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    return false;
  }
}

export function createPagePhotos(style: HTMLStyleElement, enabled: () => boolean): PagePhotos {
  const hider = createPhotoHider();
  const waiting: Element[] = [];
  const kept: Element[] = [];
  const keptStyles = new Map<HTMLElement, string>();
  let selectors: string[] = [];
  let active = false;
  function show(element: Element): void {
    const styled = element as HTMLElement;
    if (styled.style === undefined || keptStyles.has(styled) || !selectors.some((selector) => matches(element, selector))) return;
    keptStyles.set(styled, styled.style.getPropertyValue('visibility'));
    styled.style.setProperty('visibility', 'visible', 'important');
  }
  return {
    // Offered before the settings came (names are read while the session is on its way): they
    // wait, and `activate` asks whether photos are hidden at all.
    offer(element) {
      if (!active) waiting.push(element);
      else if (enabled()) hider.hide(element);
    },
    activate(adapter) {
      if (!enabled()) return;
      active = true;
      style.textContent = photoCss(adapter.photos, adapter.containers);
      selectors = photoSelectors(adapter.photos, adapter.containers);
      for (const element of waiting.splice(0)) hider.hide(element);
      for (const element of kept.splice(0)) show(element);
    },
    keep(element) {
      if (!active) kept.push(element);
      else if (enabled()) show(element);
    },
    reveal(container) {
      hider.showIn(container);
      for (const photo of container.querySelectorAll<HTMLElement | SVGElement>('img, picture, svg, [class*="avatar" i]')) {
        photo.style.setProperty('visibility', 'visible', 'important');
      }
    },
    restore() {
      active = false;
      waiting.length = 0;
      kept.length = 0;
      for (const [element, before] of keptStyles) {
        if (before === '') element.style.removeProperty('visibility');
        else element.style.setProperty('visibility', before);
      }
      keptStyles.clear();
      hider.showAll();
      style.textContent = '';
    },
  };
}
