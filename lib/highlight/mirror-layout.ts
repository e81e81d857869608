/**
 * Layout maths for underlining text inside a <textarea> or <input>: their text has no DOM ranges,
 * so we lay the same text out in a hidden "mirror" box with the field's font and text box, measure
 * ranges there, and move the rectangles to where the field shows them (minus its scroll offset,
 * clipped to its visible text area). Pure functions; the DOM part is in field-mirror.ts.
 */

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Properties that decide where the browser breaks and places the field's text. */
export const MIRRORED_PROPERTIES = [
  'direction',
  'fontFamily',
  'fontSize',
  'fontStyle',
  'fontVariant',
  'fontWeight',
  'fontStretch',
  'fontFeatureSettings',
  'fontKerning',
  'letterSpacing',
  'wordSpacing',
  'lineHeight',
  'textAlign',
  'textIndent',
  'textTransform',
  'textRendering',
  'tabSize',
  'wordBreak',
  'overflowWrap',
  'hyphens',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
] as const;
export type MirroredProperty = (typeof MIRRORED_PROPERTIES)[number];

/** What the maths needs from the field: its computed style and its client metrics. */
export interface FieldMetrics {
  style: Pick<CSSStyleDeclaration, MirroredProperty | 'borderTopWidth' | 'borderLeftWidth' | 'whiteSpace'>;
  /** Border box in page coordinates (getBoundingClientRect + window scroll). */
  box: Box;
  clientWidth: number;
  clientHeight: number;
  scrollLeft: number;
  scrollTop: number;
  /** `input` fields never wrap and keep one line. */
  singleLine: boolean;
}

export function px(value: string | undefined): number {
  const parsed = Number.parseFloat(value ?? '');
  return Number.isFinite(parsed) ? parsed : 0;
}

/**
 * Inline style for the mirror: the field's text properties, a content box exactly as wide as the
 * field's text area (clientWidth excludes a scroll bar, so the lines break at the same places),
 * placed over the field's padding box.
 */
export function mirrorStyle(field: FieldMetrics): Record<string, string> {
  const style: Record<string, string> = {};
  for (const property of MIRRORED_PROPERTIES) style[property] = String(field.style[property] ?? '');
  const padding = { left: px(field.style.paddingLeft), right: px(field.style.paddingRight), top: px(field.style.paddingTop) };
  const origin = paddingBoxOrigin(field);
  return {
    ...style,
    position: 'absolute',
    boxSizing: 'content-box',
    left: `${origin.left}px`,
    top: `${origin.top}px`,
    width: `${Math.max(0, field.clientWidth - padding.left - padding.right)}px`,
    height: 'auto',
    minHeight: `${Math.max(0, field.clientHeight - padding.top)}px`,
    border: '0',
    margin: '0',
    overflow: 'hidden',
    // Textareas wrap like pre-wrap; inputs keep one line.
    whiteSpace: field.singleLine ? 'pre' : field.style.whiteSpace === 'pre' ? 'pre' : 'pre-wrap',
    visibility: 'hidden',
    pointerEvents: 'none',
  };
}

/** Top-left of the field's padding box (inside its borders) in page coordinates. */
export function paddingBoxOrigin(field: Pick<FieldMetrics, 'box' | 'style'>): { left: number; top: number } {
  return { left: field.box.left + px(field.style.borderLeftWidth), top: field.box.top + px(field.style.borderTopWidth) };
}

/** The part of the page where the field shows text: its padding box without scroll bars. */
export function visibleTextArea(field: FieldMetrics): Box {
  const origin = paddingBoxOrigin(field);
  return { left: origin.left, top: origin.top, width: field.clientWidth, height: field.clientHeight };
}

/**
 * Move rectangles measured in the mirror (page coordinates of the unscrolled mirror) to where the
 * field shows them: shifted by the field's scroll offset, then clipped to its visible text area.
 * Rectangles scrolled fully out of view are dropped.
 */
export function placeRects(mirrorRects: readonly Box[], field: FieldMetrics): Box[] {
  const clip = visibleTextArea(field);
  const placed: Box[] = [];
  for (const rect of mirrorRects) {
    if (rect.width <= 0 || rect.height <= 0) continue;
    const shifted = { left: rect.left - field.scrollLeft, top: rect.top - field.scrollTop, width: rect.width, height: rect.height };
    const clipped = intersect(shifted, clip);
    if (clipped) placed.push(clipped);
  }
  return placed;
}

export function intersect(a: Box, b: Box): Box | undefined {
  const left = Math.max(a.left, b.left);
  const top = Math.max(a.top, b.top);
  const right = Math.min(a.left + a.width, b.left + b.width);
  const bottom = Math.min(a.top + a.height, b.top + b.height);
  return right > left && bottom > top ? { left, top, width: right - left, height: bottom - top } : undefined;
}

/** Join the rectangles of one line (a range over several inline boxes gives several). */
export function mergeLineRects(rects: readonly Box[], tolerance = 1): Box[] {
  const sorted = [...rects].sort((a, b) => a.top - b.top || a.left - b.left);
  const merged: Box[] = [];
  for (const rect of sorted) {
    const last = merged[merged.length - 1];
    if (last && Math.abs(last.top - rect.top) <= tolerance && rect.left <= last.left + last.width + tolerance) {
      const right = Math.max(last.left + last.width, rect.left + rect.width);
      last.height = Math.max(last.height, rect.height);
      last.width = right - last.left;
    } else {
      merged.push({ ...rect });
    }
  }
  return merged;
}

/** Is a point (page coordinates) on one of the rectangles? Used for hover over field underlines. */
export function hitTest(rects: readonly Box[], x: number, y: number): boolean {
  return rects.some((r) => x >= r.left && x < r.left + r.width && y >= r.top && y < r.top + r.height);
}

/**
 * The text the mirror lays out: a trailing newline needs a following character to make its empty
 * last line take space, exactly as the field shows it.
 */
export function mirrorText(value: string): string {
  return value.endsWith('\n') ? `${value}\u200b` : value;
}

/**
 * After an edit, where do earlier findings go? The common prefix and suffix of the old and new
 * value tell what changed; findings before the change stay, findings after it shift by the length
 * difference, findings touching it are dropped until the next check.
 */
export interface TextEdit {
  start: number;
  oldEnd: number;
  newEnd: number;
}

export function diffEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let suffix = 0;
  while (suffix < max - start && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) {
    suffix++;
  }
  return { start, oldEnd: before.length - suffix, newEnd: after.length - suffix };
}

export function shiftSpan<T extends { start: number; end: number }>(span: T, edit: TextEdit): T | undefined {
  if (span.end <= edit.start) return span;
  if (span.start >= edit.oldEnd) {
    const delta = edit.newEnd - edit.oldEnd;
    return { ...span, start: span.start + delta, end: span.end + delta };
  }
  return undefined;
}
