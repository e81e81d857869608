import { beforeEach, describe, expect, it } from 'vitest';
import { createHarvester } from '../../../lib/page/harvest/harvester';
import { createPageMarks } from '../../../lib/page/harvest/page-marks';
import { testLexicon } from '../blinding/test-lexicon';

// Invented people and firms. The screens are the kinds held-out set R showed us: an omnichannel
// inbox, a booking calendar, a video interview, a recruiters' chat, a webmail folder, a CRM menu.
const lexicon = testLexicon({
  given: ['ilse', 'tobias', 'amara', 'dilan', 'kofi', 'nadia', 'ruben', 'hanna', 'emeka', 'adaeze'],
  family: ['vermaat', 'okafor', 'mensah', 'brink', 'nwosu', 'verbeek'],
  common: ['vis', 'haal', 'bar', 'bouw', 'logistiek', 'sollicitatie', 'procedure'],
});

function harvestWithMarks(markup: string) {
  document.body.replaceChildren(document.createRange().createContextualFragment(markup));
  const marks = createPageMarks();
  const harvester = createHarvester({ lexicon, marks });
  harvester.pass(document.documentElement).run();
  return { names: harvester.take().map((name) => name.name), harvester, marks };
}
const harvest = harvestWithMarks;

describe('names in lists the page draws as its chrome', () => {
  beforeEach(() => document.body.replaceChildren());

  it('reads the conversations an inbox lists in a <nav>, and keeps its menu and team line colleagues', () => {
    const row = (name: string, preview: string) =>
      `<div class="ticket"><div><b class="name">${name}</b><span>WhatsApp</span><span>09:12</span></div><div class="prev">${preview}</div></div>`;
    const { names, harvester } = harvest(
      '<nav aria-label="Inbox"><div class="channel">Toegewezen aan mij <span>4</span></div><div class="channel">Klanten <span>2</span></div>' +
        '<div>Team: Ruben Brink, Hanna Verbeek</div>' +
        row('Amara Okafor', 'Hoi, ik wil reageren op de vacature chauffeur') +
        row('Kofi Mensah', 'Kan ik morgen om 9 uur beginnen?') +
        row('Bouwlogistiek Noord (klant)', 'Aanvraag drie chauffeurs') +
        '</nav><main><h1>Fwd: Reactie vacature chauffeur</h1></main>',
    );
    expect(names).toEqual(expect.arrayContaining(['Amara Okafor', 'Kofi Mensah']));
    expect(names).not.toContain('Bouwlogistiek Noord');
    for (const colleague of ['Ruben Brink', 'Hanna Verbeek']) expect(harvester.isStaff(colleague), colleague).toBe(true);
  });

  it("reads a booking calendar's appointments: a time, a person and a place, also one alone in its day", () => {
    const appointment = (name: string) =>
      `<div class="appt" role="button"><div class="t">9:00 – 9:45 Sollicitatiegesprek</div><div class="c">${name}</div><div class="l">Kamer 2.14</div></div>`;
    const hours = '<div class="hour"></div>'.repeat(10);
    const { names } = harvest(
      `<div role="grid"><div class="day">${hours}${appointment('Ilse Vermaat')}${appointment('Tobias Okafor')}</div>` +
        `<div class="day">${hours}${appointment('KOFI MENSAH')}</div><div class="day">${hours}<div class="appt" role="button">Teamoverleg</div></div></div>`,
    );
    expect(names).toEqual(expect.arrayContaining(['Ilse Vermaat', 'Tobias Okafor', 'KOFI MENSAH']));
    expect(names).not.toContain('Teamoverleg');
  });

  it('reads a record a menu of recently viewed ones calls a candidate, and nothing else of that menu', () => {
    const { names } = harvest(
      '<div role="menu" aria-label="Recently viewed"><a role="menuitem" href="#"><span>Amara Okafor</span><small>Candidate</small></a>' +
        '<a role="menuitem" href="#"><span>Ruben Brink</span><small>Contact</small></a>' +
        '<a role="menuitem" href="#"><span>Planner – Brink Foods</span><small>Job</small></a></div>',
    );
    expect(names).toEqual(['Amara Okafor']);
  });
});

describe('who is on the employer side', () => {
  beforeEach(() => document.body.replaceChildren());

  it('takes a meeting guest and someone in its lobby as the other side, the moderators and "(ik)" as colleagues', () => {
    const member = (name: string, badge: string) =>
      `<div class="participant"><div class="avatar">${name.slice(0, 1)}</div><div><div>${name}</div><div class="role">${badge}</div></div></div>`;
    const { names, harvester } = harvest(
      '<div class="subject">Sollicitatiegesprek chauffeur</div><aside><h4>Lobby (1)</h4>' +
        member('رامي الحموي', 'Wacht in de lobby') +
        '<h4>Deelnemers (3)</h4>' +
        member('Ruben Brink (Ik)', 'Moderator') +
        member('Hanna Verbeek', 'Moderator') +
        member('Kofi Mensah', 'Deelnemer · scherm gedeeld') +
        '</aside>',
    );
    expect(names).toEqual(expect.arrayContaining(['Kofi Mensah', 'رامي الحموي']));
    for (const colleague of ['Ruben Brink', 'Hanna Verbeek']) expect(harvester.isStaff(colleague), colleague).toBe(true);
  });

  it('keeps a guest the other side when their messages in the chat are read later, in a pass of their own', () => {
    const { harvester } = harvest(
      '<div class="subject">Sollicitatiegesprek chauffeur</div><aside id="people">' +
        '<div class="participant"><div><div>Ruben Brink</div><div class="role">Moderator</div></div></div>' +
        '<div class="participant"><div><div>Kofi Mensah</div><div class="role">Deelnemer</div></div></div></aside><div id="chat"></div>',
    );
    const message = (author: string, text: string) =>
      `<div class="m" role="listitem"><div><span class="a">${author}</span><span class="t">14:36</span></div><div class="x">${text}</div></div>`;
    const chat = document.querySelector('#chat')!;
    chat.append(
      document
        .createRange()
        .createContextualFragment(
          message('Kofi Mensah', 'Goedemiddag allemaal, zien jullie mijn scherm?') +
            message('Ruben Brink', 'Ja, dank je. We beginnen zo.') +
            message('Kofi Mensah', 'Mijn telefoonnummer staat in de mail.'),
        ),
    );
    harvester.pass(chat).run();
    harvester.take();
    expect(harvester.isStaff('Kofi Mensah')).toBe(false);
    expect(harvester.isStaff('Ruben Brink')).toBe(true);
  });

  it("takes back a guest taken for a colleague from the chat when the participants' list read later names him a guest", () => {
    const message = (author: string, text: string) =>
      `<div class="m" role="listitem"><img alt="" src="data:,"><div><div><span class="a">${author}</span><span class="t">14:36</span></div><div class="x">${text}</div></div></div>`;
    const { harvester, marks } = harvestWithMarks(
      '<div class="subject">Sollicitatiegesprek chauffeur</div><div id="chat" role="list"><div class="date">Dinsdag 10 juni</div>' +
        message('Kofi Mensah', 'Goedemiddag allemaal, zien jullie mijn scherm?') +
        message('Ruben Brink', 'Ja, dank je. Hij heeft zijn scherm gedeeld, we beginnen zo.') +
        message('Kofi Mensah', 'Mijn telefoonnummer staat in de mail.') +
        '</div><aside id="people"></aside>',
    );
    expect(harvester.isStaff('Kofi Mensah')).toBe(true);
    const people = document.querySelector('#people')!;
    people.append(
      document
        .createRange()
        .createContextualFragment(
          '<div class="participant"><div><div>Ruben Brink</div><div class="role">Moderator</div></div></div>' +
            '<div class="participant"><div><div>Kofi Mensah</div><div class="role">Deelnemer</div></div></div>',
        ),
    );
    harvester.pass(people).run();
    expect(harvester.take().map((name) => name.name)).toContain('Kofi Mensah');
    expect(harvester.isStaff('Kofi Mensah')).toBe(false);
    expect(harvester.isStaff('Ruben Brink')).toBe(true);
    // Nothing of the chat stays marked as a colleague's: the name is masked there too.
    for (const head of document.querySelectorAll('.m .a')) expect(marks.markOf(head)?.kind).not.toBe('staff');
  });

  it('takes the sender of a mail to an address at their own organisation as a colleague, not the applicant it is about', () => {
    const { names, harvester } = harvest(
      '<div class="header"><div class="subject">Re: Sollicitatie pedagogisch medewerker – Adaeze Nwosu</div>' +
        '<div class="info"><span class="from">Hanna Verbeek</span> &lt;h.verbeek@kinderhuis.example&gt; wo 11 jun</div>' +
        '<div class="info">Aan: Ruben Brink &lt;vacatures@kinderhuis.example&gt;</div></div>',
    );
    expect(harvester.isStaff('Hanna Verbeek')).toBe(true);
    expect(names).not.toContain('Hanna Verbeek');
  });

  it("takes the users a system's history names and a firm's contact beside their part as colleagues", () => {
    const { harvester } = harvest(
      '<header><div class="company"><strong>Hotel Skyline</strong>Hanna Verbeek · Opdrachtgever</div></header>' +
        '<div class="history"><div class="i"><b>Ruben Brink</b> heeft opgeslagen<div>12 juni 16:41</div></div></div>',
    );
    for (const colleague of ['Hanna Verbeek', 'Ruben Brink']) expect(harvester.isStaff(colleague), colleague).toBe(true);
  });
});

describe('names in a recruiters chat and a mail folder', () => {
  beforeEach(() => document.body.replaceChildren());

  it('reads a chat after a system line as a thread: its authors are colleagues, the people it speaks of are not', () => {
    const message = (author: string, text: string) =>
      `<div class="m" role="listitem"><img alt="" src="data:,"><div><div><span class="a">${author}</span><span class="t">10:14</span></div><div class="x">${text}</div></div></div>`;
    const { names, harvester } = harvest(
      '<div role="list"><div class="date">Dinsdag 10 juni</div><div class="sys" role="listitem">Ruben Brink heeft Hanna Verbeek toegevoegd.</div>' +
        message('Hanna Verbeek', 'Net gebeld door Amara Okafor (06 4182 7730). Kan iemand haar terugbellen?') +
        message(
          'Ruben Brink',
          'Tobias Vermaat heeft gisteren meegelopen. <span class="chip"><span class="ico">PDF</span>CV_Ilse_Vermaat.pdf</span>',
        ) +
        message('Hanna Verbeek', 'Mail op de inbox: “goedemiddag ik ben dilan okafor en wil graag reageren op de vacature”') +
        '</div>',
    );
    expect(names).toEqual(expect.arrayContaining(['Amara Okafor', 'Tobias Vermaat', 'Ilse Vermaat', 'Dilan Okafor']));
    for (const colleague of ['Ruben Brink', 'Hanna Verbeek']) expect(harvester.isStaff(colleague), colleague).toBe(true);
  });

  it('leaves the senders of mails about something else and of forwards, and reads a short unknown given name', () => {
    const mail = (sender: string, subject: string) =>
      `<li><span data-test-id="senderName">${sender}</span><span data-test-id="message-subject">${subject}</span><time>ma</time></li>`;
    const { names } = harvest(
      `<ul>${mail('Vishaal Mensah', 'Open sollicitatie (stage)')}${mail('Ilse Vermaat', 'Vraag over vacature')}` +
        `${mail('Ruben Brink', 'Fwd: Sollicitatie schilder')}${mail('Tobias Okafor', 'Offerte buitenschilderwerk')}</ul>`,
    );
    expect(names).toEqual(expect.arrayContaining(['Vishaal Mensah', 'Ilse Vermaat']));
    expect(names).not.toContain('Ruben Brink');
    expect(names).not.toContain('Tobias Okafor');
  });

  it('reads a survey answer under a question, its number glued to the words, and two nationalities joined', () => {
    const answer = (question: string, value: string, id: string) =>
      `<div class="qa"><div class="q"><span class="qn">V${id}</span>${question}</div><div class="a" id="a${id}">${value}</div></div>`;
    document.body.replaceChildren(
      document
        .createRange()
        .createContextualFragment(
          answer('Geboorteplaats', 'Hargeisa', '7') +
            answer('Nationaliteit', 'Nederlandse en Somalische', '8') +
            answer('Which nationality (or nationalities) do you have?', 'Cape Verdean &amp; Dutch', '9'),
        ),
    );
    const marks = createPageMarks();
    createHarvester({ lexicon, marks }).pass(document.documentElement).run();
    const categoryOf = (id: string) => {
      const mark = marks.markOf(document.querySelector(`#${id}`)!.firstChild!);
      return mark?.kind === 'category' ? mark.category : undefined;
    };
    expect(categoryOf('a7')).toBe('birthplace');
    expect(categoryOf('a8')).toBe('nationality');
    expect(categoryOf('a9')).toBe('nationality');
  });
});
