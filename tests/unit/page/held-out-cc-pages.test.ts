import { beforeEach, describe, expect, it } from 'vitest';
import { mentionsApplication } from '../../../lib/page/page-role';
import { applicantPhraseNames } from '../../../lib/page/harvest/applicant-phrases';
import { createStaffNames } from '../../../lib/page/harvest/staff';
import { testLexicon } from '../blinding/test-lexicon';
import { harvestPage } from './harvest-page';

// Invented people and firms. The screens are the kinds held-out set CC showed us.
const lexicon = testLexicon({
  given: ['ellen', 'joost', 'sunita', 'hamid', 'esther', 'bas', 'wouter', 'saskia', 'rahul', 'mei', 'ling', 'ashley', 'deepak', 'chidi'],
  family: ['dam', 'visser', 'ramcharan', 'karimi', 'dijkman', 'koning', 'brink', 'lange', 'menon', 'chen', 'morgan', 'obi', 'venkatesan'],
  common: ['bank', 'koning'],
});
const harvest = (markup: string) => harvestPage(markup, lexicon);

describe('pages set CC showed us', () => {
  beforeEach(() => {
    document.body.replaceChildren();
    document.title = '';
  });

  it('takes a call or calendar titled "Interview – <job>" for a page about an applicant, not an interview in the news', () => {
    expect(mentionsApplication('Interview – Financial Controller (Utrecht)')).toBe(true);
    expect(mentionsApplication('Interview: Junior Accountant')).toBe(true);
    expect(mentionsApplication('Tweede interviewronde')).toBe(true);
    expect(mentionsApplication('Interview met de burgemeester over de haven')).toBe(false);
    expect(mentionsApplication('Ze gaf een interview aan de krant')).toBe(false);
  });

  it("takes a call's attendees for the team where its list marks one person as the guest", () => {
    const person = (name: string, role: string) => `<li><span class="name">${name}</span><span class="role">${role}</span></li>`;
    const { harvester } = harvest(
      `<h4>People (3)</h4><ul>${person('Ellen van Dam', 'Organizer')}${person('Joost Visser', 'Attendee')}${person('Hamid Karimi (Guest)', 'Dialed in')}</ul>`,
    );
    expect(harvester.isStaff('Joost Visser')).toBe(true);
    expect(harvester.isStaff('Ellen van Dam')).toBe(true);
    expect(harvester.isStaff('Hamid Karimi')).toBe(false);
    // Without a guest in the list, an attendee may be the applicant.
    const open = harvest(`<ul>${person('Ellen van Dam', 'Organizer')}${person('Hamid Karimi', 'Attendee')}</ul>`);
    expect(open.harvester.isStaff('Hamid Karimi')).toBe(false);
  });

  it("knows a colleague's initials with a particle: 'EV' and 'ED' for Ellen van Dam", () => {
    const staff = createStaffNames();
    staff.add('Ellen van Dam');
    for (const letters of ['EV', 'ED', 'EVD']) expect(staff.hasInitials(letters), letters).toBe(true);
    expect(staff.hasInitials('HK')).toBe(false);
  });

  it("takes a mail app's account name, as a text and an avatar's tooltip, for the signed-in user", () => {
    const { harvester } = harvest(
      '<div class="apps"><div class="acct" title="Esther Dijkman">ED</div></div><div class="folders"><div class="acct-name">Esther Dijkman</div><div>Inbox</div></div>' +
        '<div role="list"><div role="listitem"><div class="from">Hamid Karimi</div><div class="subj">Sollicitatie controller</div></div></div>',
    );
    expect(harvester.isStaff('Esther Dijkman')).toBe(true);
    expect(harvester.isStaff('Hamid Karimi')).toBe(false);
  });

  it('reads a plain header\'s "Name" <address> in one text: a forward between two colleagues names no applicant', () => {
    const { names, harvester } = harvest(
      '<table class="hdr"><tr><td>Onderwerp:</td><td>Fwd: Stage marketing</td></tr>' +
        '<tr><td>Van:</td><td>"Wouter Brink" &lt;w.brink@kustlicht.example&gt;</td></tr>' +
        '<tr><td>Aan:</td><td>"Saskia de Lange" &lt;s.delange@kustlicht.example&gt;</td></tr></table>',
    );
    expect(harvester.isStaff('Wouter Brink')).toBe(true);
    expect(harvester.isStaff('Saskia de Lange')).toBe(true);
    expect(names).not.toContain('Wouter Brink');
    // From outside the firm, the same header names the applicant.
    const outside = harvest(
      '<table class="hdr"><tr><td>Onderwerp:</td><td>Sollicitatie stage marketing</td></tr>' +
        '<tr><td>Van:</td><td>"Hamid Karimi" &lt;hamid.karimi@mail.example&gt;</td></tr></table>',
    );
    expect(outside.names).toContain('Hamid Karimi');
  });

  it('reads the cells of a grid drawn as rows of plain divs under their headers, and "Submitted By" beside applicants as the team', () => {
    const row = (name: string, client: string, by: string) =>
      `<div role="row"><div class="cell">SUB-1</div><div class="cell">${name}</div><div class="cell">${client}</div><div class="cell">${by}</div></div>`;
    const { names, harvester } = harvest(
      '<div role="grid" aria-label="Submissions"><div role="row"><div class="h">Submission ID</div><div class="h">Applicant Name</div><div class="h">Client</div><div class="h">Submitted By</div></div>' +
        row('Rahul Menon', 'Meridian Bank', 'Ashley Morgan') +
        row('Chidi Obi', 'Meridian Bank', 'Deepak Venkatesan') +
        row('Mei Ling Chen', 'Harbor Health', 'Ashley Morgan') +
        '</div>',
    );
    expect(names).toEqual(expect.arrayContaining(['Rahul Menon', 'Chidi Obi', 'Mei Ling Chen']));
    expect(names).not.toContain('Meridian Bank');
    expect(names).not.toContain('Ashley Morgan');
    expect(harvester.isStaff('Ashley Morgan')).toBe(true);
    // A form's results alone: "Submitted By" names whoever sent it in.
    const form = harvest(
      '<table><thead><tr><th>Submitted By</th><th>Date</th><th>Answer</th></tr></thead><tbody><tr><td>Hamid Karimi</td><td>3 May</td><td>Yes</td></tr><tr><td>Mei Chen</td><td>4 May</td><td>No</td></tr></tbody></table>',
    );
    expect(form.names).toEqual(expect.arrayContaining(['Hamid Karimi', 'Mei Chen']));
  });

  it("takes a masked name for where a row's name was: the row's client is not its person", () => {
    const { names } = harvest(
      '<div role="list"><div role="listitem"><span>Kandidaat 3</span><span>Java Developer</span><span>Meridian Bank</span></div>' +
        '<div role="listitem"><span>Kandidaat …</span><span>QA Engineer</span><span>Harbor Health</span></div></div>',
    );
    expect(names).not.toContain('Meridian Bank');
    expect(names).not.toContain('Harbor Health');
  });

  it('signs a mail about something else among applications with a colleague\'s name: "Groet, Bas"', () => {
    const mail = (from: string, subject: string, snippet: string) =>
      `<div role="listitem"><div class="from">${from}</div><div class="subj">${subject}</div><div class="snip">${snippet}</div></div>`;
    const { harvester } = harvest(
      `<div role="list">${mail('Hamid Karimi', 'Sollicitatie werkvoorbereider', 'Geachte mevrouw, graag reageer ik op uw vacature')}` +
        `${mail('Bas Koning', 'Planning gesprekken volgende week', 'Hoi Esther, ik kan dinsdag na 13:00. Groet, Bas')}` +
        `${mail('Mei Chen', 'Open sollicitatie uitvoerder', 'Goedemiddag, graag stel ik mij voor')}</div>`,
    );
    expect(harvester.isStaff('Bas')).toBe(true);
    expect(harvester.isStaff('Hamid Karimi')).toBe(false);
  });

  it('takes whom a chat says is still in the running for an applicant', () => {
    expect(applicantPhraseNames('Ter vergelijking: Nina de Graaf staat ook nog in de pijplijn.')).toEqual(['Nina de Graaf']);
    expect(applicantPhraseNames('Sem Bos is also on the shortlist')).toEqual(['Sem Bos']);
    expect(applicantPhraseNames('Nina de Graaf staat in de planning')).toEqual([]);
  });
});
