import { createPhotoHider } from '../../lib/page/photo-hider';
import { photoCss } from '../../lib/page/photo-style';
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
  /** Show one applicant's photos (a reveal): inline !important outranks the style sheet. */
  reveal: (container: Element) => void;
  /** Show every photo again (pause, switched off, not an applicant page). */
  restore: () => void;
}

export function createPagePhotos(style: HTMLStyleElement, enabled: () => boolean): PagePhotos {
  const hider = createPhotoHider();
  const waiting: Element[] = [];
  let active = false;
  return {
    offer(element) {
      if (!enabled()) return;
      if (active) hider.hide(element);
      else waiting.push(element);
    },
    activate(adapter) {
      if (!enabled()) return;
      active = true;
      style.textContent = photoCss(adapter.photos, adapter.containers);
      for (const element of waiting.splice(0)) hider.hide(element);
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
      hider.showAll();
      style.textContent = '';
    },
  };
}
