/**
 * Hides photos and avatars that no style sheet rule could name in advance: an image beside a
 * name the page's structure gave, or one whose own attributes say "avatar" or "photo". The
 * element gets `visibility: hidden !important` inline; what its style said before is kept here
 * (never in the page) and put back on reveal or pause. Called before the page paints (during the
 * held first pass, or in the observer's microtask), so the photo is never shown.
 */
export interface PhotoHider {
  hide: (element: Element) => void;
  /** Show the photos inside `container` again (a reveal). */
  showIn: (container: Element) => void;
  /** Show every photo again (pause, switched off). */
  showAll: () => void;
  readonly count: number;
}

interface Before {
  value: string;
  priority: string;
}

/**
 * The element that shows a photo: the photo, or the wrapper that holds nothing else (a coloured
 * circle around the image or the initials, "<div class=av><img></div>"), which is the avatar a
 * reader sees. Hidden whole, no empty coloured circle is left where the photo was.
 */
export function frameOf(photo: Element): Element {
  const wrapper = photo.parentElement;
  if (wrapper === null || wrapper.tagName === 'BODY' || wrapper.tagName === 'HTML' || wrapper.childElementCount !== 1) return photo;
  // A photo slotted into a custom element's card: the host is the whole card, not the photo's frame.
  if (wrapper.shadowRoot !== null || photo.hasAttribute('slot')) return photo;
  for (let node = wrapper.firstChild; node !== null; node = node.nextSibling)
    if (node.nodeType === 3 && (node.textContent ?? '').trim() !== '') return photo;
  return wrapper;
}

export function createPhotoHider(): PhotoHider {
  const hidden = new Map<HTMLElement | SVGElement, Before>();
  const shown = new WeakSet<Element>();

  function show(element: HTMLElement | SVGElement, before: Before): void {
    hidden.delete(element);
    if (element.style.getPropertyValue('visibility') !== 'hidden') return;
    if (before.value === '') element.style.removeProperty('visibility');
    else element.style.setProperty('visibility', before.value, before.priority);
  }

  return {
    hide(photo) {
      const element = frameOf(photo);
      const styled = element as HTMLElement | SVGElement;
      if (styled.style === undefined || hidden.has(styled) || shown.has(element)) return;
      hidden.set(styled, { value: styled.style.getPropertyValue('visibility'), priority: styled.style.getPropertyPriority('visibility') });
      styled.style.setProperty('visibility', 'hidden', 'important');
    },
    showIn(container) {
      for (const [element, before] of [...hidden]) {
        if (!container.contains(element)) continue;
        show(element, before);
        // A revealed applicant's photo stays shown when the page is read again.
        shown.add(element);
      }
    },
    showAll() {
      for (const [element, before] of [...hidden]) show(element, before);
    },
    get count() {
      return hidden.size;
    },
  };
}
