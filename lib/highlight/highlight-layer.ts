/**
 * Underlines through the CSS Custom Highlight API: the browser paints `::highlight(name)` over
 * ranges of existing text, so no wrapper element ever enters the page or an editor (architecture
 * principle 2). One named highlight per severity, shared by every checked block of a document.
 */
import type { Severity } from '../schema/grounds';

export const HIGHLIGHT_NAMES: Record<Severity | 'active', string> = {
  prohibited: 'ew-prohibited',
  risk: 'ew-risk',
  style: 'ew-style',
  active: 'ew-active',
};

/**
 * Severity shows as underline style AND colour, never colour alone (WCAG 1.4.1):
 * prohibited solid and thick red, risk wavy orange, style dotted and subtle blue-grey.
 */
export const HIGHLIGHT_CSS = `
::highlight(${HIGHLIGHT_NAMES.prohibited}) { text-decoration: underline solid 3px #c8102e; text-underline-offset: 3px; background-color: rgba(200, 16, 46, 0.08); }
::highlight(${HIGHLIGHT_NAMES.risk}) { text-decoration: underline wavy 2px #c25400; text-underline-offset: 3px; }
::highlight(${HIGHLIGHT_NAMES.style}) { text-decoration: underline dotted 2px #5a7fa8; text-underline-offset: 3px; }
::highlight(${HIGHLIGHT_NAMES.active}) { background-color: rgba(255, 205, 60, 0.55); }
`;

interface HighlightWindow {
  CSS?: { highlights?: Map<string, Highlight> };
  Highlight?: typeof Highlight;
  CSSStyleSheet: typeof CSSStyleSheet;
}

export function supportsHighlights(view: Window = window): boolean {
  const win = view as unknown as HighlightWindow;
  return typeof win.Highlight === 'function' && win.CSS?.highlights !== undefined;
}

/**
 * Adds the highlight styles to a document or shadow root through a constructed style sheet
 * (nothing in the page's markup). Returns a function that removes them again.
 */
export function adoptHighlightStyles(target: Document | ShadowRoot, css = HIGHLIGHT_CSS): () => void {
  // Not `instanceof Document`: an editor iframe's document comes from another realm.
  const doc = target.nodeType === 9 /* DOCUMENT_NODE */ ? (target as Document) : (target as ShadowRoot).ownerDocument;
  const win = doc.defaultView as unknown as HighlightWindow | null;
  if (!win) return () => undefined;
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(css);
  target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
  return () => {
    target.adoptedStyleSheets = target.adoptedStyleSheets.filter((entry) => entry !== sheet);
  };
}

export interface HighlightItem {
  range: AbstractRange;
  severity: Severity;
}

/** The ranges of each checked block ("group"), kept in the document's highlight registry. */
export class HighlightLayer {
  private readonly groups = new Map<string, HighlightItem[]>();
  private readonly highlights = new Map<string, Highlight>();
  private active: AbstractRange | undefined;

  constructor(private readonly view: Window = window) {}

  private highlight(name: string): Highlight | undefined {
    const win = this.view as unknown as HighlightWindow;
    if (!win.Highlight || !win.CSS?.highlights) return undefined;
    let highlight = this.highlights.get(name);
    if (!highlight) {
      highlight = new win.Highlight();
      // Above the page's own highlights (spell checkers use priority 0).
      highlight.priority = name === HIGHLIGHT_NAMES.active ? 2 : 1;
      this.highlights.set(name, highlight);
    }
    // A page may clear the registry: put ours back whenever we write.
    if (win.CSS.highlights.get(name) !== highlight) win.CSS.highlights.set(name, highlight);
    return highlight;
  }

  /** Replace the ranges of one group. */
  setGroup(group: string, items: readonly HighlightItem[]): void {
    this.clearGroup(group);
    this.groups.set(group, [...items]);
    for (const item of items) this.highlight(HIGHLIGHT_NAMES[item.severity])?.add(item.range);
  }

  clearGroup(group: string): void {
    for (const item of this.groups.get(group) ?? []) this.highlights.get(HIGHLIGHT_NAMES[item.severity])?.delete(item.range);
    this.groups.delete(group);
  }

  /** Mark the finding the user is looking at (card open, or jumped to). */
  setActive(range: AbstractRange | undefined): void {
    const highlight = this.highlight(HIGHLIGHT_NAMES.active);
    if (this.active) highlight?.delete(this.active);
    this.active = range;
    if (range) highlight?.add(range);
  }

  /** Number of ranges per registered name (used by tests and the benchmark). */
  counts(): Record<string, number> {
    return Object.fromEntries([...this.highlights].map(([name, highlight]) => [name, highlight.size]));
  }

  dispose(): void {
    const win = this.view as unknown as HighlightWindow;
    for (const [name, highlight] of this.highlights) {
      if (win.CSS?.highlights?.get(name) === highlight) win.CSS.highlights.delete(name);
    }
    this.highlights.clear();
    this.groups.clear();
    this.active = undefined;
  }
}
