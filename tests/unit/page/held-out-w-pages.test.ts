import { beforeEach, describe, expect, it } from 'vitest';
import { createAvatars } from '../../../lib/page/harvest/avatars';
import type { Candidates } from '../../../lib/page/harvest/candidates';
import { testLexicon } from '../blinding/test-lexicon';
import { harvestPage } from './harvest-page';

// Invented people. The screens are the kinds held-out set W showed us: a team chat about
// applicants, a task whose fields are a grid of inputs, an organisation chart of staff.
const lexicon = testLexicon({
  given: ['gabriela', 'noortje', 'filmon', 'ilse', 'marco', 'yasmina', 'oleksandr', 'shurwin', 'dewi', 'karim', 'li', 'na', 'fenna'],
  family: [
    'cardoso',
    'mendes',
    'mars',
    'tekle',
    'bosman',
    'haan',
    'tahiri',
    'bondarenko',
    'martha',
    'setiawan',
    'groot',
    'benali',
    'zhou',
    'schouten',
  ],
  common: ['mars', 'haan', 'groot', 'helpende', 'plus'],
});
const harvest = (markup: string) => harvestPage(markup, lexicon);

const message = (author: string, text: string) =>
  `<div class="msg"><div class="hd"><b>${author}</b><time>9:12 AM</time></div><div class="txt">${text}</div></div>`;

describe('pages set W showed us', () => {
  beforeEach(() => document.body.replaceChildren());

  it('reads a team chat that tells of applications as an applicant page, and the names it lists after a colon', () => {
    const page = harvest(
      '<div role="log" aria-label="Messages in #werving-zorg">' +
        message('Ilse Bosman', 'Nieuwe sollicitatie voor Verzorgende IG: <b>Gabriela Mendes Cardoso</b>.') +
        '<div class="file-card"><span>📄</span><span>Gabriela_Mendes_Cardoso_CV.pdf</span></div>' +
        message('Marco de Haan', 'Ziet er goed uit.') +
        message(
          'Ilse Bosman',
          'Ook binnen voor Helpende Plus: Noortje Mars (19 jaar, uit Hengelo) en Filmon Tekle; Filmon heeft bijna zijn diploma.',
        ) +
        '</div>',
    );
    expect(page.role()).toBe('applicants');
    expect(page.names).toEqual(expect.arrayContaining(['Gabriela Mendes Cardoso', 'Noortje Mars', 'Filmon Tekle']));
  });

  it('reads every row of a grid of inputs as a person of its own, and a shortlist after a colon', () => {
    const row = (name: string, mail: string) =>
      `<tr><td><input value="${name}" aria-label="Kandidaat"></td><td><input value="${mail}" aria-label="E-mail"></td></tr>`;
    const { names } = harvest(
      '<main><h1>Sollicitaties Magazijnmedewerker</h1>' +
        '<table><thead><tr><th>Kandidaat</th><th>E-mail</th></tr></thead><tbody>' +
        row('Yasmina Tahiri', 'y.tahiri@example.nl') +
        row('Oleksandr Bondarenko', 'o.bondarenko@example.com') +
        '</tbody></table>' +
        '<p>Shortlist: Yasmina Tahiri, Oleksandr Bondarenko (Олександр Бондаренко), Shurwin Martha.</p>' +
        '<div class="meta">Fenna Schouten · Jun 11</div></main>',
    );
    expect(names).toEqual(expect.arrayContaining(['Yasmina Tahiri', 'Oleksandr Bondarenko', 'Shurwin Martha']));
  });

  it("keeps one person per form: a form's given and family name fields stay one name", () => {
    const { names } = harvest(
      '<form><label>Voornaam <input name="first" value="Yasmina"></label><label>Achternaam <input name="last" value="Tahiri"></label>' +
        '<label>E-mail <input name="email" value="y.tahiri@example.nl"></label></form>',
    );
    expect(names).toContain('Yasmina Tahiri');
  });

  it("reads an HR suite's organisation chart as no applicant page, though one colleague is an intern", () => {
    const card = (name: string, title: string) =>
      `<div class="emp-card"><img alt=""><div class="nm">${name}</div><div class="jt">${title}</div></div>`;
    const page = harvest(
      '<h1>Organisatie</h1><main class="panel" aria-label="Organigram Engineering"><h2>Organigram · Engineering</h2>' +
        card('Dewi Setiawan-de Groot', 'Manager Engineering') +
        card('Karim Benali', 'Lead Mechanical Engineer') +
        card('Li Na Zhou', 'Stagiair engineering (hbo)') +
        '</main><aside><div><span>E-mail</span><span>d.setiawan@example.nl</span><span>Nationaliteit</span><span>Nederlandse</span></div></aside>',
    );
    expect(page.role()).toBe('neither');
  });
});

describe('initials avatars of a name with a particle', () => {
  it('are the applicant\'s when they spell the given name and the particle ("FE", Fatima-Zahra El Amrani)', () => {
    // A colleague's initials are "FE" too; an applicant's initials are theirs, whoever shares them.
    const candidates = { isStaff: () => false, isStaffInitials: (letters: string) => letters === 'fe' } as unknown as Candidates;
    const avatars = createAvatars(candidates);
    const avatar = document.createElement('span');
    avatar.textContent = 'FE';
    document.body.replaceChildren(avatar);
    avatars.offer(avatar);
    avatars.applicant('Fatima-Zahra El Amrani');
    expect(avatars.take().applicants).toEqual([avatar]);
  });
});
