import { beforeEach, describe, expect, it } from 'vitest';
import { betweenColleagues, forwardingNote, senderOf } from '../../../lib/page/harvest/forwarded';
import { createHarvester } from '../../../lib/page/harvest/harvester';
import { createPageMarks } from '../../../lib/page/harvest/page-marks';
import { groupMembers, ownerOfAWorkspace } from '../../../lib/page/harvest/team-lists';
import { staffLine } from '../../../lib/page/harvest/staff-area';
import { testLexicon } from '../blinding/test-lexicon';

// Invented people; the lexicon knows some of their names, as the real one would.
const lexicon = testLexicon({
  given: ['ingrid', 'oksana', 'marieke', 'yvonne', 'floor', 'tomasz', 'esther', 'senait', 'olena', 'hope', 'mark'],
  family: ['vos', 'kovalenko', 'vries', 'smeets', 'jacobs', 'wieczorek', 'smit', 'tesfamariam', 'kravets', 'rose', 'wolf'],
  common: ['vos', 'smit', 'rose', 'wolf', 'stage', 'bezorging'],
});

function harvest(markup: string, title = '') {
  document.title = title;
  document.body.replaceChildren(document.createRange().createContextualFragment(markup));
  const marks = createPageMarks();
  const harvester = createHarvester({ lexicon, marks });
  harvester.pass(document.documentElement).run();
  return { names: harvester.take().map((name) => name.name), harvester, marks };
}

const FORWARDED =
  '<div class="hdr"><span>Ingrid Vos</span> &lt;ingrid.vos@bakkerij.example&gt;<div>Aan: Marieke de Vries</div></div>' +
  '<div class="body"><div id="msg"><p>Hoi Marieke,</p><p id="p">Zie hieronder. Kun jij haar meenemen in de selectie?</p><p>Groet,<br>Ingrid</p></div>' +
  '<div id="fwd"><p>---------- Doorgestuurd bericht ---------<br>Van: Oksana Kovalenko &lt;oksana.kovalenko@example.com&gt;<br>Datum: wo 2 dec 2026</p>' +
  '<p>Ik ben Oksana Kovalenko en ik solliciteer graag.</p><p>Met vriendelijke groet,<br>Oksana Kovalenko</p></div></div>';

describe("a colleague's note above a forwarded mail", () => {
  beforeEach(() => document.body.replaceChildren());

  it('finds the note and the header of the forwarded message, and the full name of who signs it', () => {
    document.body.innerHTML = FORWARDED;
    const found = forwardingNote(document.querySelector('#p')!);
    expect(found?.note.id).toBe('msg');
    expect(found?.forwarded).toContain('Oksana Kovalenko');
    expect(senderOf(found!.note, 'Ingrid')).toBe('Ingrid Vos');
    expect(forwardingNote(document.querySelector('#fwd p:last-child')!)).toBeUndefined();
  });

  it('reads the note as notes, its author as a colleague and the forwarded sender as the applicant', () => {
    const { names, harvester, marks } = harvest(FORWARDED);
    expect(harvester.isStaff('Ingrid Vos')).toBe(true);
    expect(names).toContain('Oksana Kovalenko');
    expect(marks.inNotes(document.querySelector('#p')!)).toBe(true);
  });

  it("takes the sender of a forward to a colleague at the same organisation's domain as a colleague, and its recipient", () => {
    // Held-out set P, Horde: the previewed message's sender carries the address as a tooltip.
    const header = (from: string, to: string) =>
      '<div id="h"><div>Fwd: Sollicitatie stage – Tomasz Wieczorek</div><div><div><span>Van:</span><span><a href="#" title="' +
      from +
      '">Esther Smit</a> &lt;' +
      from +
      '&gt;</span></div><div><span>Aan:</span><span>Floor Jacobs &lt;' +
      to +
      '&gt;</span></div></div></div><main><table><tr><th>Naam</th></tr><tr><td>Tomasz Wieczorek</td></tr></table></main>';
    const internal = harvest(header('e.smit@bakkerij.example', 'f.jacobs@bakkerij.example')).harvester;
    expect(internal.isStaff('Esther Smit')).toBe(true);
    expect(internal.isStaff('Floor Jacobs')).toBe(true);
    // The same free mail provider is no organisation: an applicant forwarding their own mail stays one.
    expect(harvest(header('esther.smit@gmail.com', 'f.jacobs@gmail.com')).harvester.isStaff('Esther Smit')).toBe(false);
    expect(betweenColleagues('Van: a@bakkerij.example Aan: b@bakkerij.example')).toBe(true);
    expect(betweenColleagues('Van: a@ziggo.nl Aan: b@ziggo.nl')).toBe(false);
    expect(betweenColleagues('Van: a@bakkerij.example Aan: b@example.com')).toBe(false);
  });

  it('keeps an applicant who forwards their own mail an applicant', () => {
    const own = FORWARDED.replace('Groet,<br>Ingrid', 'Groet,<br>Oksana');
    expect(harvest(own).harvester.isStaff('Oksana')).toBe(false);
  });
});

describe('lines and blocks of the employer side', () => {
  beforeEach(() => document.body.replaceChildren());

  it('reads a line that starts with a label of a colleague', () => {
    const staffLabel = (label: string) => /contactpersoon|recruiter/iu.test(label);
    expect(staffLine('Contactpersoon werkgeversdienstverlening: Yvonne Bakker-Smeets, 088 - 000 00 00', staffLabel)).toBe(
      'Yvonne Bakker-Smeets',
    );
    expect(staffLine('Recruiter:', staffLabel)).toBe('');
    expect(staffLine('Kandidaat: Tomasz Wieczorek', staffLabel)).toBeUndefined();
  });

  it("reads the owner of a colleague's shared calendar or mailbox (held-out set P, Tuta)", () => {
    expect(ownerOfAWorkspace('Roos Hendriks – Agenda')).toBe('Roos Hendriks');
    expect(ownerOfAWorkspace('Agenda van Roos Hendriks')).toBe('Roos Hendriks');
    expect(ownerOfAWorkspace('Sem de Vries - Postvak IN')).toBe('Sem de Vries');
    expect(ownerOfAWorkspace('Werving – Agenda')).toBeUndefined();
    expect(ownerOfAWorkspace('Mijn agenda')).toBeUndefined();
    expect(ownerOfAWorkspace('Gesprek Roos Hendriks')).toBeUndefined();
    const { harvester } = harvest(
      '<aside><div class="row"><span class="dot"></span>Persoonlijk</div><div class="row"><span class="dot"></span>Werving</div><div class="row"><span class="dot"></span>Roos Hendriks – Agenda</div></aside>' +
        '<main><table><tr><th>Naam</th></tr><tr><td>Fleur van Wijk</td></tr></table></main>',
    );
    expect(harvester.isStaff('Roos Hendriks')).toBe(true);
  });

  it('reads the members of a group chat that lists the signed-in user among them as colleagues (held-out set Q, WhatsApp)', () => {
    expect(groupMembers('Gülşen Aksoy, Merel Bosch, Milan Soekhai, Jij')).toEqual(['Gülşen Aksoy', 'Merel Bosch', 'Milan Soekhai']);
    expect(groupMembers('You, Ingrid Vos, +31 6 1234 5678, Mark')).toEqual(['Ingrid Vos', 'Mark']);
    // Without the signed-in user, or with a sentence in it, it is no list of members.
    expect(groupMembers('Ingrid Vos, Esther Smit, Floor Jacobs')).toEqual([]);
    expect(groupMembers('Jij, Ingrid Vos en de rest, zie je morgen')).toEqual([]);
    expect(groupMembers('Jij, Ingrid')).toEqual([]);
    const { harvester } = harvest(
      '<header><div class="title">Team werving</div><div class="sub">Ingrid Vos, Esther Smit, Jij</div></header>' +
        '<div class="chats"><div class="chat"><span>Esther Smit</span><span>Gisteren</span></div><div class="chat"><span>Tomasz Wieczorek</span><span>maandag</span></div></div>',
    );
    expect(harvester.isStaff('Esther Smit')).toBe(true);
    expect(harvester.isStaff('Tomasz Wieczorek')).toBe(false);
  });

  it('reads a mention token as a colleague, also where a list of conversations names them (held-out set Q, Front)', () => {
    const { harvester, names } = harvest(
      '<ul class="list"><li><span class="nm">Esther Smit</span><span>Jun 17</span></li><li><span class="nm">Tomasz Wieczorek</span><span>Jun 19</span></li></ul>' +
        '<div class="comment"><span class="mention">@Esther Smit</span> kun jij zijn cv bekijken?</div>',
    );
    expect(harvester.isStaff('Esther Smit')).toBe(true);
    expect(names).not.toContain('Esther Smit');
  });

  it('keeps everything in a block headed as the recruiter, and the line of a contact person', () => {
    const { marks, harvester } = harvest(
      '<main><h1>Candidate profile</h1><p>Name: Tomasz Wieczorek</p></main>' +
        '<aside><div class="card"><h3>Your recruiter</h3><p>Floor Jacobs</p><p id="m">f.jacobs@staffly.example</p></div></aside>' +
        '<div id="c">Contactpersoon werkgeversdienstverlening: Yvonne Bakker-Smeets, 088 - 000 00 00</div>',
    );
    expect(marks.markOf(document.querySelector('#m')!.firstChild!)).toEqual({ kind: 'staff' });
    expect(marks.markOf(document.querySelector('#c')!.firstChild!)).toEqual({ kind: 'staff' });
    expect(harvester.isStaff('Floor Jacobs')).toBe(true);
    expect(harvester.isStaff('Yvonne Bakker-Smeets')).toBe(true);
  });

  it('takes no address from a class word around a name, nor an address without an @ from its label', () => {
    const { marks } = harvest(
      '<div><span class="adr" id="a">Esther Smit</span></div><div><span>✉ Mail</span> <span id="b">Marieke de Vries</span></div>',
    );
    expect(marks.markOf(document.querySelector('#a')!)?.kind).not.toBe('category');
    expect(marks.markOf(document.querySelector('#b')!)?.kind).not.toBe('category');
  });
});

describe('senders and titles in lists', () => {
  beforeEach(() => document.body.replaceChildren());

  it('takes a sender from its tooltip address only in a row about an application', () => {
    const row = (subject: string, name: string, address: string) =>
      `<tr class="m"><td><a href="#">${subject}</a></td><td><span title="${address}">${name}</span></td></tr>`;
    const { names } = harvest(
      `<table>${row('Sollicitatie traineeship', 'Senait Tesfamariam', 's.t@example.org')}${row('Overleg selectiecommissie', 'Esther Smit', 'e.smit@gemeente.example')}</table>`,
    );
    expect(names).toContain('Senait Tesfamariam');
    expect(names).not.toContain('Esther Smit');
  });

  it("reads a card's link by its first line, and a name split in inline parts as a whole", () => {
    const card = (name: string, badge: string) =>
      `<a class="card" href="/c/${name}"><span style="display:block">${name}</span><span class="badge">${badge}</span></a>`;
    const { names } = harvest(
      `<div class="col">${card('Hope Rose', 'Stage · Engelstalig')}</div><div class="col">${card('Mark Wolf', 'Bezorging')}</div>`,
    );
    expect(names).toEqual(expect.arrayContaining(['Hope Rose', 'Mark Wolf']));
    expect(names.join(' ')).not.toMatch(/Stage|Bezorging/u);
    const split = harvest(
      '<ul><li><a href="/1"><span>Olena</span> <span>Kravets</span></a></li><li><a href="/2"><span>Hope</span> <span>Rose</span></a></li></ul>',
    );
    expect(split.names).toEqual(expect.arrayContaining(['Olena Kravets', 'Hope Rose']));
  });

  it("takes a record's name from a heading in the page's header, never as the signed-in user", () => {
    const { names, harvester } = harvest(
      '<header><h1>Olena Kravets</h1><p>Magazijn</p></header><ul class="t"><li><b>Mark Wolf</b> 12 nov 10:00 <p>Olena gebeld, zij komt donderdag op gesprek bij ons.</p></li>' +
        '<li><b>Mark Wolf</b> 13 nov 09:00 <p>Bevestiging gestuurd, zij neemt haar diploma mee.</p></li></ul>',
    );
    expect(names).toContain('Olena Kravets');
    expect(harvester.isStaff('Olena Kravets')).toBe(false);
  });

  it('reads a name in large type as a record title when its name comes back, and a role beside a name in a link as no part of it', () => {
    const { names } = harvest(
      '<body style="font-size:14px"><div style="font-size:26px">Tomasz Wieczorek</div><p>Dhr. Wieczorek gebeld.</p>' +
        '<div><a href="/1"><span class="name">Hope Rose</span> <span class="role">Bezorging</span></a></div>' +
        '<div><a href="/2"><span class="name">Mark Wolf</span> <span class="role">Stage</span></a></div></body>',
    );
    expect(names).toContain('Tomasz Wieczorek');
    expect(names.join(' ')).not.toMatch(/Bezorging|Stage/u);
  });
});
