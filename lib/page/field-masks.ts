import { afterNextLayout } from './after-layout';
import type { PaintHolds } from './hold-paint';

/**
 * Visual masks for form fields and editable areas (docs/decisions.md#never-write-into-the-page).
 *
 * An input, textarea or select keeps its value exactly as the page set it; when that value holds
 * a marker, an opaque box in our own layer covers the field's text and shows the masked text.
 * Values set by script fire no event and no mutation, so the boxes are checked in every rendering
 * update, after the browser's layout and before its paint (after-layout.ts): a value set by script
 * is covered in the frame it would first appear, and reading where fields are costs no layout of
 * its own. The loop runs only while fields are tracked and stops by itself when none are left.
 *
 * Editable areas (contenteditable) are covered with the CSS Custom Highlight API: the marker
 * ranges are painted transparent on grey, and the DOM is not touched.
 */

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** Kinds of <input> that show their value (a date or a number is shown too). */
const TEXT_INPUTS = new Set(['text', 'search', 'email', 'tel', 'url', '', 'number', 'date', 'datetime-local', 'month', 'week', 'time']);

export interface FieldMaskOptions {
  /** Masked form of a value, or undefined when it holds no marker. */
  mask: (value: string, field: Element) => string | undefined;
  /** Marker ranges in an editable text node (for highlights). */
  ranges: (text: string, owner: Element) => { start: number; end: number }[];
  /** Where the boxes go: an element in our closed shadow root, fixed over the viewport. */
  layer: HTMLElement;
  /** The highlight's name; the page style sheet gives ::highlight(name) its look. */
  highlightName?: string;
  /**
   * The page's paint holds: while the page is held nothing shows, so no field is measured. The
   * boxes are placed in the rendering update right after the last hold is given back, before that
   * update paints.
   */
  holds?: Pick<PaintHolds, 'held' | 'onReleased'>;
  /** Run a callback in the next rendering update, after layout (after-layout.ts); injectable for tests. */
  nextUpdate?: (callback: () => void) => void;
  /**
   * A tracked field holds a value its markup did not give, or a new one since it was last seen:
   * a script sets `input.value` without any event a MutationObserver sees (a grid of inputs filled
   * after load, held-out set Z), and the value may name someone new. Called once per value.
   */
  onNewValue?: (field: Field) => void;
}

export interface FieldMasks {
  track: (field: Field) => void;
  trackEditable: (element: HTMLElement) => void;
  /** The masking rules changed (new names, numbers, a reveal): mask every value again before the next paint. */
  recheck: () => void;
  /** Remove every box and highlight (pause, reveal of everything). */
  clear: () => void;
  /** Fields covered by a box now. */
  readonly coveredCount: number;
  /** The text a box shows over a field, if any (tests, the panel). */
  shownOver: (field: Field) => string | undefined;
}

interface Box {
  element: HTMLElement;
  lastValue: string;
  /** What was last written to the box's style: unchanged boxes are not written again each frame. */
  lastLook: string;
}

function valueOf(field: Field): string {
  if (field.tagName === 'SELECT') return (field as HTMLSelectElement).selectedOptions[0]?.text ?? '';
  return field.value;
}
function showsText(field: Field): boolean {
  return field.tagName !== 'INPUT' || TEXT_INPUTS.has((field as HTMLInputElement).type);
}

/**
 * Where a same-origin frame's viewport sits in the top viewport (our layer is fixed there), or
 * undefined when a frame on the way is not rendered.
 */
function frameOffset(doc: Document): { x: number; y: number } | undefined {
  let x = 0;
  let y = 0;
  for (let view: Window | null = doc.defaultView; view !== null && view !== view.parent; view = view.parent) {
    let frame: Element | null;
    try {
      frame = view.frameElement;
    } catch {
      return undefined;
    }
    if (frame === null) break;
    const rect = frame.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) return undefined;
    x += rect.left + frame.clientLeft;
    y += rect.top + frame.clientTop;
  }
  return { x, y };
}

export function createFieldMasks(options: FieldMaskOptions): FieldMasks {
  const fields = new Set<Field>();
  const editables = new Set<HTMLElement>();
  const boxes = new Map<Field, Box>();
  const lastSeen = new WeakMap<Field, string>();
  const handedOn = new WeakMap<Field, string>();
  const nextUpdate = options.nextUpdate ?? ((callback: () => void) => void afterNextLayout(options.layer.ownerDocument, callback));
  const highlightName = options.highlightName ?? 'ew-blind';
  let framePending = false;

  function schedule(): void {
    if (framePending || (fields.size === 0 && boxes.size === 0)) return;
    framePending = true;
    nextUpdate(() => {
      framePending = false;
      if (options.holds?.held === true) return schedule();
      refresh();
      if (fields.size > 0) schedule();
    });
  }

  interface Placement {
    box: Box;
    visible: boolean;
    left: number;
    top: number;
    width: number;
    height: number;
    /** Read only for a field near the viewport. */
    style: CSSStyleDeclaration | undefined;
    textarea: boolean;
  }

  function boxFor(field: Field): Box {
    let box = boxes.get(field);
    if (box === undefined) {
      const element = options.layer.ownerDocument.createElement('div');
      element.className = 'ew-field-mask';
      element.setAttribute('aria-hidden', 'true');
      box = { element, lastValue: '', lastLook: '' };
      boxes.set(field, box);
      options.layer.append(element);
    }
    return box;
  }

  // Reads first, for every box: a read after a write would force a layout per field.
  function measure(field: Field, box: Box): Placement {
    const rect = field.getBoundingClientRect();
    const view = field.ownerDocument.defaultView ?? window;
    // A field a screen or more away from its viewport is not painted this frame: its box waits,
    // and its style is not read (on a page of 500 fields that read costs more than the rest).
    const near = rect.bottom > -view.innerHeight && rect.top < 2 * view.innerHeight;
    const style = near ? view.getComputedStyle(field) : undefined;
    const frame = frameOffset(field.ownerDocument);
    return {
      box,
      visible: rect.width > 0 && rect.height > 0 && style !== undefined && style.visibility !== 'hidden' && frame !== undefined,
      left: rect.left + field.clientLeft + (frame?.x ?? 0),
      top: rect.top + field.clientTop + (frame?.y ?? 0),
      width: field.clientWidth || rect.width,
      height: field.clientHeight || rect.height,
      style,
      textarea: field.tagName === 'TEXTAREA',
    };
  }

  function apply(placement: Placement): void {
    const { box, style } = placement;
    if (!placement.visible || style === undefined) {
      if (box.lastLook !== 'none') box.element.style.display = 'none';
      box.lastLook = 'none';
      return;
    }
    const background = style.backgroundColor;
    const look = {
      display: 'block',
      left: `${placement.left}px`,
      top: `${placement.top}px`,
      width: `${placement.width}px`,
      height: `${placement.height}px`,
      font: style.font,
      padding: style.padding,
      textAlign: style.textAlign,
      color: style.color,
      backgroundColor: background === 'rgba(0, 0, 0, 0)' || background === 'transparent' ? '#ffffff' : background,
      whiteSpace: placement.textarea ? 'pre-wrap' : 'pre',
    };
    // The loop runs every frame: a write of the same style would still make the browser restyle.
    const key = Object.values(look).join('|');
    if (key === box.lastLook) return;
    box.lastLook = key;
    Object.assign(box.element.style, look);
  }

  function uncover(field: Field): void {
    boxes.get(field)?.element.remove();
    boxes.delete(field);
  }

  /** Decide which fields need a box (values only, no layout), then measure all, then write all. */
  function refresh(): void {
    const placed: [Field, Box][] = [];
    for (const field of fields) {
      if (!field.isConnected) {
        fields.delete(field);
        uncover(field);
        continue;
      }
      const value = valueOf(field);
      if (lastSeen.get(field) !== value) {
        // Changed since seen, or first seen with a value no attribute gave (set by script before we
        // looked); each value is handed on once, not again at every recheck.
        const setByScript = lastSeen.has(field) || ('defaultValue' in field && field.defaultValue !== value);
        if (setByScript && value !== '' && handedOn.get(field) !== value) {
          handedOn.set(field, value);
          options.onNewValue?.(field);
        }
        lastSeen.set(field, value);
        const masked = value === '' ? undefined : options.mask(value, field);
        if (masked === undefined || masked === value) {
          uncover(field);
          continue;
        }
        const box = boxFor(field);
        if (box.lastValue !== masked) {
          box.element.textContent = masked;
          box.lastValue = masked;
        }
      }
      const box = boxes.get(field);
      if (box !== undefined) placed.push([field, box]);
    }
    const placements = placed.map(([field, box]) => measure(field, box));
    for (const placement of placements) apply(placement);
    refreshHighlights();
  }

  function refreshHighlights(): void {
    const registry = (globalThis.CSS as { highlights?: Map<string, unknown> } | undefined)?.highlights;
    const HighlightClass = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
    if (registry === undefined || HighlightClass === undefined) return;
    const ranges: Range[] = [];
    for (const element of editables) {
      if (!element.isConnected) {
        editables.delete(element);
        continue;
      }
      const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node !== null; node = walker.nextNode() as Text | null) {
        for (const found of options.ranges(node.data, element)) {
          const range = element.ownerDocument.createRange();
          range.setStart(node, found.start);
          range.setEnd(node, found.end);
          ranges.push(range);
        }
      }
    }
    if (ranges.length === 0) registry.delete(highlightName);
    else registry.set(highlightName, new HighlightClass(...ranges));
  }

  options.holds?.onReleased(schedule);

  return {
    track(field) {
      if (!showsText(field)) return;
      fields.add(field);
      lastSeen.delete(field);
      // Checked in the next rendering update, after its layout and before its paint.
      schedule();
    },
    trackEditable(element) {
      editables.add(element);
      refreshHighlights();
    },
    recheck() {
      for (const field of fields) lastSeen.delete(field);
      // In the next rendering update, before it paints: measuring now would force a layout of the
      // whole page in the middle of a pass that just changed it.
      schedule();
    },
    clear() {
      for (const field of [...boxes.keys()]) uncover(field);
      fields.clear();
      editables.clear();
      const registry = (globalThis.CSS as { highlights?: Map<string, unknown> } | undefined)?.highlights;
      registry?.delete(highlightName);
    },
    get coveredCount() {
      return boxes.size;
    },
    shownOver: (field) => boxes.get(field)?.lastValue,
  };
}
