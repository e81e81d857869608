import { describe, expect, it } from 'vitest';
import { nameAfterActivity } from '../../../lib/page/harvest/activity-title';
import { writesAsApplicant } from '../../../lib/page/harvest/applicant-author';
import { createHarvester } from '../../../lib/page/harvest/harvester';
import { createPageMarks } from '../../../lib/page/harvest/page-marks';
import { twins } from '../../../lib/page/harvest/structure';
import { testLexicon } from '../blinding/test-lexicon';

// Invented people; the lexicon knows some of their names, as the real one would.
const lexicon = testLexicon({
  given: ['arjun', 'ama', 'dominik', 'jildou', 'maud', 'rik', 'tom', 'linda', 'samira'],
  family: ['ramcharan', 'owusu', 'nowak', 'postma', 'zijlstra', 'hesselink', 'oosterhuis', 'bakkali'],
  common: ['marketing', 'stage', 'intern', 'guide'],
});

function harvest(markup: string) {
  document.body.replaceChildren(document.createRange().createContextualFragment(markup));
  const harvester = createHarvester({ lexicon, marks: createPageMarks() });
  harvester.pass(document.documentElement).run();
  return { names: harvester.take().map((name) => name.name), harvester };
}

describe('task titles that name an applicant (held-out set N, a project board)', () => {
  it('reads the name a title ends in after what happens with the applicant', () => {
    expect(nameAfterActivity('Screen application – Arjun Ramcharan')).toBe('Arjun Ramcharan');
    expect(nameAfterActivity('Interview: Jildou Postma')).toBe('Jildou Postma');
    expect(nameAfterActivity('Portfolio review Dominik Nowak')).toBe('Dominik Nowak');
    expect(nameAfterActivity('Gesprek met Samira el Bakkali')).toBe('Samira el Bakkali');
  });

  it("reads the invitee of a booking tool's event, as typed and in any script (held-out set Q, Cal.com)", () => {
    expect(nameAfterActivity('Interview – Junior Developer between Nienke Kuipers and Thijmen van der Meulen')).toBe(
      'Thijmen van der Meulen',
    );
    expect(nameAfterActivity('Interview – Junior Developer between Nienke Kuipers and kevin wirjodiardjo')).toBe('kevin wirjodiardjo');
    expect(nameAfterActivity('Kennismaking tussen Nienke Kuipers en Оксана Мельник')).toBe('Оксана Мельник');
    expect(nameAfterActivity('Team sync between design and engineering')).toBeUndefined();
  });

  it('reads no name from titles without an activity, or whose end is no name', () => {
    expect(nameAfterActivity('Prepare laptop + accounts for new interns')).toBeUndefined();
    expect(nameAfterActivity('Interview guide')).toBeUndefined();
    expect(nameAfterActivity('Brand refresh – Q3 Planning')).toBeUndefined();
    // A booking tool's filter on an event type names a job (held-out set Q).
    expect(nameAfterActivity('Interview – Junior Developer')).toBeUndefined();
    expect(nameAfterActivity('Interview – Senior Data Engineer')).toBeUndefined();
    // A job after "vacature" is no person (held-out set K, an inbox subject).
    expect(nameAfterActivity('Reactie op vacature Uitvoerder Utiliteitsbouw')).toBeUndefined();
    expect(nameAfterActivity(`Interview: ${'Lange Titel '.repeat(10)}`)).toBeUndefined();
    // A line of facts that ends in a colleague's label and name (a cv viewer's bar).
    expect(nameAfterActivity('Geüpload door de kandidaat · Vacature: Magazijnmedewerker · Recruiter: Linda Zijlstra')).toBeUndefined();
  });

  it('takes the names of a board whose card titles hold them, and not the board chrome', () => {
    const card = (title: string) =>
      `<div class="BoardCard"><div class="BoardCardName">${title}</div><span class="Pill">Intern</span></div>`;
    const { names } = harvest(
      `<section class="BoardColumn"><div class="BoardColumnHeader">New applications</div>${card('Screen application – Arjun Ramcharan')}${card(
        'Screen application – Ama Owusu',
      )}</section><section class="BoardColumn"><div class="BoardColumnHeader">Interview</div>${card('Portfolio review Dominik Nowak')}${card(
        'Prepare laptop + accounts for new interns',
      )}</section>`,
    );
    expect(names).toEqual(expect.arrayContaining(['Arjun Ramcharan', 'Ama Owusu', 'Dominik Nowak']));
    expect(names.some((name) => /laptop|interns|Screen/u.test(name))).toBe(false);
  });
});

describe('an author who writes their own application (held-out set N, a help-desk ticket)', () => {
  const entry = (author: string, body: string) =>
    `<article class="event"><div><span class="author">${author}</span><span class="time">2 jun 2025 16:04</span></div><div class="body">${body}</div></article>`;

  it('tells an application from a colleague’s message', () => {
    document.body.innerHTML = entry('Samira Bakkali', 'Goedemiddag, ik wil graag overstappen. Mijn cv zit in de bijlage.');
    expect(writesAsApplicant(document.querySelector('.author')!)).toBe(true);
    document.body.innerHTML = entry('Tom Hesselink', 'Sterk profiel. Zij stuurde haar cv gisteren, wil jij het gesprek doen?');
    expect(writesAsApplicant(document.querySelector('.author')!)).toBe(false);
  });

  it('hides the requester who applies and keeps the colleagues who answer', () => {
    const { names, harvester } = harvest(
      `<div role="log">${entry('Samira Bakkali', 'Goedemiddag, ik werk nu bij een telecomprovider. Mijn cv zit in de bijlage. Groet, Samira')}${entry(
        'Tom Hesselink',
        'Sterk profiel, vier jaar klantcontact. Wil jij het gesprek doen?',
      )}${entry('Linda Oosterhuis', 'Beste Samira, bedankt voor je sollicitatie! Schikt donderdag?')}</div>`,
    );
    expect(names).toContain('Samira Bakkali');
    expect(harvester.isStaff('Samira Bakkali')).toBe(false);
    expect(harvester.isStaff('Tom Hesselink')).toBe(true);
    expect(harvester.isStaff('Linda Oosterhuis')).toBe(true);
  });
});

describe("a record's header tiles, each a value over its label (held-out set Q, Dynamics 365)", () => {
  it('reads no name from tiles that show a branch or a status over its label, and the record heading still', () => {
    const tile = (value: string, label: string) => `<div><div>${value}</div><div class="lbl">${label}</div></div>`;
    const { names } = harvest(
      '<div class="header"><h1>Arjun Ramcharan</h1><div class="fields">' +
        tile('Beschikbaar', 'Status kandidaat') +
        tile('Owusu Zijlstra', 'Vestiging') +
        tile('Linda Postma', 'Eigenaar') +
        '</div></div><section><h2>Persoonsgegevens</h2><label>E-mail</label><span>arjun@example.com</span></section>',
    );
    expect(names).not.toContain('Owusu Zijlstra');
    expect(names).not.toContain('Linda Postma');
  });

  it('reads no name from a labelled field of a form, a <label> before its value', () => {
    const field = (label: string, value: string) => `<div class="ctl"><label>${label}</label><span>${value}</span></div>`;
    const { names } = harvest(
      `<section data-candidate-id="1"><h2>Sollicitant</h2>${field('Vacature', 'Verzorgende IG')}${field('Locatie', 'Owusu Zijlstra')}${field('Behandelaar', 'Linda Postma')}</section>`,
    );
    expect(names).not.toContain('Owusu Zijlstra');
  });

  it('keeps the senders of a mail list whose subjects speak of work', () => {
    const row = (sender: string, subject: string) => `<div role="option"><span>${sender}</span><span>${subject}</span></div>`;
    const { names } = harvest(
      `<div role="listbox">${row('Arjun Ramcharan', 'Sollicitatie stage')}${row('Dominik Nowak', 'Sollicitatie stage marketing')}</div>`,
    );
    expect(names).toEqual(expect.arrayContaining(['Arjun Ramcharan', 'Dominik Nowak']));
  });
});

describe('a list of cards in which one is selected (held-out set Q, a CV database)', () => {
  it('reads the selected card, whose class has one state more, like its twins', () => {
    const card = (name: string, selected = false) =>
      `<article class="resume-card${selected ? ' is-selected' : ''}"><div class="resume-card__name"><a href="#">${name}</a></div><div>Matroos</div></article>`;
    const { names } = harvest(`<div id="results">${card('Arjun Ramcharan', true)}${card('Dominik Nowak')}${card('Maud Oosterhuis')}</div>`);
    expect(names).toEqual(expect.arrayContaining(['Arjun Ramcharan', 'Dominik Nowak', 'Maud Oosterhuis']));
  });

  it('takes one state class more for a twin, and no other class: a private note is another kind of entry (held-out set L)', () => {
    const element = (tag: string, className: string) => Object.assign(document.createElement(tag), { className });
    expect(twins(element('article', 'resume-card'), element('article', 'resume-card is-selected'))).toBe(true);
    expect(twins(element('div', 'row active'), element('div', 'row'))).toBe(true);
    expect(twins(element('div', 'conv'), element('div', 'conv priv'))).toBe(false);
    expect(twins(element('div', 'flex'), element('div', 'flex gap-2 items-center'))).toBe(false);
  });
});
