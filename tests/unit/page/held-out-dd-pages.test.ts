import { beforeEach, describe, expect, it } from 'vitest';
import { roleOfAttributeTokens } from '../../../lib/blinding/field-role-attributes';
import { roleOfLabel } from '../../../lib/blinding/field-roles';
import { createNameLexicon } from '../../../lib/blinding/name-lexicon';
import { createPageMarks } from '../../../lib/page/harvest/page-marks';
import { otherRowInList } from '../../../lib/page/harvest/row-topic';
import { markTownsBeside } from '../../../lib/page/harvest/towns-beside';
import { labelOf } from '../../../lib/page/labels';
import { oneStateClassMore } from '../../../lib/page/state-classes';
import { labelsMarkedValue } from '../../../entrypoints/screening.content/label-of-value';
import { testLexiconData } from '../blinding/test-lexicon';
import { harvestPage } from './harvest-page';

// Invented people, firms and schools. The screens are the kinds held-out set DD showed us.
const lexicon = createNameLexicon({
  ...testLexiconData({
    given: ['farida', 'joris', 'mark', 'lotte', 'mustafa', 'agnieszka', 'ruben', 'niels', 'sophie', 'sem', 'aylin', 'bram', 'yasmina'],
    family: [
      'cook',
      'ouali',
      'kamphuis',
      'hendriks',
      'meijer',
      'celik',
      'nowak',
      'hofman',
      'bosman',
      'dekker',
      'vries',
      'kaya',
      'jong',
      'idrissi',
    ],
    weakGiven: ['line'],
  }),
  places: 'nieuwegein|rotterdam|utrecht|tilburg',
});
const harvest = (markup: string) => harvestPage(markup, lexicon);

describe('pages set DD showed us', () => {
  beforeEach(() => {
    document.body.replaceChildren();
    document.title = '';
  });

  it("takes a course catalogue's trainers for the provider's people: no applicant page", () => {
    expect(roleOfLabel('Trainer')).toBe('staff-name');
    expect(roleOfLabel('Trainers')).toBe('staff-name');
    const card = (title: string, trainer: string) =>
      `<div class="course"><h3>${title}</h3><p>${trainer} deelt haar ervaring.</p><div class="trainer">Trainer: ${trainer}</div><button>Inschrijven</button></div>`;
    const page = harvest(
      `<h1>Catalogus</h1>${card('Het gestructureerde sollicitatiegesprek', 'Farida Ouali')}${card('Begeleiden van stagiairs', 'Joris Kamphuis')}`,
    );
    expect(page.harvester.isStaff('Farida Ouali')).toBe(true);
    expect(page.role()).toBe('neither');
  });

  it('reads "Lives in" as a town\'s label, and "Location" beside a "Home" column as where the job is', () => {
    expect(roleOfLabel('Lives in')).toBe('city');
    const row = (name: string, store: string, home: string) => `<tr><td>${name}</td><td>${store}</td><td>${home}</td></tr>`;
    const { marks } = harvest(
      `<table><thead><tr><th>Applicant</th><th>Location</th><th>Home</th></tr></thead><tbody>${row('Sem de Vries', 'Utrecht', '3438 SS Nieuwegein')}${row('Aylin Kaya', 'Rotterdam', '3432 AB Nieuwegein')}</tbody></table>`,
    );
    const cells = [...document.querySelectorAll('td')];
    expect(marks.markOf(cells[1]!.firstChild!)).toEqual({ kind: 'descriptor' });
    expect(marks.markOf(cells[2]!.firstChild!)?.kind).toBe('category');
  });

  it('takes a town after a postcode beside an applicant for their address', () => {
    document.body.innerHTML = '<div id="card"><b>Sem de Vries</b><span>3438 SS Nieuwegein</span></div>';
    const marks = createPageMarks();
    markTownsBeside(document.querySelector('#card b')!, document.querySelector('#card')!, lexicon, marks);
    expect(marks.markOf(document.querySelector('span')!.firstChild!)).toEqual({ kind: 'category', category: 'address' });
  });

  it("takes a mail list's rows with several state classes for rows of one list, and a colleague's mail among them for something else", () => {
    document.body.innerHTML =
      '<div class="list"><div class="toolbar"></div>' +
      '<div class="item unseen selected"><div class="from">Mustafa Celik</div><div class="subject">Sollicitatie Servicemonteur</div></div>' +
      '<div class="item unseen"><div class="from">Agnieszka Nowak</div><div class="subject">Open sollicitatie magazijn</div></div>' +
      '<div class="item"><div class="from">Lotte Meijer</div><div class="subject">Planning gesprekken week 50</div></div>' +
      '<div class="item"><div class="from">Bram de Jong</div><div class="subject">Begroting stagevergoedingen 2027</div></div></div>';
    const items = [...document.querySelectorAll('.item')];
    expect(oneStateClassMore(items[2]!, items[0]!)).toBe(true);
    expect(otherRowInList(items[2]!)).toBe(true);
    expect(otherRowInList(items[3]!)).toBe(true);
    expect(otherRowInList(items[1]!)).toBe(false);
  });

  it('takes the name in brackets after an account\'s address for its user: "werken@groenveld.example (Mark Hendriks)"', () => {
    const { harvester } = harvest(
      '<div class="header"><span class="account">werken@groenveld.example (Mark Hendriks)</span></div><main><h2>Postvak IN</h2></main>',
    );
    expect(harvester.isStaff('Mark Hendriks')).toBe(true);
    expect(harvester.isColleagueAddress('lotte@groenveld.example')).toBe(true);
  });

  it('takes a name with a team role in brackets in running text for a colleague', () => {
    const { harvester } = harvest(
      '<div class="post"><span>Niels Bosman</span><div>Doe ik. Agenda van Ruben Hofman (teamlead) is donderdag vrij.</div></div>',
    );
    expect(harvester.isStaff('Ruben Hofman')).toBe(true);
  });

  it('reads the line under a masked name as the card\'s, not a title naming someone: "Applied for Line Cook"', () => {
    const card = (name: string, job: string) =>
      `<div class="card"><div class="name">${name}</div><div class="pos">Applied for ${job}</div></div>`;
    const { names } = harvest(`<div class="grid">${card('Kandidaat 1', 'Line Cook')}${card('Kandidaat …', 'Line Cook')}</div>`);
    expect(names).not.toContain('Line Cook');
  });

  it('reads the key of a table of keys and values as the label of its value, not the first row as column headers', () => {
    document.body.innerHTML =
      '<table><tr><th>Naam</th><td>Bram de Jong</td></tr><tr><th>Geboortedatum</th><td id="born">07-09-2008 (18 jaar)</td></tr></table>';
    expect(labelOf(document.querySelector('#born')!)).toBe('Geboortedatum');
    document.body.innerHTML =
      '<table><tr><th>Naam</th><th>Geboortedatum</th></tr><tr><td>Bram de Jong</td><td id="born">07-09-2008</td></tr></table>';
    expect(labelOf(document.querySelector('#born')!)).toBe('Geboortedatum');
  });

  it('reads an "initials-avatar" as a picture of someone, not as an initials field', () => {
    expect(roleOfAttributeTokens('initials-avatar')).toBe('photo');
    expect(roleOfAttributeTokens('initials')).toBe('initials');
  });

  it("takes a label before a marked value for the label, not part of the value's address", () => {
    document.body.innerHTML =
      '<div><span id="label">Mailing Address</span><span id="value">Bergpolderstraat 41-A</span><span id="other">Bergweg 3</span></div>';
    const marks = createPageMarks();
    marks.mark(document.querySelector('#value')!, { kind: 'category', category: 'address' });
    expect(labelsMarkedValue('Mailing Address', document.querySelector('#label')!, marks)).toBe(true);
    expect(labelsMarkedValue('Bergweg 3', document.querySelector('#value')!, marks)).toBe(false);
    expect(labelsMarkedValue('Yasmina El Idrissi', document.querySelector('#label')!, marks)).toBe(false);
  });
});
