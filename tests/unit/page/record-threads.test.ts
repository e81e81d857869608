import { beforeEach, describe, expect, it } from 'vitest';
import { isCommentThread } from '../../../lib/page/harvest/comment-thread';
import { createHarvester } from '../../../lib/page/harvest/harvester';
import { createPageMarks } from '../../../lib/page/harvest/page-marks';
import { testLexicon } from '../blinding/test-lexicon';

// Invented people. The lexicon knows some of their names, as the real one would.
const lexicon = testLexicon({
  given: ['dmytro', 'fenna', 'youssef', 'priya', 'tom', 'mirjam', 'iryna', 'kwabena'],
  family: ['kovalenko', 'jorritsma', 'haddou', 'natarajan', 'verbeek', 'boersma', 'shevchuk', 'owusu'],
  common: ['planning', 'vacature', 'overzicht'],
});

function harvest(markup: string, title = '') {
  document.title = title;
  document.body.replaceChildren(document.createRange().createContextualFragment(markup));
  const marks = createPageMarks();
  const photos: Element[] = [];
  const kept: Element[] = [];
  const harvester = createHarvester({
    lexicon,
    marks,
    onPhoto: (element) => photos.push(element),
    onColleaguePhoto: (element) => kept.push(element),
  });
  harvester.pass(document.documentElement).run();
  return { names: harvester.take().map((name) => name.name), harvester, marks, photos, kept };
}
const fragment = (markup: string) => {
  document.body.replaceChildren(document.createRange().createContextualFragment(markup));
  return document.body.firstElementChild!;
};

const ENTRY = (author: string, time: string, body: string) =>
  `<div class="entry"><div class="head"><span class="avatar">${author
    .split(' ')
    .map((word) => word[0])
    .join('')}</span><b>${author}</b> plaatste een opmerking · ${time}</div><div class="body">${body}</div></div>`;

const RECORD =
  '<div class="record"><div class="record-title">Dmytro Kovalenko</div><div class="sub">Дмитро Коваленко · Heftruckchauffeur</div>' +
  '<div class="owner">Toegewezen aan <span class="avatar" title="Fenna Jorritsma">FJ</span></div></div>' +
  '<div class="feed" id="feed">' +
  ENTRY('Fenna Jorritsma', '12 nov. 10:04', 'Dhr. Kovalenko gebeld. Hij heeft vijf jaar ervaring en kan per december beginnen.') +
  ENTRY('Youssef Haddou', '12 nov. 14:30', 'Dmytro mailde dat hij dinsdag kan. Ik heb hem teruggebeld.<br>Met groet, Youssef') +
  ENTRY(
    'Fenna Jorritsma',
    '13 nov. 09:12',
    'Bestand toegevoegd: <a href="#">Kovalenko_CV_NL.pdf</a> (212 kB), door de kandidaat gestuurd.',
  ) +
  '</div>';

describe('a thread of comments without a notes heading', () => {
  beforeEach(() => document.body.replaceChildren());

  it('is notes: entries with an author, a time and running text about someone', () => {
    expect(
      isCommentThread(
        fragment(
          `<div>${ENTRY('Tom Verbeek', 'Nov 12, 2026', 'Called Mr. Kovalenko; he mentioned his notice period of four weeks.')}${ENTRY('Priya Natarajan', 'Nov 13, 2026', 'Agreed, let us move him forward to the on-site interview.')}</div>`,
        ),
      ),
    ).toBe(true);
  });

  it('is no thread in an inbox list, a mail conversation, or a list of applicants with a date', () => {
    const option = (who: string) =>
      `<div role="option" class="msg"><b>${who}</b> 09:41 <div>Sollicitatie planner: beste Annelies, hierbij mijn cv en motivatie voor de functie.</div></div>`;
    expect(isCommentThread(fragment(`<div role="listbox">${option('Iryna Shevchuk')}${option('Kwabena Owusu')}</div>`))).toBe(false);
    const mail = (who: string) =>
      `<div class="mail"><b>${who}</b> &lt;${who.split(' ')[0]!.toLowerCase()}@example.org&gt; 12 nov. 09:41<p>Hij vroeg of ik dinsdag kan komen voor een gesprek met het team.</p></div>`;
    expect(isCommentThread(fragment(`<div>${mail('Iryna Shevchuk')}${mail('Fenna Jorritsma')}</div>`))).toBe(false);
    const card = (who: string) =>
      `<div class="card"><b>${who}</b><span>Gesolliciteerd 2 dagen geleden</span><span>Heftruckchauffeur</span></div>`;
    expect(isCommentThread(fragment(`<div>${card('Iryna Shevchuk')}${card('Kwabena Owusu')}</div>`))).toBe(false);
  });

  it('hides pronouns there, and keeps its authors and the colleague who signs a note', () => {
    const { names, harvester, marks } = harvest(RECORD);
    expect(marks.inNotes(document.querySelector('#feed .body')!)).toBe(true);
    expect(harvester.isStaff('Youssef Haddou')).toBe(true);
    expect(harvester.isStaff('Fenna Jorritsma')).toBe(true);
    expect(names).not.toContain('Youssef');
  });
});

describe('a chat channel where colleagues discuss applicants', () => {
  beforeEach(() => document.body.replaceChildren());

  it("takes the name on a card a bot shares below its message for no author, so the applicant's cv is hidden", () => {
    const message = (sender: string, body: string, extra = '') =>
      `<div role="listitem" class="msg"><span class="avatar">${sender[0]}</span><b class="sender">${sender}</b> <span>09:13</span>` +
      `<div class="text">${body}</div>${extra}</div>`;
    const { names, harvester } = harvest(
      `<div role="list">${message('Marieke Smulders', 'Stand van zaken: drie kandidaten in de eerste ronde. Hij of zij hoort het vrijdag.')}` +
        message(
          'Recruitee',
          'Kandidaat verplaatst naar Interview door Marieke Smulders',
          '<div class="attachment"><b class="title">Priya Ramcharan</b><div class="file">CV_Priya_Ramcharan.pdf</div></div>',
        ) +
        message('Youssef Benali', 'Net de case van Yassine Bouzid nagekeken. Hij schrijft nette tests.') +
        '</div>',
    );
    expect(harvester.isStaff('Priya Ramcharan')).toBe(false);
    expect(names).toContain('Priya Ramcharan');
    expect(harvester.isStaff('Marieke Smulders')).toBe(true);
  });
});

describe('the person a record is about', () => {
  beforeEach(() => document.body.replaceChildren());

  it('takes a title-like text whose name comes back after a title, in a file name or in another script', () => {
    expect(harvest(RECORD).names).toContain('Dmytro Kovalenko');
    const spelled = '<div class="head"><h2>Iryna Shevchuk</h2><div>Ірина Шевчук</div></div><p>Gesprek gepland.</p>';
    expect(harvest(spelled).names).toContain('Iryna Shevchuk');
    const inTitle = '<div class="head"><h2>Kwabena Owusu</h2></div><p>Gesprek gepland.</p>';
    expect(harvest(inTitle, 'Kwabena Owusu | Candidates | Hirewell').names).toContain('Kwabena Owusu');
  });

  it('leaves a heading whose words come back nowhere, and ordinary words that do', () => {
    expect(harvest('<div class="head"><h2>Kwabena Owusu</h2></div><p>Gesprek gepland.</p>').names).toEqual([]);
    expect(harvest('<h1>Vacature planning</h1><p>Zie vacature_planning.pdf</p>', 'Vacature planning').names).toEqual([]);
  });
});

describe('initials avatars', () => {
  beforeEach(() => document.body.replaceChildren());

  it("keeps the assignee's avatar and hides the applicant's", () => {
    const { photos, kept } = harvest(RECORD);
    const owner = document.querySelector('.owner .avatar')!;
    expect(kept).toContain(owner);
    expect(photos).not.toContain(owner);
  });

  it('keeps an avatar under an owner column, and one with the initials of a colleague no applicant shares', () => {
    const { photos, kept } = harvest(
      '<table><tr><th>Naam</th><th>Eigenaar</th></tr>' +
        '<tr><td><span class="avatar" id="a">IS</span> Iryna Shevchuk</td><td><span class="avatar" id="o">MB</span></td></tr></table>' +
        '<div class="note"><span class="avatar" id="c">MB</span> Ingelogd als Mirjam Boersma</div>',
    );
    expect(kept.map((element) => element.id)).toEqual(expect.arrayContaining(['o', 'c']));
    expect(photos.map((element) => element.id)).toContain('a');
  });
});

describe('a chat channel about applicants', () => {
  const post = (author: string, body: string) =>
    `<div class="post" role="listitem"><div class="head"><button>${author}</button><time>09:14</time></div><div class="text"><p>${body}</p></div></div>`;
  const posts = [
    post('Tom Verbeek', 'Er zijn drie nieuwe sollicitaties binnen voor de stage Marketing.'),
    post('Mirjam Boersma', 'Eerste is Iryna Shevchuk, derdejaars. Ik heb haar cv in de map gezet.'),
  ];

  it('is a thread after a day separator, and its notes name applicants by their full name', () => {
    const { names, harvester } = harvest(`<main><div role="log"><div class="day">Dinsdag 14 januari</div>${posts.join('')}</div></main>`);
    expect(names).toEqual(['Iryna Shevchuk']);
    expect(harvester.isStaff('Tom Verbeek')).toBe(true);
    expect(harvester.isStaff('Mirjam Boersma')).toBe(true);
  });

  it("reads a name after a note's date and time as its author's, not an applicant's", () => {
    const { names } = harvest(
      '<div class="panel"><h2>Contactmomenten</h2><div class="log">' +
        '<div><small>02-06-2025 10:15 · Tom Verbeek</small><br>Intake gedaan met Iryna Shevchuk, zij is gemotiveerd.</div>' +
        '<div><small>04-06-2025 14:40 · Mirjam Boersma</small><br>Voorgesteld bij een opdrachtgever. Reactie voor vrijdag.</div></div></div>',
    );
    expect(names).toEqual(['Iryna Shevchuk']);
  });

  it('asks once whether a burst of entries added together makes a thread, not once per entry', () => {
    document.body.replaceChildren(document.createRange().createContextualFragment('<main><div role="log"></div></main>'));
    const marks = createPageMarks();
    const log = document.querySelector('[role="log"]')!;
    let asked = 0;
    const counting = { ...marks, inNotes: (element: Element) => (element === log && (asked += 1), marks.inNotes(element)) };
    const harvester = createHarvester({ lexicon, marks: counting });
    harvester.pass(document.documentElement).run();
    log.append(document.createRange().createContextualFragment(posts.join('') + posts.join('')));
    for (const entry of log.children) harvester.pass(entry).run();
    expect(asked).toBe(1);
    expect(marks.inNotes(log)).toBe(true);
  });

  it('reads a pronoun that opens a sentence as speaking of someone', () => {
    const capitalised = [
      post('Tom Verbeek', 'Er zijn drie nieuwe sollicitaties binnen voor de stage Marketing.'),
      post('Mirjam Boersma', 'Eerste is Iryna Shevchuk, derdejaars. Haar cv staat in de map Stages.'),
    ];
    const { names } = harvest(`<main><div role="log">${capitalised.join('')}</div></main>`);
    expect(names).toEqual(['Iryna Shevchuk']);
  });

  it('reads a message added to the channel on its own as part of the thread', () => {
    document.body.replaceChildren(document.createRange().createContextualFragment(`<main><div role="log">${posts[0]}</div></main>`));
    const harvester = createHarvester({ lexicon, marks: createPageMarks() });
    harvester.pass(document.documentElement).run();
    const log = document.querySelector('[role="log"]')!;
    log.append(document.createRange().createContextualFragment(posts[1]!));
    harvester.pass(log.lastElementChild!).run();
    expect(harvester.take().map((found) => found.name)).toEqual(['Iryna Shevchuk']);
  });
});

describe('a list of applicants under a header of its own', () => {
  it('is no thread, though its rows hold a date and a titled name (a school supervisor)', () => {
    const row = (name: string) =>
      `<div class="st-row"><div class="ini">XX</div><div><div class="nm">${name}</div><div class="sm">MBO Elektrotechniek · ROC</div></div><div class="sm">Reageerde op 10 maart</div><div class="sm">BPV-begeleider: mevr. S. Verbeek</div></div>`;
    const list = fragment(`<div><div class="st-head">Reacties van studenten</div>${row('Iryna Shevchuk')}${row('Kwabena Owusu')}</div>`);
    expect(isCommentThread(list)).toBe(false);
  });
});

describe('a note that names a colleague as one', () => {
  it('keeps the colleague readable and names no applicant', () => {
    const reply = (author: string, body: string) =>
      `<div class="part"><div class="head"><b>${author}</b> <time>10:02</time></div><p>${body}</p></div>`;
    const { names, harvester } = harvest(
      `<div class="thread">${reply('Tom Verbeek', 'Beste sollicitant, dank voor je bericht over de vacature. Hij of zij hoort snel van ons.')}${reply('Tom Verbeek', 'Mijn collega Mirjam Boersma neemt deze week contact met je op over het gesprek.')}</div>`,
    );
    expect(names).not.toContain('Mirjam Boersma');
    expect(harvester.isStaff('Mirjam Boersma')).toBe(true);
  });

  it('names no applicant in whom a note hands the work to', () => {
    const note = (body: string) => `<div class="part"><div class="head"><b>Tom Verbeek</b> <time>10:02</time></div><p>${body}</p></div>`;
    const { names } = harvest(
      `<div class="thread">${note('Gesprek gehad, hij klinkt gemotiveerd voor de vacature.')}${note('Ik stuur hem door naar Mirjam Boersma voor het tweede gesprek.')}</div>`,
    );
    expect(names).not.toContain('Mirjam Boersma');
  });
});
