import { beforeEach, describe, expect, it } from 'vitest';
import { createHarvester } from '../../../lib/page/harvest/harvester';
import { createPageMarks } from '../../../lib/page/harvest/page-marks';
import { recordHeadingNames } from '../../../lib/page/harvest/record-heading';
import { testLexicon } from '../blinding/test-lexicon';

// Invented people. "Laan" and "Molen" are names and ordinary words, as many Dutch family names are.
const lexicon = testLexicon({
  given: ['wieke', 'daan', 'ilse', 'kerem', 'ruben'],
  family: ['hofstra', 'yilmaz', 'laan', 'molen', 'brouwer'],
  common: ['laan', 'molen', 'bakker', 'planning', 'vacature'],
});

function harvest(markup: string, title = '') {
  document.title = title;
  document.body.replaceChildren(document.createRange().createContextualFragment(markup));
  const harvester = createHarvester({ lexicon, marks: createPageMarks() });
  harvester.pass(document.documentElement).run();
  return { names: harvester.take().map((name) => name.name), harvester };
}

describe('the heading of a record beside its number', () => {
  beforeEach(() => document.body.replaceChildren());

  it('takes the heading beside a record number and its spelling in another script', () => {
    const { names, harvester } = harvest(
      '<div><h1>Wieke Hofstra</h1><span>Вике Хофстра</span><span>#40217</span></div>' +
        '<article class="note"><b>Ruben Brouwer</b> · Notitie<p>Gebeld, terugbellen.</p></article>',
    );
    expect(names).toEqual(expect.arrayContaining(['Wieke Hofstra', 'Вике Хофстра']));
    expect(harvester.evidence.structuredNames).toBeGreaterThanOrEqual(1);
    expect(names).not.toContain('Ruben Brouwer');
  });

  it('strips a record number written in the heading itself', () => {
    document.body.innerHTML = '<header><h1 id="h">Kerem Yilmaz (ID 5521)</h1></header>';
    expect(recordHeadingNames(document.getElementById('h')!).map((name) => name.text)).toEqual(['Kerem Yilmaz']);
  });

  it('ignores a heading without a record number, and one with only a year or a short count beside it', () => {
    document.body.innerHTML =
      '<div><h1 id="a">Wieke Hofstra</h1><span>Stage 2026</span></div><div><h2 id="b">Open vacatures</h2><span>12</span></div>';
    expect(recordHeadingNames(document.getElementById('a')!)).toEqual([]);
    expect(recordHeadingNames(document.getElementById('b')!)).toEqual([]);
  });

  it('never makes an ordinary heading beside a number a name', () => {
    const { names } = harvest('<div><h1>Vacature planning</h1><span>#40217</span></div>');
    expect(names).toEqual([]);
  });
});

describe('names that are also ordinary words', () => {
  beforeEach(() => document.body.replaceChildren());

  it('takes a card title led by a given name, or spelled by the address beside it', () => {
    const { names } = harvest(
      '<ul class="board">' +
        '<li class="card"><a href="/c/1">Ilse Laan</a><p>Sollicitatie bakker</p></li>' +
        '<li class="card"><a href="/c/2">Van der Molen</a><p>v.d.molen@example.org · Sollicitatie bakker</p></li>' +
        '<li class="card"><a href="/c/3">Bakker Laan</a><p>Sollicitatie bakker</p></li>' +
        '</ul>',
    );
    expect(names).toContain('Ilse Laan');
    expect(names).toContain('Van der Molen');
    // Two ordinary words with no given name in front and no address spelling them stay words.
    expect(names).not.toContain('Bakker Laan');
  });
});

describe('recipients in mail headers', () => {
  beforeEach(() => document.body.replaceChildren());

  it('keeps the recipient of a mail to the account a colleague, and the recipient of our own quoted reply an applicant', () => {
    const { names, harvester } = harvest(
      '<nav><div>Daan Brouwer</div></nav>' +
        '<main><div class="head"><div>Van: Kerem Yilmaz</div><div>Aan: Ruben Brouwer</div></div>' +
        '<p>Beste Ruben,</p><p>Met vriendelijke groet,<br>Kerem Yilmaz</p>' +
        '<blockquote><div>Van: Daan Brouwer</div><div>Verzonden: maandag 9 november 2026</div><div>Aan: Wieke Hofstra</div><p>Bedankt voor je brief.</p></blockquote></main>',
      'Postvak IN - daan.brouwer@bakkerij.example',
    );
    expect(harvester.isStaff('Ruben Brouwer')).toBe(true);
    expect(harvester.isStaff('Wieke Hofstra')).toBe(false);
    expect(names).toContain('Kerem Yilmaz');
    expect(names).not.toContain('Daan Brouwer');
  });
});

describe('card titles among names', () => {
  beforeEach(() => document.body.replaceChildren());

  it('takes a card title the lexicon does not know when the titles of cards alike are names', () => {
    const card = (name: string, meta: string) => `<div class="tile"><div class="who">${name}</div><div class="meta">${meta}</div></div>`;
    const { names } = harvest(
      `<section>${card('Ilse Hofstra', 'Sollicitatie 2 dagen geleden')}${card('Kerem Yilmaz', 'Sollicitatie gisteren')}${card('Ruben Bakker', 'Sollicitatie vandaag')}${card('Planning bekijken', 'Sollicitatie vandaag')}${card('Kerem Hofstra Planning', 'Sollicitatie vandaag')}</section>`,
    );
    expect(names).toEqual(expect.arrayContaining(['Ilse Hofstra', 'Kerem Yilmaz', 'Ruben Bakker']));
    expect(names).not.toContain('Planning bekijken');
    // A longer title with an ordinary word in it is a name and a role, not a name.
    expect(names).not.toContain('Kerem Hofstra Planning');
  });
});

describe('photos beside a found name', () => {
  it('hides an empty element beside a name whose style sheet gives it a background image, and not an empty spacer', () => {
    document.head.insertAdjacentHTML(
      'beforeend',
      '<style id="faces">.face { background-image: url("data:image/png;base64,AAAA"); }</style>',
    );
    const photos: Element[] = [];
    document.body.innerHTML =
      '<ul><li class="c"><span class="face" id="f1"></span><span class="gap" id="g1"></span><a href="/k/1">Ilse Hofstra</a></li>' +
      '<li class="c"><span class="face" id="f2"></span><a href="/k/2">Kerem Yilmaz</a></li></ul>';
    const harvester = createHarvester({ lexicon, marks: createPageMarks(), onPhoto: (element) => photos.push(element) });
    harvester.pass(document.documentElement).run();
    harvester.take();
    document.getElementById('faces')?.remove();
    expect(photos.map((photo) => photo.id)).toEqual(expect.arrayContaining(['f1', 'f2']));
    expect(photos.map((photo) => photo.id)).not.toContain('g1');
  });
});

describe('fields split over a group', () => {
  it('gives the inputs of a fieldset or group the role of its legend or label, and leaves other groups alone', () => {
    document.body.innerHTML =
      '<form><fieldset><legend>Geboortedatum</legend><label>Dag <input id="d" value="3"></label><label>Maand <input id="m" value="4"></label><label>Jaar <input id="y" value="2001"></label></fieldset>' +
      '<div role="group" aria-labelledby="a"><p id="a">Postcode</p><input id="z" value="1234 AB"></div>' +
      '<fieldset><legend>Beschikbaarheid</legend><label>Per <input id="p" value="1 mei"></label></fieldset></form>';
    const marks = createPageMarks();
    createHarvester({ lexicon, marks }).pass(document.documentElement).run();
    for (const id of ['d', 'm', 'y']) expect(marks.markOf(document.getElementById(id)!)).toEqual({ kind: 'category', category: 'birth' });
    expect(marks.markOf(document.getElementById('z')!)).toEqual({ kind: 'category', category: 'address' });
    expect(marks.markOf(document.getElementById('p')!)).toBeUndefined();
  });
});
