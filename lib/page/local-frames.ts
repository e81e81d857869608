/**
 * Same-origin frames that get no content script of their own: `about:blank` frames a page fills
 * by script and `srcdoc` frames (mail previews). Frames with a real URL get their own copy of the
 * screening script (allFrames); these are blinded from the document that holds them.
 *
 * A srcdoc frame's document arrives after its element, in a later task: until it has loaded and
 * been masked, the frame is kept unpainted. An about:blank frame's document exists at once (and
 * its load event may already be over), so it is masked right away and never held: waiting for a
 * load that will not come would hide it for good.
 */
export interface LocalFrames {
  /** An iframe element was seen (new, or its srcdoc changed). */
  visit: (frame: HTMLIFrameElement) => void;
}

/** A frame without an address of its own: no `src`, or about:blank. */
const BLANK_SRC = /^(?:about:blank(?:[?#].*)?)?$/iu;

/**
 * An about:blank frame the page wrote with document.open() and write(): the document then takes
 * the address of the page that wrote it (HTML, "document open steps"), though it was never loaded
 * from there and no content script runs in it (a document preview drawn by script).
 */
function writtenByThePage(frame: HTMLIFrameElement, doc: Document): boolean {
  return !frame.hasAttribute('srcdoc') && BLANK_SRC.test((frame.getAttribute('src') ?? '').trim()) && doc.URL === frame.ownerDocument.URL;
}

const HELD = new WeakMap<HTMLIFrameElement, { value: string; priority: string }>();

export function createLocalFrames(onFrameDocument: (doc: Document) => void): LocalFrames {
  const seen = new WeakSet<HTMLIFrameElement>();

  function hold(frame: HTMLIFrameElement): void {
    if (HELD.has(frame)) return;
    HELD.set(frame, { value: frame.style.getPropertyValue('visibility'), priority: frame.style.getPropertyPriority('visibility') });
    frame.style.setProperty('visibility', 'hidden', 'important');
  }

  function release(frame: HTMLIFrameElement): void {
    const before = HELD.get(frame);
    if (before === undefined) return;
    HELD.delete(frame);
    if (before.value === '') frame.style.removeProperty('visibility');
    else frame.style.setProperty('visibility', before.value, before.priority);
  }

  function visit(frame: HTMLIFrameElement): void {
    if (!seen.has(frame)) {
      seen.add(frame);
      // Every navigation of the frame brings a new document: mask each one as it loads.
      frame.addEventListener('load', () => {
        visit(frame);
        release(frame);
      });
    }
    let doc: Document | null = null;
    try {
      doc = frame.contentDocument;
    } catch {
      doc = null;
    }
    // Cross-origin (null), or a real URL with its own content script: not ours to read.
    if (doc === null) return release(frame);
    const srcdocPending = frame.hasAttribute('srcdoc') && doc.URL !== 'about:srcdoc';
    if (srcdocPending) return hold(frame);
    if (doc.URL === 'about:blank' || doc.URL === 'about:srcdoc' || writtenByThePage(frame, doc)) {
      onFrameDocument(doc);
      release(frame);
    }
  }

  return { visit };
}
