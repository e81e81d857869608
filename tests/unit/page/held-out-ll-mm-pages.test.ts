import { describe, expect, it } from 'vitest';
import { detectMarkers } from '../../../lib/blinding';
import { judgeName } from '../../../lib/blinding/name-evidence';
import { createNameMatcher } from '../../../lib/blinding/name-matcher';
import { colleagueAfter, colleagueBefore } from '../../../lib/page/harvest/colleague-before';
import { testLexicon } from '../blinding/test-lexicon';
import { harvestPage } from './harvest-page';

// Invented people and firms. The screens are the kinds held-out sets LL and MM of stop 38 showed us.
const lexicon = testLexicon({
  given: ['mariam', 'wojciech', 'omar', 'iryna', 'kim', 'jan', 'tim', 'soufiane', 'ayaan', 'willemijn', 'kevin', 'sandra'],
  family: ['haile', 'nowak', 'haddad', 'savchuk', 'jansen', 'wit', 'hoogland', 'bouzid', 'hassan', 'lange', 'ngo', 'geurts'],
  common: ['transport', 'zorg', 'brood', 'wit'],
  places: ['amsterdam', 'utrecht', 'leiden', 'haarlem'],
});
const matched = (names: string[], text: string) => createNameMatcher(names)(text).map((range) => text.slice(range.start, range.end));
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

  it("takes a firm's name ending in an ordinary word for no person's, after a greeting too", () => {
    for (const firm of ['De Wit Transport', 'Hoogland Zorg']) expect(judgeName(firm, ['greeting'], lexicon).accept).toBe(false);
    expect(judgeName('Tim Brood', ['greeting'], lexicon).accept).toBe(true);
    expect(judgeName('Lisa-Marie ten Brood', ['greeting'], testLexicon({ given: ['lisa'], common: ['brood'] })).accept).toBe(true);
    // Such a firm named first by a label is still the employer's client: its name stays readable (set FF).
    const client = harvestPage('<p class="sub">Klant: Hoogland Zorg · Standplaats: Utrecht · Eigenaar: Sandra Geurts</p>', lexicon);
    expect(client.harvester.isStaff('Hoogland Zorg')).toBe(true);
  });

  it("keeps an applicant's surname readable where it is the last word of a firm's or a place's name", () => {
    expect(matched(['Fleur Koster', 'Sanne Roos'], 'Installatiebedrijf Smit & Koster · Esther')).toEqual([]);
    expect(matched(['Fleur Koster', 'Sanne Roos'], 'Hotel De Gouden Roos · Den Haag')).toEqual([]);
    expect(matched(['Fleur Koster', 'Sanne Roos'], 'mevrouw Koster belde, Roos ook')).toEqual(['Koster', 'Roos']);
  });

  it('names a colleague by the team role after a comma', () => {
    const text = 'Dan plannen we een kennismaking met Sandra Geurts, teamleider planning.';
    expect(colleagueAfter(text, text.indexOf(' Geurts') + ' Geurts'.length)).toBe(true);
    const applicant = 'Dan plannen we een kennismaking met Sandra Geurts, student logistiek.';
    expect(colleagueAfter(applicant, applicant.indexOf(' Geurts') + ' Geurts'.length)).toBe(false);
    expect(harvestPage(`<p class="note">Notitie: ${text}</p>`, lexicon).harvester.isStaff('Sandra Geurts')).toBe(true);
  });

  it("reads a video call's guest, after an avatar's letters, and the one in its waiting room as applicants", () => {
    const page = harvestPage(
      `<h1>Sollicitatiegesprek Accountmanager – Eindhoven</h1><ul class="people"><li><span class="av">WL</span>Willemijn de Lange<span class="role">Host · HR-adviseur</span></li>` +
        `<li><span class="av">KN</span>Kevin Ngo<span class="role">Host · Salesmanager</span></li><li><span class="av">SB</span>Soufiane Bouzid<span class="role">Gast</span></li></ul>` +
        `<div class="lobby">Wachtruimte: <b>Ayaan Hassan</b> (gesprek 15:00) · <a href="#">Toelaten</a></div>` +
        `<div class="chat"><div class="msg"><div class="from"><b>Soufiane Bouzid</b> · 14:03</div><div class="text">Goedemiddag! Kunnen jullie mij horen?</div></div>` +
        `<div class="msg"><div class="from"><b>Willemijn de Lange</b> · 14:04</div><div class="text">Welkom, we horen je goed.</div></div></div>`,
      lexicon,
    );
    expect(page.names).toEqual(expect.arrayContaining(['Soufiane Bouzid', 'Ayaan Hassan']));
    expect(page.names).not.toContain('Kevin Ngo');
    expect(page.harvester.isStaff('Willemijn de Lange')).toBe(true);
    expect(page.role()).toBe('applicants');
  });

  it('names as colleagues whom a chat is assigned to and who wrote a private note', () => {
    const assigned = 'Pagina: /werken-bij/leerling-bakker-bbl · Toegewezen aan Jan Haile';
    expect(colleagueBefore(assigned, assigned.indexOf('Jan'))).toBe(true);
    const note = 'Private note · Kim Jansen: he already did a trial shift.';
    expect(colleagueBefore(note, note.indexOf('Kim'))).toBe(true);
  });

  it("names the account by its avatar's letters and name in the page's header", () => {
    const page = harvestPage(
      '<header><div class="logo">Poczta</div><div class="user"><span class="av">KJ</span>Kim Jansen</div></header><main><div class="row"><div class="who">Omar Haddad</div><div class="subj">Sollicitatie stage</div></div></main>',
      lexicon,
    );
    expect(page.harvester.isStaff('Kim Jansen')).toBe(true);
  });

  it("takes a firm's kind before a family name for a firm's name", () => {
    for (const firm of ['Kwekerij Haddad', 'Installatiebedrijf Jansen', 'Zorgcentrum Nowak'])
      expect(judgeName(firm, ['field-role'], lexicon).accept).toBe(false);
  });

  it("keeps a firm's name and its town in the page's header as the employer's", () => {
    const page = harvestPage(
      '<header><span class="flow">Solliciteer als zorgmedewerker<small>Zorgcentrum Het Anker · Haarlem</small></span></header><main><table><tr><th>Naam</th></tr><tr><td>Omar Haddad</td></tr><tr><td>Iryna Savchuk</td></tr></table></main>',
      lexicon,
    );
    expect(page.marks.markOf(document.querySelector('small')!)?.kind).toBe('staff');
  });
});
