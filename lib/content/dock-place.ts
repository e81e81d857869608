/** A point or a rectangle in CSS pixels of the viewport. */
export interface Box {
  x: number;
  y: number;
  width?: number;
  height?: number;
}

const MARGIN = 16;
/** What a person can reach with Tab, or click: the page content the dock must not cover. */
const FOCUSABLE =
  'a[href],button,input,select,textarea,summary,iframe,[tabindex]:not([tabindex="-1"]),[contenteditable=""],[contenteditable="true"]';

/** Rectangles of the visible focusable elements of the page (not ours). */
export function focusableBoxes(doc: Document, ours: (node: Node) => boolean): DOMRect[] {
  const view = doc.defaultView;
  const boxes: DOMRect[] = [];
  if (!view) return boxes;
  for (const element of doc.querySelectorAll(FOCUSABLE)) {
    if (ours(element) || (element as HTMLButtonElement).disabled) continue;
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0 || rect.bottom < 0 || rect.right < 0) continue;
    if (rect.top > view.innerHeight || rect.left > view.innerWidth) continue;
    boxes.push(rect);
  }
  return boxes;
}

function overlaps(a: Required<Box>, b: DOMRect): boolean {
  return a.x < b.right && a.x + a.width > b.left && a.y < b.bottom && a.y + a.height > b.top;
}

/**
 * Where the dock covers the fewest focusable page elements, trying the corners in the order a
 * person expects it (bottom right first) and then along the bottom and right edges.
 */
export function placeAside(doc: Document, size: { width: number; height: number }, ours: (node: Node) => boolean): Box {
  const view = doc.defaultView;
  const width = view?.innerWidth ?? 1024;
  const height = view?.innerHeight ?? 768;
  const right = Math.max(0, width - size.width - MARGIN);
  const bottom = Math.max(0, height - size.height - MARGIN);
  const candidates: Box[] = [
    { x: right, y: bottom },
    { x: MARGIN, y: bottom },
    { x: right, y: MARGIN },
    { x: MARGIN, y: MARGIN },
  ];
  for (let step = 1; step < 8; step++) {
    candidates.push({ x: right, y: Math.max(MARGIN, bottom - step * (size.height + MARGIN)) });
    candidates.push({ x: Math.max(MARGIN, right - step * (size.width / 2)), y: bottom });
  }
  const boxes = focusableBoxes(doc, ours);
  let best = candidates[0] as Box;
  let fewest = Infinity;
  for (const candidate of candidates) {
    const area = { ...candidate, width: size.width + 8, height: size.height + 8 };
    area.x -= 4;
    area.y -= 4;
    const covered = boxes.filter((box) => overlaps(area as Required<Box>, box)).length;
    if (covered < fewest) [best, fewest] = [candidate, covered];
    if (covered === 0) break;
  }
  return best;
}
