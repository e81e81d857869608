import { beforeEach, describe, expect, it } from 'vitest';
import { textBefore } from '../../../entrypoints/screening.content/text-before';

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
      'I was born in the city of  ',
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
