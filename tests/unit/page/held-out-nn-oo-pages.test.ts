import { describe, expect, it } from 'vitest';
import { roleOfLabel } from '../../../lib/blinding/field-roles';
import { detectMarkers } from '../../../lib/blinding';
import { judgeName } from '../../../lib/blinding/name-evidence';
import { scanContextualNames } from '../../../lib/blinding/name-context-detectors';
import { SPEAKS_AS_APPLICANT } from '../../../lib/page/application-talk';
import { isGenericMailbox } from '../../../lib/page/generic-mailbox';
import { applicantPhraseNames } from '../../../lib/page/harvest/applicant-phrases';
import { colleagueAfter, colleagueBefore, referenceAtFirm } from '../../../lib/page/harvest/colleague-before';
import { SIGNED_IN } from '../../../lib/page/harvest/cue-words';
import { isCommentThread } from '../../../lib/page/harvest/comment-thread';
import { columnHeader } from '../../../lib/page/labels';
import { testLexicon } from '../blinding/test-lexicon';
import { harvestPage } from './harvest-page';

// Invented people and firms. The screens are the kinds held-out sets NN and OO of stop 39 showed us.
const lexicon = testLexicon({
  given: ['hamza', 'marloes', 'roos', 'kwame', 'stefan', 'agnieszka', 'aylin', 'bohdan', 'putri', 'rachel'],
  family: ['yilmaz', 'jong', 'witte', 'graaf', 'boer', 'kowalczyk', 'celik', 'kovalenko', 'handayani', 'thompson'],
  common: ['roos', 'witte'],
  places: ['veldhoven', 'waalre'],
});
const contextualNames = (text: string) => {
  const found: string[] = [];
  scanContextualNames(text, (start, end) => found.push(text.slice(start, end)));
  return found;
};

describe('pages of held-out sets NN and OO', () => {
  it('reads a name before an age in brackets, as before an age after a comma', () => {
    expect(contextualNames('Nog een: Tesfay Gebremedhin (29 jaar) heeft de taaltoets gehaald.')).toContain('Tesfay Gebremedhin');
    expect(contextualNames('Nomvula Dube, 19 jaar, reageerde gisteren.')).toContain('Nomvula Dube');
    // A count in brackets is no age, nor is experience.
    expect(contextualNames('Team Noord (12) en Sales Manager (10 jaar ervaring)')).toEqual([]);
  });

  it("takes a live chat's visitor asking about a vacancy for someone who wants the job", () => {
    expect(SPEAKS_AS_APPLICANT.test('Goedemiddag, ik heb een vraag over de vacature verpleegkundige niveau 4.')).toBe(true);
    expect(SPEAKS_AS_APPLICANT.test('Is de vacature in Waalre nog open?')).toBe(true);
    expect(SPEAKS_AS_APPLICANT.test('Hi, is the position in Leeds still open?')).toBe(true);
    // A posting's own invitation to ask is no one asking.
    expect(SPEAKS_AS_APPLICANT.test('Heb je een vraag over de vacature? Bel ons.')).toBe(false);
    const chat = harvestPage(
      '<aside><div class="row"><span class="av">HY</span><div class="nm">Hamza Yilmaz</div></div></aside><section><h2>Chat met Hamza Yilmaz</h2><div class="msg"><div class="who">Hamza Yilmaz · 14:02</div><div class="bubble">Goedemiddag, ik heb een vraag over de vacature verpleegkundige niveau 4 in Veldhoven.</div></div></section><aside><dl><dt>E-mail</dt><dd>hamza.yilmaz@example.com</dd><dt>Telefoon</dt><dd>06 2233 4455</dd></dl></aside>',
      lexicon,
    );
    expect(chat.role()).toBe('applicants');
  });

  it("keeps a staffing agency's consultant and a colleague named with our role readable", () => {
    const text = 'Oké. Aylin Celik van uitzendbureau FlexPlus belde ook nog.';
    expect(colleagueAfter(text, text.indexOf(' van uitzendbureau'))).toBe(true);
    expect(colleagueAfter('Aylin Celik from the staffing agency called', 'Aylin Celik'.length)).toBe(true);
    expect(colleagueAfter('Aylin Celik van de Hogeschool belde', 'Aylin Celik'.length)).toBe(false);
    const recruiter = 'een belafspraak met Erik van den Broek, onze recruiter voor de wijkteams.';
    expect(colleagueAfter(recruiter, recruiter.indexOf(', onze'))).toBe(true);
  });

  it("reads a new hire's manager and onboarding buddy as colleagues", () => {
    for (const label of ['Manager', 'Reports to', 'Onboarding buddy']) expect(roleOfLabel(label), label).toBe('staff-name');
    const page = harvestPage(
      '<h1>Agnieszka Kowalczyk</h1><div class="row"><span>Manager</span><span>Stefan de Boer</span></div><div class="row"><span>Onboarding buddy</span><span>Marloes de Jong</span></div><div class="css-act">Mar 7 · Marloes de Jong was assigned as buddy</div>',
      lexicon,
    );
    expect(page.harvester.isStaff('Stefan de Boer')).toBe(true);
    expect(page.harvester.isStaff('Marloes de Jong')).toBe(true);
  });

  it("takes a long unlisted word, an article and two words for a firm's name, not a person's", () => {
    expect(judgeName('Bloemsierkunst De Witte Roos', ['list-cell'], lexicon).accept).toBe(false);
    expect(judgeName('Kwame De Graaf', ['list-cell'], lexicon).accept).toBe(true);
    expect(judgeName('Roos De Witte', ['list-cell'], lexicon).accept).toBe(true);
  });

  it("reads a French employer's desk and a planning desk as mailboxes of no one", () => {
    expect(isGenericMailbox('recrutement@zonnebloem.example')).toBe(true);
    expect(isGenericMailbox('planning@transport.example')).toBe(true);
    expect(isGenericMailbox('yasmina.elidrissi@mail.example')).toBe(false);
  });

  it('takes no single letter before a comma for a family name', () => {
    expect(judgeName('C, CE', ['list-cell'], lexicon).accept).toBe(false);
    expect(judgeName('Jong, Roos de', ['list-cell'], lexicon).accept).toBe(true);
  });

  it('reads whom a folder is shared with as colleagues', () => {
    const page = harvestPage(
      '<main><table><tr><td>CV_Hamza_Yilmaz.pdf</td></tr></table></main><aside><div class="section"><h3>Gedeeld met</h3><div class="collaborator"><span class="av">SB</span><div class="info">Stefan de Boer<div class="role">Kan bekijken · vervalt 31-03-2025</div></div></div><div class="collaborator"><span class="av">MJ</span><div class="info">Marloes de Jong<div class="role">Eigenaar</div></div></div></div></aside>',
      lexicon,
    );
    expect(page.harvester.isStaff('Stefan de Boer')).toBe(true);
  });

  it("reads a pipeline card's name after its avatar's letters, below the card's title, when the cards come after the lanes", () => {
    const page = harvestPage(
      '<div class="board"><div class="col"><h2>Applied <span>–</span></h2><div class="loading">Loading leads…</div></div><div class="col"><h2>Phone screen <span>–</span></h2></div></div>',
      lexicon,
    );
    const lane = document.querySelector('.col')!;
    lane.querySelector('.loading')!.remove();
    for (const [name, letters] of [
      ['Bohdan Kovalenko', 'BK'],
      ['Putri Handayani', 'PH'],
    ]) {
      const card = document.createElement('div');
      card.className = 'lead-card';
      card.innerHTML = `<div class="t">Traineeship – ${name}</div><div class="c"><span class="av">${letters}</span>${name}</div><div class="meta"><span>Assigned: Rachel Thompson</span><span>Apr 4</span></div>`;
      lane.append(card);
    }
    page.harvester.pass(lane).run();
    const names = page.harvester.take().map((name) => name.name);
    expect(names).toEqual(expect.arrayContaining(['Bohdan Kovalenko', 'Putri Handayani']));
    expect(names).not.toContain('Rachel Thompson');
  });

  it("takes whoever waits in a call's waiting room for the one interviewed", () => {
    expect(applicantPhraseNames('Hope Mensah is waiting in the waiting room')).toEqual(['Hope Mensah']);
    expect(applicantPhraseNames('Bohdan Kovalenko wacht in de wachtruimte.')).toEqual(['Bohdan Kovalenko']);
    expect(applicantPhraseNames('The waiting room is empty.')).toEqual([]);
  });

  it('hides a North American phone number with its area code in brackets', () => {
    const text = 'Mobile (text OK) (508) 555-0147 · Order (2024) 555 items';
    const phones = detectMarkers(text).filter((range) => range.category === 'phone');
    expect(phones.map((range) => text.slice(range.start, range.end))).toEqual(['(508) 555-0147']);
  });

  it("reads no column's header over a group's heading across the row", () => {
    document.body.innerHTML =
      '<table><thead><tr><th>Naam</th><th>Fase</th></tr></thead><tbody><tr class="stage"><td colspan="2">Belafspraak</td></tr><tr><td>Bohdan Kovalenko</td><td>Belafspraak</td></tr></tbody></table>';
    const [group, name] = [...document.querySelectorAll('td')];
    expect(columnHeader(group!)).toBeUndefined();
    expect(columnHeader(name!)).toBe('Naam');
  });

  it('hides an age cut off by a preview', () => {
    const text = 'Ik ben Hamza Yilmaz, 27 jaar…';
    const ages = detectMarkers(text).filter((range) => range.category === 'birth');
    expect(ages.map((range) => text.slice(range.start, range.end))).toEqual(['27 jaar']);
  });

  it('keeps a reference spoken to at their firm, and an activity log is notes', () => {
    const text = 'Spoke with Linda Carvalho at Harbor Packaging: reliable. She would rehire her.';
    const start = text.indexOf('Linda');
    expect(referenceAtFirm(text, start, start + 'Linda Carvalho'.length)).toBe(true);
    const interview = 'Interview with Linda Carvalho at Rotterdam office';
    const at = interview.indexOf('Linda');
    expect(referenceAtFirm(interview, at, at + 'Linda Carvalho'.length)).toBe(false);
    expect(roleOfLabel('Activities')).toBe('notes');
    const page = harvestPage(
      '<h1>Putri Handayani</h1><div class="card"><h3>Activities</h3><div class="item"><div class="hd"><b>Rachel Thompson</b> · Note · 03/27/2025</div>Called Putri about the order. She prefers first shift and can start Monday.</div><div class="item"><div class="hd"><b>Stefan de Boer</b> · Reference check · 03/20/2025</div>Spoke with Marloes de Jong at Harbor Packaging: reliable, zero no-shows.</div></div>',
      lexicon,
    );
    expect(page.harvester.isStaff('Stefan de Boer')).toBe(true);
    expect(page.harvester.isStaff('Marloes de Jong')).toBe(true);
  });

  it("reads the rows under a chat console's colleagues line as the team", () => {
    const row = (letters: string, name: string, line: string) =>
      `<div class="olk-chatrow"><span class="av">${letters}</span><div><div class="nm">${name}</div><div class="pv">${line}</div></div></div>`;
    const page = harvestPage(
      `<header><span class="op"><span class="av">MJ</span> Marloes de Jong · Beschikbaar</span></header><aside class="olk-chats" aria-label="Gesprekken"><div class="sec">ACTIEVE CHATS</div>${row('HY', 'Hamza Yilmaz', 'Ik ben Hamza Yilmaz, 27 jaar…')}${row('AC', 'Aylin Celik', 'Is de vacature in Waalre nog open?')}<div class="sec">COLLEGA'S ONLINE</div>${row('SB', 'Stefan de Boer', 'Recruitment · 2 chats')}${row('RT', 'Rachel Thompson', 'Recruitment · afwezig')}</aside><section><h2>Chat met Hamza Yilmaz</h2><div class="msg"><div class="who">Hamza Yilmaz · 14:02</div><div class="bubble">Goedemiddag, ik heb een vraag over de vacature verpleegkundige niveau 4.</div></div></section>`,
      testLexicon({
        given: ['hamza', 'aylin', 'stefan', 'rachel', 'marloes'],
        family: ['yilmaz', 'celik', 'boer', 'thompson', 'jong'],
        common: ['actieve', 'chats', 'collega', 'online'],
      }),
    );
    expect(page.harvester.isStaff('Stefan de Boer')).toBe(true);
    expect(page.harvester.isStaff('Rachel Thompson')).toBe(true);
    expect(page.names).toContain('Hamza Yilmaz');
  });

  it('takes whoever a booking was created by for its invitee, not a colleague', () => {
    expect(SIGNED_IN.exec('Booking created by Putri Handayani')).toBeNull();
    expect(SIGNED_IN.exec('Gemaakt door Stefan de Boer · Filiaal Breda')?.groups?.['name']).toBe('Stefan de Boer');
    const text = 'Mar 27 · Booking created by Putri Handayani';
    expect(colleagueBefore(text, text.indexOf('Putri'))).toBe(false);
    expect(colleagueBefore('Laatst gewijzigd door Stefan de Boer', 'Laatst gewijzigd door '.length)).toBe(true);
  });

  it("reads comments under a side panel's other parts as a thread of notes", () => {
    document.body.innerHTML =
      '<aside id="side"><div class="preview">zip</div><h3>Portfolio Putri Handayani.zip</h3><div class="details">14,8 MB, gisteren</div><div class="comment"><span class="author">Rachel Thompson</span> · vandaag 10:12<br>Mooi portfolio, zijn reflectieverslag over de wondzorg is sterk.</div><div class="comment"><span class="author">Stefan de Boer</span> · vandaag 10:40<br>Dank Rachel! Ik zet hem op de shortlist voor de afdeling.</div></aside>';
    expect(isCommentThread(document.querySelector('#side')!)).toBe(true);
    // Rows of a list under a heading of their own are no thread.
    document.body.innerHTML =
      '<section id="list"><h3>Sollicitaties</h3><div class="row">Putri Handayani · vandaag 10:12 Zij heeft gereageerd op de vacature.</div><div class="row">Bohdan Kovalenko · vandaag 10:40 Hij heeft gereageerd op de vacature.</div></section>';
    expect(isCommentThread(document.querySelector('#list')!)).toBe(false);
  });

  it("reads whom a mail's subject ends in, not a job's title with its abbreviation", () => {
    expect(applicantPhraseNames('Pieter Hofstede 09:15\nFwd: Open sollicitatie Kerem Aydin\nHoi Marloes, zie onderstaande.')).toEqual([
      'Kerem Aydin',
    ]);
    expect(applicantPhraseNames('Sollicitatie Verzorgende IG')).toEqual([]);
    expect(applicantPhraseNames('Re: Sollicitatie Junior Developer')).toEqual([]);
  });
});
