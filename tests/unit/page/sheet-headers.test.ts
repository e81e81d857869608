import { beforeEach, describe, expect, it } from 'vitest';
import { inSlice } from '../../../lib/page/harvest/slice-memo';
import { labelOf } from '../../../lib/page/labels';

/** A sheet drawn as one layer of positioned cells, numbered by attributes, under column letters. */
function sheet(rows: string[][], attributes = (row: number, column: number) => `data-row="${row}" data-col="${column}"`): void {
  const letters = rows[0]!.map((_, column) => `<div class="hdr-col">${String.fromCharCode(65 + column)}</div>`).join('');
  const cells = rows
    .map((texts, row) => texts.map((text, column) => `<div class="cell" ${attributes(row, column)}>${text}</div>`).join(''))
    .join('');
  document.body.replaceChildren(document.createRange().createContextualFragment(`<div id="grid">${letters}${cells}</div>`));
}
const cell = (row: number, column: number) =>
  document.querySelector(`[data-row="${row}"][data-col="${column}"], [aria-rowindex="${row}"][aria-colindex="${column}"]`)!;

describe('a grid drawn without row elements', () => {
  beforeEach(() => document.body.replaceChildren());

  it("labels each cell with its column's header from the first row of words", () => {
    sheet([
      ['Voornaam', 'Achternaam', 'Woonplaats', 'Geboortedatum'],
      ['Daan', 'van der Meulen', 'Zwolle', '14-02-2001'],
      ['Fatima', 'Ait Taleb', 'Kampen', '30-07-1998'],
    ]);
    inSlice(() => {
      expect(labelOf(cell(1, 0))).toBe('Voornaam');
      expect(labelOf(cell(2, 1))).toBe('Achternaam');
      expect(labelOf(cell(2, 3))).toBe('Geboortedatum');
    });
    // Outside a reading slice it is read the same way.
    expect(labelOf(cell(1, 2))).toBe('Woonplaats');
  });

  it('reads ARIA row and column numbers too', () => {
    sheet(
      [
        ['Naam', 'E-mail', 'Status'],
        ['Piotr Zając', 'p.zajac@example.com', 'Nieuw'],
      ],
      (row, column) => `aria-rowindex="${row}" aria-colindex="${column}"`,
    );
    expect(labelOf(cell(1, 1))).toBe('E-mail');
  });

  it('finds no header where the first row holds data, and none for cells without numbers', () => {
    sheet([
      ['Daan', 'van der Meulen', '14-02-2001'],
      ['Uitgenodigd', 'Gesprek', 'Nieuw'],
    ]);
    expect(labelOf(cell(1, 0))).toBeUndefined();
    document.body.replaceChildren(
      document.createRange().createContextualFragment('<div>' + '<span>Naam</span><span>Stad</span><span>Ja</span>'.repeat(3) + '</div>'),
    );
    expect(labelOf(document.querySelectorAll('span')[4]!)).not.toBe('Stad');
  });

  it("reads a table's first row of words when a row number leads it", () => {
    document.body.replaceChildren(
      document
        .createRange()
        .createContextualFragment(
          '<table role="grid"><tr><th></th><th>A</th><th>B</th><th>C</th></tr>' +
            '<tr><td>1</td><td>Naam</td><td>E-mail</td><td>Woonplaats</td></tr>' +
            '<tr><td>2</td><td id="name">Vera Oostdam</td><td>vera@example.com</td><td>Leusden</td></tr></table>',
        ),
    );
    expect(labelOf(document.querySelector('#name')!)).toBe('Naam');
  });
});
