import { beforeEach, describe, expect, it } from 'vitest';
import {
  applicantWords,
  decidePageRole,
  introducesPeople,
  listsEmployees,
  namesSomeone,
  type ApplicantEvidence,
} from '../../../lib/page/page-role';
import { openShadowRoots, vacancySignals } from '../../../lib/page/vacancy-signals';
import { isPublishedArticle } from '../../../lib/page/published-article';

const none: ApplicantEvidence = {
  structuredNames: 0,
  personalFields: 0,
  tabularPersonalFields: 0,
  applicantTokens: 0,
  names: 0,
  personalInputs: 0,
  nameInputs: 0,
  adapterNames: 0,
};
const page = (markup: string) => document.body.replaceChildren(document.createRange().createContextualFragment(markup));
const noVacancy = { jobPosting: false, applyButtons: 0, vacancyHeadings: 0, vacancyEditor: false };

describe('the role of a page, from the page', () => {
  beforeEach(() => document.body.replaceChildren());

  it('reads schema.org JobPosting, apply buttons, vacancy headings and an editor holding vacancy text', () => {
    page(
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"Kok"}</script>' +
        '<h2>Wat ga je doen</h2><h2>Wat bieden wij</h2><a href="/x">Solliciteer direct</a>' +
        '<textarea>Wat ga je doen? Koken. Wat vragen wij? Zin.</textarea>',
    );
    expect(vacancySignals(document)).toEqual({ jobPosting: true, applyButtons: 1, vacancyHeadings: 2, vacancyEditor: true });
  });

  it('reads headings with "we" as well as "wij", and an application form by its name', () => {
    page(
      '<h2>Wat vragen we?</h2><h2>Wat bieden we?</h2><h2>Wie zoeken we</h2><h2>Over ons team</h2>' +
        '<form aria-label="Solliciteer direct"><button type="submit">Verstuur sollicitatie</button></form>',
    );
    expect(vacancySignals(document)).toMatchObject({ applyButtons: 2, vacancyHeadings: 3 });
    page('<form aria-label="Zoeken"><button>Verstuur</button></form><h2>Wat we doen met je gegevens</h2>');
    expect(vacancySignals(document)).toMatchObject({ applyButtons: 0, vacancyHeadings: 0 });
  });

  it("reads a web-component editor's vacancy fields in its shadow roots, an empty editor too (held-out set R)", () => {
    page('<div id="editor"></div>');
    for (const label of ['Functietitel', 'Uren per week', 'Salarisindicatie', 'Vacaturetekst']) {
      const host = document.createElement('x-property');
      host.attachShadow({ mode: 'open' }).innerHTML = `<div><div id="lbl">${label}</div><slot></slot></div>`;
      document.querySelector('#editor')!.append(host);
    }
    expect(vacancySignals(document, openShadowRoots(document))).toMatchObject({ vacancyEditor: true });
    expect(vacancySignals(document)).toMatchObject({ vacancyEditor: false });
    // An applicant's record has a job, hours and a salary wish, not a vacancy's text and closing date.
    page('<dl><dt>Functie</dt><dd>Kok</dd><dt>Uren per week</dt><dd>32</dd><dt>Gewenst salaris</dt><dd>€ 3.000</dd></dl>');
    expect(vacancySignals(document, openShadowRoots(document))).toMatchObject({ vacancyEditor: false });
  });

  it('reads a vacancy editor by field labels with a note in brackets (held-out set GG, a Drupal editor)', () => {
    page(
      '<form><label for="t">Titel *</label><input id="t"><label for="s">Standplaats</label><input id="s"><label for="l">Salaris (tekst)</label><input id="l">' +
        '<label for="b">Vacaturetekst (HTML)</label><textarea id="b">Je hebt een mbo-diploma.</textarea></form>',
    );
    expect(vacancySignals(document)).toMatchObject({ vacancyEditor: true });
    // An applicant's own form asks where they would like to work and what they would earn.
    page(
      '<form><label>Gewenste standplaats</label><input><label>Gewenst salaris</label><input><label>Motivatie (kort)</label><textarea></textarea></form>',
    );
    expect(vacancySignals(document)).toMatchObject({ vacancyEditor: false });
  });

  it('keeps an editor a vacancy page with its contact, its history authors and a colleague quoted, but not with rows of records', () => {
    const editor = { ...noVacancy, vacancyEditor: true };
    expect(decidePageRole({ ...none, names: 3, structuredNames: 1 }, 1, editor)).toBe('vacancy');
    expect(decidePageRole({ ...none, names: 5, structuredNames: 3 }, 1, editor)).toBe('applicants');
  });

  it('counts a mail subject that answers a vacancy ("Reactie vacature orderpicker") as words about applicants', () => {
    page(
      '<span class="subject">Fwd: Reactie vacature orderpicker</span><div>Hoi, ik wilde reageren op de vacature heftruckchauffeur</div>',
    );
    expect(applicantWords(document)).toBe(2);
    page('<a class="button">Reageer op deze vacature</a>');
    expect(applicantWords(document)).toBe(0);
  });

  it('counts places that speak of applicants', () => {
    page('<h1>Sollicitanten</h1><nav><a href="/">Kandidaten</a><a href="/v">Vacatures</a></nav><p>Een lange tekst over sollicitaties.</p>');
    expect(applicantWords(document)).toBe(2);
  });

  it('counts the file name of a cv or a letter above a document viewer', () => {
    page('<div><span class="fname">CV_Ravi_Jagessar_2025.pdf</span></div><h2>Motivatiebrief-Sanne.docx</h2><h3>Resultaten_Q3.pdf</h3>');
    expect(applicantWords(document)).toBe(2);
  });

  it('counts the interviews of a booking tool: who is invited to which introduction', () => {
    page('<div class="k">Invitee Time Zone</div><h2>Kennismakingsgesprek stage</h2><h3>Stagegesprekken deze week</h3><h3>Weekly sync</h3>');
    expect(applicantWords(document)).toBe(3);
  });

  it('counts an invitation to an interview and its reply, not an invitation to a meeting', () => {
    page(
      '<div>RE: Uitnodiging kennismaking</div><div>Uitnodiging voor een gesprek</div><div>Interview invitation</div><div>Uitnodiging teamoverleg</div>',
    );
    expect(applicantWords(document)).toBe(3);
  });

  it("counts an mbo school's internship words: its BPV overview and the students' agreements", () => {
    page(
      '<h1>BPV-overzicht</h1><th>Leerbedrijf</th><h3>BPV-plaats</h3><span>Praktijkovereenkomst getekend</span><h3>Bpv-docenten</h3><h2>Leerlingen</h2>',
    );
    expect(applicantWords(document)).toBe(4);
  });

  it("counts the words of a recruiter's search tool: prospects, contacted or not", () => {
    page(
      '<div role="tablist"><a role="tab" href="#">Prospects (7)</a><a role="tab" href="#">Job posting</a></div><span>Uncontacted (2)</span><span>Contacted (3)</span>',
    );
    expect(applicantWords(document)).toBe(2);
  });

  it('counts Dutch compounds and the subject lines of a mail list, not an apply button', () => {
    page(
      '<title>Kandidaatprofiel · Zorgwerk</title><div class="subj">Reactie op vacature planner koelhuis</div>' +
        '<div class="subj">Motivatie heftruckchauffeur</div><div><span>Sollicitatiegesprek</span></div><a href="/x">Solliciteer direct</a>' +
        '<div>Een blok met <b>kinderen</b> over sollicitaties</div>',
    );
    expect(applicantWords(document)).toBe(4);
  });

  it('decides: applicants with names and applicant words, a vacancy by its signals, else neither', () => {
    expect(decidePageRole({ ...none, names: 3, structuredNames: 2 }, 2, noVacancy)).toBe('applicants');
    // Names of a team page without any word about applicants: neither.
    expect(decidePageRole({ ...none, names: 4, personalFields: 6 }, 0, noVacancy)).toBe('neither');
    expect(decidePageRole(none, 1, { ...noVacancy, jobPosting: true })).toBe('vacancy');
    // A person's record form is about a person even without those words.
    expect(decidePageRole({ ...none, personalInputs: 4, nameInputs: 2 }, 0, noVacancy)).toBe('applicants');
    // A known site's adapter found applicants: that is enough words.
    expect(decidePageRole({ ...none, adapterNames: 2, names: 2 }, 0, noVacancy)).toBe('applicants');
    expect(decidePageRole(none, 3, noVacancy)).toBe('neither');
  });

  it('says which evidence could ever make an applicant page, so a page naming no one is not read again', () => {
    expect(namesSomeone(none)).toBe(false);
    expect(namesSomeone({ ...none, applicantTokens: 2, personalFields: 2, personalInputs: 2 })).toBe(false);
    expect(namesSomeone({ ...none, names: 1 })).toBe(true);
    expect(namesSomeone({ ...none, structuredNames: 1 })).toBe(true);
    expect(namesSomeone({ ...none, personalInputs: 3, nameInputs: 1 })).toBe(true);
    expect(namesSomeone({ ...none, structuredNames: 2, tabularPersonalFields: 3 })).toBe(true);
    // Whatever the page's words and signals, evidence that names no one never decides "applicants".
    for (const words of [0, 1, 5])
      for (const vacancy of [noVacancy, { ...noVacancy, jobPosting: true }])
        expect(decidePageRole({ ...none, applicantTokens: 3, adapterNames: 0, personalFields: 4 }, words, vacancy)).not.toBe('applicants');
  });

  it('keeps a post introducing new colleagues, with their names and one word such as "stagiair", no applicant page', () => {
    document.title = 'Welkom aan onze nieuwe collega’s · Intranet';
    expect(introducesPeople(document)).toBe(1);
    const colleagues = { ...none, structuredNames: 4, names: 6 };
    expect(decidePageRole(colleagues, 1, noVacancy, 1)).toBe('neither');
    // More words about applicants, the site's own attributes or records in a table still make an applicant page.
    expect(decidePageRole(colleagues, 2, noVacancy, 1)).toBe('applicants');
    expect(decidePageRole({ ...colleagues, applicantTokens: 3 }, 1, noVacancy, 1)).toBe('applicants');
    expect(decidePageRole({ ...colleagues, tabularPersonalFields: 3 }, 1, noVacancy, 1)).toBe('applicants');
    document.title = 'Kandidaten · Medewerker klantenservice';
    page('<h1>Pipeline</h1>');
    expect(introducesPeople(document)).toBe(0);
    page('<h1>Maak kennis met het team</h1>');
    expect(introducesPeople(document)).toBe(1);
    document.title = '';
  });

  it('keeps a page of speakers or a team no applicant page for the talks on applying it announces', () => {
    page('<h1>Sprekers</h1>');
    expect(introducesPeople(document)).toBe(2);
    page('<h1>Ons team</h1>');
    expect(introducesPeople(document)).toBe(2);
    const speakers = { ...none, names: 6 };
    expect(decidePageRole(speakers, 2, noVacancy, 2)).toBe('neither');
    expect(decidePageRole(speakers, 3, noVacancy, 2)).toBe('applicants');
    // A dashboard that welcomes the recruiter is no page of people: its words count as ever.
    page('<h1>Welkom terug, Jolien</h1>');
    expect(decidePageRole(speakers, 2, noVacancy, introducesPeople(document))).toBe('applicants');
  });

  it('reads rows of records of several people with personal data in table cells as applicants, without the word', () => {
    // An export: "Voornaam", "Achternaam", "Geboortedatum", "E-mail" over five people.
    expect(decidePageRole({ ...none, names: 10, structuredNames: 10, personalFields: 10, tabularPersonalFields: 10 }, 0, noVacancy)).toBe(
      'applicants',
    );
    // An article introducing new colleagues gives names, ages and home towns under labels, not in cells.
    expect(decidePageRole({ ...none, names: 4, structuredNames: 4, personalFields: 8 }, 0, noVacancy)).toBe('neither');
    // One contact's details, or names without personal data, are not enough.
    expect(decidePageRole({ ...none, names: 1, structuredNames: 1, personalFields: 3 }, 0, noVacancy)).toBe('neither');
    expect(decidePageRole({ ...none, names: 4, structuredNames: 4, personalFields: 1 }, 0, noVacancy)).toBe('neither');
  });

  it('keeps a public posting with one named contact a vacancy, and a posting that lists applicants an applicant page', () => {
    const posting = { ...noVacancy, applyButtons: 1, vacancyHeadings: 3 };
    // "Vragen? Linda Oosterhout, recruiter, 030 ..." under a posting that asks for a cv.
    expect(decidePageRole({ ...none, names: 1, structuredNames: 1, personalFields: 3 }, 3, posting)).toBe('vacancy');
    expect(decidePageRole({ ...none, names: 1, structuredNames: 1, personalFields: 3 }, 3, { ...noVacancy, jobPosting: true })).toBe(
      'vacancy',
    );
    // The same page in an ATS, with its applicants.
    expect(decidePageRole({ ...none, names: 6, structuredNames: 6, personalFields: 6 }, 3, posting)).toBe('applicants');
    expect(decidePageRole({ ...none, names: 1, structuredNames: 1, applicantTokens: 2, personalFields: 3 }, 3, posting)).toBe('applicants');
  });

  it("keeps a vacancy editor with its contact's name in a field a vacancy (held-out set O)", () => {
    const editor = { ...noVacancy, vacancyHeadings: 3, vacancyEditor: true };
    expect(decidePageRole({ ...none, names: 1, structuredNames: 1, personalInputs: 2, nameInputs: 1 }, 4, editor)).toBe('vacancy');
    // Two contacts with e-mail and phone fields fill a form about people: still the employer's (set Q).
    expect(decidePageRole({ ...none, names: 1, personalInputs: 3, nameInputs: 2 }, 2, editor)).toBe('vacancy');
    expect(decidePageRole({ ...none, names: 1, personalInputs: 3, nameInputs: 2 }, 2, noVacancy)).toBe('applicants');
    // An editor beside the applicants of the vacancy is an applicant page.
    expect(decidePageRole({ ...none, names: 6, structuredNames: 6, personalFields: 4 }, 4, editor)).toBe('applicants');
  });

  it("keeps a payroll system's table of employees no applicant page, and reads a school's placements as one (set P)", () => {
    page('<title>Medewerkers | Payroll</title><h1>Medewerkers</h1><table><tr><th>Medewerker</th><th>In dienst sinds</th></tr></table>');
    const employees = { ...none, names: 7, structuredNames: 7, personalFields: 7, tabularPersonalFields: 7 };
    expect(decidePageRole(employees, applicantWords(document), noVacancy, introducesPeople(document), listsEmployees(document))).toBe(
      'neither',
    );
    // A form about one new hire is still screened.
    expect(decidePageRole({ ...none, names: 1, personalInputs: 4, nameInputs: 2 }, 0, noVacancy, 2, true)).toBe('applicants');
    page(
      '<h1>Stages · 4 BB</h1><h3>Stageplaatsen (7)</h3><table><tr><th>Leerling</th><th>Stagebedrijf</th></tr></table><h3>Leerlingkaart</h3>',
    );
    expect(applicantWords(document)).toBeGreaterThanOrEqual(2);
    // The school's and the company's supervisors are colleagues, not a sign of applicants.
    page(
      '<table><tr><td>Stagebegeleider school</td><td>Mw. L. Brink</td></tr><tr><td>Praktijkbegeleider</td><td>Henk Zwaan</td></tr></table>',
    );
    expect(applicantWords(document)).toBe(0);
  });

  it('keeps a news article that names students who applied no applicant page, unless a record or the site says so (set Q)', () => {
    const paragraph = (who: string) =>
      `<p>${who} stuurde vorig jaar veertig brieven voor een stage bij een reclamebureau en kreeg pas reactie toen ze haar voornaam afkortte tot een initiaal.</p>`;
    const body = [
      'Ikram Benhaddou',
      'Kevin Soerjopawiro',
      'Martijn Oudshoorn',
      'Nadia Chouaibi',
      'Annet Veldhuizen',
      'Hanneke Rijnsburger',
    ];
    page(
      `<main><time datetime="2025-06-24T06:12">Vandaag</time><h1>Stagediscriminatie blijft hardnekkig</h1><div>${body.map(paragraph).join('')}</div></main>`,
    );
    expect(isPublishedArticle(document)).toBe(true);
    const prose = { ...none, names: 3 };
    expect(decidePageRole(prose, applicantWords(document), noVacancy, 0, false, true)).toBe('neither');
    // A record of an applicant in it (labelled personal data, an adapter) still makes one.
    expect(decidePageRole({ ...prose, structuredNames: 1 }, 2, noVacancy, 0, false, true)).toBe('applicants');
    expect(decidePageRole(prose, 2, noVacancy, 0, false, false)).toBe('applicants');
    // A letter of a few paragraphs in a mail client is no article, nor is a page without a time.
    page(`<main><time datetime="2025-06-24">ma</time><h1>Postvak IN</h1><div>${body.slice(0, 4).map(paragraph).join('')}</div></main>`);
    expect(isPublishedArticle(document)).toBe(false);
    page(`<main><h1>Sollicitatie</h1><div>${body.map(paragraph).join('')}</div></main>`);
    expect(isPublishedArticle(document)).toBe(false);
    page('<meta property="og:type" content="article"><p>Kort bericht.</p>');
    expect(isPublishedArticle(document)).toBe(true);
  });
});
