import { beforeEach, describe, expect, it } from 'vitest';
import { judgeName } from '../../../lib/blinding/name-evidence';
import { ordinaryWords } from '../../../lib/page/harvest/ordinary-words';
import { valueText } from '../../../lib/page/harvest/values';
import { testLexicon } from '../blinding/test-lexicon';
import { harvestPage } from './harvest-page';

// Invented people and firms. The screens are the kinds held-out set AA showed us.
const lexicon = testLexicon({
  given: ['pieter', 'mehmet', 'amal', 'anouk', 'naima', 'thijs', 'kubra', 'wim', 'mees'],
  family: ['jansen', 'yildiz', 'osman', 'verhoeven', 'benali', 'bakker', 'aydin', 'kok', 'bol'],
  common: ['installatie', 'techniek', 'bakker', 'logistiek'],
});
const harvest = (markup: string) => harvestPage(markup, lexicon);
const row = (name: string, mail: string) => `<tr><td>${name}</td><td>${mail}</td><td>Elektromonteur (BBL)</td></tr>`;
const table = (rows: string) => `<table><thead><tr><th>Name</th><th>Email</th><th>Job</th></tr></thead><tbody>${rows}</tbody></table>`;

describe('pages set AA showed us', () => {
  beforeEach(() => {
    document.body.replaceChildren();
    document.title = '';
  });

  it("takes an acronym beside a compound for a label's words, not a name", () => {
    const { names } = harvest(
      '<header class="rc-header"><h1>Candidates</h1><span class="rc-label">Pipeline: BBL Installatietechniek</span></header>' +
        table(row('Pieter Jansen', 'p.jansen@example.com') + row('Mehmet Yildiz', 'mehmet.yildiz@example.com')),
    );
    expect(names).toEqual(expect.arrayContaining(['Pieter Jansen', 'Mehmet Yildiz']));
    expect(names.join('|')).not.toContain('Installatietechniek');
    const { compoundOfWords } = ordinaryWords(lexicon);
    expect(compoundOfWords('BBL Verpleegkunde')).toBe(true);
    expect(compoundOfWords('PJ Bakker')).toBe(false);
    // "Bol" and "Kok" are family names too: a given name after one makes it a name.
    expect(compoundOfWords('BOL Logistiek')).toBe(true);
    expect(compoundOfWords('KOK Mees')).toBe(false);
    expect(compoundOfWords('Mehmet Yildiz')).toBe(false);
  });

  it('reads an initials avatar styled as a box apart from the name beside it', () => {
    document.body.innerHTML = '<table><tr><td><span style="display:inline-block">PJ</span>Jansen, Pieter</td></tr></table>';
    expect(valueText(document.querySelector('td')!)).toBe('PJ Jansen, Pieter');
    document.body.innerHTML = '<table><tr><td><b>Jansen</b>, Pieter</td></tr></table>';
    expect(valueText(document.querySelector('td')!)).toBe('Jansen, Pieter');
  });

  it("judges the first of a mail's participants, not both as one name", () => {
    expect(judgeName('Amal Osman, Anouk Verhoeven', ['mail-header'], lexicon).name).toBe('Amal Osman');
    expect(judgeName('Jansen, Pieter', ['mail-header'], lexicon).name).toBe('Jansen, Pieter');
  });

  it('takes an address under an "Accounts" heading, or in a mat-toolbar, for the signed-in account', () => {
    const sidebar = harvest(
      '<div class="sheet-sidebar"><div class="heading">Accounts</div><div class="item">anouk.verhoeven@kokbouw.example.nl</div></div>',
    );
    expect(sidebar.harvester.isColleagueAddress('wim@kokbouw.example.nl')).toBe(true);
    const toolbar = harvest(
      '<div class="mat-toolbar"><span>Runbox</span><span>naima.benali@roosmedia.example.nl</span></div><main><h3>Inbox</h3></main>',
    );
    expect(toolbar.harvester.isColleagueAddress('thijs@roosmedia.example.nl')).toBe(true);
    const list = harvest('<div class="sidebar"><div class="heading">Contacten</div><div class="item">amal.osman@example.com</div></div>');
    expect(list.harvester.isColleagueAddress('someone@example.com')).toBe(false);
  });

  it("reads a dialog's <header> as the head of the record it shows, not the page's banner", () => {
    const { names, harvester } = harvest(
      table(row('Aydin, Kubra', 'k.aydin@example.com')) +
        '<dialog open><header><img class="photo" alt="Pasfoto" src="data:,"><div><b>Kubra Aydin</b><br><small>Leerling · MVT-2B</small></div></header></dialog>',
    );
    expect(harvester.isStaff('Kubra Aydin')).toBe(false);
    expect(names).toContain('Aydin, Kubra');
  });

  it("keeps a meeting's host named over a line that says so, and takes the guest in its lobby beside their initials", () => {
    const { names, harvester, photos } = harvest(
      '<aside><h3>Deelnemers (3)</h3>' +
        '<div class="p"><span class="ini">JK</span><div>Jasper Kuijpers<small>Host · teamleider Etten-Leur</small></div></div>' +
        '<div class="p"><span class="ini">NR</span><div>Nadia Rahmani<small>Gast · nadia.rahmani@example.com</small></div></div></aside>' +
        '<dialog open><b>Iemand wacht in de lobby</b><div class="guest"><span class="ini" style="display:inline-block;width:40px;height:40px;border-radius:50%">OA</span>' +
        '<div><b>Olamide Adeyemi</b><br><small>Inbellen via telefoon</small></div></div></dialog>' +
        '<div class="media"><img class="thumb" alt="" src="data:,"></div><div class="cap">pasfoto_nadia_rahmani.jpg · gedeeld door Jasper</div>' +
        '<div class="media"><img class="logo" alt="" src="data:,"></div><div class="cap">logo_zorgsaam.png</div>',
    );
    expect(harvester.isStaff('Jasper Kuijpers')).toBe(true);
    expect(harvester.isStaff('Nadia Rahmani')).toBe(false);
    expect(photos.map((photo) => photo.className)).toContain('thumb');
    expect(photos.map((photo) => photo.className)).not.toContain('logo');
    // jsdom lays nothing out: the avatar's size is read from its box in a browser (tests/e2e).
    expect(names).not.toContain('Jasper Kuijpers');
  });

  it("takes the sender of a mail about an applicant for someone else, and an applicant's own mail for theirs", () => {
    const mail = (sender: string, subject: string, snippet: string) =>
      `<div class="list-item"><div><span class="participants">${sender}</span><span class="timestamp">gisteren</span></div>` +
      `<div class="subject">${subject}</div><div class="snippet">${snippet}</div></div>`;
    const { names, harvester } = harvest(
      '<div class="thread-list">' +
        mail('Amal Osman', 'Sollicitatie BBL-leerplek Timmerman', 'Geachte mevrouw, hierbij solliciteer ik naar de leerplek.') +
        mail('Wim de Kok', 'Planning bouwplaats', 'Anouk, de nieuwe leerling kan maandag om 7:00 beginnen…') +
        mail('Mehmet Yildiz', 'Vraag over de stage', 'Hoi, ik zit op het Horizon College en zoek een stage.') +
        '</div>',
    );
    expect(names).toEqual(expect.arrayContaining(['Amal Osman', 'Mehmet Yildiz']));
    expect(names).not.toContain('Wim de Kok');
    expect(harvester.isStaff('Wim de Kok')).toBe(true);
  });
});
