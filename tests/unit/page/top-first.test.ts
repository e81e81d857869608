import { beforeEach, describe, expect, it } from 'vitest';
import { createDomBlinder } from '../../../lib/page/dom-blinder';
import { createHarvester } from '../../../lib/page/harvest/harvester';
import { createPageMarks } from '../../../lib/page/harvest/page-marks';
import { topOfPage } from '../../../lib/page/top-first';
import { testLexicon } from '../blinding/test-lexicon';

const lexicon = testLexicon({ given: ['bram', 'noor', 'ewa'], family: ['oost', 'nowak', 'haddad'] });
const PEOPLE = ['Bram Oost', 'Noor Haddad', 'Ewa Nowak'];

/** A table of `rows` applicants, each row about 100 characters of text. */
function table(rows: number, after = ''): void {
  const body = Array.from(
    { length: rows },
    (_, index) =>
      `<tr id="r${index}"><td>${PEOPLE[index % 3]}</td><td>Motivatie: ik wil graag leren in de logistiek en heb al ervaring met klanten.</td></tr>`,
  ).join('');
  document.body.innerHTML = `<h1>Kandidaten</h1><table><thead><tr><th>Naam</th><th>Motivatie</th></tr></thead><tbody>${body}</tbody></table>${after}`;
}
const hidden = (selector: string) => document.querySelector(selector)!.closest('[data-ew-rest]') !== null;
const firstText = (selector: string) => document.querySelector(selector)!.firstChild!.firstChild as Text;

describe('topOfPage', () => {
  beforeEach(() => {
    document.head.replaceChildren();
    document.body.replaceChildren();
  });

  it('reads a page of ordinary length whole: no top, nothing hidden', () => {
    table(20);
    expect(topOfPage(document)).toBeUndefined();
  });

  it('ends the top of a long list after about a screen of text and hides everything after it', () => {
    table(300, '<footer id="foot">Werfwijs</footer>');
    const top = topOfPage(document)!;
    const row = top.boundary.closest('tr')!;
    const index = Number(row.id.slice(1));
    expect(index).toBeGreaterThan(20);
    expect(index).toBeLessThan(60);
    const { show } = top.hideRest();
    expect(document.head.querySelector('style')!.textContent).toContain('visibility:hidden!important');
    expect(hidden('#r0')).toBe(false);
    expect(hidden(`#r${index - 1}`)).toBe(false);
    expect(hidden(`#r${index + 1}`)).toBe(true);
    expect(hidden('#r299')).toBe(true);
    expect(hidden('#foot')).toBe(true);
    expect(top.inRest(firstText('#r0'))).toBe(false);
    expect(top.inRest(firstText('#r299'))).toBe(true);
    show();
    show();
    expect(document.querySelectorAll('[data-ew-rest]')).toHaveLength(0);
    expect(document.head.querySelector('style')).toBeNull();
    expect(top.inRest(firstText('#r299'))).toBe(false);
  });

  it('hides rows a page still being parsed adds after the rest was hidden, and says when text cannot be hidden', () => {
    table(300);
    const top = topOfPage(document)!;
    const { show, cover } = top.hideRest();
    const body = document.querySelector('tbody')!;
    const late = document.createElement('tr');
    late.id = 'late';
    late.innerHTML = '<td>Rachid Amrani</td>';
    body.append(late);
    const footer = document.createElement('footer');
    footer.id = 'foot';
    document.body.append(footer);
    expect(hidden('#late')).toBe(false);
    expect(cover([late, footer, late.firstChild!.firstChild!])).toBe(true);
    expect(hidden('#late')).toBe(true);
    expect(hidden('#foot')).toBe(true);
    // Text beside the path to the boundary has no element of its own to hide.
    const loose = document.createTextNode(' losse tekst in de body ');
    document.body.append(loose);
    expect(cover([loose, document.createTextNode('  ')])).toBe(false);
    // Before the boundary nothing is marked (a node the page moved into the top).
    const early = document.createElement('p');
    document.body.prepend(early);
    expect(cover([early])).toBe(true);
    expect(early.hasAttribute('data-ew-rest')).toBe(false);
    show();
    expect(document.querySelectorAll('[data-ew-rest]')).toHaveLength(0);
  });

  it('lifts the boundary over an element whose own text follows it: a text node cannot be hidden alone', () => {
    const words = 'woord '.repeat(900);
    document.body.innerHTML = `<main><section id="s"><p id="p">${words}</p><b>${words}</b> en dan nog tekst van de sectie zelf</section><div>${words.repeat(3)}</div></main>`;
    const top = topOfPage(document)!;
    expect(top.boundary.id).toBe('s');
    top.hideRest();
    expect(hidden('#p')).toBe(true);
  });

  it('gives up when the body itself has text after the top: it would stay readable', () => {
    const words = 'woord '.repeat(900);
    document.body.innerHTML = `<p>${words}</p><p>${words}</p> losse tekst in de body <p>${words.repeat(3)}</p>`;
    expect(topOfPage(document)).toBeUndefined();
  });

  it('reads and masks in two parts that together cover the page once', () => {
    table(300);
    const top = topOfPage(document)!;
    const harvester = createHarvester({ lexicon, marks: createPageMarks() });
    harvester.pass(document.documentElement, { until: top.boundary }).run();
    const first = harvester.take().map((name) => name.name);
    expect(first.length).toBeGreaterThan(0);
    harvester.pass(document.documentElement, { from: top.boundary }).run();
    const names = new Set([...first, ...harvester.take().map((name) => name.name)]);
    expect([...names].sort()).toEqual([...PEOPLE].sort());

    const masked: string[] = [];
    const blinder = createDomBlinder({
      mask: (text, owner) => (PEOPLE.includes(text) ? (masked.push(owner.closest('tr')!.id), 'Kandidaat') : undefined),
    });
    blinder.pass(document.documentElement, { until: top.boundary }).run();
    const before = masked.length;
    const boundaryRow = Number(top.boundary.closest('tr')!.id.slice(1));
    expect(masked.every((id) => Number(id.slice(1)) <= boundaryRow)).toBe(true);
    blinder.pass(document.documentElement, { from: top.boundary }).run();
    expect(masked.length).toBe(300);
    expect(new Set(masked).size).toBe(300);
    expect(before).toBeGreaterThan(0);
    expect(document.body.textContent).not.toMatch(/Bram Oost|Noor Haddad|Ewa Nowak/u);
  });
});
