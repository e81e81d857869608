import { beforeEach, describe, expect, it } from 'vitest';
import { testLexicon } from '../blinding/test-lexicon';
import { harvestPage } from './harvest-page';

// Invented people. The screens are the kinds held-out set U showed us: a careers inbox of a help
// desk, a video call, a school's list of internship applications, a CRM record, a database item
// in edit mode, an HR platform's home.
const lexicon = testLexicon({
  given: [
    'yonas',
    'agnieszka',
    'esmee',
    'dirk',
    'oleksandr',
    'sabine',
    'pieter',
    'ilayda',
    'jayden',
    'gijs',
    'fleur',
    'jeroen',
    'henk',
    'kenji',
    'fatima',
  ],
  family: [
    'tesfamariam',
    'wojcik',
    'rutten',
    'vos',
    'bondar',
    'kuijpers',
    'bakker',
    'demir',
    'martis',
    'kok',
    'ommeren',
    'hope',
    'wijnands',
    'visser',
    'watanabe',
    'benali',
  ],
  common: ['kok', 'bakker', 'visser', 'hope', 'vos'],
});

const harvest = (markup: string) => harvestPage(markup, lexicon);

describe('a help desk team inbox for careers', () => {
  beforeEach(() => document.body.replaceChildren());

  const conversation = (initials: string, name: string, preview: string) =>
    `<div class="conv"><span class="av">${initials}</span><div class="t"><div class="n">${name} <small>1h</small></div><div class="x">${preview}</div></div></div>`;
  const part = (body: string, meta: string, kind = '') =>
    `<div class="part${kind}"><span class="av">YT</span><div><div class="bubble">${body}</div><div class="meta">${meta}</div></div></div>`;

  it('takes the writer of a message about their own application for the applicant, and the people of the list who ask about a job', () => {
    const { names, harvester, role } = harvest(
      '<section class="list">' +
        conversation('YT', 'Yonas Tesfamariam', 'Ja dat is goed, dank u.') +
        conversation('AW', 'Agnieszka Wójcik', 'Is de functie planner ook parttime mogelijk?') +
        conversation('RR', 'Ravi Ramcharan', 'Ik heb mijn cv opnieuw geüpload') +
        '</section><main><div class="parts">' +
        part(
          'Goedemiddag, ik heb 2 weken geleden gesolliciteerd op de functie monteur. Groet, Yonas Tesfamariam',
          'Yonas Tesfamariam · 17 Jun, 14:03',
        ) +
        part(
          '<span class="mention">@Esmée Rutten</span> dit is de kandidaat van de vacaturedag. Kan jij hem bellen?',
          'Note · Dirk Vos · 17 Jun, 15:20',
          ' admin note',
        ) +
        part('Hoi Yonas, bedankt voor je geduld! Ik bel je morgen.', 'Esmée Rutten · 18 Jun, 09:12', ' admin') +
        '</div></main>',
    );
    expect(harvester.isStaff('Yonas Tesfamariam')).toBe(false);
    expect(names).toEqual(expect.arrayContaining(['Yonas Tesfamariam', 'Agnieszka Wójcik', 'Ravi Ramcharan']));
    expect(role()).toBe('applicants');
  });
});

describe('a video call about an application', () => {
  beforeEach(() => document.body.replaceChildren());

  it("takes the person the call's title names for the applicant, though the chat shows them as an author, and hides their tile", () => {
    const { names, harvester, photos } = harvest(
      '<section class="stage"><div class="tile"><div class="video" role="img" aria-label="Video van Oleksandr Bondar"></div>' +
        '<div class="name">Oleksandr Bondar</div></div></section>' +
        '<aside><div class="chat">' +
        '<div class="m"><b>Sabine Kuijpers</b><time>10:01</time><p>Welkom Oleksandr! Pieter schuift zo aan, hij zit nog in een ander overleg.</p></div>' +
        '<div class="m"><b>Oleksandr Bondar</b><time>10:02</time><p>Dank u! Hier is mijn portfolio.</p></div>' +
        '<div class="m"><b>Pieter Bakker</b><time>10:04</time><p>Sorry, ben er. Kan iemand de case-opdracht delen?</p></div>' +
        '</div></aside>' +
        '<footer class="bar"><div class="info">10:12<span>|</span>Sollicitatiegesprek UX-designer – Oleksandr Bondar<span>|</span>kfp-umrq-zbe</div></footer>',
    );
    expect(harvester.isStaff('Oleksandr Bondar')).toBe(false);
    expect(harvester.isStaff('Pieter Bakker')).toBe(true);
    expect(names).toContain('Oleksandr Bondar');
    expect(photos.map((photo) => photo.getAttribute('aria-label'))).toContain('Video van Oleksandr Bondar');
  });
});

describe("a school's list of internship applications and a record", () => {
  beforeEach(() => document.body.replaceChildren());

  it("reads no name in the list's heading, and a parent's contact as the family's", () => {
    const { names, marks } = harvest(
      '<section class="panel"><h1>BPV-aanmeldingen Kok (niveau 2 en 3)</h1>' +
        '<table><thead><tr><th>Student</th><th>Leeftijd</th></tr></thead><tbody>' +
        '<tr><td><a href="#">Ilayda Demir</a></td><td>17 jaar</td></tr><tr><td><a href="#">Jayden Martis</a></td><td>18 jaar</td></tr>' +
        '</tbody></table></section>' +
        '<aside><dl><dt>Geboortedatum</dt><dd>9 mei 2007</dd><dt>Ouder/verzorger</dt><dd id="parent">Mevr. S. Demir-Kaplan, 06 4410 2993</dd></dl></aside>',
    );
    expect(names).not.toContain('BPV-aanmeldingen Kok');
    expect(names).toEqual(expect.arrayContaining(['Ilayda Demir', 'Jayden Martis']));
    expect(marks.markOf(document.querySelector('#parent')!.firstChild!)).toEqual({ kind: 'category', category: 'family' });
  });

  it("reads a value beside its edit button, and no name in a page's title of a section and a product", () => {
    const { names, marks } = harvest(
      '<title>Sollicitaties | Connexys Recruitment</title>' +
        '<div class="f"><div class="l">Geboorteplaats</div><div class="v" id="v"><slot name="before"></slot>Tetouan<button title="bewerken">✎</button></div></div>' +
        '<div class="f"><div class="l">Nationaliteit</div><div class="v">Marokkaanse<button title="bewerken">✎</button></div></div>',
    );
    expect(marks.markOf(document.querySelector('#v')!)).toEqual({ kind: 'category', category: 'birthplace' });
    expect(names).not.toContain('Connexys Recruitment');
  });
});

describe('an item in edit mode with its comments', () => {
  beforeEach(() => document.body.replaceChildren());

  it("reads no label in an app's bar of tabs, and takes whom a comment mentions for a colleague", () => {
    const { names, harvester } = harvest(
      '<div class="app-bar"><span class="app">📋 Sollicitanten</span><span>Vacatures</span><span>Gesprekken</span><span>Referentiechecks</span></div>' +
        '<div class="comments">' +
        '<div class="comment"><span class="by">Fleur Hope</span><span class="when">12 juni 2024 16:40</span><div>Goede case. Ik zou haar graag in het tweede gesprek zien met Gijs.</div></div>' +
        '<div class="comment"><span class="by">Jeroen Wijnands</span><span class="when">13 juni 2024 09:05</span><div>Top. @Gijs van Ommeren kun jij dan om 15:00?</div></div>' +
        '</div>',
    );
    expect(names).not.toContain('Referentiechecks');
    expect(names).not.toContain('Gijs');
    expect(harvester.isStaff('Gijs van Ommeren')).toBe(true);
  });

  it("takes the signed-in user named in the header avatar's tooltip with their address for a colleague", () => {
    const { harvester } = harvest(
      '<header><span class="avatar" title="Henk Visser · henk@visser-installatie.example">HV</span></header>' +
        '<main><div class="q">Hoe heb je over ons gehoord?</div><div class="a">Via de bakker op de hoek, die kent Henk Visser goed.</div></main>',
    );
    expect(harvester.isStaff('Henk Visser')).toBe(true);
  });
});

describe("an HR platform's home", () => {
  beforeEach(() => document.body.replaceChildren());

  it('is no applicant page for the reactions counted under its posts', () => {
    const { role } = harvest(
      '<h1>Goedemorgen, Roos</h1><div class="w"><h2>Nieuwe collega\'s</h2><div><b>Kenji Watanabe</b><span>Data Engineer · gestart 17 juni</span></div></div>' +
        '<div class="kudos"><b>Shoutout voor Fatima Benali</b><br>Zij heeft de overstap supergoed geleid.<div class="from">van Roos van der Linden · 2 dagen geleden · 14 reacties</div></div>' +
        '<div class="kudos"><b>Shoutout voor Kenji Watanabe</b><br>Held!<div class="from">van Joost Koster · gisteren · 9 reacties</div></div>',
    );
    expect(role()).toBe('neither');
  });
});
