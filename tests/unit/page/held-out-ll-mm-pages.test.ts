import { describe, expect, it } from 'vitest';
import { detectMarkers } from '../../../lib/blinding';
import { judgeName } from '../../../lib/blinding/name-evidence';
import { colleagueBefore } from '../../../lib/page/harvest/colleague-before';
import { testLexicon } from '../blinding/test-lexicon';
import { harvestPage } from './harvest-page';

// Invented people and firms. The screens are the kinds held-out sets LL and MM of stop 38 showed us.
const lexicon = testLexicon({
  given: ['mariam', 'wojciech', 'omar', 'iryna', 'kim', 'jan'],
  family: ['haile', 'nowak', 'haddad', 'savchuk', 'jansen'],
  places: ['amsterdam', 'utrecht', 'leiden', 'haarlem'],
});
const addresses = (text: string) =>
  detectMarkers(text)
    .filter((range) => range.category === 'address')
    .map((range) => text.slice(range.start, range.end));

describe('pages of held-out sets LL and MM', () => {
  it('reads where someone lives with small words between the verb and the place', () => {
    expect(addresses('Zij woont nog op Curaçao maar verhuist op 1 augustus naar Nederland.')).toEqual(['Curaçao']);
    expect(addresses('Sinds kort woon ik weer in Tegelen, dus de reistijd is kort.')).toEqual(['Tegelen']);
    expect(addresses('Waar woon je in de buurt?')).toEqual([]);
  });

  it("makes a booking tool's list of invitees an applicant page, with no word about applying", () => {
    const booking = (initials: string, name: string, mail: string) =>
      `<div class="card" data-booking="1"><div class="text-sm"><div>Mon 17 March 2025</div><div>09:00 – 09:30</div></div><span class="avatar invitee-avatar">${initials}</span><div><div class="font-semibold">${name}</div><div><a href="mailto:${mail}">${mail}</a></div></div><button>Details</button></div>`;
    const page = harvestPage(
      `<aside><nav><a href="#">Event types</a><a href="#">Meetings</a></nav></aside><main><h1>Meetings</h1><div id="meetings">${booking('MH', 'Mariam Haile', 'mariam.haile@student.example')}${booking('WN', 'Wojciech Nowak', 'w.nowak@student.example')}${booking('OH', 'Omar Haddad', 'omar.haddad@student.example')}</div></main>`,
      lexicon,
    );
    expect(page.names).toEqual(expect.arrayContaining(['Mariam Haile', 'Wojciech Nowak', 'Omar Haddad']));
    expect(page.role()).toBe('applicants');
  });

  it("names a booking's hosts as colleagues", () => {
    const text = 'Upcoming bookings for “Intro call” · hosted by Kim Jansen, co-host Jan Haile';
    expect(colleagueBefore(text, text.indexOf('Kim'))).toBe(true);
    expect(colleagueBefore(text, text.indexOf('Jan Haile'))).toBe(true);
    expect(colleagueBefore('Gesprek met Kim Jansen', 'Gesprek met '.length)).toBe(false);
  });

  it("takes a school's kind and its town for no person's name", () => {
    for (const school of ['Hogeschool van Amsterdam', 'Hogeschool Utrecht', 'Universiteit Leiden'])
      expect(judgeName(school, ['field-role'], lexicon).accept).toBe(false);
    expect(judgeName('Jan van Amsterdam', ['field-role'], lexicon).accept).toBe(true);
  });
});
