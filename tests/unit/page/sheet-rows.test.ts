import { beforeEach, describe, expect, it } from 'vitest';
import { createHarvester } from '../../../lib/page/harvest/harvester';
import { createPageMarks } from '../../../lib/page/harvest/page-marks';
import { columnHeader, labelOf } from '../../../lib/page/labels';
import { testLexicon } from '../blinding/test-lexicon';

/** A spreadsheet as a grid: column letters on top, the form's questions in its first row of data. */
const SHEET =
  '<div role="grid">' +
  '<div role="row"><div role="columnheader" aria-colindex="1"></div><div role="columnheader" aria-colindex="2">A</div>' +
  '<div role="columnheader" aria-colindex="3">B</div><div role="columnheader" aria-colindex="4">C</div><div role="columnheader" aria-colindex="5">D</div></div>' +
  '<div role="row"><div role="rowheader" aria-colindex="1">1</div><div role="gridcell" aria-colindex="2">Tijdstempel</div>' +
  '<div role="gridcell" aria-colindex="3">Voornaam</div><div role="gridcell" aria-colindex="4">Achternaam</div><div role="gridcell" aria-colindex="5">Beoordelaar</div></div>' +
  '<div role="row"><div role="rowheader" aria-colindex="1">2</div><div role="gridcell" aria-colindex="2">12-5-2025 09:14</div>' +
  '<div role="gridcell" aria-colindex="3" id="given">Lieke</div><div role="gridcell" aria-colindex="4" id="family">van Leeuwen</div><div role="gridcell" aria-colindex="5">Roel Hoekstra</div></div>' +
  '<div role="row"><div role="rowheader" aria-colindex="1">3</div><div role="gridcell" aria-colindex="2">12-5-2025 11:02</div>' +
  '<div role="gridcell" aria-colindex="3">Hamza</div><div role="gridcell" aria-colindex="4">Benali</div><div role="gridcell" aria-colindex="5">Esther Wolff</div></div>' +
  '</div>';

const build = (markup: string) => document.body.replaceChildren(document.createRange().createContextualFragment(markup));

describe('headers in the first row of a sheet', () => {
  beforeEach(() => document.body.replaceChildren());

  it('are read when the column headers are only letters', () => {
    build(SHEET);
    expect(columnHeader(document.querySelector('#given')!)).toBe('Voornaam');
    expect(columnHeader(document.querySelector('#family')!)).toBe('Achternaam');
  });

  it('are read in a table without a header row, but not from a first row of data', () => {
    build(
      '<table><tr><td>Naam</td><td>Woonplaats</td><td>Status</td></tr><tr><td id="n">Bram Oost</td><td>Ede</td><td>Nieuw</td></tr></table>',
    );
    expect(columnHeader(document.querySelector('#n')!)).toBe('Naam');
    build(
      '<table><tr><td>Bram Oost</td><td>Ede</td><td>12-05-2025</td></tr><tr><td id="n">Noor Bakx</td><td>Epe</td><td>13-05-2025</td></tr></table>',
    );
    expect(columnHeader(document.querySelector('#n')!)).toBeUndefined();
  });

  it('leave a two-column table of labels and values to its row headers', () => {
    build('<table><tr><td>Naam</td><td>Bram Oost</td></tr><tr><td>E-mail</td><td id="v">b@example.org</td></tr></table>');
    expect(labelOf(document.querySelector('#v')!)).toBe('E-mail');
  });
});

describe('a grid whose rows are tables of their own, under a header of blocks', () => {
  it('reads the header for rows of alternating classes, five levels up', () => {
    build(
      '<div class="x-grid" role="grid"><div class="x-grid-header-ct"><div class="x-column-header">Naam</div><div class="x-column-header">Plaats</div><div class="x-column-header">Status</div></div>' +
        '<div class="x-panel-body"><div class="x-grid-view" role="rowgroup">' +
        '<table class="x-grid-item x-grid-item-selected" role="presentation"><tbody><tr class="x-grid-row" role="row"><td><div>Boer, Joke de</div></td><td>Amersfoort</td><td>Actief</td></tr></tbody></table>' +
        '<table class="x-grid-item x-grid-item-alt" role="presentation"><tbody><tr class="x-grid-row" role="row"><td id="n">Ramdin, Amrita</td><td>Utrecht</td><td>Actief</td></tr></tbody></table>' +
        '</div></div></div>',
    );
    expect(labelOf(document.querySelector('#n')!)).toBe('Naam');
  });
});

describe('a given name and a family name in columns of their own', () => {
  it('are one person: the whole name comes before its parts, and the reviewer stays a colleague', () => {
    build(SHEET);
    const harvester = createHarvester({
      lexicon: testLexicon({ given: ['lieke', 'hamza', 'roel', 'esther'], family: ['leeuwen', 'benali', 'hoekstra', 'wolff'] }),
      marks: createPageMarks(),
    });
    harvester.pass(document.documentElement).run();
    const names = harvester.take().map((found) => found.name);
    expect(names.slice(0, 2).sort()).toEqual(['Hamza Benali', 'Lieke van Leeuwen']);
    expect(names).toEqual(expect.arrayContaining(['Lieke', 'van Leeuwen', 'Hamza', 'Benali']));
    expect(names).not.toContain('Roel Hoekstra');
  });
});
