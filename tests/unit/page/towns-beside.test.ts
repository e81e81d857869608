import { beforeEach, describe, expect, it } from 'vitest';
import { createNameLexicon } from '../../../lib/blinding/name-lexicon';
import { NAME_LEXICON_DATA } from '../../../lib/blinding/name-lexicon-data';
import { testLexiconData } from '../blinding/test-lexicon';
import { createPageMarks } from '../../../lib/page/harvest/page-marks';
import { isTown, markTownsBeside } from '../../../lib/page/harvest/towns-beside';
import { factValueRanges } from '../../../lib/page/fact-values';

const lexicon = createNameLexicon({ ...testLexiconData({ given: ['daan'] }), places: 'culemborg|eindhoven|alphen aan den rijn' });

describe('towns beside an applicant', () => {
  beforeEach(() => document.body.replaceChildren());

  it('knows the towns of the Netherlands and Flanders by their whole name, from the built lexicon', () => {
    const built = createNameLexicon(NAME_LEXICON_DATA);
    for (const town of ['culemborg', 'assendelft', "'s-hertogenbosch", 'den haag', 'alphen aan den rijn', 'zottegem', 'paramaribo'])
      expect(built.place(town), town).toBe(true);
    for (const word of ['vacaturesite', 'utrecht office', '', 'daan']) expect(built.place(word), word).toBe(false);
  });

  it('reads a town with its province or country, and an American town with its state', () => {
    expect(isTown('Culemborg', lexicon)).toBe(true);
    expect(isTown(' Eindhoven, Noord-Brabant ', lexicon)).toBe(true);
    expect(isTown('Alphen aan den Rijn, Nederland', lexicon)).toBe(true);
    expect(isTown('Carson City, NV', lexicon)).toBe(true);
    expect(isTown('Eindhoven, Hoofdkantoor', lexicon)).toBe(false);
    expect(isTown('Quality Engineer – Eindhoven', lexicon)).toBe(false);
    expect(isTown('Carson City, XX', lexicon)).toBe(false);
  });

  it("marks a town in a line of facts and alone in a cell of the applicant's card, not a work descriptor's", () => {
    document.body.innerHTML =
      '<div id="card"><div>Daan Visser</div><div>Culemborg · via vacaturesite</div><span id="cell">Eindhoven</span><span id="job">Alphen aan den Rijn</span></div>';
    const marks = createPageMarks();
    marks.mark(document.querySelector('#job')!, { kind: 'descriptor' });
    markTownsBeside(document.querySelector('#card div')!, document.querySelector('#card')!, lexicon, marks);
    expect(marks.markOf(document.querySelector('#cell')!.firstChild!)).toEqual({ kind: 'category', category: 'address' });
    expect(marks.markOf(document.querySelector('#job')!.firstChild!)).toEqual({ kind: 'descriptor' });
    const line = 'Culemborg · via vacaturesite';
    expect(factValueRanges(line, marks.factValues()).map((range) => line.slice(range.start, range.end))).toEqual(['Culemborg']);
  });

  it("reads the line under a name in no card, and no block larger than a person's head", () => {
    document.body.innerHTML =
      '<section><div><div id="name">Daan Visser</div><div>Kandidaatprofiel · Eindhoven, Noord-Brabant</div></div></section>';
    const marks = createPageMarks();
    markTownsBeside(document.querySelector('#name')!, undefined, lexicon, marks);
    expect([...marks.factValues().keys()]).toEqual(['Eindhoven, Noord-Brabant']);
    document.body.innerHTML = `<div><div id="other">Daan Visser</div><div>Vestiging · Eindhoven</div><p>${'tekst '.repeat(500)}</p></div>`;
    const far = createPageMarks();
    markTownsBeside(document.querySelector('#other')!, undefined, lexicon, far);
    expect(far.factValues().size).toBe(0);
    // A name found in a long text of its own (a letter): its block is the text, too large to be a head.
    document.body.innerHTML = `<div id="letter"><p>Daan Visser</p><p>Vestiging · Eindhoven</p><p>${'tekst '.repeat(500)}</p></div>`;
    const letter = createPageMarks();
    markTownsBeside(document.querySelector('#letter')!, undefined, lexicon, letter);
    expect(letter.factValues().size).toBe(0);
  });
});
