import { describe, expect, it } from 'vitest';
import { detectMarkers } from '../../../lib/blinding/detect';
import { describesWork, roleOfLabel } from '../../../lib/blinding/field-roles';
import { applicantPhraseNames } from '../../../lib/page/harvest/applicant-phrases';
import { isCommentThread } from '../../../lib/page/harvest/comment-thread';
import { createHarvester } from '../../../lib/page/harvest/harvester';
import { createPageMarks } from '../../../lib/page/harvest/page-marks';
import { mentionsApplication } from '../../../lib/page/page-role';
import { testLexicon } from '../blinding/test-lexicon';

// Invented people; the lexicon knows some of their names, as the real one would.
const lexicon = testLexicon({
  given: ['fatma', 'kees', 'jeroen', 'bram', 'mehmet', 'luana', 'nadia', 'stijn', 'anouk', 'femke'],
  family: ['yildirim', 'stuurman', 'baas', 'schipper', 'arslan', 'vroom', 'benhaddou', 'hal', 'verbeek', 'hof'],
  common: ['baas', 'schipper', 'vroom'],
});

function harvest(markup: string) {
  document.body.replaceChildren(document.createRange().createContextualFragment(markup));
  const harvester = createHarvester({ lexicon, marks: createPageMarks() });
  harvester.pass(document.documentElement).run();
  return { names: harvester.take().map((name) => name.name), harvester };
}

// A recruiters' channel drawn as Rocket.Chat draws it (held-out set N): a header with the name
// (class word "name"), the handle and the time, then the message.
const message = (name: string, handle: string, time: string, body: string) =>
  `<div class="rcx-message" role="listitem"><span class="rcx-avatar">${name[0]}</span><div><div class="rcx-message-header"><span class="rcx-message-header__name">${name}</span><span class="rcx-message-header__username">@${handle}</span><span class="rcx-message-header__time">${time}</span></div><div class="rcx-message-body">${body}</div></div></div>`;
const CHANNEL = `<div class="messages-box" role="list"><div class="rcx-message-divider">Dinsdag 3 juni 2025</div>${message(
  'Fatma Yildirim',
  'fatma.yildirim',
  '09:14',
  'Drie nieuwe reacties op de vacature. Bram Schipper (ja, echt) heeft gereageerd. Hij vaart nu op een partyschip.',
)}${message('Kees Stuurman', 'kees.stuurman', '09:20', 'Klinkt goed. Kan hij een proefvaart doen op donderdag?')}${message(
  'Jeroen Baas',
  'jeroen.baas',
  '09:41',
  'Ik plan de gesprekken op kantoor aan de Prinsengracht, wil jij hem bellen?',
)}</div>`;

describe("a recruiters' chat (held-out set N)", () => {
  it('is a thread of notes: a handle is no mail address', () => {
    document.body.innerHTML = CHANNEL;
    expect(isCommentThread(document.querySelector('.messages-box')!)).toBe(true);
    // With mail addresses in its heads it is a list of mails.
    document.body.innerHTML = CHANNEL.replace(/@(\p{L}+)\.(\p{L}+)/gu, '$1.$2@example.nl');
    expect(isCommentThread(document.querySelector('.messages-box')!)).toBe(false);
  });

  it('keeps its authors as colleagues, though a class word says "name", and hides the applicant it speaks of', () => {
    const { names, harvester } = harvest(CHANNEL);
    expect(harvester.isStaff('Fatma Yildirim')).toBe(true);
    expect(harvester.isStaff('Jeroen Baas')).toBe(true);
    expect(names).toContain('Bram Schipper');
    expect(names).not.toContain('Fatma Yildirim');
  });

  it('takes only a thread’s heads as authors: a name field on a page headed "Notities" stays the applicant’s', () => {
    const { names, harvester } = harvest(
      '<h1>Notities</h1><ul><li data-candidate-id="c1"><span data-field="candidate-name">Fatma Yildirim</span></li></ul><div aria-label="Notities"><p>Notitie 0: gesprek met Yildirim over de planning</p></div>',
    );
    expect(names).toContain('Fatma Yildirim');
    expect(harvester.isStaff('Fatma Yildirim')).toBe(false);
  });

  it('reads who reacted, with an aside in brackets between', () => {
    expect(applicantPhraseNames('Bram Schipper (ja, echt 😄) heeft gereageerd. Hij vaart.')).toEqual(['Bram Schipper']);
    expect(applicantPhraseNames('Sanne de Vries heeft gereageerd op de vacature')).toEqual(['Sanne de Vries']);
    expect(applicantPhraseNames('Het team heeft de planning gemaakt (zie bijlage).')).toEqual([]);
  });
});

describe("a task's comments whose author is a known colleague (held-out set N, Asana)", () => {
  const story = (name: string, time: string, body: string) =>
    `<div class="BlockStory"><span class="Avatar">${name[0]}</span><div><div><b>${name}</b> <span class="meta">${time}</span></div><div>${body}</div></div></div>`;
  const feed = `<div class="TaskStoryFeed">${story('Anouk Verbeek', 'Jun 4 at 10:12', 'Liked the writing sample. Can we ask about the SEO course in the letter?')}${story(
    'Kees Stuurman',
    'Jun 4 at 11:30',
    'Sure, I will add it to the interview guide. Sent the invite for Thursday 14:00.',
  )}</div>`;

  it('is a thread of notes when an author is a colleague the page named before, and not otherwise', () => {
    const { harvester } = harvest(`<div class="fields"><span class="label">Assignee</span> <span>Kees Stuurman</span></div>${feed}`);
    expect(harvester.isStaff('Anouk Verbeek')).toBe(true);
    document.body.innerHTML = feed;
    expect(isCommentThread(document.querySelector('.TaskStoryFeed')!)).toBe(false);
    expect(isCommentThread(document.querySelector('.TaskStoryFeed')!, (name) => name === 'Kees Stuurman')).toBe(true);
  });

  it('is no thread when its entries are rows of values, though a colleague is each one’s assignee (held-out set K)', () => {
    const row = (name: string) =>
      `<div class="row"><span>Kees Stuurman</span> <span>12 sep</span> <span>${name}</span> <span>Gesprek gepland</span> <span>06-41920377</span> <span>CV_${name.replace(' ', '_')}.pdf</span></div>`;
    document.body.innerHTML = `<div class="list">${row('Mehmet Arslan')}${row('Luana Vroom')}${row('Nadia Benhaddou')}</div>`;
    expect(isCommentThread(document.querySelector('.list')!, (name) => name === 'Kees Stuurman')).toBe(false);
  });
});

describe('answers to one question of a form, listed under it (held-out set N, Google Forms)', () => {
  it('reads every answer under a quoted name question as a name', () => {
    const { names } = harvest(
      `<div class="card"><div class="title">Recente reacties op ‘Volledige naam’</div><div class="meta">23 reacties · laatste 5 getoond</div><ul><li>Mehmet Arslan</li><li>Luana Vroom</li><li>Nadia Benhaddou</li><li>Stijn van Hal</li></ul></div>`,
    );
    expect(names).toEqual(expect.arrayContaining(['Mehmet Arslan', 'Luana Vroom', 'Nadia Benhaddou', 'Stijn van Hal']));
  });

  it('reads no names under a question that asks for something else, or a list without a question', () => {
    expect(harvest(`<div><div class="title">Reacties op ‘Welke dagen?’</div><ul><li>Maandag</li><li>Zondag</li></ul></div>`).names).toEqual(
      [],
    );
    expect(harvest(`<div><h3>Ons team</h3><ul><li>Kees Stuurman</li><li>Jeroen Baas</li></ul></div>`).names).toEqual([]);
  });
});

describe('labels and words found on held-out set N', () => {
  it('reads a consultant as a colleague and the branch as a place of work', () => {
    expect(roleOfLabel('Consultant')).toBe('staff-name');
    expect(roleOfLabel('Intercedent')).toBe('staff-name');
    expect(describesWork('Vestiging')).toBe(true);
    expect(describesWork('Standplaats')).toBe(true);
    // An internship's place: its address is the employer's (held-out set Q, OSIRIS).
    expect(describesWork('Praktijkinstelling')).toBe(true);
    expect(describesWork('Stageadres')).toBe(true);
  });

  it('hides a street with a side after its name, as the rest of the address', () => {
    const ranges = detectMarkers('Adres: Oostzeedijk Beneden 141a, 3061 VR Rotterdam', { categories: ['address'] });
    expect(ranges.map((range) => range.category)).toContain('address');
    const text = 'Oostzeedijk Beneden 141a';
    const found = detectMarkers(`Ze woont aan de ${text}.`, { categories: ['address'] });
    expect(found.some((range) => range.start <= 16 && range.end >= 16 + text.length)).toBe(true);
  });

  it('counts a trial shift as a step of selection', () => {
    expect(mentionsApplication('Proefdraaien keuken (30 min)')).toBe(true);
    expect(mentionsApplication('Meeloopdag werkplaats')).toBe(true);
    expect(mentionsApplication('Keuken schoonmaken')).toBe(false);
  });
});

describe('labels found on held-out set P', () => {
  it("reads an organisation or a company's address as the work, and a responsible person as a colleague", () => {
    expect(describesWork('Current Organization')).toBe(true);
    expect(describesWork('Adres bedrijf')).toBe(true);
    expect(describesWork('Werkgever')).toBe(true);
    expect(roleOfLabel('Verantwoordelijke')).toBe('staff-name');
    expect(roleOfLabel('Candidate Owner')).toBe('staff-name');
    // The applicant's own address keeps its role.
    expect(roleOfLabel('Adres')).toBe('address');
  });
});
