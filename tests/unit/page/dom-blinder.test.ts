import { beforeEach, describe, expect, it } from 'vitest';
import { createDomBlinder, type MaskFunction } from '../../../lib/page/dom-blinder';

// A stand-in for the detector: hides "Fatima Benali" and "Benali" wherever they occur.
const mask: MaskFunction = (text) =>
  /Fatima Benali|Benali/u.test(text) ? text.replace(/Fatima Benali|Benali/gu, 'Kandidaat 1') : undefined;

function build(markup: string): HTMLElement {
  const root = document.createElement('div');
  root.append(document.createRange().createContextualFragment(markup));
  document.body.replaceChildren(root);
  return root;
}

describe('createDomBlinder', () => {
  beforeEach(() => document.body.replaceChildren());

  it('masks text nodes and visible attributes, and keeps ordinary text', () => {
    const root = build(
      '<p title="Profiel van Benali">Brief van Fatima Benali over de bakkerij</p><img alt="Foto Fatima Benali" src="x.png">',
    );
    createDomBlinder({ mask }).blindNow(root);
    expect(root.textContent).toBe('Brief van Kandidaat 1 over de bakkerij');
    expect(root.querySelector('p')!.title).toBe('Profiel van Kandidaat 1');
    expect(root.querySelector('img')!.alt).toBe('Foto Kandidaat 1');
  });

  it('never keeps an original in the DOM: the serialised page holds no name', () => {
    const root = build('<a href="mailto:benali@example.nl" aria-label="Mail Benali">Benali</a><span data-x="1">Fatima Benali</span>');
    createDomBlinder({ mask }).blindNow(root);
    expect(root.outerHTML).not.toMatch(/Benali/u);
  });

  it('never writes into inputs, textareas, selects or contenteditable, and reports them', () => {
    const root = build(
      '<input value="Fatima Benali"><textarea>Benali schreef</textarea><select><option>Fatima Benali</option></select><div contenteditable="true">Beste Benali</div>',
    );
    const input = root.querySelector('input')!;
    input.value = 'Benali (door script)';
    const fields: Element[] = [];
    const editables: Element[] = [];
    createDomBlinder({ mask, onField: (field) => fields.push(field), onEditable: (element) => editables.push(element) }).blindNow(root);
    expect(input.value).toBe('Benali (door script)');
    expect(input.getAttribute('value')).toBe('Fatima Benali');
    expect(root.querySelector('textarea')!.value).toBe('Benali schreef');
    expect(root.querySelector('[contenteditable]')!.textContent).toBe('Beste Benali');
    expect(root.querySelector('select')!.value).toBe('Fatima Benali');
    expect(fields.map((field) => field.tagName)).toEqual(['INPUT', 'TEXTAREA', 'SELECT']);
    expect(new Set(editables).size).toBe(1);
  });

  it('masks an option: its shown text changes, its value does not', () => {
    const root = build('<select><option value="c-1">Fatima Benali</option><option>Benali</option></select>');
    createDomBlinder({ mask }).blindNow(root);
    const [withValue, withoutValue] = [...root.querySelectorAll('option')];
    expect(withValue!.value).toBe('c-1');
    expect(withValue!.textContent).toBe('Kandidaat 1');
    // Without a value attribute the value is the text: the text stays, the label hides it.
    expect(withoutValue!.value).toBe('Benali');
    expect(withoutValue!.getAttribute('label')).toBe('Kandidaat 1');
  });

  it('leaves script and style alone and masks only identifying links', () => {
    const root = build('<script>var who = "Benali";</script><a href="/kandidaten?naam=Benali">lijst</a><a href="mailto:x@y.nl">mail</a>');
    createDomBlinder({ mask }).blindNow(root);
    expect(root.querySelector('script')!.textContent).toContain('Benali');
    expect(root.querySelector('a')!.getAttribute('href')).toBe('/kandidaten?naam=Benali');
  });

  it('restores every original on pause, and removes labels it added', () => {
    const markup = '<p title="Benali">Fatima Benali</p><select><option>Benali</option></select>';
    const root = build(markup);
    const blinder = createDomBlinder({ mask });
    blinder.blindNow(root);
    expect(blinder.maskedCount).toBe(3);
    blinder.restore(root);
    expect(root.innerHTML).toBe(markup);
    expect(blinder.maskedCount).toBe(0);
  });

  it('treats new page text as new: a changed node is masked from its new text', () => {
    const root = build('<p>Fatima Benali</p>');
    const blinder = createDomBlinder({ mask });
    blinder.blindNow(root);
    const text = root.querySelector('p')!.firstChild as Text;
    text.data = 'Nu: Benali en de bakker';
    blinder.blindText(text);
    expect(text.data).toBe('Nu: Kandidaat 1 en de bakker');
    expect(blinder.originalOf(text)).toBe('Nu: Benali en de bakker');
  });

  it('re-renders masked nodes from their originals after invalidate (new numbers, a reveal)', () => {
    const root = build('<p>Fatima Benali</p>');
    let shown = 'Kandidaat …';
    const blinder = createDomBlinder({ mask: (text) => (text.includes('Benali') ? shown : undefined) });
    blinder.blindNow(root);
    expect(root.textContent).toBe('Kandidaat …');
    shown = 'Kandidaat 4';
    blinder.blindNow(root);
    expect(root.textContent).toBe('Kandidaat …');
    blinder.invalidate();
    blinder.blindNow(root);
    expect(root.textContent).toBe('Kandidaat 4');
  });

  it('stops when its time slice is used up and finishes on the next run', () => {
    const root = build(Array.from({ length: 300 }, (_, index) => `<p>Benali ${index}</p>`).join(''));
    const pass = createDomBlinder({ mask }).pass(root);
    expect(pass.run(() => true)).toBe(false);
    expect(root.textContent).toContain('Benali');
    while (!pass.run(() => false));
    expect(root.textContent).not.toContain('Benali');
  });

  it('skips our own UI', () => {
    const root = build('<div id="ours">Benali</div><p>Benali</p>');
    const ours = root.querySelector('#ours')!;
    createDomBlinder({ mask, isOwnElement: (element) => element === ours }).blindNow(root);
    expect(ours.textContent).toBe('Benali');
    expect(root.querySelector('p')!.textContent).toBe('Kandidaat 1');
  });
});

describe('site attributes', () => {
  it('masks a site attribute on ordinary elements but never a form field name or an anchor name', () => {
    const root = build('<span name="Fatima Benali" email="Benali@x.nl">x</span><input name="Benali"><a name="Benali">y</a>');
    createDomBlinder({ mask, attributes: ['name', 'email'] }).blindNow(root);
    expect(root.querySelector('span')!.getAttribute('name')).toBe('Kandidaat 1');
    expect(root.querySelector('span')!.getAttribute('email')).toBe('Kandidaat 1@x.nl');
    expect(root.querySelector('input')!.name).toBe('Benali');
    expect(root.querySelector('a')!.getAttribute('name')).toBe('Benali');
  });
});

describe('createDomBlinder in editable areas', () => {
  beforeEach(() => {
    document.body.replaceChildren();
    document.designMode = 'off';
  });

  it('never writes title, alt, aria-label, placeholder or href inside a contenteditable area', () => {
    const root = build(
      '<div contenteditable="true"><p title="Profiel van Benali">x</p><img alt="Foto Fatima Benali"><a href="mailto:benali@example.nl" aria-label="Mail Benali">m</a><span placeholder="Benali"></span><select><option value="1">Fatima Benali</option></select></div>',
    );
    const before = root.innerHTML;
    createDomBlinder({ mask }).blindNow(root);
    expect(root.innerHTML).toBe(before);
  });

  it('never writes into a contenteditable="false" island inside an editor (the editor saves it too), and reports the editor', () => {
    const root = build(
      '<section contenteditable=""><div><b title="Benali">x</b><i contenteditable="false" title="Benali">Fatima Benali</i></div></section>',
    );
    const editables: Element[] = [];
    const before = root.innerHTML;
    createDomBlinder({ mask, onEditable: (element) => editables.push(element) }).blindNow(root);
    expect(root.innerHTML).toBe(before);
    expect(new Set(editables)).toEqual(new Set([root.querySelector('section')]));
  });

  it('masks a contenteditable="false" element that is not inside an editor', () => {
    const root = build('<div contenteditable="false" title="Benali">Fatima Benali</div>');
    createDomBlinder({ mask }).blindNow(root);
    expect(root.firstElementChild!.getAttribute('title')).toBe('Kandidaat 1');
    expect(root.textContent).toBe('Kandidaat 1');
  });

  it('puts the page text back when masked text is moved into an editable area', () => {
    const root = build('<p>Beste Fatima Benali</p><div contenteditable="true"></div>');
    const blinder = createDomBlinder({ mask });
    blinder.blindNow(root);
    const text = root.querySelector('p')!.firstChild as Text;
    expect(text.data).toBe('Beste Kandidaat 1');
    root.querySelector('[contenteditable]')!.append(text);
    blinder.blindText(text);
    expect(text.data).toBe('Beste Fatima Benali');
    expect(blinder.maskedCount).toBe(0);
    // A moved element: its subtree's texts and attributes go back too.
    const card = build('<article title="Over Benali"><span>Fatima Benali</span></article><div contenteditable=""></div>');
    blinder.blindNow(card);
    expect(card.querySelector('span')!.textContent).toBe('Kandidaat 1');
    const article = card.querySelector('article')!;
    card.querySelector('[contenteditable]')!.append(article);
    blinder.blindNow(article);
    expect(article.getAttribute('title')).toBe('Over Benali');
    expect(article.textContent).toBe('Fatima Benali');
  });

  it('masks an area again once it stops being editable', () => {
    const root = build('<div contenteditable="true"><p>Fatima Benali</p></div>');
    const blinder = createDomBlinder({ mask });
    blinder.blindNow(root);
    expect(root.textContent).toBe('Fatima Benali');
    const area = root.firstElementChild!;
    area.removeAttribute('contenteditable');
    blinder.blindAttribute(area, 'contenteditable');
    expect(root.textContent).toBe('Kandidaat 1');
  });

  it('never writes attributes when the document is in designMode', () => {
    const root = build('<p title="Profiel van Benali">tekst</p>');
    document.designMode = 'on';
    const blinder = createDomBlinder({ mask });
    blinder.blindNow(root);
    blinder.blindAttribute(root.querySelector('p')!, 'title');
    expect(root.querySelector('p')!.title).toBe('Profiel van Benali');
  });

  it('puts the originals back when an area becomes editable after it was masked', () => {
    const root = build('<div><p title="Profiel van Benali">Beste Benali</p><a href="mailto:benali@example.nl">m</a></div>');
    const editables: Element[] = [];
    const blinder = createDomBlinder({ mask, onEditable: (element) => editables.push(element) });
    blinder.blindNow(root);
    expect(root.querySelector('p')!.title).toBe('Profiel van Kandidaat 1');
    const area = root.firstElementChild!;
    area.setAttribute('contenteditable', 'true');
    blinder.blindAttribute(area, 'contenteditable');
    expect(root.querySelector('p')!.title).toBe('Profiel van Benali');
    expect(root.querySelector('p')!.textContent).toBe('Beste Benali');
    expect(root.querySelector('a')!.getAttribute('href')).toBe('mailto:benali@example.nl');
    expect(editables).toEqual([area]);
    // A later change of the attribute (the observer) is not masked again either.
    root.querySelector('p')!.setAttribute('title', 'Nieuw van Benali');
    blinder.blindAttribute(root.querySelector('p')!, 'title');
    expect(root.querySelector('p')!.title).toBe('Nieuw van Benali');
    expect(blinder.maskedCount).toBe(0);
  });
});

describe('deferred text writes (a held first pass)', () => {
  beforeEach(() => document.body.replaceChildren());

  it('writes no text until the flush, then every masked text at once', () => {
    const root = build('<p>Brief van Fatima Benali</p><p title="Over Benali">Benali belt</p>');
    const blinder = createDomBlinder({ mask });
    const flush = blinder.deferTextWrites('all');
    blinder.blindNow(root);
    expect(root.textContent).toBe('Brief van Fatima BenaliBenali belt');
    // Attributes are not laid out: they are written at once.
    expect(root.querySelectorAll('p')[1]!.title).toBe('Over Kandidaat 1');
    flush();
    expect(root.textContent).toBe('Brief van Kandidaat 1Kandidaat 1 belt');
    expect(root.outerHTML).not.toMatch(/Benali/u);
    expect(blinder.maskedCount).toBe(3);
  });

  it('writes the document title at once even while writes are deferred: no paint hold covers the tab strip', () => {
    const title = document.createElement('title');
    title.textContent = 'Fatima Benali – Werfwijs';
    document.head.append(title);
    const blinder = createDomBlinder({ mask });
    const flush = blinder.deferTextWrites('all');
    blinder.blindNow(title);
    expect(title.textContent).toBe('Kandidaat 1 – Werfwijs');
    flush();
    title.remove();
  });

  it('writes immediately again after the flush', () => {
    const root = build('<p>Fatima Benali</p>');
    const blinder = createDomBlinder({ mask });
    blinder.deferTextWrites('all')();
    blinder.blindNow(root);
    expect(root.textContent).toBe('Kandidaat 1');
  });

  it('never overwrites a text the page changed before the flush; the new text is masked when its change is handled', () => {
    const root = build('<p>Fatima Benali</p>');
    const blinder = createDomBlinder({ mask });
    const flush = blinder.deferTextWrites('all');
    blinder.blindNow(root);
    const text = root.querySelector('p')!.firstChild as Text;
    text.data = 'Benali is verhuisd';
    flush();
    expect(text.data).toBe('Benali is verhuisd');
    expect(blinder.isOwnWrite(text)).toBe(false);
    blinder.blindText(text);
    expect(text.data).toBe('Kandidaat 1 is verhuisd');
  });

  it('writes nothing for a node restored before the flush, and the latest mask when a node was masked twice', () => {
    const root = build('<p>Fatima Benali</p><span>Benali</span>');
    let number = '1';
    const blinder = createDomBlinder({
      mask: (text) => (/Benali/u.test(text) ? text.replace(/Fatima Benali|Benali/gu, `Kandidaat ${number}`) : undefined),
    });
    const flush = blinder.deferTextWrites('all');
    blinder.blindNow(root);
    blinder.restore(root.querySelector('span')!);
    number = '7';
    blinder.invalidate();
    blinder.blindNow(root.querySelector('p')!);
    flush();
    expect(root.querySelector('p')!.textContent).toBe('Kandidaat 7');
    expect(root.querySelector('span')!.textContent).toBe('Benali');
    expect(blinder.isOwnWrite(root.querySelector('p')!.firstChild!)).toBe(true);
  });

  it('keeps the original of a text masked again twice while its new number waits: the latest number is written, the name restored', () => {
    const root = build('<p>Fatima Benali</p>');
    let number = '1';
    const blinder = createDomBlinder({
      mask: (text) => (/Benali/u.test(text) ? text.replace(/Fatima Benali|Benali/gu, `Kandidaat ${number}`) : undefined),
    });
    blinder.blindNow(root);
    const text = root.querySelector('p')!.firstChild as Text;
    // Two passes with new numbers overlap; the first's remask waits for its flush.
    const first = blinder.deferTextWrites('remasks');
    const second = blinder.deferTextWrites('remasks');
    number = '7';
    blinder.invalidate();
    blinder.blindNow(root);
    expect(text.data).toBe('Kandidaat 1');
    // The record of our first write, handled while the new mask waits, is ours: no page change.
    expect(blinder.isOwnWrite(text)).toBe(true);
    number = '9';
    blinder.invalidate();
    blinder.blindNow(root);
    first();
    second();
    expect(text.data).toBe('Kandidaat 9');
    expect(blinder.isOwnWrite(text)).toBe(true);
    blinder.restore(root);
    expect(text.data).toBe('Fatima Benali');
  });

  it('defers only the texts a hidden scope says are out of view: what is shown is masked at once', () => {
    const root = build('<p id="shown">Fatima Benali</p><p id="rest">Benali belt</p>');
    const blinder = createDomBlinder({ mask });
    const rest = root.querySelector('#rest')!;
    const flush = blinder.deferTextWrites((node) => rest.contains(node));
    blinder.blindNow(root);
    expect(root.querySelector('#shown')!.textContent).toBe('Kandidaat 1');
    expect(rest.textContent).toBe('Benali belt');
    flush();
    expect(rest.textContent).toBe('Kandidaat 1 belt');
    blinder.invalidate();
    rest.firstChild!.textContent = 'Benali opnieuw';
    blinder.blindNow(root);
    expect(rest.textContent).toBe('Kandidaat 1 opnieuw');
  });

  it("'remasks' defers only texts that show a mask already: new page text is masked at once", () => {
    const root = build('<p>Fatima Benali</p>');
    let number = '…';
    const blinder = createDomBlinder({
      mask: (text) => (/Benali/u.test(text) ? text.replace(/Fatima Benali|Benali/gu, `Kandidaat ${number}`) : undefined),
    });
    blinder.blindNow(root);
    expect(root.textContent).toBe('Kandidaat …');
    number = '7';
    blinder.invalidate();
    const flush = blinder.deferTextWrites('remasks');
    blinder.blindNow(root);
    expect(root.textContent).toBe('Kandidaat …');
    root.append(document.createTextNode(' en Benali'));
    blinder.blindText(root.lastChild as Text);
    expect(root.lastChild!.textContent).toBe(' en Kandidaat 7');
    flush();
    expect(root.textContent).toBe('Kandidaat 7 en Kandidaat 7');
  });

  it("'remasks' never leaves a text the page rewrote unmasked while a new number waits", () => {
    const root = build('<p>Fatima Benali</p>');
    let number = '…';
    const blinder = createDomBlinder({
      mask: (text) => (/Benali/u.test(text) ? text.replace(/Fatima Benali|Benali/gu, `Kandidaat ${number}`) : undefined),
    });
    blinder.blindNow(root);
    number = '7';
    blinder.invalidate();
    const flush = blinder.deferTextWrites('remasks');
    blinder.blindNow(root);
    const text = root.querySelector('p')!.firstChild as Text;
    text.data = 'Benali belt terug';
    blinder.blindText(text);
    expect(text.data).toBe('Kandidaat 7 belt terug');
    flush();
    expect(text.data).toBe('Kandidaat 7 belt terug');
  });
});
