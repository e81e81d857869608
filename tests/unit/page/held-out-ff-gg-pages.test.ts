import { describe, expect, it } from 'vitest';
import { NAME_TITLES } from '../../../lib/blinding/name-words';
import { GENERIC_FILE_WORDS } from '../../../lib/blinding/name-context-words';
import { mentionsApplication } from '../../../lib/page/page-role';
import { NAME_SHAPED } from '../../../lib/page/harvest/role-marks';
import { pronounOfSomeoneElse } from '../../../entrypoints/screening.content/pronoun-of-someone-else';
import { testLexicon } from '../blinding/test-lexicon';
import { harvestPage } from './harvest-page';

// Invented people, firms and schools. The screens are the kinds held-out sets FF and GG showed us.
const lexicon = testLexicon({
  given: ['tamara', 'gerrit', 'anouk', 'wessel', 'selin', 'hamza', 'ilona', 'joris', 'noa', 'bas', 'femke', 'ruud', 'yara'],
  family: ['kraaijeveld', 'dogan', 'bulut', 'veenstra', 'lubbers', 'postma', 'kroon', 'haddou', 'brink', 'zwart'],
});
const harvest = (markup: string) => harvestPage(markup, lexicon);

describe('pages sets FF and GG showed us', () => {
  it('reads a name a grid draws as a button filling its cell, under a "Leerling" column', () => {
    const rows = ['Dogan, Selin', 'Bulut, Hamza', 'Veenstra, Ilona']
      .map(
        (name, index) => `<tr><td>30${index}</td><td><button class="lnk">${name}</button></td><td>Bakkerij Kroon</td><td>Actief</td></tr>`,
      )
      .join('');
    const page = harvest(
      `<h1>BPV-plaatsingen</h1><table><thead><tr><th>Nr</th><th>Leerling</th><th>Leerbedrijf</th><th>Status</th></tr></thead><tbody>${rows}</tbody></table>`,
    );
    expect(page.names).toEqual(expect.arrayContaining(['Dogan, Selin', 'Bulut, Hamza', 'Veenstra, Ilona']));
  });

  it('takes no line of a teacher’s log for a colleague’s name, and reads the log as notes', () => {
    const page = harvest(
      `<table><thead><tr><th>Leerling</th><th>Status</th></tr></thead><tbody>
        <tr><td>Postma, Noa</td><td>Verzuim</td></tr><tr><td>Lubbers, Joris</td><td>Actief</td></tr></tbody></table>
       <h2>Logboek BPV-docent</h2><div><p>03-02-2025 – Postma, Noa: ziek gemeld; contact opgenomen met het leerbedrijf.</p>
       <p>10-02-2025 – POK van Lubbers, Joris nog niet terug.</p></div>`,
    );
    expect(page.harvester.isStaff('Noa Postma')).toBe(false);
    expect(page.harvester.isStaff('Joris Lubbers')).toBe(false);
    expect(page.names).toEqual(expect.arrayContaining(['Postma, Noa', 'Lubbers, Joris']));
  });

  it('takes the first part of a labelled value for the colleague it names', () => {
    const page = harvest('<div class="owner">Projecteigenaar: Ruud Brink · Meelezers: Femke Zwart</div><h1>Kandidaten</h1>');
    expect(page.harvester.isStaff('Ruud Brink')).toBe(true);
  });

  it('takes the guests of a call’s chat, where its hosts wear a badge, for no colleagues', () => {
    const message = (author: string, badge: string, time: string, body: string) =>
      `<div class="msg"><span class="au">${author}</span> ${badge ? `<span class="role">${badge}</span> ` : ''}<span class="t">${time}</span><br>${body}</div>`;
    const page = harvest(
      `<h1>Groepsinterview trainees</h1><div class="chat">
        ${message('Tamara Kraaijeveld', 'Host', '10:01', 'Welkom allemaal! Gerrit sluit later aan, hij zit nog in een ander overleg.')}
        ${message('Wessel Veenstra', '', '10:02', 'Goedemorgen, fijn dat ik erbij mag zijn vandaag!')}
        ${message('Yara Haddou', '', '10:03', 'Mijn camera doet het niet, maar ik hoor jullie goed.')}
        ${message('Gerrit Postma', 'Co-host', '10:04', 'Geen probleem, je kunt de chat gebruiken voor je vragen.')}
      </div>`,
    );
    expect(page.harvester.isStaff('Tamara Kraaijeveld')).toBe(true);
    expect(page.harvester.isStaff('Gerrit Postma')).toBe(true);
    expect(page.harvester.isStaff('Wessel Veenstra')).toBe(false);
    expect(page.harvester.isStaff('Yara Haddou')).toBe(false);
  });

  it('names a colleague by their team role before a note’s full name', () => {
    const page = harvest(
      `<h2>Notities</h2><div><div class="note"><b>Anouk Lubbers</b> 12 mrt 2025<p>Profiel doorgestuurd naar hiring manager Bas Kroon. Hij reageert vóór vrijdag. Volgens Bas sluit de vacaturetekst goed aan op dit profiel.</p></div>
       <div class="note"><b>Anouk Lubbers</b> 11 mrt 2025<p>Gebeld met Selin Dogan, zij staat open voor een gesprek.</p></div></div>`,
    );
    expect(page.harvester.isStaff('Bas Kroon')).toBe(true);
    expect(page.names).not.toContain('Bas Kroon');
  });

  it('reads "\'t" as a particle of a name-shaped author', () => {
    expect(NAME_SHAPED.test("Noa 't Brink")).toBe(true);
  });

  it('counts a group interview and a German application as talk of applicants', () => {
    expect(mentionsApplication('Trainee Day – Group interview Data')).toBe(true);
    expect(mentionsApplication('Bewerbung als Verkäuferin')).toBe(true);
    expect(mentionsApplication('Lebenslauf_Selin_Dogan.pdf')).toBe(true);
    expect(mentionsApplication('Aanvraag BBL-plek elektrotechniek')).toBe(true);
    expect(mentionsApplication('Interview met onze directeur')).toBe(false);
  });

  it('drops German titles and file words from names', () => {
    expect(NAME_TITLES.has('herr')).toBe(true);
    expect(GENERIC_FILE_WORDS.has('lebenslauf')).toBe(true);
    const page = harvest(
      '<header><span class="account">kroon@bakkerij.example · Bas Kroon</span></header><h1>Posteingang</h1><div class="mail"><p>Sehr geehrter Herr Kroon,</p><p>hiermit sende ich Ihnen meine Bewerbung.</p></div>',
    );
    expect(page.names).not.toContain('Herr Kroon');
  });
});

describe('a pronoun opening the sentence after one that named a colleague (sets FF and GG)', () => {
  const pronounAt = (text: string, word: string) => {
    const start = text.indexOf(word);
    return { start, end: start + word.length, category: 'gender' as const, pronoun: 'pronoun-subject' as const };
  };
  const colleague = (name: string) => name === 'Femke Zwart' || name === 'Femke';

  it('speaks of the colleague named in full', () => {
    const text = 'Bezoek leerbedrijf, gesprek met Femke Zwart over de begeleiding. Zij geeft aan dat het druk is.';
    expect(pronounOfSomeoneElse(text, pronounAt(text, 'Zij'), [], colleague, colleague)).toBe(true);
  });

  it('stays hidden after a given name alone, or with an applicant named in that sentence', () => {
    const given = 'Ik heb Femke gebeld. Zij komt morgen.';
    expect(pronounOfSomeoneElse(given, pronounAt(given, 'Zij'), [], colleague, colleague)).toBe(false);
    const text = 'Gesprek met Femke Zwart over Selin. Zij komt maandag.';
    const applicant = [{ start: text.indexOf('Selin'), end: text.indexOf('Selin') + 5, category: 'names' as const }];
    expect(pronounOfSomeoneElse(text, pronounAt(text, 'Zij'), applicant, colleague, colleague)).toBe(false);
  });
});

describe('more of what sets FF and GG showed us', () => {
  it('takes the account a sequence sends as, and a name with "(HR)" beside a check box, for colleagues', () => {
    const page = harvest(
      `<h3>Sequence: stagiairs Q2 · sending as Ruud Brink</h3>
       <fieldset><legend>Agenda's</legend><label><input type="checkbox" checked> Femke Zwart (HR)</label></fieldset>
       <div class="reply"><strong>Reply from Selin Dogan</strong><br>Hi Ruud, thanks for reaching out. Happy to talk next week.</div>`,
    );
    expect(page.harvester.isStaff('Ruud Brink')).toBe(true);
    expect(page.harvester.isStaff('Femke Zwart')).toBe(true);
    expect(page.names).not.toContain('Ruud');
  });

  it('names the employer’s contact in a line of facts', () => {
    const page = harvest('<h1>Stage marketing</h1><div class="meta">Bakkerij Kroon · Zwolle · Employer contact: Bas Kroon · ID 4821</div>');
    expect(page.harvester.isStaff('Bas Kroon')).toBe(true);
  });

  it('leaves a card’s subtitle with the interviewer alone under a name written surname first', () => {
    const card = (name: string, sub: string) =>
      `<div class="card"><div class="card__name">${name}</div><div class="card__sub">${sub}</div></div>`;
    const page = harvest(
      `<h2>Kandidaten</h2><div class="lane">${card('Dogan, Selin', 'Gesprek vr 21 jun 14:30 · Gerrit Postma')}${card('Bulut, Hamza', 'Afgewezen door Gerrit Postma')}</div>`,
    );
    expect(page.names).not.toContain('Gerrit Postma');
  });

  it('reads the records a profile links to before and after it', () => {
    const page = harvest(
      '<div class="nav"><a href="#p">‹ Vorige: Wessel Veenstra</a> <a href="#n">Volgende: Yara Haddou ›</a></div><h1>Noa Postma</h1><p>Sollicitatie servicemonteur</p>',
    );
    expect(page.names).toEqual(expect.arrayContaining(['Wessel Veenstra', 'Yara Haddou']));
  });

  it('greets the applicant in a recruiter’s letter signed with a role', () => {
    const entry = (time: string, who: string, what: string, body: string) =>
      `<li><time>${time}</time> <span class="who">${who}</span> ${what}${body}</li>`;
    const page = harvest(
      '<div role="tabpanel"><ul class="tl">' +
        entry(
          '14 jun 2024, 11:20',
          'Femke Zwart',
          'plaatste een notitie',
          '<div class="note">Telefonisch gesproken, zij is beschikbaar vanaf 1 september.</div>',
        ) +
        entry('13 jun 2024, 16:02', 'Gerrit Postma', 'beoordeelde Selin Dogan', '<div class="score"><span>Motivatie 5/5</span></div>') +
        entry(
          '12 jun 2024, 09:45',
          'Femke Zwart',
          'stuurde een e-mail',
          '<div class="mail"><div class="subj">Uitnodiging eerste gesprek</div>Beste Selin,<br>Dank voor je sollicitatie bij Kroon Techniek. Graag nodigen we je uit voor een eerste gesprek op ons kantoor in Zwolle.<br>Met vriendelijke groet,<br>Femke Zwart<br>Recruiter</div>',
        ) +
        entry('11 jun 2024, 22:31', 'S. Dogan', 'uploadde documenten', '<div class="docs"><a href="#">CV-Selin-Dogan-2024.pdf</a></div>') +
        '</ul></div>',
    );
    expect(page.harvester.isStaff('Selin')).toBe(false);
  });

  it('scores an elided "of" before a capital as a family name', () => {
    expect(lexicon.family("o'connell")).toBeGreaterThan(0);
    expect(lexicon.family('oconnell')).toBe(0);
  });
});
