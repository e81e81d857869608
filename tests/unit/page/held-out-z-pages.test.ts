import { beforeEach, describe, expect, it } from 'vitest';
import { labelOfValue } from '../../../lib/page/harvest/label-pairs';
import { mentionsApplication } from '../../../lib/page/page-role';
import { testLexicon } from '../blinding/test-lexicon';
import { harvestPage } from './harvest-page';

// Invented people and places. The screens are the kinds held-out set Z showed us.
const lexicon = testLexicon({
  given: [
    'siham',
    'jordy',
    'fleur',
    'anouk',
    'tomasz',
    'gert',
    'ingrid',
    'lotte',
    'marieke',
    'zofia',
    'hodan',
    'ayse',
    'peter',
    'orlando',
    'rahma',
    'jasmijn',
  ],
  family: [
    'bouchtaoui',
    'kartosen',
    'hoogendoorn',
    'mulder',
    'zielinski',
    'mees',
    'vries',
    'beek',
    'wisniewska',
    'warsame',
    'dogan',
    'boer',
    'doelwijt',
    'bouzid',
    'mees',
  ],
});
const harvest = (markup: string) => harvestPage(markup, lexicon);

describe('pages set Z showed us', () => {
  beforeEach(() => {
    document.body.replaceChildren();
    document.title = '';
  });

  it("reads a staffing agency's posting as a vacancy: its title is no question over the facts below it", () => {
    const facts =
      '<div class="facts"><span>📍 Oosterhout</span><span>🕒 32 - 40 uur</span><span>🎓 MBO</span><span>Vacaturenummer 1188</span></div>';
    const page = harvest(
      `<section class="hero"><h1>Stagiair Logistiek (mbo 2/3)</h1>${facts}<p><button>Direct solliciteren</button></p></section>` +
        '<article><h2>Wat ga je doen?</h2><p>Wij zoeken een stagiair Logistiek voor ons magazijn.</p><h2>Wat vragen wij?</h2><p>Je volgt een mbo-opleiding.</p>' +
        '<h2>Wat bieden wij?</h2><p>Een stagevergoeding.</p></article>' +
        '<aside><img alt="Foto van Lotte de Vries" src="data:,"><b>Lotte de Vries</b><p>Vragen? Bel Lotte: 0162 - 12 34 56</p></aside>',
    );
    const span = document.querySelector('.facts span')!;
    expect(labelOfValue(span, span)).toBeUndefined();
    expect(page.names).not.toContain('Oosterhout');
    expect(page.role()).toBe('vacancy');
  });

  it("reads a grid's header row that is of one kind with its rows, and a mentor's column as colleagues", () => {
    const row = (id: number, name: string, mail: string, mentor: string) =>
      `<div class="gridview_row" data-row-id="${id}"><div class="num">${id}</div><div class="field"><div class="clip">${name}</div></div>` +
      `<div class="field"><div class="clip">${mail}</div></div><div class="field"><div class="clip">${mentor}</div></div></div>`;
    const { names, harvester } = harvest(
      '<div class="pane" role="grid"><div class="gridview_row column_names"><div class="num"></div><div class="field">Naam</div>' +
        '<div class="field">E-mail</div><div class="field">Begeleider</div></div>' +
        row(1, 'Zofia Wiśniewska', 'zofia@example.com', 'Ayşe Doğan') +
        row(2, 'Hodan Warsame', 'hodan@example.org', 'Peter de Boer') +
        row(3, 'Rahma Bouzid', 'rahma@example.nl', 'Ayşe Doğan') +
        '</div>',
    );
    expect(names).toEqual(expect.arrayContaining(['Zofia Wiśniewska', 'Hodan Warsame', 'Rahma Bouzid']));
    expect(names).not.toContain('Ayşe Doğan');
    expect(names).not.toContain('Peter de Boer');
    expect(harvester.isStaff('Peter de Boer')).toBe(true);
  });

  it("reads a note under a teacher's heading as a note about students, not as the teacher's own block", () => {
    const { marks } = harvest(
      '<table><thead><tr><th>Student</th><th>BPV-docent</th></tr></thead><tbody><tr><td>Rahma Bouzid</td><td>Orlando Doelwijt</td></tr>' +
        '<tr><td>Mees, Jasmijn</td><td>Orlando Doelwijt</td></tr></tbody></table>' +
        '<div class="panel"><h2>Aantekening BPV-docent</h2><p id="note">Orlando Doelwijt: Rahma zoekt nog een tweede leerbedrijf; zij wil de kraamzorg in.</p></div>',
    );
    const note = document.querySelector('#note')!;
    expect(marks.markOf(note)?.kind).not.toBe('staff');
    expect(marks.inNotes(note)).toBe(true);
  });

  it("reads the sender of an inbox's row about an internship's start as an applicant, not a colleague's planning", () => {
    const row = (sender: string, subject: string, preview: string) =>
      `<li class="list-item"><span class="date">gisteren</span><div class="from"><span class="person">${sender}</span></div>` +
      `<div class="subject">${subject}</div><div class="text-preview">${preview}</div></li>`;
    const { names } = harvest(
      '<ul class="list-view">' +
        row('Tomasz Zieliński', 'Re: Stage vanaf januari', 'Dank u wel voor uw reactie, ik kan op 12 januari beginnen…') +
        row('Ingrid Mees', 'Planning week 42 kassen 3 en 4', 'De oogstploeg begint maandag om 6 uur…') +
        '</ul>',
    );
    expect(names).toContain('Tomasz Zieliński');
    expect(names).not.toContain('Ingrid Mees');
    expect(mentionsApplication('Stage lopen bij Gemeente Zaanstad')).toBe(true);
    expect(mentionsApplication('Move the card to the next stage')).toBe(false);
  });

  it("reads a note's table of interviews under a heading about applications, with a line between", () => {
    const { names, marks } = harvest(
      '<article class="en-note"><h2>Notities</h2><h1>Overzicht sollicitatieronde oktober</h1>' +
        '<p>Vacature: Stagiair bediening, Grand Café Mulder, Markt 12 in Leiden.</p>' +
        '<table><tr><td>Di 7 okt 10:00</td><td>Siham Bouchtaoui</td><td>Anouk + Bas</td></tr>' +
        '<tr><td>Di 7 okt 11:00</td><td>Jordy Kartosen</td><td>Anouk + Giovanni</td></tr>' +
        '<tr><td>Di 7 okt 13:30</td><td>Hoogendoorn, Fleur</td><td>Giovanni</td></tr></table></article>',
    );
    expect(marks.inNotes(document.querySelector('td')!)).toBe(true);
    expect(names).toEqual(expect.arrayContaining(['Siham Bouchtaoui', 'Jordy Kartosen', 'Hoogendoorn, Fleur']));
  });
});
