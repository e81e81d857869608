import { alike, isHeading, siblingsLike } from './structure';

/**
 * The area a notes heading heads: its parent, past wrappers that hold only the heading. None when
 * that area is one lane of a board: "Application Review · 2" names a pipeline stage, and its cards
 * are applicants, not the authors of notes (held-out set M). Sections of a profile side by side
 * ("Attachments", "Activity") hold different things, and stay notes when their heading says so.
 */
export function notesArea(heading: Element): Element | undefined {
  let area = heading.parentElement ?? heading;
  while (area.childElementCount === 1 && area.parentElement !== null && area.parentElement.tagName !== 'BODY') area = area.parentElement;
  return isLane(area) ? undefined : area;
}

/** One lane of a board: areas alike side by side that hold cards alike (a classed card in two of them). */
function isLane(area: Element): boolean {
  const others = siblingsLike(area);
  if (others.length === 0) return false;
  for (const child of area.children) {
    if (isHeading(child) || (child.getAttribute('class') ?? '') === '') continue;
    if (others.some((other) => [...other.children].some((card) => alike(card, child)))) return true;
  }
  return false;
}
