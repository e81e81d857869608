import { beforeEach, describe, expect, it } from 'vitest';
import { blockText } from '../../../lib/page/harvest/block-text';
import { createHarvester } from '../../../lib/page/harvest/harvester';
import { createPageMarks } from '../../../lib/page/harvest/page-marks';
import { testLexicon } from '../blinding/test-lexicon';

// Invented people and firms. The screens are the kinds held-out set S showed us: a form's inbox of
// submissions, webmail whose inbox mixes applications with other mail, a calendar, a file list.
const lexicon = testLexicon({
  given: ['lina', 'noor', 'wiktoria', 'esther', 'dirk', 'rob', 'sandra', 'hope', 'marco', 'farid', 'pawel', 'ilse', 'dennis'],
  family: ['nowicka', 'mensah', 'veenstra', 'kuipers', 'wolters', 'lam', 'ahmadzai', 'meijer', 'kramer'],
  common: ['bloem', 'blad', 'rooster', 'ritten', 'week', 'transport'],
});

function harvest(markup: string) {
  document.body.replaceChildren(document.createRange().createContextualFragment(markup));
  const harvester = createHarvester({ lexicon, marks: createPageMarks() });
  harvester.pass(document.documentElement).run();
  return { names: harvester.take().map((name) => name.name), harvester };
}

const submission = (name: string, line: string, selected = false) =>
  `<div class="item${selected ? ' selected' : ''}" role="option"><span class="nm">${name}</span><span class="dt">6 mrt</span><span class="sn">${line}</span></div>`;

describe('rows alike to the row of an applicant', () => {
  beforeEach(() => document.body.replaceChildren());

  it("takes every submission of a form's inbox once the open one is an applicant's, lower case and unknown names too", () => {
    const { names } = harvest(
      '<header><span>Ilse Meijer</span></header>' +
        '<aside aria-label="Inzendingen"><div role="listbox" aria-label="Inzendingen">' +
        submission('Lina Al-Hassan', 'Pedagogisch medewerker · 24 uur', true) +
        submission('Noor Bloem', 'Pedagogisch medewerker BSO · 16 uur') +
        submission('Rignald Isenia', 'Groepshulp · 32 uur') +
        submission('wiktoria nowicka', 'Invalkracht · flexibel') +
        '</div></aside>' +
        '<main><h2>Lina Al-Hassan</h2><div class="qa"><div class="q">Voornaam</div><div class="a">Lina</div></div>' +
        '<div class="qa"><div class="q">Achternaam</div><div class="a">Al-Hassan</div></div>' +
        '<div class="qa"><div class="q">Geboortedatum</div><div class="a">17-09-1996</div></div></main>',
    );
    expect(names).toEqual(expect.arrayContaining(['Noor Bloem', 'Rignald Isenia', 'wiktoria nowicka']));
  });

  it('takes no row of such a list while no row of it holds an applicant', () => {
    const { names } = harvest(
      '<div role="listbox">' + submission('Noor Bloem', 'Groepshulp · 32 uur') + submission('Rignald Isenia', 'Invalkracht') + '</div>',
    );
    expect(names).toEqual([]);
  });
});

const mail = (sender: string, subject: string, state = '') =>
  `<div class="mail-row${state}"><span class="n">${sender}</span><span class="d">08:03</span><span class="s">${subject}</span></div>`;

describe('an inbox that mixes applications with other mail', () => {
  beforeEach(() => document.body.replaceChildren());

  it('takes the sender of a forward, of a mail on another subject and the account over its address for the team', () => {
    const { harvester, names } = harvest(
      '<header><div class="user">Esther Lam<br><small>planning@kuipers.example</small></div></header>' +
        '<section aria-label="Message list">' +
        mail('Rob Kuipers', 'Fwd: Sollicitatie Chauffeur C/CE', ' unread sel') +
        mail('Hope Mensah', 'Sollicitatie planner binnendienst', ' unread') +
        mail('Dirk Veenstra', 'Ritten week 11') +
        '</section>' +
        '<main><div>Hoi Esther,</div><div>Kun jij hem bellen voor een proefrit met Dirk Veenstra volgende week?</div><div>Groet,<br>Rob</div></main>',
    );
    expect(names).toContain('Hope Mensah');
    // His mail is about something else: the first name of its row is no applicant's.
    expect(names).not.toContain('Dirk Veenstra');
    for (const colleague of ['Rob Kuipers', 'Esther Lam']) expect(harvester.isStaff(colleague), colleague).toBe(true);
    expect(names).not.toContain('Esther');
    expect(harvester.isColleagueAddress('rob@kuipers.example')).toBe(true);
  });

  it("hides the avatar of an application's sender and keeps that of a mail on another subject", () => {
    const row = (initials: string, sender: string, subject: string) =>
      `<div class="list-item" role="link"><span class="avatar">${initials}</span>` +
      `<div class="sender">${sender}</div><div class="when">3 mrt</div><div class="subj">${subject}</div></div>`;
    document.body.replaceChildren(
      document
        .createRange()
        .createContextualFragment(
          '<div class="list">' +
            row('HM', 'Hope Mensah', 'Sollicitatie doktersassistent') +
            row('FA', 'Farid Ahmadzai', 'Open sollicitatie praktijkondersteuner') +
            row('DK', 'Dennis Kramer', 'Agenda teamoverleg donderdag') +
            '</div>',
        ),
    );
    const photos: string[] = [];
    const harvester = createHarvester({ lexicon, marks: createPageMarks(), onPhoto: (photo) => photos.push(photo.textContent ?? '') });
    harvester.pass(document.documentElement).run();
    expect(photos.sort()).toEqual(['FA', 'HM']);
  });

  it("takes a reply about a vacancy for an applicant's, and a signature in a mail about something else for the sender's", () => {
    const { harvester, names } = harvest(
      '<div role="listbox" aria-label="Messages">' +
        '<div class="m" role="option"><span class="from">Hope Mensah</span><span class="subject">Application: Shift Supervisor</span></div>' +
        '<div class="m" role="option"><span class="from">Pawel Wolters</span><span class="subject">Re: Vacature schoonmaker (avond)</span></div>' +
        '<div class="m" role="option"><span class="from">Sandra Kramer</span><span class="subject">Rooster week 12</span>' +
        '<span class="preview">Hoi Marco, het rooster staat klaar. Groet, Sandra</span></div></div>',
    );
    expect(names).toEqual(expect.arrayContaining(['Hope Mensah', 'Pawel Wolters']));
    expect(names).not.toContain('Sandra');
    expect(harvester.isStaff('Sandra')).toBe(true);
  });

  it("reads an app's account address in its folder list as the employer's", () => {
    const { harvester } = harvest(
      '<nav aria-label="Mappen"><div class="account">praktijk@delinde.example</div><a href="#">Postvak IN</a></nav>',
    );
    expect(harvester.isColleagueAddress('assistent@delinde.example')).toBe(true);
    expect(harvester.isColleagueAddress('merve@example.com')).toBe(false);
  });
});

describe('text laid out apart though its tags are inline', () => {
  beforeEach(() => document.body.replaceChildren());

  it('reads an inline tag styled as a block as a line of its own, and a badge as a word', () => {
    document.body.innerHTML =
      '<div id="e"><b style="display:block">Proefdag Farid Ahmadzai</b>09:00 – 17:00</div>' +
      '<div id="f"><span style="display:inline-block">PDF</span><span>CV_Farid_Ahmadzai.pdf</span></div>' +
      '<p id="g">een <b>vet</b>te zin</p>';
    expect(blockText(document.querySelector('#e')!)).toBe('\nProefdag Farid Ahmadzai\n09:00 – 17:00');
    expect(blockText(document.querySelector('#f')!)).toBe(' PDF CV_Farid_Ahmadzai.pdf');
    expect(blockText(document.querySelector('#g')!)).toBe('een vette zin');
  });

  it("reads a file's name between its type's icon and its size", () => {
    const { names } = harvest(
      '<div class="atts"><b>2 bijlagen:</b> <span>📄 CV Farid Ahmadzai.pdf (212 KB)</span><span>📄 Offerte Kramer Transport.pdf · 1,2 MB</span></div>',
    );
    expect(names).toContain('Farid Ahmadzai');
    expect(names.filter((name) => name.includes('Kramer'))).toEqual([]);
  });

  it('finds the person a calendar event is with', () => {
    const { names } = harvest('<div class="ev" role="button"><b style="display:block">Proefdag Farid Ahmadzai</b>09:00 – 17:00</div>');
    expect(names).toContain('Farid Ahmadzai');
  });
});
