import { beforeEach, describe, expect, it } from 'vitest';
import { createHarvester } from '../../../lib/page/harvest/harvester';
import { createPageMarks, type PageMarks } from '../../../lib/page/harvest/page-marks';
import { testLexicon } from '../blinding/test-lexicon';

// Invented people; the lexicon knows some of their names, as the real one would.
const lexicon = testLexicon({
  given: ['bram', 'noor', 'jolien', 'tariq', 'ewa', 'joris', 'mirte'],
  family: ['oost', 'bakx', 'meer', 'haddad', 'nowak', 'kok', 'bos'],
  common: ['kok', 'bos', 'planning', 'contact', 'persoon', 'nieuwsbrief'],
});

function harvest(markup: string, title = '') {
  document.title = title;
  document.body.replaceChildren(document.createRange().createContextualFragment(markup));
  const marks = createPageMarks();
  const photos: Element[] = [];
  const harvester = createHarvester({ lexicon, marks, onPhoto: (element) => photos.push(element) });
  harvester.pass(document.documentElement).run();
  return { names: harvester.take().map((name) => name.name), harvester, marks, photos };
}
const markOf = (marks: PageMarks, selector: string) => marks.markOf(document.querySelector(selector)!);

describe('names from the page structure', () => {
  beforeEach(() => document.body.replaceChildren());

  it('reads names under a name column and leaves the recruiter column to colleagues', () => {
    const { names, harvester, marks } = harvest(
      '<table><thead><tr><th>Naam</th><th>E-mail</th><th>Recruiter</th></tr></thead><tbody>' +
        '<tr><td>Bram Oost</td><td id="mail">b.oost@example.org</td><td>Jolien van der Meer</td></tr>' +
        '<tr><td>Ilona Marzec</td><td>ilona@example.org</td><td>Jolien van der Meer</td></tr></tbody></table>',
    );
    expect(names).toEqual(expect.arrayContaining(['Bram Oost', 'Ilona Marzec']));
    expect(names).not.toContain('Jolien van der Meer');
    expect(harvester.isStaff('Jolien')).toBe(true);
    expect(markOf(marks, '#mail')).toEqual({ kind: 'category', category: 'email' });
  });

  it("keeps a school's internship staff colleagues: the signed-in coordinator, a student's mentor and BPV teacher", () => {
    const { names, harvester } = harvest(
      '<header><span class="usr">J. Bos · BPV-coördinator Techniek</span></header>' +
        '<table><thead><tr><th>Leerling</th><th>Leerbedrijf</th></tr></thead><tbody>' +
        '<tr><td>Oost, Bram</td><td>Garage Kok</td></tr><tr><td>Nowak, Ewa</td><td>Bakkerij Meer</td></tr></tbody></table>' +
        '<aside><h2>Bram Oost</h2><div>mentor: T. Haddad</div><dl><dt>BPV-docent</dt><dd>Joris Bakx</dd><dt>Geboortedatum</dt><dd>2 mei 2006</dd></dl>' +
        '<p class="log"><small>03-06 · J. Bos</small>Beste Bram, je overeenkomst staat klaar. Groet, Jolien Bos</p></aside>',
    );
    expect(names).toEqual(expect.arrayContaining(['Oost, Bram', 'Nowak, Ewa']));
    for (const colleague of ['J. Bos', 'T. Haddad', 'Joris Bakx', 'Jolien Bos']) {
      expect(names).not.toContain(colleague);
      expect(harvester.isStaff(colleague), colleague).toBe(true);
    }
  });

  it('takes the heading of a pane with personal fields as a name, and a one-word section heading never', () => {
    const { names } = harvest(
      '<section><h1>Tariq Haddad</h1><dl><dt>Telefoon</dt><dd>06 1111 2222</dd><dt>Geboortedatum</dt><dd>2 mei 2005</dd></dl></section>' +
        '<section><h2>Contact</h2><dl><dt>E-mail</dt><dd>t@example.org</dd></dl></section>',
    );
    expect(names).toContain('Tariq Haddad');
    expect(names).not.toContain('Contact');
  });

  it('reads titles of similar cards and links to detail pages, but not ordinary words', () => {
    const { names } = harvest(
      '<ul><li class="card"><a href="/k/1">Noor Bakx</a><p>Stage keuken</p></li><li class="card"><a href="/k/2">Joris Kok</a><p>Stage bediening</p></li>' +
        '<li class="card"><a href="/k/3">Planning bekijken</a><p>-</p></li></ul>',
    );
    expect(names).toEqual(expect.arrayContaining(['Noor Bakx', 'Joris Kok']));
    expect(names).not.toContain('Planning bekijken');
  });

  it('treats a table of users with roles as colleagues, row and all', () => {
    const { names, marks } = harvest(
      '<table><caption>Teamleden</caption><tr><th>Naam</th><th>E-mail</th><th>Rol</th></tr><tr><td>Mirte Bos</td><td id="m">mirte.bos@bakkerij.example</td><td>Beheerder</td></tr></table>',
    );
    expect(names).toEqual([]);
    expect(markOf(marks, '#m')).toEqual({ kind: 'staff' });
  });

  it('takes a table whose role column says what each person may do for a list of accounts, whatever cue points at a name', () => {
    const avatar = '<img class="av" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="">';
    const row = (name: string, address: string, role: string) =>
      `<tr><td><div class="user">${avatar}<span>${name}</span></div></td><td>${address}</td><td><span>${role}</span></td></tr>`;
    const { names, harvester } = harvest(
      '<table><thead><tr><th>Employee</th><th>Work email</th><th>Recruiting role</th></tr></thead><tbody>' +
        row('Mirte Bos', 'mirte.bos@offshore.example', 'Recruiting Admin') +
        row('Tariq Haddad', 'tariq.haddad@offshore.example', 'Hiring Manager') +
        row('Ewa Nowak', 'ewa.nowak@offshore.example', 'Interviewer') +
        '</tbody></table>',
    );
    expect(names).toEqual([]);
    expect(harvester.isStaff('Tariq Haddad')).toBe(true);
    // A "Role" column of the jobs applied for is no list of accounts.
    const applied = harvest(
      '<table><thead><tr><th>Employee</th><th>Work email</th><th>Role</th></tr></thead><tbody>' +
        row('Noor Bakx', 'noor.bakx@mail.example', 'Sales Manager') +
        row('Bram Oost', 'bram.oost@mail.example', 'Recruiter') +
        row('Ewa Nowak', 'ewa.nowak@mail.example', 'Data Analyst') +
        '</tbody></table>',
    );
    expect(applied.names).toEqual(expect.arrayContaining(['Noor Bakx', 'Bram Oost']));
  });

  it('takes a name whose role in brackets opens the next part of its line for a colleague', () => {
    const { names, harvester } = harvest(
      '<div class="msg"><span class="sender">Joris Meer</span> <span class="ts">(Hiring manager) · 4 juni 2025</span><p>Graag een gesprek.</p></div>' +
        '<div class="msg"><span class="sender">Noor Bakx</span> <span class="ts">(Kandidaat) · 5 juni 2025</span><p>Dank u wel.</p></div>',
    );
    expect(harvester.isStaff('Joris Meer')).toBe(true);
    expect(harvester.isStaff('Noor Bakx')).toBe(false);
    expect(names).not.toContain('Joris Meer');
  });

  it('knows the signed-in account from the header and the title, and its colleagues by their address', () => {
    const { names, harvester } = harvest(
      '<header><div aria-label="Account: Mirte Bos (mirte.bos@bakkerij.example)"></div></header>' +
        '<table><tr class="row"><td><span email="noor.bakx@example.org">Noor Bakx</span></td><td>Sollicitatie</td></tr>' +
        '<tr class="row"><td><span email="joris@bakkerij.example">Joris Kok</span></td><td>Rooster</td></tr>' +
        '<tr class="row"><td><span email="nieuwsbrief@vakblad.example">Vakblad Nieuwsbrief</span></td><td>Nieuws</td></tr></table>',
      'Postvak - mirte.bos@bakkerij.example',
    );
    expect(names).toContain('Noor Bakx');
    expect(names).not.toContain('Joris Kok');
    expect(names).not.toContain('Vakblad Nieuwsbrief');
    expect(harvester.isStaff('Mirte Bos')).toBe(true);
  });

  it('takes the first name-shaped text of a row that says it is about an applicant, not its initials or school', () => {
    const row = (id: number, initials: string, name: string) =>
      `<div class="row" data-candidate="${id}"><span class="bubble">${initials}</span><span>${name}</span><span>Hogeschool Planning</span></div>`;
    const { names } = harvest(
      `<div id="app">${row(1, 'BO', 'Bram Oost')}${row(2, 'NB', 'Noor Bakx')}</div><div class="row"><span>Joris Meer</span></div>`,
    );
    expect(names).toEqual(expect.arrayContaining(['Bram Oost', 'Noor Bakx']));
    expect(names).not.toContain('Hogeschool Planning');
    expect(names).not.toContain('Joris Meer');
  });

  it('takes the sender of an inbox row that speaks of an application, and leaves authors in a notes feed to colleagues', () => {
    const row = (sender: string, subject: string) => `<div role="option"><em>${sender}</em> <em>${subject}</em></div>`;
    // Names the lexicon does not know: the row's words make the difference.
    const { names } = harvest(`<div role="listbox">${row('Wessel Maas', 'Sollicitatie stage')}${row('Ruud Veldhuis', 'Rooster')}</div>`);
    expect(names).toContain('Wessel Maas');
    expect(names).not.toContain('Ruud Veldhuis');
    const feed = (author: string) =>
      `<div class="entry" data-candidate-id="7"><div>${author}</div><div>Gesprek gehad, positief</div></div>`;
    const notes = harvest(`<section><h3>Notities</h3>${feed('Joris Meer')}${feed('Mirte Haddad')}</section>`);
    expect(notes.names).toEqual([]);
    expect(notes.harvester.isStaff('Joris Meer')).toBe(true);
  });

  it("takes the name in a page's top bar for the signed-in user, and not a card's header", () => {
    const { names, harvester } = harvest(
      '<div class="app_top"><span>Mail</span><span>Jolien Post</span></div><div class="profile-header"><h1>Ilona Marzec</h1></div>' +
        '<main><div class="card"><div class="card-header">Bram Oost</div><p>b.oost@example.org</p></div></main>',
    );
    expect(harvester.isStaff('Jolien Post')).toBe(true);
    expect(harvester.isStaff('Bram Oost')).toBe(false);
    expect(harvester.isStaff('Ilona Marzec')).toBe(false);
    expect(names).not.toContain('Jolien Post');
  });

  it("never takes an organisation's mailbox in an inbox row for an applicant", () => {
    const row = (sender: string, address: string) => `<tr><td><span email="${address}">${sender}</span></td><td>Nieuws</td></tr>`;
    const { names } = harvest(
      `<table><tbody>${row('Noor Bakx', 'nieuwsbrief@vakblad.example')}${row('Bram Oost', 'bram@example.org')}</tbody></table>`,
    );
    expect(names).toContain('Bram Oost');
    expect(names).not.toContain('Noor Bakx');
  });

  it('reads a grid of label and value spans, but never a row of labels as values', () => {
    const { marks } = harvest(
      '<div class="grid"><span class="q">Date of birth</span><span id="d">02/03/1999</span><span class="q">Nationality</span><span id="n">Chilean</span><span>19 jaar</span><span id="e">Emmen</span></div>' +
        '<div><span>Telefoon</span><span id="l">E-mail</span><span>Adres</span></div>',
    );
    expect(markOf(marks, '#d')).toEqual({ kind: 'category', category: 'birth' });
    expect(markOf(marks, '#n')).toEqual({ kind: 'category', category: 'nationality' });
    expect(markOf(marks, '#e')).toBeUndefined();
    expect(markOf(marks, '#l')).toBeUndefined();
  });

  it('makes one name of a given and a family name field in one form, and marks the fields', () => {
    const { names, marks } = harvest(
      '<form><label for="g">Voornaam</label><input id="g" value="Noor"><label for="f">Achternaam</label><input id="f" value="Haddad">' +
        '<label for="p">Postcode</label><input id="p" value="1234 AB"></form>',
    );
    expect(names).toContain('Noor Haddad');
    expect(markOf(marks, '#p')).toEqual({ kind: 'category', category: 'address' });
  });

  it('counts only a filled form as a record about a person; an empty application form is masked all the same', () => {
    const form = (values: string[]) => {
      const [given = '', family = '', mail = '', phone = ''] = values;
      return harvest(
        `<form><label for="g">Voornaam</label><input id="g" value="${given}"><label for="f">Achternaam</label><input id="f" value="${family}">` +
          `<label for="e">E-mail</label><input id="e" type="email" value="${mail}"><label for="t">Telefoon</label><input id="t" value="${phone}"></form>`,
      );
    };
    const empty = form([]);
    expect(empty.harvester.evidence).toMatchObject({ personalInputs: 0, nameInputs: 0 });
    expect(markOf(empty.marks, '#e')).toEqual({ kind: 'category', category: 'email' });
    expect(form(['Noor', 'Haddad', 'noor@example.org', '06 1234 5678']).harvester.evidence).toMatchObject({
      personalInputs: 4,
      nameInputs: 2,
    });
  });

  it('marks a notes area by its heading, and its authors are colleagues', () => {
    const { names, marks, harvester } = harvest(
      '<section><h2>Notities</h2><div class="note"><b>Jolien Meer</b><p id="n">Zij deed het goed.</p></div><div class="note"><b>Joris Kok</b><p>Ok.</p></div></section>',
    );
    expect(marks.inNotes(document.querySelector('#n')!)).toBe(true);
    expect(names).toEqual([]);
    expect(harvester.isStaff('Jolien Meer')).toBe(true);
  });

  it("takes the names of a list whose header line speaks of applicants, also in a row that doesn't", () => {
    const row = (initials: string, name: string, stage: string) =>
      `<div class="row"><div class="av">${initials}</div><div class="txt"><span>${name}</span><span>${stage}</span></div></div>`;
    const { names } = harvest(
      `<aside><div class="head">Medior Developer · 23 kandidaten</div>${row('BO', 'Bram Oost', 'Interview · 2 d')}${row('TH', 'Tariq Haddad', 'Afgewezen · 9 d')}</aside>`,
    );
    expect(names).toEqual(expect.arrayContaining(['Bram Oost', 'Tariq Haddad']));
  });

  it('hides a nationality under its column, but not where an application came from under "Origin"', () => {
    const { marks } = harvest(
      '<table><thead><tr><th>Naam</th><th>Origin</th><th>Nationaliteit</th></tr></thead><tbody>' +
        '<tr><td>Bram Oost</td><td id="o">Referred by Joris Kok</td><td id="n">Nederlandse</td></tr></tbody></table>',
    );
    expect(markOf(marks, '#o')).toBeUndefined();
    expect(markOf(marks, '#n')).toEqual({ kind: 'category', category: 'nationality' });
  });

  it('takes a name that a row holds as bare text between its badges, and leaves the badges', () => {
    const row = (initials: string, name: string, stage: string) =>
      `<div class="doc"><span class="mini">${initials}</span> ${name} <span class="stage">${stage}</span></div>`;
    const { names, marks } = harvest(
      `<div class="card"><h3>Other candidates for this position</h3>${row('EN', 'Ewa Nowak', 'Offer')}${row('TH', 'Tariq Haddad', 'Rejected')}</div>`,
    );
    expect(names).toEqual(expect.arrayContaining(['Ewa Nowak', 'Tariq Haddad']));
    expect(markOf(marks, '.stage')).toBeUndefined();
  });

  it('takes a name that leads a block of a list row, above a line of its own, and leaves that line', () => {
    const row = (initials: string, name: string, when: string) =>
      `<li><span class="ini">${initials}</span><div>${name}<small class="when">${when}</small></div></li>`;
    const { names, marks } = harvest(
      `<aside><h2>Candidates (3 completed)</h2><ul>${row('EN', 'Ewa Nowak', 'Completed 27 May')}${row('TH', 'Tariq Haddad', 'Completed 26 May')}${row('BO', 'Bram Oost', 'Completed 24 May')}</ul></aside>`,
    );
    expect(names).toEqual(expect.arrayContaining(['Ewa Nowak', 'Tariq Haddad', 'Bram Oost']));
    expect(markOf(marks, '.when')).toBeUndefined();
  });

  it('takes a name no word list knows when the initials avatar beside it spells its initials, in either order', () => {
    const row = (initials: string, name: string) =>
      `<div class="doc"><span class="mini">${initials}</span> ${name} <span>Rejected</span></div>`;
    const { names } = harvest(
      `<div class="card"><h3>Other candidates for this position</h3>${row('QV', 'Quillon Varesk')}${row('DZ', 'Zorbek, Dalvin')}${row('XY', 'Marvo Trell')}${row('PQ', 'Persoon Quillan')}</div>`,
    );
    // A name whose first word is also an ordinary word is taken too: the avatar says it names someone.
    expect(names).toEqual(expect.arrayContaining(['Quillon Varesk', 'Persoon Quillan']));
    expect(names.some((name) => name.includes('Dalvin'))).toBe(true);
    // Initials that spell someone else say nothing of this text.
    expect(names).not.toContain('Marvo Trell');
  });

  it("takes no initials avatar at the head of a chat message for a name: the message is its author's", () => {
    const message = (initials: string, sender: string) =>
      `<div role="listitem" class="msg"><span class="avatar">${initials}</span><div><span class="sender">${sender}</span><span>09:25</span>` +
      '<div class="text">Ik heb de reactie van de nieuwe kandidaat doorgelezen, lijkt me een goede kandidaat voor de functie.</div></div></div>';
    const { names } = harvest(`<div role="list">${message('PQ', 'Persoon Quillan')}${message('PV', 'Planning Varesk')}</div>`);
    expect(names).not.toContain('Persoon Quillan');
    expect(names).not.toContain('Planning Varesk');
  });

  it("takes the top of a card below the page's header for no top bar of the page", () => {
    const { names, harvester } = harvest(
      '<div class="app-header"><b>ATS</b><span>Dashboard</span><span>Jolien Post</span></div>' +
        '<div class="grid"><div class="profile-card"><div class="pc-top"><div class="pc-name">Noor Bakx</div><div>Person ID 20418 · Candidate</div></div>' +
        '<div class="row"><span>Email</span><span>noor@example.com</span></div></div></div>',
    );
    expect(harvester.isStaff('Noor Bakx')).toBe(false);
    expect(names).toContain('Noor Bakx');
    expect(harvester.isStaff('Jolien Post')).toBe(true);
  });

  it('takes the colleague who made or owns what is shown for a colleague ("Gemaakt door ...")', () => {
    const { harvester } = harvest(
      '<div class="office-header"><b>Forms</b><span class="me">Gemaakt door Jolien Post · Filiaal Vathorst</span></div>' +
        '<table><tr><th>Naam</th><th>E-mail</th></tr><tr><td>Noor Bakx</td><td>noor@example.com</td></tr></table>',
    );
    expect(harvester.isStaff('Jolien Post')).toBe(true);
    expect(harvester.isStaff('Noor Bakx')).toBe(false);
  });

  it('reads the rows of a list made clickable as a whole (role=button) like rows, and a real button as a control', () => {
    const row = (initials: string, name: string, extra = '') =>
      `<div class="j-row${extra}" role="button"><div class="av"><span>${initials}</span></div><div><div class="nm">${name}</div><div class="meta">Nieuw · 2 dagen geleden</div></div></div>`;
    const { names } = harvest(
      `<aside aria-label="Kandidatenlijst"><div id="rows">${row('BO', 'Bram Oost', ' active')}${row('EN', 'Ewa Nowak')}${row('MB', 'Mirte Bos')}</div></aside>` +
        '<button type="button">Tariq Haddad</button>',
    );
    expect(names).toEqual(expect.arrayContaining(['Bram Oost', 'Ewa Nowak', 'Mirte Bos']));
    expect(names).not.toContain('Tariq Haddad');
    // A calendar's events are controls: without a picture they are no rows of people.
    const events = harvest(
      '<div class="day"><div class="event" role="button"><div class="t">Overleg Bram Oost</div><div>10:00</div></div>' +
        '<div class="event" role="button"><div class="t">Planning Q1</div><div>11:00</div></div></div>',
    );
    expect(events.names).not.toContain('Overleg Bram Oost');
  });

  it("reads the last item of a list that lacks the others' class like the others", () => {
    const item = (name: string, style: string) =>
      `<li${style}><div class="lockup"><a href="/profile/${name.length}">${name}</a> <span>· 2nd</span></div><div>Data Engineer</div></li>`;
    const { names } = harvest(
      `<ol>${item('Bram Oost', ' class="border-bottom"')}${item('Ewa Nowak', ' class="border-bottom"')}${item('Mirte Bos', '')}</ol>`,
    );
    expect(names).toEqual(expect.arrayContaining(['Bram Oost', 'Ewa Nowak', 'Mirte Bos']));
  });

  it("keeps a colleague's signature with their role whole (the employer's address), never an applicant's letter", () => {
    const { marks } = harvest(
      '<div class="mail"><p>Hoi, kun jij zijn cv bekijken?</p><p id="ours">Groet,<br>Jolien Post<br>Recruiter · Werkplaats B.V.<br>Hoevenseweg 51, Tilburg</p></div>' +
        '<div class="mail"><p id="theirs">Beste recruiter,<br>Hierbij mijn brief.<br>Met vriendelijke groet,<br>Noor Bakx<br>Kerkstraat 1, Tilburg</p></div>',
    );
    expect(markOf(marks, '#ours')).toEqual({ kind: 'staff', signed: true });
    expect(markOf(marks, '#theirs')?.kind).not.toBe('staff');
  });

  it("keeps a school coordinator's signature with their role whole", () => {
    const { marks } = harvest(
      '<div class="mail"><p>Beste Bram, je overeenkomst staat klaar.</p><p id="ours">Groet,<br>Jolien Post<br>BPV-coördinator Techniek · ROC Tilburg<br>Hoevenseweg 51, Tilburg</p></div>',
    );
    expect(markOf(marks, '#ours')).toEqual({ kind: 'staff', signed: true });
  });

  it('takes no sender of a mail about something else as an applicant when the sender leads the row (Roundcube)', () => {
    const mail = (sender: string, subject: string) =>
      `<tr role="option"><td><div><span>${sender}</span><span>Gisteren 16:02</span></div><div><a href="#">${subject}</a></div></td></tr>`;
    const { names } = harvest(
      `<table role="listbox" aria-label="Berichten"><tbody>${mail('Tariq Haddad', 'Sollicitatie werkvoorbereider')}${mail('Ewa Nowak', 'Open sollicitatie calculator')}${mail('Jolien Bakx', 'Re: Planning gesprekken week 47')}</tbody></table>`,
    );
    expect(names).toEqual(expect.arrayContaining(['Tariq Haddad', 'Ewa Nowak']));
    expect(names).not.toContain('Jolien Bakx');
  });

  it('takes no colleague who sent a mail as an applicant because most other mails of the inbox are applications', () => {
    const mail = (sender: string, subject: string) =>
      `<div role="option"><div class="av">XX</div><div><div class="from">${sender}</div><div>${subject}</div></div></div>`;
    const { names } = harvest(
      `<div role="listbox">${mail('Wessel Maas', 'Sollicitatie verkoop')}${mail('Ruud Veldhuis', 'Sollicitatie stage')}${mail('Mark Wit', 'Rooster december')}</div>`,
    );
    expect(names).toEqual(expect.arrayContaining(['Wessel Maas', 'Ruud Veldhuis']));
    expect(names).not.toContain('Mark Wit');
  });

  it("marks a notes area headed by a panel's header block, not by a header block of anything else", () => {
    const { marks } = harvest(
      '<div class="x-panel"><div class="x-panel-header">Notities</div><table><tr><td id="n">Intake gehad, zij zoekt 24 uur.</td></tr></table></div>' +
        '<div class="x-panel"><div class="x-panel-header">Documenten</div><p id="d">Zij tekende het contract.</p></div>',
    );
    expect(marks.inNotes(document.querySelector('#n')!)).toBe(true);
    expect(marks.inNotes(document.querySelector('#d')!)).toBe(false);
  });

  it('finds names in free text with their own cue, across a line break, but not after a title', () => {
    const { names } = harvest('<div><p>Met vriendelijke groet,<br>Ilona Marzec</p><p>Geachte mevrouw Bakx,</p></div>');
    expect(names).toContain('Ilona Marzec');
    expect(names.some((name) => name.includes('Bakx'))).toBe(false);
  });

  it('hides images beside a found name, and images whose attributes say avatar', () => {
    const { photos } = harvest(
      '<ul><li class="c"><img id="p1" src="x.png"><a href="/k/1">Noor Bakx</a></li><li class="c"><img id="p2" src="y.png"><a href="/k/2">Joris Kok</a></li></ul><div><img id="logo" src="logo.png"><img id="av" class="user-avatar" src="a.png"></div>',
    );
    expect(photos.map((photo) => photo.id)).toEqual(expect.arrayContaining(['p1', 'p2', 'av']));
    expect(photos.map((photo) => photo.id)).not.toContain('logo');
  });

  it("counts a form's personal fields again at every pass's end: a page's script may fill them after it was read", () => {
    const { harvester } = harvest(
      '<form><label for="v">Voornaam</label><input id="v"><label for="m">E-mail</label><input id="m"><label for="t">Mobiel</label><input id="t"></form><p id="s"></p>',
    );
    expect(harvester.evidence.personalInputs).toBe(0);
    (document.querySelector('#v') as HTMLInputElement).value = 'Noor';
    (document.querySelector('#m') as HTMLInputElement).value = 'noor@example.org';
    (document.querySelector('#t') as HTMLInputElement).value = '06 1234 5678';
    document.querySelector('#s')!.textContent = 'Samenvatting';
    harvester.pass(document.querySelector('#s')!).run();
    expect(harvester.evidence.personalInputs).toBe(3);
    expect(harvester.evidence.nameInputs).toBe(1);
  });

  it('hides an avatar component by its own name: <ui5-avatar> draws initials in its shadow root', () => {
    const { photos } = harvest(
      '<div><ui5-avatar id="av" initials="SM" data-candidate></ui5-avatar><ui5-button id="b">Opslaan</ui5-button></div>',
    );
    expect(photos.map((photo) => photo.id)).toEqual(['av']);
  });

  it("keeps the fields of a form under an interviewer's heading the candidate's, and a colleague's block under a recruiter heading staff", () => {
    const { marks } = harvest(
      '<form><h3>Interviewer\'s Assessment</h3><label for="e">E-mail kandidaat</label><input id="e" type="email" value="noor.bakx@example.org"></form>' +
        '<aside><h3>Recruiter</h3><p id="r">Jolien van der Meer · 06 1234 5678</p></aside>',
    );
    expect(markOf(marks, '#e')).toEqual({ kind: 'category', category: 'email' });
    expect(markOf(marks, '#r')?.kind).toBe('staff');
  });

  it('marks an initials field as part of a name, and a value under a label of work as a descriptor', () => {
    const { marks } = harvest(
      '<form><label for="i">Voorletters</label><input id="i" value="A.K."><span id="l">Initials (as in passport)</span><input id="j" aria-labelledby="l" value="AK"></form>' +
        '<table><tr><th>Naam</th><th>Functie</th></tr><tr><td>Bram Oost</td><td id="f">Kok</td></tr></table>',
    );
    expect(markOf(marks, '#i')).toEqual({ kind: 'category', category: 'names' });
    expect(markOf(marks, '#j')).toEqual({ kind: 'category', category: 'names' });
    expect(markOf(marks, '#f')).toEqual({ kind: 'descriptor' });
  });
});

describe("the employer's side named by labels on one line", () => {
  beforeEach(() => document.body.replaceChildren());

  it('reads a colleague in a later pair of a line of label/value pairs, and only the name there', () => {
    const { harvester, marks } = harvest('<p id="p">Bron: Website · Medium: Vacaturepagina · Verwezen door: Jolien van der Meer</p>');
    expect(harvester.isStaff('Jolien van der Meer')).toBe(true);
    // The other pairs may be the applicant's own: the line is not all a colleague's.
    expect(markOf(marks, '#p')?.kind).not.toBe('staff');
  });

  it("reads every name in a row a colleague's label opens, and keeps the row readable", () => {
    const { names, harvester, marks } = harvest(
      '<div id="team"><span>Hiring team:</span><span class="av">JM</span><span>Jolien van der Meer</span><span class="av">MB</span><span>Mirte Bos</span></div>' +
        '<ul><li><a href="/c/1">Tariq Haddad</a></li><li><a href="/c/2">Ewa Nowak</a></li></ul>',
    );
    expect(harvester.isStaff('Jolien van der Meer')).toBe(true);
    expect(harvester.isStaff('Mirte Bos')).toBe(true);
    expect(markOf(marks, '#team')?.kind).toBe('staff');
    expect(names).toEqual(['Tariq Haddad', 'Ewa Nowak']);
  });
});

describe('fields whose visible label names no role', () => {
  beforeEach(() => document.body.replaceChildren());

  it("take a name from a class or id word only where the lexicon agrees (Odoo's subject field)", () => {
    const { names, marks } = harvest(
      '<form><label for="s">Onderwerp / Sollicitatienaam</label><input id="s" name="name" value="Magazijnmedewerker">' +
        '<label for="n">Naam sollicitant</label><input id="n" value="Tariq Haddad"></form>',
    );
    expect(names).toEqual(['Tariq Haddad']);
    // The field is masked all the same: a class word said it holds a name.
    expect(markOf(marks, '#s')).toEqual({ kind: 'category', category: 'names' });
  });
});

describe('words made of ordinary words', () => {
  const compoundLexicon = testLexicon({
    given: ['tariq', 'ewa'],
    family: ['haddad', 'nowak'],
    common: ['account', 'manager', 'binnen', 'dienst', 'achter', 'berg', 'veiling', 'bestellingen'],
  });

  it('are no name in a list, where only the layout points at them; a compound family name beside a given name is', () => {
    document.body.replaceChildren(
      document
        .createRange()
        .createContextualFragment(
          '<ul><li><a href="/d/1">Tariq Haddad</a></li><li><a href="/d/2">Accountmanager Binnendienst</a></li><li><a href="/d/3">Ewa Nowak</a></li>' +
            '<li><a href="/d/4">Quirine Achterberg</a></li></ul>',
        ),
    );
    const harvester = createHarvester({ lexicon: compoundLexicon, marks: createPageMarks() });
    harvester.pass(document.documentElement).run();
    expect(harvester.take().map((found) => found.name)).toEqual(['Tariq Haddad', 'Ewa Nowak', 'Quirine Achterberg']);
  });

  it("are no name where a given name would stand: a group chat's name (held-out set Q, WhatsApp)", () => {
    document.body.replaceChildren(
      document
        .createRange()
        .createContextualFragment(
          '<ul><li><a href="/c/1">Tariq Haddad</a></li><li><a href="/c/2">Veilingbestellingen Aalsmeer</a></li><li><a href="/c/3">Ewa Nowak</a></li></ul>',
        ),
    );
    const harvester = createHarvester({ lexicon: compoundLexicon, marks: createPageMarks() });
    harvester.pass(document.documentElement).run();
    expect(harvester.take().map((found) => found.name)).toEqual(['Tariq Haddad', 'Ewa Nowak']);
  });
});

describe('the header of a message under its subject', () => {
  beforeEach(() => document.body.replaceChildren());

  it("is no top bar of the page: its sender is no signed-in user (Roundcube's preview)", () => {
    const { names, harvester } = harvest(
      '<div id="message-header"><h2 class="subject">Sollicitatie werkvoorbereider – Tariq Haddad</h2>' +
        '<div class="header-summary"><span>Van</span> <a href="#">Tariq Haddad</a> &lt;tariq.haddad@example.org&gt; <span>aan</span> vacatures@firma.example</div></div>' +
        '<div id="body"><p>Geachte heer, mevrouw,</p><p>Met vriendelijke groet,<br>Tariq Haddad</p></div>',
    );
    expect(harvester.isStaff('Tariq Haddad')).toBe(false);
    expect(names).toContain('Tariq Haddad');
  });
});

describe('a pipeline board whose stages read like notes or a role (held-out set M)', () => {
  beforeEach(() => document.body.replaceChildren());

  const card = (initials: string, name: string, days: string) =>
    `<div class="card" role="button"><span class="av">${initials}</span><div><div class="nm">${name}</div><div class="mt">In stage ${days} · Applied</div></div></div>`;
  const lane = (title: string, cards: string) => `<div class="lane"><h3>${title}</h3>${cards}</div>`;

  it('takes every card for an applicant: in a lane called a review, a lane named after a recruiter, and a lane of one', () => {
    const { names, harvester } = harvest(
      `<div class="board">${lane('Application Review · 2', card('BO', 'Bram Oost', '2d') + card('NB', 'Noor Bakx', '3d'))}` +
        `${lane('Recruiter Screen · 1', card('TH', 'Tariq Haddad', '1d'))}${lane('Onsite · 1', card('EN', 'Ewa Nowak', '4d'))}</div>`,
    );
    expect(names).toEqual(expect.arrayContaining(['Bram Oost', 'Noor Bakx', 'Tariq Haddad', 'Ewa Nowak']));
    expect(harvester.isStaff('Bram Oost')).toBe(false);
    expect(harvester.isStaff('Tariq Haddad')).toBe(false);
  });

  it('still reads a notes section by its heading, and a heading that ends in a role as a colleague', () => {
    const notes = harvest(
      '<section><h3>Review</h3><div class="entry"><div>Joris Meer</div><div>Goed gesprek</div></div>' +
        '<div class="entry"><div>Mirte Haddad</div><div>Eens</div></div></section>',
    );
    expect(notes.names).toEqual([]);
    // Sections of a profile side by side hold different things: the activity feed stays notes.
    const profile = harvest(
      '<section class="card"><h2>Attachments</h2><div class="att"><a href="#">cv.pdf</a></div></section>' +
        '<section class="card"><h2>Activity</h2><div class="act"><div><b>Joris Meer</b> added a note</div><div>Goed gesprek</div></div>' +
        '<div class="act"><div><b>Mirte Haddad</b> added a note</div><div>Eens</div></div></section>',
    );
    expect(profile.names).toEqual([]);
    expect(profile.harvester.isStaff('Joris Meer')).toBe(true);
    const contact = harvest('<section><h4>Jouw recruiter</h4><div><span>Jolien Post</span></div></section>');
    expect(contact.harvester.isStaff('Jolien Post')).toBe(true);
  });
});

describe("a board's lanes and its team (held-out set L)", () => {
  beforeEach(() => document.body.replaceChildren());

  it('takes the cards of every lane for applicants when one lane is headed as applicants, and a team under its heading for colleagues', () => {
    const card = (initials: string, name: string, meta: string) =>
      `<div class="cd" data-cid="1"><div class="r1"><span class="av">${initials}</span><div class="nm">${name}</div></div><div class="mt">${meta}</div></div>`;
    const lane = (title: string, cards: string) => `<section class="ln"><header>${title}</header>${cards}</section>`;
    const { names, harvester } = harvest(
      '<aside><h4>TEAM</h4><div class="tm">Joris Meer<small>Recruiter</small></div><div class="tm">Mirte Haddad<small>HR-adviseur</small></div></aside>' +
        `<main>${lane('Nieuw <span>2</span>', card('BO', 'Bram Oost', 'via LinkedIn · 2 dagen geleden') + card('NB', 'Noor Bakx', 'via JOIN · 3 dagen geleden'))}` +
        `${lane('Screening <span>1</span>', card('TH', 'Tariq Haddad', '★★★ · Joris Meer'))}${lane('Gesprek <span>1</span>', card('EN', 'Ewa Nowak', 'do 14:00 · Mirte Haddad'))}</main>`,
    );
    expect(names).toEqual(expect.arrayContaining(['Bram Oost', 'Noor Bakx', 'Tariq Haddad', 'Ewa Nowak']));
    expect(names).not.toContain('Joris Meer');
    expect(names).not.toContain('Mirte Haddad');
    expect(harvester.isStaff('Mirte Haddad')).toBe(true);
  });
});

describe('a ticket list whose rows lead with their subject (held-out set L)', () => {
  it("takes the requester's name on the row's second line, not the subject about the application", () => {
    const row = (subject: string, who: string) =>
      `<div class="tr"><div class="s">${subject}</div><div class="r">${who} · 2 dagen geleden</div></div>`;
    const { names } = harvest(
      `<div class="list">${row('Reactie op vacature planner', 'Tariq Haddad')}${row('Open sollicitatie magazijn', 'Ewa Nowak')}</div>`,
    );
    expect(names).toEqual(expect.arrayContaining(['Tariq Haddad', 'Ewa Nowak']));
  });
});

describe('an inbox row from a sender whose family name is an ordinary word after a particle', () => {
  it('is a name: "Lisa-Marie ten Brink" (held-out set M)', () => {
    document.body.replaceChildren(
      document
        .createRange()
        .createContextualFragment(
          '<div role="listbox"><div role="option"><span class="sender">Lisa-Marie ten Brink</span><span>08:47</span>' +
            '<div>Open sollicitatie werkvoorbereider</div></div><div role="option"><span class="sender">Henk Zwart</span>' +
            '<span>gisteren</span><div>Planning monteurs</div></div></div>',
        ),
    );
    const lexicon = testLexicon({ given: ['lisa', 'marie', 'henk'], common: ['brink', 'zwart', 'planning', 'open'] });
    const harvester = createHarvester({ lexicon, marks: createPageMarks() });
    harvester.pass(document.documentElement).run();
    expect(harvester.take().map((found) => found.name)).toEqual(['Lisa-Marie ten Brink']);
  });
});
