import { beforeEach, describe, expect, it } from 'vitest';
import { textAfter, textBefore } from '../../../entrypoints/screening.content/text-before';

const textIn = (markup: string, selector: string): Node => {
  document.body.innerHTML = markup;
  return document.querySelector(selector)!.lastChild!;
};

describe('the text a reader sees just before a text node', () => {
  beforeEach(() => document.body.replaceChildren());

  it('reads across a line break and out of an inline element', () => {
    expect(textBefore(textIn('<p id="p">Ik ben geboren in<br>Paramaribo en woon in Almere.</p>', '#p'))).toBe('Ik ben geboren in\n');
    expect(textBefore(textIn('<p>Geachte <b id="b">Fatima</b></p>', '#b'))).toBe('Geachte ');
    expect(textBefore(textIn('<p>I was born in <a href="#">the city of</a> <span id="s">Asmara</span></p>', '#s'))).toBe(
      'I was born in the city of ',
    );
  });

  it("keeps an element's text apart from the text after it", () => {
    expect(textBefore(textIn('<li id="l"><span class="contact-type">Links</span>dribbble.com/someone</li>', '#l'))).toBe('Links ');
  });

  it('stops at a block and keeps at most 48 characters', () => {
    expect(textBefore(textIn('<div><p>Geboren in</p><p id="p">Paramaribo</p></div>', '#p'))).toBe('');
    expect(textBefore(textIn(`<p id="p">${'x'.repeat(100)} geboren in<br>Paramaribo</p>`, '#p'))).toHaveLength(48);
  });
});

describe('the text a reader sees just after a text node', () => {
  beforeEach(() => document.body.replaceChildren());

  it('reads the words of a PDF text layer, one span each, as a reader does, across its line breaks', () => {
    const layer =
      '<div class="textLayer"><span id="a">Hoefkade</span>\n<span id="b">377</span>\n<br>\n<span id="c">2526</span>\n<span id="d">CT</span>\n<span>Den</span>\n<span>Haag</span></div>';
    expect(textAfter(textIn(layer, '#a'))).toMatch(/^ 377 \n 2526 CT/u);
    expect(textBefore(textIn(layer, '#b'))).toBe('Hoefkade ');
    expect(textAfter(textIn(layer, '#c'))).toBe(' CT Den Haag');
    expect(textBefore(textIn(layer, '#c'))).toMatch(/Hoefkade 377 \n $/u);
  });

  it('stops at a block and keeps at most 48 characters', () => {
    expect(textAfter(textIn('<div><p id="p">Geboren in</p><p>Paramaribo</p></div>', '#p'))).toBe('');
    expect(textAfter(textIn(`<p><b id="b">Naam:</b> ${'x'.repeat(100)}</p>`, '#b'))).toHaveLength(48);
  });
});
