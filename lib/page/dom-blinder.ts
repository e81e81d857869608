import { createLocalFrames } from './local-frames';
import { createLateShadowRoots } from './late-shadow-roots';
import { createMaskedWrites, type DeferScope } from './masked-writes';
import {
  editingHost,
  hasTag,
  isEditable,
  isElement,
  isFormField,
  isText,
  isWritableTextParent,
  nextNodeIn,
  skipsSubtree,
  VISIBLE_ATTRIBUTES,
} from './tree-walk';

/**
 * The page layer of Blind screenen: replaces identity markers in text nodes and visible attributes,
 * and puts the originals back on reveal or pause (docs/decisions.md#never-write-into-the-page).
 * The originals are kept by masked-writes.ts. Form fields, editable areas and `<option>` values
 * are never written; they are handed to `onField` / `onEditable` for a visual mask.
 */

/** Masked text for `text` shown inside `owner`, or undefined when it holds no marker. */
export type MaskFunction = (text: string, owner: Element, kind: 'text' | 'attribute' | 'href', node?: Text) => string | undefined;

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
  /** A mask that will change once an answer arrives (a pseudonym's number): see `remaskWaiting`. */
  waitsForMore?: (masked: string) => boolean;
}

/** A pass over a subtree that can stop when its time slice is used up and continue later. */
export interface BlindingPass {
  /** Work until done or until `shouldYield()` says so; true when the whole subtree is done. */
  run: (shouldYield?: () => boolean) => boolean;
}

/** Part of a root in document order: from `from` (read first) up to `until` (left out). */
export interface PassRange {
  from?: Element;
  until?: Element;
}

export interface DomBlinder {
  /** Every attribute the observer must watch. */
  readonly watchedAttributes: readonly string[];
  /**
   * Mask these attributes too from now on (the site adapter's, known once the session arrives).
   * True when that added any: the observer must then watch the new list.
   */
  watch: (names: readonly string[]) => boolean;
  /** A pass over `root` (an element, document, shadow root or text node), or part of it. */
  pass: (root: Node, range?: PassRange) => BlindingPass;
  /** Blind one subtree now. */
  blindNow: (root: Node) => void;
  /** Blind one text node. */
  blindText: (node: Text) => void;
  /** Blind one attribute of an element. */
  blindAttribute: (element: Element, name: string) => void;
  /** The masking rules changed (new names, a reveal): the next pass re-checks every node. */
  invalidate: () => void;
  /**
   * Mask again only what `waitsForMore` said would change, now that the answer is in: a page's
   * pseudonym numbers need no pass over the whole page.
   */
  remaskWaiting: () => void;
  /** Put every original back in `root` (pause, switched off). */
  restore: (root: Node) => void;
  /** The text as the page wrote it, if we masked this node. */
  originalOf: (node: Text) => string | undefined;
  /** An element's text as the page wrote it, masked nodes read from their originals. */
  originalTextOf: (element: Element) => string;
  /** True when the node or attribute still holds exactly what we wrote: a change record of our own. */
  isOwnWrite: (target: Node, attribute?: string) => boolean;
  /** Masked texts wait in memory until the returned flush (masked-writes.ts). */
  deferTextWrites: (scope: DeferScope) => () => void;
  /** How many nodes and attributes are masked now (figures for the panel). */
  readonly maskedCount: number;
}

export function createDomBlinder(options: DomBlinderOptions): DomBlinder {
  const writes = createMaskedWrites(options.mask, options.waitsForMore);
  const attributeNames: string[] = [...VISIBLE_ATTRIBUTES];
  // `open`: a dialog or <details> shown is read again (mutation-changes.ts); it holds no text of its own.
  const watchedAttributes = ['href', 'label', 'value', 'contenteditable', 'srcdoc', 'open', ...attributeNames];
  function watch(names: readonly string[]): boolean {
    // Event handler attributes are code, never text: not ours to touch.
    const fresh = names.filter((name) => !/^on/iu.test(name) && !watchedAttributes.includes(name));
    attributeNames.push(...fresh);
    watchedAttributes.push(...fresh);
    return fresh.length > 0;
  }
  watch(options.attributes ?? []);

  function blindText(node: Text): void {
    const parent = node.parentElement;
    if (parent === null) return;
    if (hasTag<HTMLOptionElement>(parent, 'OPTION')) return blindOption(parent);
    if (!isWritableTextParent(parent) || options.isOwnElement?.(parent) === true) {
      // Moved into an editor (or a textarea) after we masked it: what we wrote would be saved as
      // the page's content, so the page's own text goes back first.
      writes.unmaskText(node);
      const host = editingHost(parent);
      if (host !== undefined) options.onEditable?.(host as HTMLElement);
      return;
    }
    writes.maskText(node, parent);
  }

  // An <option> without a value attribute takes its value from its text: writing the text would
  // change what the form submits. Its `label` attribute changes only what is shown.
  function blindOption(option: HTMLOptionElement): void {
    if (isEditable(option)) return;
    if (option.hasAttribute('value')) {
      for (const child of option.childNodes) if (isText(child)) writes.maskText(child, option);
      return;
    }
    writes.maskAttribute(option, 'label', option.text, 'attribute');
  }

  function blindAttribute(element: Element, name: string): void {
    if (options.isOwnElement?.(element) === true) return;
    if (name === 'href') {
      const source = writes.pageAttribute(element, 'href');
      // Only links that carry who someone is: mail, phone and external profile links. Other hrefs
      // are navigation and are left alone ("never break links").
      if (source === null || !/^(?:mailto:|tel:|https?:|\/\/|www\.)/iu.test(source.trim())) return;
      writes.maskAttribute(element, 'href', null, 'href');
      return;
    }
    if (name === 'open') return;
    if (name === 'srcdoc') {
      if (hasTag<HTMLIFrameElement>(element, 'IFRAME')) frames.visit(element);
      return;
    }
    if (name === 'label') {
      if (hasTag<HTMLOptionElement>(element, 'OPTION')) blindOption(element);
      else writes.maskAttribute(element, name, null, 'attribute');
      return;
    }
    if (name === 'value' || name === 'contenteditable') {
      if (isFormField(element)) options.onField?.(element);
      else if (name === 'contenteditable') {
        const host = editingHost(element);
        if (host !== undefined) {
          // Made editable after we masked it: what we wrote must not end up in what the editor saves.
          writes.restore(element);
          options.onEditable?.(host as HTMLElement);
        } else {
          // No longer editable: its text is page text again and is masked like any other.
          blindNow(element);
        }
      }
      return;
    }
    if (!element.hasAttribute(name) && !writes.hasMask(element, name)) return;
    if (FORM_LIKE.has(element.tagName) && !visibleOnly.has(name)) return;
    writes.maskAttribute(element, name, null, 'attribute');
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
      if (element.hasAttribute(name)) writes.maskAttribute(element, name, null, 'attribute');
    }
    if (element.hasAttribute('href')) blindAttribute(element, 'href');
    if (isFormField(element)) options.onField?.(element);
    else if (element.hasAttribute('contenteditable')) {
      const host = editingHost(element);
      if (host !== undefined) options.onEditable?.(host as HTMLElement);
    }
    if (hasTag<HTMLOptionElement>(element, 'OPTION')) blindOption(element);
    const shadow = element.shadowRoot;
    if (shadow !== null) options.onShadowRoot?.(shadow);
    else lateShadowRoots.offer(element);
    if (hasTag<HTMLIFrameElement>(element, 'IFRAME')) frames.visit(element);
  }

  const lateShadowRoots = createLateShadowRoots((root) => options.onShadowRoot?.(root));
  const frames = createLocalFrames((frameDoc) => options.onFrameDocument?.(frameDoc));

  function pass(root: Node, range: PassRange = {}): BlindingPass {
    if (isText(root)) {
      return { run: () => (blindText(root), true) };
    }
    let node: Node | null = range.from ?? root;
    let started = false;
    return {
      run(shouldYield) {
        if (!started) {
          started = true;
          if (isElement(node!)) {
            const own = options.isOwnElement?.(node) === true;
            if (!own) visitElement(node);
            if (node === root && (own || skipsSubtree(root as Element))) return true;
          }
        }
        let count = 0;
        while (node !== null) {
          // Our own elements are left out whole; a skipped element (a script, a textarea) is
          // visited for its attributes and fields, but not its children.
          const enter = !isElement(node) || (options.isOwnElement?.(node) !== true && !skipsSubtree(node));
          node = nextNodeIn(root, node, enter);
          if (node === range.until) node = null;
          if (node === null) break;
          if (isText(node)) blindText(node);
          else if (isElement(node) && options.isOwnElement?.(node) !== true) visitElement(node);
          count += 1;
          if ((count & 15) === 0 && shouldYield?.() === true) return false;
        }
        return true;
      },
    };
  }

  function blindNow(root: Node): void {
    pass(root).run();
  }

  function remaskWaiting(): void {
    const { texts, attributes } = writes.takeWaiting();
    writes.invalidate();
    for (const node of texts) if (node.isConnected) blindText(node);
    for (const [element, name] of attributes) if (element.isConnected) blindAttribute(element, name);
  }

  return {
    watchedAttributes,
    watch,
    pass,
    blindNow,
    blindText,
    blindAttribute,
    invalidate: writes.invalidate,
    remaskWaiting,
    restore: writes.restore,
    originalOf: writes.originalOf,
    originalTextOf: writes.originalTextOf,
    isOwnWrite: writes.isOwnWrite,
    deferTextWrites: writes.deferTextWrites,
    get maskedCount() {
      return writes.maskedCount;
    },
  };
}
