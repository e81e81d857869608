import type { WireFinding } from '../../lib/messages/vacancy-messages';
import { matchCase, replaceInField } from '../../lib/highlight/editor-input';
import { FieldMirror, type TextField } from '../../lib/highlight/field-mirror';
import { diffEdit, hitTest, shiftSpan, type Box } from '../../lib/highlight/mirror-layout';
import type { Target } from './target';

/**
 * A textarea or text input: its text has no DOM ranges, so underlines are drawn in our own layer
 * over the field, placed with a hidden mirror of the field's text layout (lib/highlight/).
 */
export class FieldTarget implements Target {
  text = '';
  findings: WireFinding[] = [];
  private readonly mirror: FieldMirror;
  private readonly marks: HTMLElement;
  /** Page-coordinate rectangles per finding, from the last layout. */
  private placed = new Map<WireFinding, Box[]>();
  private active: WireFinding | undefined;
  private frame = 0;

  constructor(
    readonly id: string,
    readonly element: TextField,
    layer: HTMLElement,
  ) {
    this.mirror = new FieldMirror(layer);
    this.marks = layer.ownerDocument.createElement('div');
    this.marks.dataset.ewField = id;
    layer.append(this.marks);
  }

  get editable(): boolean {
    return !this.element.readOnly && !this.element.disabled;
  }

  read(): string {
    this.text = this.element.value;
    return this.text;
  }

  show(findings: readonly WireFinding[]): void {
    this.findings = [...findings];
    this.layout();
  }

  onInput(): void {
    const value = this.element.value;
    const edit = diffEdit(this.text, value);
    if (!edit) return;
    // Keep earlier marks where their words went; the debounced check replaces them.
    this.findings = this.findings.flatMap((f) => shiftSpan(f, edit) ?? []);
    this.text = value;
    this.relayout();
  }

  relayout(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.layout();
    });
  }

  /** Measure and draw now (also used by the benchmark for the per-keystroke cost). */
  layout(): void {
    const visible = this.element.isConnected && this.element.getClientRects().length > 0;
    const { rects } = visible ? this.mirror.measure(this.element, this.findings) : { rects: [] as Box[][] };
    this.placed = new Map(this.findings.map((f, i) => [f, rects[i] ?? []]));
    const doc = this.marks.ownerDocument;
    const nodes: HTMLElement[] = [];
    for (const [finding, boxes] of this.placed) {
      for (const box of boxes) {
        const mark = doc.createElement('div');
        mark.className = `mark mark--${finding.severity}${finding === this.active ? ' mark--active' : ''}`;
        mark.dataset.ruleId = finding.ruleId;
        mark.dataset.text = finding.text;
        mark.style.cssText = `left:${box.left}px;top:${box.top}px;width:${box.width}px;height:${box.height}px`;
        nodes.push(mark);
      }
    }
    this.marks.replaceChildren(...nodes);
  }

  rects(finding: WireFinding): Box[] {
    const view = this.element.ownerDocument.defaultView ?? window;
    return (this.placed.get(finding) ?? []).map((b) => ({ ...b, left: b.left - view.scrollX, top: b.top - view.scrollY }));
  }

  findingAt(x: number, y: number): WireFinding | undefined {
    const view = this.element.ownerDocument.defaultView ?? window;
    for (const [finding, boxes] of this.placed) {
      if (hitTest(boxes, x + view.scrollX, y + view.scrollY)) return finding;
    }
    return undefined;
  }

  /** The finding around a caret offset of the field. */
  findingAtOffset(offset: number): WireFinding | undefined {
    return this.findings.find((f) => offset >= f.start && offset <= f.end);
  }

  activate(finding: WireFinding | undefined, scroll: boolean): void {
    this.active = finding;
    if (finding && scroll) {
      this.element.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
      this.scrollFieldTo(finding);
    }
    this.layout();
  }

  private scrollFieldTo(finding: WireFinding): void {
    const { rects, metrics } = this.mirror.measure(this.element, [{ start: finding.start, end: finding.end }]);
    if ((rects[0] ?? []).length > 0) return;
    // Not visible in the field: scroll so the line is in the middle.
    const lineHeight = Number.parseFloat(String(metrics.style.lineHeight)) || 18;
    const lines = this.element.value.slice(0, finding.start).split('\n').length;
    this.element.scrollTop = Math.max(0, lines * lineHeight - this.element.clientHeight / 2);
  }

  replace(finding: WireFinding, text: string): boolean {
    if (!this.editable || this.element.value.slice(finding.start, finding.end) !== finding.text) return false;
    return replaceInField(this.element, finding.start, finding.end, matchCase(finding.text, text));
  }

  dispose(): void {
    cancelAnimationFrame(this.frame);
    this.mirror.remove();
    this.marks.remove();
    this.findings = [];
    this.placed.clear();
  }
}
