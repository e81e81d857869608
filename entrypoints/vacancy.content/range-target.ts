import type { WireFinding } from '../../lib/messages/vacancy-messages';
import { matchCase, replaceInEditable } from '../../lib/highlight/editor-input';
import type { HighlightLayer } from '../../lib/highlight/highlight-layer';
import type { Box } from '../../lib/highlight/mirror-layout';
import { buildTextMap, rangeFor, type TextMap, type TextMapOptions } from '../../lib/highlight/text-map';
import type { Target } from './target';

/**
 * Page text or a contenteditable editor: findings become DOM ranges painted with the CSS Custom
 * Highlight API. Nothing in the element changes; live ranges follow the user's own edits.
 */
export class RangeTarget implements Target {
  text = '';
  findings: WireFinding[] = [];
  private map: TextMap = { text: '', segments: [] };
  private readonly ranges = new Map<WireFinding, Range>();

  constructor(
    readonly id: string,
    readonly element: Element,
    private readonly layer: HighlightLayer,
    private readonly options: TextMapOptions = {},
  ) {}

  get editable(): boolean {
    return (this.element as HTMLElement).isContentEditable === true;
  }

  read(): string {
    this.map = buildTextMap(this.element, this.options);
    this.text = this.map.text;
    return this.text;
  }

  show(findings: readonly WireFinding[]): void {
    this.ranges.clear();
    const items = [];
    for (const finding of findings) {
      const range = rangeFor(this.map, finding.start, finding.end);
      if (!range) continue;
      this.ranges.set(finding, range);
      items.push({ range, severity: finding.severity });
    }
    this.findings = findings.filter((f) => this.ranges.has(f));
    this.layer.setGroup(this.id, items);
  }

  /** Boxes in the top page's viewport, also for an editor inside (nested) same-origin frames. */
  rects(finding: WireFinding): Box[] {
    const offset = frameOffset(this.element.ownerDocument);
    return this.localRects(finding).map((r) => ({ ...r, left: r.left + offset.left, top: r.top + offset.top }));
  }

  /** Boxes in the viewport of the element's own document (where its pointer events happen). */
  private localRects(finding: WireFinding): Box[] {
    const range = this.ranges.get(finding);
    return range ? [...range.getClientRects()].map((r) => ({ left: r.left, top: r.top, width: r.width, height: r.height })) : [];
  }

  findingAt(x: number, y: number): WireFinding | undefined {
    if (this.findings.length === 0) return undefined;
    const doc = this.element.ownerDocument;
    const caret = doc.caretRangeFromPoint?.(x, y);
    if (!caret || !this.element.contains(caret.startContainer)) return undefined;
    for (const finding of this.findings) {
      const range = this.ranges.get(finding);
      if (!range || !range.isPointInRange(caret.startContainer, caret.startOffset)) continue;
      // The caret snaps to the nearest character: check the pointer is really on the words.
      if (this.localRects(finding).some((r) => x >= r.left && x <= r.left + r.width && y >= r.top && y <= r.top + r.height)) return finding;
    }
    return undefined;
  }

  /** The finding whose range holds a DOM point (the caret of an editor). */
  findingAtPoint(node: Node, offset: number): WireFinding | undefined {
    return this.findings.find((finding) => {
      const range = this.ranges.get(finding);
      return range !== undefined && !range.collapsed && range.isPointInRange(node, offset);
    });
  }

  activate(finding: WireFinding | undefined, scroll: boolean): void {
    const range = finding ? this.ranges.get(finding) : undefined;
    this.layer.setActive(range);
    if (range && scroll) {
      const element = range.startContainer.parentElement;
      element?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    }
  }

  replace(finding: WireFinding, text: string): boolean {
    const range = this.ranges.get(finding);
    // The page may have changed the words since the check: never overwrite anything else.
    if (!range || !this.editable || range.toString() !== finding.text) return false;
    this.layer.setActive(undefined);
    return replaceInEditable(range, matchCase(finding.text, text));
  }

  onInput(): void {
    // Live ranges already follow the edit; the debounced check re-reads the text.
  }

  relayout(): void {
    // The browser paints highlights wherever the text goes.
  }

  dispose(): void {
    this.layer.clearGroup(this.id);
    this.ranges.clear();
    this.findings = [];
  }
}

/**
 * Where a frame's viewport sits in the top page's viewport: the sum of the positions of each
 * frame element's content box (border and padding included) up to the top document. Zero for the
 * top document itself. TinyMCE and older CKEditor edit inside such a same-origin frame.
 */
export function frameOffset(doc: Document): { left: number; top: number } {
  let left = 0;
  let top = 0;
  let view = doc.defaultView;
  for (let frame = view?.frameElement; view && frame; view = frame.ownerDocument.defaultView, frame = view?.frameElement) {
    const box = frame.getBoundingClientRect();
    const style = frame.ownerDocument.defaultView?.getComputedStyle(frame);
    left += box.left + frame.clientLeft + (style ? Number.parseFloat(style.paddingLeft) || 0 : 0);
    top += box.top + frame.clientTop + (style ? Number.parseFloat(style.paddingTop) || 0 : 0);
  }
  return { left, top };
}
