import { beforeEach, describe, expect, it } from 'vitest';
import { inSlice } from '../../../lib/page/harvest/slice-memo';
import { columnHeader, labelOf } from '../../../lib/page/labels';

function build(markup: string): HTMLElement {
  document.body.replaceChildren(document.createRange().createContextualFragment(markup));
  return document.body;
}
const find = (selector: string) => document.querySelector(selector)!;

describe('labelOf: the visible label of a value', () => {
  beforeEach(() => document.body.replaceChildren());

  it('reads a <dt> for its <dd>, also for the second <dd> of one term', () => {
    build('<dl><dt>Woonplaats</dt><dd id="a">Lelystad</dd><dd id="b">Dronten</dd><dt>Vak</dt><dd id="c">Koken</dd></dl>');
    expect(labelOf(find('#a'))).toBe('Woonplaats');
    expect(labelOf(find('#b'))).toBe('Woonplaats');
    expect(labelOf(find('#c'))).toBe('Vak');
  });

  it('reads no label in a menu of links, whichever of them is selected (held-out set N, EduArte)', () => {
    build(
      '<div id="menu"><a href="#">Home</a><a href="#">Deelnemers</a><a href="#" class="selected" id="s">BPV</a><a href="#">Documenten</a></div>',
    );
    expect(labelOf(find('#s'))).toBeUndefined();
    build('<p><b>Deelnemer</b> <a href="#" id="v">Nour Kassab</a> <span>2e jaar</span></p>');
    expect(labelOf(find('#v'))).toBe('Deelnemer');
  });

  it('reads no label from a label and its value we masked: the line after it is no value of it (held-out set T)', () => {
    build('<div class="row"><span>Locatie</span><span>[adres]</span></div><p id="p">CONTACTKENMERKEN</p>');
    expect(labelOf(find('#p'))).toBeUndefined();
    build('<div class="row"><span>Kandidaat 3</span></div><p id="p">Gesolliciteerd 3 dagen geleden</p>');
    expect(labelOf(find('#p'))).toBeUndefined();
  });

  it('reads the column header of a cell, with colspan, and never treats a header as a value', () => {
    build(
      '<table><thead><tr><th colspan="2">Kandidaat</th><th>Telefoon</th></tr></thead><tbody><tr><td id="x">•</td><td id="n">Bram Oost</td><td id="t">0612</td></tr></tbody></table>',
    );
    expect(labelOf(find('#n'))).toBe('Kandidaat');
    expect(labelOf(find('#t'))).toBe('Telefoon');
    expect(columnHeader(find('#x'))).toBe('Kandidaat');
    expect(labelOf(find('th'))).toBeUndefined();
  });

  it('reads <label for>, a wrapping label and aria-label of a field', () => {
    build(
      '<label for="f1">Achternaam</label><input id="f1"><label>E-mail <input id="f2"></label><input id="f3" aria-label="Geboortedatum">',
    );
    expect(labelOf(find('#f1'))).toBe('Achternaam');
    expect(labelOf(find('#f2'))).toBe('E-mail');
    expect(labelOf(find('#f3'))).toBe('Geboortedatum');
  });

  it('reads a label just before the value: a colon, a label tag, or a pair of two', () => {
    build(
      '<p><strong>Nationaliteit</strong> <span id="a">Chileens</span></p><p>Geboren: <span id="b">1 mei</span></p><div><span>Rol</span><span id="c">Mentor</span></div>',
    );
    expect(labelOf(find('#a'))).toBe('Nationaliteit');
    expect(labelOf(find('#b'))).toBe('Geboren:');
    expect(labelOf(find('#c'))).toBe('Rol');
  });

  it('gives a short text just before a value, but not one of a row of peers', () => {
    build(
      '<div><span>19 jaar</span><span id="p">Emmen</span><span>mbo 2</span></div><div><span class="q">Rol</span><span id="r">Mentor</span><span class="q">Team</span></div>',
    );
    expect(labelOf(find('#p'))).toBeUndefined();
    expect(labelOf(find('#r'))).toBe('Rol');
  });

  it('takes a line of more than three words without a colon for a sentence, not a label', () => {
    build(
      '<div><div>Uitgelicht door Jolien Post</div><div id="v">Wessel Maas</div></div><div><div>Beoordeeld door recruiter:</div><div id="w">Ruud</div></div>',
    );
    expect(labelOf(find('#v'))).toBeUndefined();
    expect(labelOf(find('#w'))).toBe('Beoordeeld door recruiter:');
  });

  it('reads the header row of a grid built from blocks, standing apart from its rows (a virtual list)', () => {
    build(
      '<div class="cols"><span>Kandidaat</span><span>Opleiding</span></div>' +
        '<div class="scroller"><div class="inner"><div class="r"><span>王芳</span><span id="s">Economie</span></div><div class="r"><span id="n">Meera Pillai</span><span>Logistiek</span></div></div></div>',
    );
    expect(labelOf(find('#n'))).toBe('Kandidaat');
    expect(labelOf(find('#s'))).toBe('Opleiding');
  });

  it('finds the header row of a grid for the last of a thousand rows, inside a reading slice and outside one', () => {
    const rows = Array.from(
      { length: 1000 },
      (_, index) =>
        `<div class="x-row${index % 2 ? ' x-row-alt' : ''}"><span>Naam ${index}</span><span id="c${index}">Stad</span><span>ja</span></div>`,
    ).join('');
    build(`<div class="head"><span>Kandidaat</span><span>Woonplaats</span><span>Rijbewijs</span></div><div class="rows">${rows}</div>`);
    expect(labelOf(find('#c999'))).toBe('Woonplaats');
    inSlice(() => {
      for (const index of [0, 1, 500, 999]) expect(labelOf(find(`#c${index}`))).toBe('Woonplaats');
    });
  });

  it('never takes an earlier row of the same shape, or a menu, for a header row', () => {
    build(
      '<nav><a>Kandidaten</a><a>Vacatures</a></nav><div class="r"><b>Noor</b><i id="p">Bakx</i></div><div class="r"><b>Joris</b><i>Kok</i></div>' +
        '<div class="field"><span>Woonplaats</span><span>Apeldoorn</span></div><div class="field"><span id="o">Oordeel</span><span>Sterk</span></div>',
    );
    expect(labelOf(find('#p'))).not.toBe('Vacatures');
    expect(labelOf(find('#o'))).toBeUndefined();
  });

  it("reads a spreadsheet's frozen header row, drawn as a table of its own above the table of data", () => {
    build(
      '<div class="frozen"><table><tbody><tr><td>Voornaam</td><td>Geboortedatum</td><td>Opleiding</td></tr></tbody></table></div>' +
        '<div class="body"><table><tbody><tr><td id="g">Sem</td><td id="d">14-03-2005</td><td>Mbo 4</td></tr>' +
        '<tr><td>Aylin</td><td>02-11-2003</td><td>Hbo</td></tr></tbody></table></div>',
    );
    expect(labelOf(find('#g'))).toBe('Voornaam');
    expect(labelOf(find('#d'))).toBe('Geboortedatum');
  });

  it('places a grid cell by aria-colindex when the header row leaves out the row-number column', () => {
    build(
      '<div role="grid"><div role="row"><div role="columnheader" aria-colindex="2">Voornaam</div><div role="columnheader" aria-colindex="3">Geboortedatum</div></div>' +
        '<div role="row"><div role="rowheader" aria-colindex="1">2</div><div role="gridcell" aria-colindex="2" id="g">Sem</div><div role="gridcell" aria-colindex="3" id="d">14-03-2005</div></div></div>',
    );
    expect(columnHeader(find('#g'))).toBe('Voornaam');
    expect(columnHeader(find('#d'))).toBe('Geboortedatum');
  });

  it('takes no data table of several rows for a frozen header', () => {
    build(
      '<div><table><tbody><tr><td>Lotte</td><td>Jansen</td></tr><tr><td>Sem</td><td>Bos</td></tr></tbody></table></div>' +
        '<div><table><tbody><tr><td id="g">Ada</td><td>Kok</td></tr><tr><td>Eva</td><td>Mol</td></tr></tbody></table></div>',
    );
    expect(labelOf(find('#g'))).toBeUndefined();
  });
});
