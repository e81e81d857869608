import { describe, expect, it } from 'vitest';
import { createEmployerAddress } from '../../../entrypoints/screening.content/employer-address';
import type { MarkerRange } from '../../../lib/blinding/marker-range';

// Invented people and places. A live chat's side panel (held-out set LL): the visitor's contact
// card, then the firm's own part under "Organisatie".
const panel = (firmHeading: string) =>
  `<aside><div class="block"><h3>Contact</h3><div class="row"><span>Naam</span><span>Yara Martis</span></div><div class="row"><span>Locatie</span><span id="home">Oosterhout, Nederland</span></div></div>` +
  `<div class="block"><h3>${firmHeading}</h3><div class="row"><span>Operator</span><span>Lotte van Beek</span></div><div class="row"><span>Locatie</span><span id="firm">Zorgcentrum De Lindehof, Breda</span></div></div></aside>`;
// Only the applicant's name is known to the detector.
const detect = (text: string): MarkerRange[] => {
  const at = text.indexOf('Yara Martis');
  return at < 0 ? [] : [{ start: at, end: at + 'Yara Martis'.length, category: 'names', applicantKey: 'a1' }];
};
const employerAddress = createEmployerAddress(detect, (element) => element.textContent ?? '');
const isTheFirms = (id: string) => {
  const value = document.getElementById(id)!;
  return employerAddress(value.textContent!, { start: 0, end: value.textContent!.length, category: 'address' }, value);
};

describe("the employer's address on an applicant page", () => {
  it("is a location in the part of a side panel headed by the firm's own word for itself", () => {
    document.body.innerHTML = panel('Organisatie');
    expect(isTheFirms('firm')).toBe(true);
    expect(isTheFirms('home')).toBe(false);
  });

  it('is no location under any other heading beside an applicant', () => {
    document.body.innerHTML = panel('Details');
    expect(isTheFirms('firm')).toBe(false);
  });
});
