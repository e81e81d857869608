import type { Candidates } from './candidates';

/**
 * The records a record's page links to before and after it: "‹ Vorige: Daan Kooistra",
 * "Volgende kandidaat: Mehmet Aydın ›", "Next: …" (held-out set GG, an ATS's candidate profile).
 * On an applicant's page these are the applicants before and after in the list; the lexicon judges
 * the name, as it does a list's link to a detail page.
 */
const NEIGHBOUR =
  /^[‹«<←\s]*(?:vorige|volgende|previous|next)(?:[ \t]+(?:kandidaat|kandidate|sollicitant|sollicitante|candidate|applicant|student))?[ \t]*:[ \t]*(?<name>[^:‹›«»<>←→]{3,60}?)[ \t›»>→]*$/iu;

export function recordNeighbour(element: Element, text: string, candidates: Candidates): void {
  if (element.tagName !== 'A' && element.tagName !== 'BUTTON' && element.getAttribute('role') !== 'link') return;
  const name = NEIGHBOUR.exec(text)?.groups?.['name'];
  if (name !== undefined) candidates.add(element, name.trim(), 'detail-link');
}
