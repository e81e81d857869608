/**
 * A block headed as the employer's side: "Contactpersoon", "Jouw recruiter", "Hiring manager".
 * Everything in it belongs to a colleague (their name, address, phone) and stays readable. The
 * block is the heading's own box when that holds nothing else, else the blocks after the heading
 * up to the next heading.
 */
const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
const MAX_AREA_TEXT = 500;
const MAX_BLOCKS = 4;
const NAME_SHAPED = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:\p{Ll}{1,3}\s+){0,3}\p{Lu}[\p{L}\p{M}'’.-]*){1,3}$/u;

export interface StaffArea {
  /** The elements that make the area. */
  blocks: Element[];
  /** The first name-shaped text in it, and the node it stands in. */
  name?: { text: string; node: Element | Text };
}

const squash = (text: string | null) => (text ?? '').replace(/\s+/gu, ' ').trim();

/**
 * Fields are a form's, each with its own label: under "Interviewer's Assessment" the candidate's
 * e-mail field is still the candidate's. A colleague's block is text.
 */
const holdsFields = (element: Element) =>
  element.matches('input, textarea, select') || element.querySelector('input, textarea, select') !== null;

export function staffArea(heading: Element): StaffArea {
  const box = heading.parentElement;
  let blocks: Element[];
  if (
    box !== null &&
    box.tagName !== 'BODY' &&
    squash(box.textContent).length <= MAX_AREA_TEXT &&
    box.querySelectorAll(HEADINGS).length === 1 &&
    !holdsFields(box)
  )
    blocks = [box];
  else {
    blocks = [];
    for (
      let next = heading.nextElementSibling;
      next !== null && blocks.length < MAX_BLOCKS && !next.matches(HEADINGS);
      next = next.nextElementSibling
    )
      if (!holdsFields(next)) blocks.push(next);
  }
  for (const block of blocks) {
    const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const text = squash(node.textContent);
      if (node.parentElement === heading || !NAME_SHAPED.test(text)) continue;
      return { blocks, name: { text, node: node as Text } };
    }
  }
  return { blocks };
}

const STAFF_LINE =
  /^([^:：]{2,48})[:：]\s*(\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \u00A0]+(?:\p{Ll}{1,3}[ \u00A0]+){0,3}\p{Lu}[\p{L}\p{M}'’.-]*){1,3})?/u;

/**
 * A line that says it is about the employer's side ("Contactpersoon werkgeversdienstverlening:
 * Yvonne Bakker-Smeets, 088 ..."): the label's role is a colleague's. Returns the name after it,
 * or "" when the line names none; undefined for other lines.
 */
export function staffLine(text: string, isStaffLabel: (label: string) => boolean): string | undefined {
  const match = STAFF_LINE.exec(text);
  if (match === null || !isStaffLabel(match[1] ?? '')) return undefined;
  return match[2] ?? '';
}
