import { isEditable, isElement, isText } from './tree-walk';

/**
 * What Blind screenen wrote into the page and what stood there before
 * (docs/decisions.md#never-write-into-the-page): the originals of masked text nodes and
 * attributes, in this module's WeakMaps in the content script's isolated world only (never in a
 * DOM attribute, storage, a log or a message), so a reveal or a pause can put them back.
 */
export type MaskKindOfValue = 'text' | 'attribute' | 'href';

interface Masked {
  original: string;
  masked: string;
  generation: number;
  /** The attribute did not exist before we set it (an option's label). */
  absent?: true;
}

export interface MaskedWrites {
  /** Write the masked text into a node whose text is page text (never a form's data). */
  maskText: (node: Text, owner: Element) => void;
  /** Put a text node's original back. */
  unmaskText: (node: Text) => void;
  /** Mask one attribute; `fallback` is what the page means when it is absent (an option's label is its text). */
  maskAttribute: (element: Element, name: string, fallback: string | null, kind: 'attribute' | 'href') => void;
  /** The attribute as the page wrote it (our mask read from its original). */
  pageAttribute: (element: Element, name: string) => string | null;
  /** True when we masked this attribute. */
  hasMask: (element: Element, name: string) => boolean;
  restore: (root: Node) => void;
  invalidate: () => void;
  originalOf: (node: Text) => string | undefined;
  originalTextOf: (element: Element) => string;
  isOwnWrite: (target: Node, attribute?: string) => boolean;
  /**
   * Keep masked texts in memory instead of writing them, until the returned flush: a page is laid
   * out again at every frame its text changes, and on a large page that layout costs more than the
   * masking itself (docs/decisions.md#hold-paint-until-blinded). `'all'` only while the page is
   * held unpainted (flush before the hold is released); `'remasks'` defers only texts that show a
   * mask of ours already (new pseudonym numbers), so nothing unmasked ever waits; a function
   * defers the texts it says are hidden from view (the rest of a long page, lib/page/top-first.ts).
   * Each flush writes everything pending; scopes may overlap.
   */
  deferTextWrites: (scope: DeferScope) => () => void;
  /**
   * The texts and attributes whose mask `waitsForMore` said will change (a neutral pseudonym
   * before its number arrives), each once: the caller masks them again when the answer is in.
   */
  takeWaiting: () => { texts: Text[]; attributes: [Element, string][] };
  readonly maskedCount: number;
}

/** Which masked texts wait for the flush: see `deferTextWrites`. */
export type DeferScope = 'all' | 'remasks' | ((node: Text) => boolean);

export function createMaskedWrites(
  mask: (text: string, owner: Element, kind: MaskKindOfValue, node?: Text) => string | undefined,
  waitsForMore: (masked: string) => boolean = () => false,
): MaskedWrites {
  const texts = new WeakMap<Text, Masked>();
  // Strong references, but only until the answer they wait for (takeWaiting).
  const waitingTexts = new Set<Text>();
  const waitingAttributes = new Map<Element, Set<string>>();
  const attributes = new WeakMap<Element, Map<string, Masked>>();
  let generation = 0;
  let maskedCount = 0;
  /** Masked texts computed but not written yet (while writes are deferred), by node. */
  const deferred = new Map<Text, { masked: string; over: string; remask: boolean }>();
  const scopes = { all: 0, remasks: 0 };
  const hiddenScopes = new Set<(node: Text) => boolean>();

  function hiddenFromView(node: Text): boolean {
    for (const hidden of hiddenScopes) if (hidden(node)) return true;
    return false;
  }

  /** `remask`: the node shows a mask of ours now. */
  function writeText(node: Text, masked: string, remask: boolean): void {
    let pending = deferred.get(node);
    // The page wrote the node since: what was pending is stale.
    if (pending !== undefined && pending.over !== node.data) {
      deferred.delete(node);
      pending = undefined;
    }
    const showsOurs = remask || pending?.remask === true;
    // The tab strip shows the title at once and no paint hold covers it: its text is never deferred.
    const deferrable = node.parentNode?.nodeName !== 'TITLE';
    if (deferrable && (scopes.all > 0 || (showsOurs && scopes.remasks > 0) || hiddenFromView(node))) {
      if (pending !== undefined) pending.masked = masked;
      else deferred.set(node, { masked, over: node.data, remask: showsOurs });
      return;
    }
    deferred.delete(node);
    node.data = masked;
  }

  /** Write what is still ours to write: the page may have changed or we may have unmasked a node since. */
  function flushDeferred(): void {
    for (const [node, { masked, over }] of deferred) {
      const known = texts.get(node);
      if (known !== undefined && known.masked === masked && node.data === over) node.data = masked;
    }
    deferred.clear();
  }

  function unmaskText(node: Text): void {
    const known = texts.get(node);
    if (known === undefined) return;
    texts.delete(node);
    maskedCount -= 1;
    if (node.data === known.masked) node.data = known.original;
  }

  /** Write the masked text into a node whose text is page text (never a form's data). */
  function maskTextNode(node: Text, owner: Element): void {
    const current = node.data;
    const known = texts.get(node);
    // Our own write coming back through the observer, with nothing changed since: skip.
    if (known !== undefined && known.masked === current && known.generation === generation) return;
    // Ours too: an earlier mask of ours whose new mask still waits to be written (two passes overlap).
    const pending = deferred.get(node);
    const showsOurs = known !== undefined && (known.masked === current || (pending?.remask === true && pending.over === current));
    const source = showsOurs ? known.original : current;
    const masked = mask(source, owner, 'text', node);
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
    if (waitsForMore(masked)) waitingTexts.add(node);
    if (current !== masked) writeText(node, masked, showsOurs);
  }

  // An <option> without a value attribute takes its value from its text: writing the text would

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
    const masked = mask(source, element, kind);
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
    if (waitsForMore(masked)) waitingAttributes.set(element, (waitingAttributes.get(element) ?? new Set()).add(name));
    if (current !== masked) element.setAttribute(name, masked);
  }

  function restoreAttribute(element: Element, name: string, known: Masked): void {
    if (known.absent === true) element.removeAttribute(name);
    else element.setAttribute(name, known.original);
  }

  function restore(root: Node): void {
    const doc = root.ownerDocument ?? (root as Document);
    const visit = (node: Node) => {
      if (isText(node)) return unmaskText(node);
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
    maskText: maskTextNode,
    unmaskText,
    maskAttribute: blindAttributeValue,
    pageAttribute(element, name) {
      const current = element.getAttribute(name);
      const known = attributes.get(element)?.get(name);
      return known !== undefined && known.masked === current ? known.original : current;
    },
    hasMask: (element, name) => attributes.get(element)?.get(name) !== undefined,
    restore,
    invalidate: () => {
      generation += 1;
    },
    originalOf: (node) => texts.get(node)?.original,
    originalTextOf(element) {
      let text = '';
      const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node !== null; node = walker.nextNode() as Text | null)
        text += texts.get(node)?.original ?? node.data;
      return text;
    },
    // Of any generation: a record of a mask written before the rules changed is still ours (the
    // pass that follows every change of the rules masks that node again anyway).
    isOwnWrite(target, attribute) {
      if (attribute === undefined) {
        const known = texts.get(target as Text);
        if (known === undefined) return false;
        // Our earlier mask, while a new one waits to be written (new numbers during a long page's
        // pass): a record of it is ours too, never a page change that holds the page again.
        const pending = deferred.get(target as Text);
        return known.masked === (target as Text).data || (pending?.remask === true && pending.over === (target as Text).data);
      }
      const known = attributes.get(target as Element)?.get(attribute);
      return known !== undefined && known.masked === (target as Element).getAttribute(attribute);
    },
    deferTextWrites(scope) {
      if (typeof scope === 'function') hiddenScopes.add(scope);
      else scopes[scope] += 1;
      let open = true;
      return () => {
        if (!open) return;
        open = false;
        if (typeof scope === 'function') hiddenScopes.delete(scope);
        else scopes[scope] -= 1;
        flushDeferred();
      };
    },
    takeWaiting() {
      const taken = {
        texts: [...waitingTexts],
        attributes: [...waitingAttributes].flatMap(([element, names]) => [...names].map((name) => [element, name] as [Element, string])),
      };
      waitingTexts.clear();
      waitingAttributes.clear();
      return taken;
    },
    get maskedCount() {
      return maskedCount;
    },
  };
}
