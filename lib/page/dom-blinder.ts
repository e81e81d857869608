import { hasTag, isEditable, isElement, isFormField, isText, isWritableTextParent, skipsSubtree, VISIBLE_ATTRIBUTES } from './tree-walk';

/**
 * The page layer of Blind screenen: replaces identity markers in text nodes and visible attributes,
 * and puts the originals back on reveal or pause (docs/decisions.md#never-write-into-the-page).
 *
 * Originals live only in this module's WeakMaps, in the content script's isolated world: never in
 * a DOM attribute, storage, a log or a message. Form fields, editable areas and `<option>` values
 * are never written; they are handed to `onField` / `onEditable` for a visual mask.
 */

/** Masked text for `text` shown inside `owner`, or undefined when it holds no marker. */
export type MaskFunction = (text: string, owner: Element, kind: 'text' | 'attribute' | 'href') => string | undefined;

export interface DomBlinderOptions {
  mask: MaskFunction;
  /** Extra attributes to mask on this site (adapter), besides the visible ones. */
  attributes?: readonly string[];
  /** An input, textarea or select was seen: mask it visually, never change its value. */
  onField?: (field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement) => void;
  /** A contenteditable element was seen: mask it visually, never write into it. */
  onEditable?: (element: HTMLElement) => void;
  /** An open shadow root was found: observe it too. */
  onShadowRoot?: (root: ShadowRoot) => void;
  /** A same-origin frame without its own content script (about:blank, srcdoc) was found. */
  onFrameDocument?: (doc: Document) => void;
  /** Our own UI: never touched. */
  isOwnElement?: (element: Element) => boolean;
}

interface Masked {
  original: string;
  masked: string;
  generation: number;
  /** The attribute did not exist before we set it (an option's label). */
  absent?: true;
}

/** A pass over a subtree that can stop when its time slice is used up and continue later. */
export interface BlindingPass {
  /** Work until done or until `shouldYield()` says so; true when the whole subtree is done. */
  run: (shouldYield?: () => boolean) => boolean;
}

export interface DomBlinder {
  /** Every attribute the observer must watch. */
  readonly watchedAttributes: readonly string[];
  /**
   * Mask these attributes too from now on (the site adapter's, known once the session arrives).
   * True when that added any: the observer must then watch the new list.
   */
  watch: (names: readonly string[]) => boolean;
  /** A pass over `root` (an element, document, shadow root or text node). */
  pass: (root: Node) => BlindingPass;
  /** Blind one subtree now. */
  blindNow: (root: Node) => void;
  /** Blind one text node. */
  blindText: (node: Text) => void;
  /** Blind one attribute of an element. */
  blindAttribute: (element: Element, name: string) => void;
  /** The masking rules changed (new names, a reveal): the next pass re-checks every node. */
  invalidate: () => void;
  /** Put every original back in `root` (pause, switched off). */
  restore: (root: Node) => void;
  /** The text as the page wrote it, if we masked this node. */
  originalOf: (node: Text) => string | undefined;
  /** True when the node or attribute still holds exactly what we wrote: a change record of our own. */
  isOwnWrite: (target: Node, attribute?: string) => boolean;
  /** How many nodes and attributes are masked now (figures for the panel). */
  readonly maskedCount: number;
}

export function createDomBlinder(options: DomBlinderOptions): DomBlinder {
  const texts = new WeakMap<Text, Masked>();
  const attributes = new WeakMap<Element, Map<string, Masked>>();
  const attributeNames: string[] = [...VISIBLE_ATTRIBUTES];
  const watchedAttributes = ['href', 'label', 'value', 'contenteditable', ...attributeNames];
  function watch(names: readonly string[]): boolean {
    // Event handler attributes are code, never text: not ours to touch.
    const fresh = names.filter((name) => !/^on/iu.test(name) && !watchedAttributes.includes(name));
    attributeNames.push(...fresh);
    watchedAttributes.push(...fresh);
    return fresh.length > 0;
  }
  watch(options.attributes ?? []);
  let generation = 0;
  let maskedCount = 0;

  function blindText(node: Text): void {
    const parent = node.parentElement;
    if (parent === null) return;
    if (hasTag<HTMLOptionElement>(parent, 'OPTION')) return blindOption(parent);
    if (!isWritableTextParent(parent) || options.isOwnElement?.(parent) === true) {
      if (isEditable(parent)) options.onEditable?.(parent);
      return;
    }
    maskTextNode(node, parent);
  }

  /** Write the masked text into a node whose text is page text (never a form's data). */
  function maskTextNode(node: Text, owner: Element): void {
    const current = node.data;
    const known = texts.get(node);
    // Our own write coming back through the observer, with nothing changed since: skip.
    if (known !== undefined && known.masked === current && known.generation === generation) return;
    const source = known !== undefined && known.masked === current ? known.original : current;
    const masked = options.mask(source, owner, 'text');
    if (masked === undefined || masked === source) {
      if (known !== undefined) {
        texts.delete(node);
        maskedCount -= 1;
        if (current !== source) node.data = source;
      }
      return;
    }
    if (known === undefined) maskedCount += 1;
    texts.set(node, { original: source, masked, generation });
    if (current !== masked) node.data = masked;
  }

  // An <option> without a value attribute takes its value from its text: writing the text would
  // change what the form submits. Its `label` attribute changes only what is shown.
  function blindOption(option: HTMLOptionElement): void {
    if (isEditable(option)) return;
    if (option.hasAttribute('value')) {
      for (const child of option.childNodes) if (isText(child)) maskTextNode(child, option);
      return;
    }
    blindAttributeValue(option, 'label', option.text, 'attribute');
  }

  /**
   * Mask one attribute. `pageValue` is what the page means the attribute to be when it is absent
   * (an option's label is its text); the original is remembered so restore() can put it back.
   */
  function blindAttributeValue(element: Element, name: string, fallback: string | null, kind: 'attribute' | 'href'): void {
    const current = element.getAttribute(name);
    let map = attributes.get(element);
    const known = map?.get(name);
    // Inside an editable area (contenteditable, designMode) a rich-text editor serialises the
    // attributes it sees: a masked title or href would be saved as the page's content
    // (architecture principle 2). Never write there; put back what we wrote before it became
    // editable. Read from the attribute, not `isContentEditable` (a style recalculation per node).
    if (isEditable(element)) {
      if (known !== undefined) {
        map?.delete(name);
        maskedCount -= 1;
        if (known.masked === current) restoreAttribute(element, name, known);
      }
      return;
    }
    if (known !== undefined && known.masked === current && known.generation === generation) return;
    const ours = known !== undefined && known.masked === current;
    const absent = ours ? known.absent === true : current === null;
    const source = ours ? known.original : (current ?? fallback);
    if (source === null || source === '') return;
    const masked = options.mask(source, element, kind);
    if (masked === undefined || masked === source) {
      if (known !== undefined) {
        map?.delete(name);
        maskedCount -= 1;
        if (ours) restoreAttribute(element, name, known);
      }
      return;
    }
    if (known === undefined) maskedCount += 1;
    map ??= new Map();
    attributes.set(element, map);
    map.set(name, absent ? { original: source, masked, generation, absent: true } : { original: source, masked, generation });
    if (current !== masked) element.setAttribute(name, masked);
  }

  function restoreAttribute(element: Element, name: string, known: Masked): void {
    if (known.absent === true) element.removeAttribute(name);
    else element.setAttribute(name, known.original);
  }

  function blindAttribute(element: Element, name: string): void {
    if (options.isOwnElement?.(element) === true) return;
    if (name === 'href') {
      const href = element.getAttribute('href');
      const known = attributes.get(element)?.get('href');
      if (href === null && known === undefined) return;
      // Only links that carry who someone is: mail, phone and external profile links. Other hrefs
      // are navigation and are left alone ("never break links").
      const source = known !== undefined && known.masked === href ? known.original : (href ?? '');
      if (!/^(?:mailto:|tel:|https?:|\/\/|www\.)/iu.test(source.trim())) return;
      blindAttributeValue(element, 'href', null, 'href');
      return;
    }
    if (name === 'label') {
      if (hasTag<HTMLOptionElement>(element, 'OPTION')) blindOption(element);
      else blindAttributeValue(element, name, null, 'attribute');
      return;
    }
    if (name === 'value' || name === 'contenteditable') {
      if (isFormField(element)) options.onField?.(element);
      else if (isEditable(element)) {
        // Made editable after we masked it: what we wrote must not end up in what the editor saves.
        restore(element);
        options.onEditable?.(element as HTMLElement);
      }
      return;
    }
    if (!element.hasAttribute(name) && attributes.get(element)?.get(name) === undefined) return;
    if (FORM_LIKE.has(element.tagName) && !visibleOnly.has(name)) return;
    blindAttributeValue(element, name, null, 'attribute');
  }

  // Site attributes such as `name` are masked only where they are not part of a form or anchor.
  const FORM_LIKE = new Set([
    'INPUT',
    'SELECT',
    'TEXTAREA',
    'BUTTON',
    'FORM',
    'FIELDSET',
    'OUTPUT',
    'OBJECT',
    'IFRAME',
    'META',
    'A',
    'MAP',
    'PARAM',
    'SLOT',
  ]);
  const visibleOnly = new Set<string>(VISIBLE_ATTRIBUTES);

  function visitElement(element: Element): void {
    const formLike = FORM_LIKE.has(element.tagName);
    for (const name of attributeNames) {
      if (formLike && !visibleOnly.has(name)) continue;
      if (element.hasAttribute(name)) blindAttributeValue(element, name, null, 'attribute');
    }
    if (element.hasAttribute('href')) blindAttribute(element, 'href');
    if (isFormField(element)) options.onField?.(element);
    else if (element.getAttribute('contenteditable') === 'true' || element.getAttribute('contenteditable') === '')
      options.onEditable?.(element as HTMLElement);
    if (hasTag<HTMLOptionElement>(element, 'OPTION')) blindOption(element);
    const shadow = element.shadowRoot;
    if (shadow !== null) options.onShadowRoot?.(shadow);
    if (hasTag<HTMLIFrameElement>(element, 'IFRAME')) visitFrame(element);
  }

  const framesSeen = new WeakSet<HTMLIFrameElement>();

  function visitFrame(frame: HTMLIFrameElement): void {
    const local = frame.hasAttribute('srcdoc') || (frame.getAttribute('src') ?? 'about:blank') === 'about:blank';
    if (!framesSeen.has(frame)) {
      framesSeen.add(frame);
      // A frame's document arrives later than its element. Frames with a real URL get their own
      // copy of the content script (allFrames); about:blank and srcdoc frames do not, so we blind
      // them from here, and keep them unpainted until their document is loaded and masked.
      let loaded = false;
      try {
        loaded = frame.contentDocument?.readyState === 'complete' && frame.contentDocument.URL !== 'about:blank';
      } catch {
        loaded = true;
      }
      const hold = local && !loaded;
      if (hold) frame.style.setProperty('visibility', 'hidden', 'important');
      frame.addEventListener('load', () => {
        visitFrame(frame);
        if (hold) frame.style.removeProperty('visibility');
      });
    }
    try {
      const doc = frame.contentDocument;
      if (doc !== null && (doc.URL === 'about:blank' || doc.URL === 'about:srcdoc')) options.onFrameDocument?.(doc);
    } catch {
      // Cross-origin: not ours to read.
    }
  }

  function pass(root: Node): BlindingPass {
    const doc = root.ownerDocument ?? (root as Document);
    if (isText(root)) {
      return { run: () => (blindText(root), true) };
    }
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode(node) {
        if (isElement(node)) {
          if (options.isOwnElement?.(node) === true) return NodeFilter.FILTER_REJECT;
          // Still visit the element itself (its attributes, a field), not its children.
          if (skipsSubtree(node)) {
            visitElement(node);
            return NodeFilter.FILTER_REJECT;
          }
        }
        return NodeFilter.FILTER_ACCEPT;
      },
    });
    let started = false;
    return {
      run(shouldYield) {
        if (!started) {
          started = true;
          if (isElement(root)) {
            if (options.isOwnElement?.(root) === true) return true;
            visitElement(root);
            if (skipsSubtree(root)) return true;
          }
        }
        let count = 0;
        for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
          if (isText(node)) blindText(node);
          else visitElement(node as Element);
          count += 1;
          if ((count & 15) === 0 && shouldYield?.() === true) return false;
        }
        return true;
      },
    };
  }

  function restore(root: Node): void {
    const doc = root.ownerDocument ?? (root as Document);
    const visit = (node: Node) => {
      if (isText(node)) {
        const known = texts.get(node);
        if (known !== undefined) {
          texts.delete(node);
          maskedCount -= 1;
          if (node.data === known.masked) node.data = known.original;
        }
        return;
      }
      if (isElement(node)) {
        const map = attributes.get(node);
        if (map !== undefined) {
          for (const [name, known] of map) {
            maskedCount -= 1;
            if (node.getAttribute(name) === known.masked) {
              restoreAttribute(node, name, known);
            }
          }
          attributes.delete(node);
        }
        if (node.shadowRoot !== null) restore(node.shadowRoot);
      }
    };
    visit(root);
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) visit(node);
  }

  return {
    watchedAttributes,
    watch,
    pass,
    blindNow: (root) => void pass(root).run(),
    blindText,
    blindAttribute,
    invalidate: () => {
      generation += 1;
    },
    restore,
    originalOf: (node) => texts.get(node)?.original,
    isOwnWrite(target, attribute) {
      if (attribute === undefined) {
        const known = texts.get(target as Text);
        return known !== undefined && known.masked === (target as Text).data && known.generation === generation;
      }
      const known = attributes.get(target as Element)?.get(attribute);
      return known !== undefined && known.masked === (target as Element).getAttribute(attribute) && known.generation === generation;
    },
    get maskedCount() {
      return maskedCount;
    },
  };
}
