/**
 * Turns a batch of MutationRecords into the least work that covers it (after Dark Reader's
 * optimized tree observer): added subtrees whose ancestor was also added are dropped, nodes that
 * left the document are skipped, changed texts and attributes are listed once.
 */
export interface PageChanges {
  /** Roots of new subtrees, still in the document. */
  added: Node[];
  /** Text nodes whose text changed. */
  texts: Text[];
  /** Attribute changes, one per element and name. */
  attributes: [Element, string][];
  /** Rough amount of work: nodes added plus texts and attributes changed. */
  size: number;
}

/**
 * `ours`: true for a text or attribute that shows our own write (our masks come back as records
 * too); `ownElement`: true for an element we added (our UI, our styles).
 */
export function collectChanges(
  records: readonly MutationRecord[],
  ours: (target: Node, attribute?: string) => boolean = () => false,
  ownElement: (element: Element) => boolean = () => false,
): PageChanges {
  /** An element we added, or a text of one (our photo style's rules are written as its text). */
  const inOwn = (node: Node) => {
    const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
    return element !== null && ownElement(element);
  };
  const addedSet = new Set<Node>();
  const texts = new Set<Text>();
  const attributeKeys = new Map<Element, Set<string>>();
  for (const record of records) {
    if (record.type === 'childList') {
      for (const node of record.addedNodes) addedSet.add(node);
    } else if (record.type === 'characterData') {
      if (record.target.nodeType === 3) texts.add(record.target as Text);
    } else if (record.type === 'attributes' && record.attributeName !== null && record.target.nodeType === 1) {
      const target = record.target as Element;
      const names = attributeKeys.get(target) ?? new Set<string>();
      names.add(record.attributeName);
      attributeKeys.set(target, names);
    }
  }
  const added: Node[] = [];
  for (const node of addedSet) {
    if (!node.isConnected || hasAddedAncestor(node, addedSet) || inOwn(node)) continue;
    added.push(node);
  }
  const changedTexts = [...texts].filter((node) => node.isConnected && !hasAddedAncestor(node, addedSet) && !ours(node) && !inOwn(node));
  const attributes: [Element, string][] = [];
  for (const [element, names] of attributeKeys) {
    if (!element.isConnected || addedSet.has(element) || hasAddedAncestor(element, addedSet)) continue;
    for (const name of names) if (!ours(element, name)) attributes.push([element, name]);
  }
  return { added, texts: changedTexts, attributes, size: added.length + changedTexts.length + attributes.length };
}

/** The changes to nodes that `leaveOut` does not claim (the hidden rest of a long page, read later). */
export function changesWithout(changes: PageChanges, leaveOut: (node: Node) => boolean): PageChanges {
  const added = changes.added.filter((node) => !leaveOut(node));
  const texts = changes.texts.filter((text) => !leaveOut(text));
  const attributes = changes.attributes.filter(([element]) => !leaveOut(element));
  return { added, texts, attributes, size: added.length + texts.length + attributes.length };
}

/**
 * True when everything a record changed lies where `within` says: its target, or for a child list
 * that only added, every added node (rows the parser appends beside a long page's hidden rest).
 */
export function recordWithin(record: MutationRecord, within: (node: Node) => boolean): boolean {
  if (within(record.target)) return true;
  if (record.type !== 'childList' || record.removedNodes.length > 0 || record.addedNodes.length === 0) return false;
  const added = record.addedNodes;
  for (let index = 0; index < added.length; index += 1) if (!within(added[index]!)) return false;
  return true;
}

/**
 * The elements whose content is new: added elements, and the parents of changed texts and of
 * added texts (the textContent of a recycled row or of a dialog's heading comes as a new text node).
 */
export function changedElements(changes: PageChanges): Element[] {
  const parents = new Set<Element>();
  for (const node of [...changes.texts, ...changes.added])
    if (node.nodeType === 3 && node.parentElement !== null) parents.add(node.parentElement);
  // A dialog or a <details> opened: what it shows is laid out now, and read again (an initials
  // avatar is known by its size and shape only once it is shown, set AA).
  const opened = changes.attributes
    .filter(([element, name]) => name === 'open' && element.hasAttribute('open'))
    .map(([element]) => element);
  return [...changes.added.filter((root): root is Element => root.nodeType === 1), ...parents, ...opened];
}

function hasAddedAncestor(node: Node, added: ReadonlySet<Node>): boolean {
  for (let parent = parentAcrossShadow(node); parent !== null; parent = parentAcrossShadow(parent)) {
    if (added.has(parent)) return true;
  }
  return false;
}

function parentAcrossShadow(node: Node): Node | null {
  const parent = node.parentNode;
  if (parent === null) return null;
  // A shadow root (a fragment, type 11, with a host) leads on to its host element. Check the node
  // type first: an <a> element has a `host` property too (its URL's host).
  return parent.nodeType === 11 ? ((parent as ShadowRoot).host ?? null) : parent;
}

/** True when a record changed the document's title (the tab strip shows it; no paint hold covers it). */
export function touchesTitle(record: MutationRecord): boolean {
  const target = record.target;
  if (target.nodeName === 'TITLE' || target.parentElement?.tagName === 'TITLE') return true;
  // Asked of every record while a page is parsed: no node list for other kinds, and no iterator.
  if (record.type !== 'childList') return false;
  const added = record.addedNodes;
  for (let index = 0; index < added.length; index += 1) if (added[index]!.nodeName === 'TITLE') return true;
  return false;
}
