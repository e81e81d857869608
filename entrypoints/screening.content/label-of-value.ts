import { roleOfLabel } from '../../lib/blinding/field-roles';
import type { PageMarks } from '../../lib/page/harvest/page-marks';

/** A label's words: a few, without digits or an address. */
const LABEL_WORDS = /^[\s\p{L}'’-]{2,40}[:：]?\s*$/u;

/**
 * The text is the label of the marked value after it: "Mailing Address" before
 * "Bergpolderstraat 41-A". Read with the text around it, an address reaches back over capitalised
 * words before its street, and the label itself would be masked (held-out set DD, a CRM's contact).
 */
export function labelsMarkedValue(text: string, owner: Element, marks: PageMarks): boolean {
  const next = owner.nextElementSibling;
  return next !== null && marks.markOf(next)?.kind === 'category' && LABEL_WORDS.test(text) && roleOfLabel(text.trim()) !== undefined;
}
