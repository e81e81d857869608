import { roleOfLabel } from '../blinding/field-roles';
import type { MarkerCategory } from '../blinding/categories';
import { CATEGORY_OF_ROLE } from './harvest/role-marks';
import { fitsCategory } from './harvest/values';

/**
 * "Label: value" inside running text, where no element separates them: "... (door X): Nationaliteit:
 * Marokkaans, verblijfsvergunning ...". A label the field-role rules know gives its category to
 * the short value after it, up to the next comma, stop or bracket. Repetitions are bounded, so
 * the work per text is linear in its length; long texts are read up to a cap.
 */
export interface InlineValue {
  start: number;
  end: number;
  category: MarkerCategory;
}

const INLINE_LABEL =
  /(?<![\p{L}\p{M}])(?<label>\p{L}[\p{L}\p{M} '’-]{1,28}?)[ \u00A0]?:[ \u00A0]*(?<value>[^,.;:()\n]{1,40}?)(?=[ \u00A0]*(?:[,.;()\n]|$))/dgu;
const MAX_TEXT = 4096;
/** Colleagues and links are no value to hide here; names have their own rules. */
const LINKS: MarkerCategory = 'links';

export function inlineLabelValues(text: string): InlineValue[] {
  if (!text.includes(':')) return [];
  const found: InlineValue[] = [];
  const slice = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  for (const match of slice.matchAll(INLINE_LABEL)) {
    const label = match.groups?.['label'];
    const span = match.indices?.groups?.['value'];
    if (label === undefined || span === undefined) continue;
    const role = roleOfLabel(label.trim());
    const category = role === undefined ? undefined : CATEGORY_OF_ROLE[role];
    // The value must fit its label, as under a label of its own: "Locatie: Vergaderruimte De Kotter" is no residence.
    if (role === undefined || category === undefined || category === LINKS || !fitsCategory(role, slice.slice(span[0], span[1]))) continue;
    found.push({ start: span[0], end: span[1], category });
  }
  return found;
}
