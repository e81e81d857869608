// What a person can read on the page right now, gathered in the page itself (evaluated as text by
// tests/e2e/blind-set/visit.ts, so no helper of the TypeScript runner ends up in the page).
// Reads the top document, every open shadow root and every same-origin frame; leaves out the
// extension's own UI, but reports what that UI shows.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- evaluated as text in the page
function snapshotPage(spec) {
  const OWN_HOSTS = /^(EW-|EERLIJK-WERVEN)/u;
  const TEXT_TYPES = new Set(['', 'text', 'search', 'email', 'tel', 'url', 'number', 'date', 'datetime-local', 'month', 'week', 'time']);
  const isOwn = (element) => OWN_HOSTS.test(element.tagName) || /^eerlijk-werven/u.test(element.id || '');
  const visible = (element) =>
    element.checkVisibility({ visibilityProperty: true, opacityProperty: true, contentVisibilityAuto: true }) &&
    element.getClientRects().length > 0;

  const text = [];
  const attributes = [];
  const fieldValues = [];
  const roots = [];

  // Every document and open shadow root, with the offset of its frame in the top viewport.
  const collectRoots = (root, offset) => {
    roots.push({ root, offset });
    const walker = (root.ownerDocument || root).createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      if (isOwn(node)) continue;
      if (node.shadowRoot) collectRoots(node.shadowRoot, offset);
      if (node.tagName === 'IFRAME') {
        let doc = null;
        try {
          doc = node.contentDocument;
        } catch {
          doc = null;
        }
        if (doc && doc.documentElement && visible(node)) {
          const rect = node.getBoundingClientRect();
          collectRoots(doc, { x: offset.x + rect.left + node.clientLeft, y: offset.y + rect.top + node.clientTop });
        }
      }
    }
  };
  collectRoots(document, { x: 0, y: 0 });

  // Our field masks: boxes in our own shadow roots.
  const masks = [];
  let ownUi = '';
  for (const host of document.documentElement.querySelectorAll('*')) {
    if (!isOwn(host) || !host.shadowRoot) continue;
    for (const box of host.shadowRoot.querySelectorAll('.ew-field-mask')) {
      if (getComputedStyle(box).display === 'none') continue;
      const rect = box.getBoundingClientRect();
      if (rect.width > 0 && rect.height > 0) masks.push(rect);
    }
    for (const child of host.shadowRoot.children) {
      if (child.tagName === 'STYLE' || child.classList.contains('ew-layer')) continue;
      if (child instanceof HTMLElement && visible(child)) ownUi += ` ${child.innerText}`;
    }
  }
  const covered = (field, offset) => {
    const rect = field.getBoundingClientRect();
    const left = offset.x + rect.left + field.clientLeft;
    const top = offset.y + rect.top + field.clientTop;
    const right = left + (field.clientWidth || rect.width);
    const bottom = top + (field.clientHeight || rect.height);
    return masks.some(
      (mask) => mask.left <= left + 1.5 && mask.top <= top + 1.5 && mask.right >= right - 1.5 && mask.bottom >= bottom - 1.5,
    );
  };
  const shownValue = (field) =>
    field.tagName === 'SELECT' ? (field.selectedOptions[0] ? field.selectedOptions[0].text : '') : field.value;
  const showsText = (field) => field.tagName !== 'INPUT' || TEXT_TYPES.has(field.type);

  // Every text node that is laid out inside a rendered element, one entry per node.
  const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'TITLE', 'OPTION', 'OPTGROUP']);
  const range = document.createRange();
  const laidOut = (node) => {
    range.selectNodeContents(node);
    return range.getClientRects().length > 0;
  };
  const seenParents = new Map();
  const parentVisible = (element) => {
    if (!seenParents.has(element)) seenParents.set(element, visible(element));
    return seenParents.get(element);
  };
  // The box a text node flows in: its nearest ancestor that is not plain inline. Text of one box
  // is joined as it is ("Fatima" + ", " + "ik"), text of different boxes with a space ("TB" in a
  // round badge, then "Tom Bakker").
  const boxes = new Map();
  const boxOf = (element) => {
    for (let current = element; current !== null; current = current.parentElement) {
      if (!boxes.has(current)) {
        const display = getComputedStyle(current).display;
        boxes.set(current, display === 'inline' || display === 'contents' ? null : current);
      }
      if (boxes.get(current) !== null) return current;
    }
    return null;
  };
  // Text in an editable area is never written to: the extension paints a highlight over a marker
  // there (transparent text on a grey bar, ::highlight(ew-blind)). Its ranges are read here and
  // their characters count as hidden.
  const highlighted = new Map();
  for (const { root } of roots) {
    if (root.nodeType !== 9) continue;
    const registry = root.defaultView && root.defaultView.CSS && root.defaultView.CSS.highlights;
    const highlight = registry ? registry.get('ew-blind') : undefined;
    if (!highlight) continue;
    for (const marked of highlight) {
      if (marked.startContainer !== marked.endContainer || marked.startContainer.nodeType !== 3) continue;
      const spans = highlighted.get(marked.startContainer) || [];
      spans.push([marked.startOffset, marked.endOffset]);
      highlighted.set(marked.startContainer, spans);
    }
  }
  const readable = (node) => {
    let data = node.data;
    for (const [start, end] of highlighted.get(node) || []) data = data.slice(0, start) + '█'.repeat(end - start) + data.slice(end);
    return data;
  };
  let flow = '';
  let lastBox;
  for (const { root, offset } of roots) {
    const doc = root.ownerDocument || root;
    const walker = doc.createTreeWalker(root.nodeType === 9 ? root.documentElement : root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      if (node.nodeType === 1) {
        // A line break, or generated content (" | " between two spans), separates the text around it.
        const pseudo = (which) => getComputedStyle(node, which).content;
        if (node.tagName === 'BR' || /^["']/u.test(pseudo('::before')) || /^["']/u.test(pseudo('::after'))) flow += ' ';
        continue;
      }
      const parent = node.parentElement;
      if (parent === null || NOT_TEXT.has(parent.tagName) || !parentVisible(parent)) continue;
      if (node.data.trim() === '') {
        flow += ' ';
        continue;
      }
      if (!laidOut(node)) continue;
      const data = readable(node).replace(/\s+/gu, ' ');
      text.push(data);
      const box = boxOf(parent);
      flow += box === lastBox ? data : ` ${data}`;
      lastBox = box;
    }
    for (const element of root.querySelectorAll('*')) {
      if (isOwn(element)) continue;
      for (const name of ['title', 'alt', 'aria-label', 'placeholder']) {
        const value = element.getAttribute(name);
        if (value) attributes.push(value);
      }
      const href = element.getAttribute('href');
      if (href && /^(mailto|tel):/iu.test(href.trim())) {
        try {
          attributes.push(decodeURIComponent(href));
        } catch {
          attributes.push(href);
        }
      }
      if (/^(INPUT|TEXTAREA|SELECT)$/u.test(element.tagName) && showsText(element) && visible(element)) {
        const value = shownValue(element);
        if (value && !covered(element, offset)) fieldValues.push(value);
      }
    }
  }

  const queryIn = (selector) => {
    const found = [];
    for (const { root, offset } of roots) for (const element of root.querySelectorAll(selector)) found.push({ element, offset });
    return found;
  };
  // A selector written across a shadow boundary ("kj-candidate-header img.photo", set T) means the
  // host, then the rest inside its open shadow root: tried only when the selector as written finds nothing.
  const query = (selector) => {
    const found = queryIn(selector);
    const split = /^(\S+)\s+(.+)$/u.exec(selector.trim());
    if (found.length > 0 || split === null) return found;
    for (const { element: host, offset } of queryIn(split[1]))
      if (host.shadowRoot) for (const element of host.shadowRoot.querySelectorAll(split[2])) found.push({ element, offset });
    return found;
  };
  const photos = spec.photos.map((selector) => {
    const found = query(selector);
    return { selector, count: found.length, visible: found.filter(({ element }) => visible(element)).length };
  });
  const fields = spec.fields.map(({ selector }) => {
    const found = query(selector)[0];
    if (!found) return { selector, found: false, value: '', shown: '', readable: false };
    const { element, offset } = found;
    const shown = shownValue(element);
    const readable = shown !== '' && visible(element) && !covered(element, offset);
    return { selector, found: true, value: element.value, shown, readable };
  });
  let images = 0;
  for (const { root } of roots) for (const image of root.querySelectorAll('img, picture, svg')) if (visible(image)) images += 1;
  const html = getComputedStyle(document.documentElement);
  return {
    shown:
      html.opacity === '1' &&
      html.visibility !== 'hidden' &&
      document.body !== null &&
      getComputedStyle(document.body).visibility !== 'hidden',
    text,
    flow,
    title: document.title,
    attributes,
    fieldValues,
    photos,
    fields,
    images,
    masks: masks.length,
    ownUi: ownUi.trim(),
  };
}
