/**
 * The DOM half of the textarea/input overlay: a hidden mirror box with the field's text, in a
 * container we own (our shadow root), never in the page. Rectangles come back in page coordinates,
 * already shifted by the field's scroll and clipped to what it shows (see mirror-layout.ts).
 */
import { mergeLineRects, mirrorStyle, mirrorText, placeRects, type Box, type FieldMetrics } from './mirror-layout';

export type TextField = HTMLTextAreaElement | HTMLInputElement;

export function fieldMetrics(field: TextField): FieldMetrics {
  const view = field.ownerDocument.defaultView ?? window;
  const rect = field.getBoundingClientRect();
  return {
    style: view.getComputedStyle(field),
    box: { left: rect.left + view.scrollX, top: rect.top + view.scrollY, width: rect.width, height: rect.height },
    clientWidth: field.clientWidth,
    clientHeight: field.clientHeight,
    scrollLeft: field.scrollLeft,
    scrollTop: field.scrollTop,
    singleLine: field instanceof view.HTMLInputElement,
  };
}

export class FieldMirror {
  private readonly box: HTMLDivElement;
  private readonly text: Text;
  private styleKey = '';

  /**
   * @param container an element of ours positioned at the page origin (0,0 of the document)
   */
  constructor(container: HTMLElement) {
    const doc = container.ownerDocument;
    this.box = doc.createElement('div');
    this.box.setAttribute('aria-hidden', 'true');
    this.text = doc.createTextNode('');
    this.box.append(this.text);
    container.append(this.box);
  }

  /** Lay out `value` as the field would and return the rectangles of each [start, end). */
  measure(field: TextField, spans: readonly { start: number; end: number }[]): { metrics: FieldMetrics; rects: Box[][] } {
    const metrics = fieldMetrics(field);
    const style = mirrorStyle(metrics);
    const key = JSON.stringify(style);
    if (key !== this.styleKey) {
      Object.assign(this.box.style, style);
      this.styleKey = key;
    }
    const value = field.value;
    const shown = mirrorText(value);
    if (this.text.data !== shown) this.text.data = shown;
    const origin = this.box.getBoundingClientRect();
    const view = field.ownerDocument.defaultView ?? window;
    // The mirror sits where the field's padding box is; getClientRects() are viewport-relative.
    const dx = Number.parseFloat(style.left ?? '0') - (origin.left + view.scrollX);
    const dy = Number.parseFloat(style.top ?? '0') - (origin.top + view.scrollY);
    const range = field.ownerDocument.createRange();
    const rects = spans.map(({ start, end }) => {
      if (start < 0 || end > value.length || end <= start) return [];
      range.setStart(this.text, start);
      range.setEnd(this.text, end);
      const raw = [...range.getClientRects()].map((r) => ({
        left: r.left + view.scrollX + dx,
        top: r.top + view.scrollY + dy,
        width: r.width,
        height: r.height,
      }));
      return placeRects(mergeLineRects(raw), metrics);
    });
    return { metrics, rects };
  }

  remove(): void {
    this.box.remove();
  }
}
