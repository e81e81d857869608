import { describe, expect, it } from 'vitest';
import { factValueRanges } from '../../../lib/page/fact-values';
import { createPageMarks } from '../../../lib/page/harvest/page-marks';

const parts = (text: string, values: Map<string, 'address' | 'birthplace'>) =>
  factValueRanges(text, values).map((range) => `${range.category}:${text.slice(range.start, range.end)}`);

describe('a labelled value again in a line of facts', () => {
  const values = new Map([
    ['Deventer', 'address' as const],
    ['Den Haag, Netherlands', 'address' as const],
    ['Zwolle', 'address' as const],
    ['Charkiv', 'birthplace' as const],
  ]);

  it('finds a whole part between dots or bars, and a part between commas', () => {
    expect(parts('Accountmanager MKB · 29 jaar · Deventer', values)).toEqual(['address:Deventer']);
    expect(parts('Lead · Den Haag, Netherlands', values)).toEqual(['address:Den Haag, Netherlands']);
    expect(parts('Reachtruck | Agro-Logistika, Charkiv', values)).toEqual(['birthplace:Charkiv']);
  });

  it('leaves a firm or an area that holds the word, and a sentence without separators', () => {
    expect(parts('2022 – heden · Magazijnmedewerker – DistriNed Zwolle', values)).toEqual([]);
    expect(parts('Magazijn Zwolle e.o. · 12 kandidaten', values)).toEqual([]);
    expect(parts('Hij woont in Deventer', values)).toEqual([]);
    expect(parts('Deventer · 29 jaar', new Map())).toEqual([]);
  });
});

describe('page marks remember labelled values of a place or an origin', () => {
  it('from a text, a field and a chosen option; not a postcode, an e-mail address or a colleague', () => {
    document.body.innerHTML =
      '<dd id="t">Tetouan</dd><input id="c" value="Deventer"><select id="n"><option>Nederlandse</option><option selected>Eritrese</option></select>' +
      '<dd id="p">7421 BC</dd><dd id="e">sam@example.nl</dd>';
    const marks = createPageMarks();
    marks.mark(document.querySelector('#t')!, { kind: 'category', category: 'birthplace' });
    marks.mark(document.querySelector('#c')!, { kind: 'category', category: 'address' });
    marks.mark(document.querySelector('#n')!, { kind: 'category', category: 'nationality' });
    marks.mark(document.querySelector('#p')!, { kind: 'category', category: 'address' });
    marks.mark(document.querySelector('#e')!, { kind: 'category', category: 'email' });
    expect([...marks.factValues()]).toEqual([
      ['Tetouan', 'birthplace'],
      ['Deventer', 'address'],
      ['Eritrese', 'nationality'],
    ]);
    marks.clear();
    expect(marks.factValues().size).toBe(0);
  });

  it('remembers a value beside its edit button without the button (a CRM field component)', () => {
    document.body.innerHTML = '<div id="v"><slot name="before"></slot>Tetouan<button title="bewerken">✎</button></div>';
    const marks = createPageMarks();
    marks.mark(document.querySelector('#v')!, { kind: 'category', category: 'birthplace' });
    expect([...marks.factValues()]).toEqual([['Tetouan', 'birthplace']]);
  });

  it('remembers the town that ends a full address after its postcode', () => {
    document.body.innerHTML = '<dd id="a">Lange Haven 88, 3111 CE Schiedam</dd><dd id="b">Rue Neuve 12, 1000 Brussel</dd>';
    const marks = createPageMarks();
    marks.mark(document.querySelector('#a')!, { kind: 'category', category: 'address' });
    marks.mark(document.querySelector('#b')!, { kind: 'category', category: 'address' });
    expect([...marks.factValues()]).toEqual([
      ['Schiedam', 'address'],
      ['Brussel', 'address'],
    ]);
    expect(factValueRanges('Data Engineer at ING · Schiedam, Zuid-Holland', marks.factValues()).map((range) => range.category)).toEqual([
      'address',
    ]);
  });
});
