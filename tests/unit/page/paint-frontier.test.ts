import { afterEach, describe, expect, it } from 'vitest';
import { createDomBlinder } from '../../../lib/page/dom-blinder';
import { createPaintFrontier, hiddenAfter, planFirstScreen } from '../../../lib/page/paint-frontier';
import { inSequence } from '../../../entrypoints/screening.content/page-pipeline-first-screen';

const none = () => false;

/** A page of `count` applicant rows under a heading, with a footer after the table. */
function table(count: number): void {
  const rows = Array.from(
    { length: count },
    (_, index) => `<tr><td><a href="#r${index}">Fatima Benali ${index}</a></td><td>Utrecht</td></tr>`,
  ).join('');
  document.body.innerHTML = `<h1>Kandidaten</h1><table><thead><tr><th>Naam</th><th>Plaats</th></tr></thead><tbody>${rows}</tbody></table><footer>Voet</footer>`;
}

/** Elements that follow `last` in document order and do not contain it. */
function following(last: Element): Element[] {
  return [...document.querySelectorAll('*')].filter((element) => {
    const position = last.compareDocumentPosition(element);
    return (position & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 && (position & Node.DOCUMENT_POSITION_CONTAINED_BY) === 0;
  });
}

/** What the selectors hide: the matched elements and everything inside them. */
function hiddenBy(selectors: string[]): Set<Element> {
  const hidden = new Set<Element>();
  for (const selector of selectors)
    for (const element of document.querySelectorAll(selector)) {
      hidden.add(element);
      for (const inner of element.querySelectorAll('*')) hidden.add(inner);
    }
  return hidden;
}

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('planFirstScreen', () => {
  it('reads a small page whole (no plan)', () => {
    table(5);
    expect(planFirstScreen(document, none, 300)).toBeUndefined();
  });

  it('splits a large page into shells and whole chunks in document order, within the budget', () => {
    table(400);
    const plan = planFirstScreen(document, none, 100)!;
    expect(plan.shells.map((shell) => shell.tagName)).toEqual(['HTML', 'BODY', 'TABLE', 'TBODY']);
    expect(plan.chunks[0]!.tagName).toBe('HEAD');
    expect(plan.chunks.map((chunk) => chunk.tagName)).toContain('THEAD');
    const size = plan.chunks.reduce((sum, chunk) => sum + chunk.getElementsByTagName('*').length + 1, 0) + plan.shells.length;
    expect(size).toBeLessThanOrEqual(100 + 10);
    // Every chunk is whole: something follows the last one, so the parser is past it.
    const last = plan.chunks[plan.chunks.length - 1]!;
    expect(last.nextElementSibling).not.toBeNull();
    // In document order, and everything before the last chunk is a chunk, inside one, or a shell.
    const covered = new Set<Element>([...plan.shells, ...plan.chunks.flatMap((chunk) => [chunk, ...chunk.querySelectorAll('*')])]);
    const before = [...document.querySelectorAll('*')].filter(
      (element) => element.compareDocumentPosition(last) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
    for (const element of before) expect(covered.has(element)).toBe(true);
  });

  it('leaves our own elements out', () => {
    table(400);
    const ours = document.createElement('div');
    document.body.prepend(ours);
    const plan = planFirstScreen(document, (element) => element === ours, 100)!;
    expect(plan.chunks).not.toContain(ours);
    expect(plan.shells).not.toContain(ours);
  });
});

describe('hiddenAfter', () => {
  it('hides exactly what follows the last element read, and keeps our own elements shown', () => {
    table(50);
    const ours = document.createElement('div');
    document.documentElement.append(ours);
    const last = document.querySelectorAll('tbody tr')[9]!;
    const hidden = hiddenBy(hiddenAfter(last, (element) => element === ours));
    const expected = following(last).filter((element) => element !== ours);
    expect(hidden.size).toBe(expected.length);
    for (const element of expected) expect(hidden.has(element)).toBe(true);
    expect(hidden.has(ours)).toBe(false);
    expect(hidden.has(last)).toBe(false);
    expect(hidden.has(document.querySelector('footer')!)).toBe(true);
    expect(hidden.has(document.querySelectorAll('tbody tr')[10]!)).toBe(true);
  });
});

describe('createPaintFrontier', () => {
  it('writes one style sheet, follows the page when it removes rows above, and goes on clear', () => {
    table(30);
    const frontier = createPaintFrontier(document, none);
    const last = document.querySelectorAll('tbody tr')[9]!;
    frontier.set(last);
    const sheet = () => [...document.querySelectorAll('style')].map((style) => style.textContent).join('');
    expect(sheet()).toContain(':nth-child(n+11)');
    expect(frontier.hides(document.querySelectorAll('tbody tr')[10]!.firstChild!)).toBe(true);
    expect(frontier.hides(last.firstChild!)).toBe(false);
    expect(frontier.hides(document.querySelector('h1')!)).toBe(false);
    // The page takes two rows away above: without an update the next row would be shown.
    document.querySelectorAll('tbody tr')[0]!.remove();
    document.querySelectorAll('tbody tr')[0]!.remove();
    frontier.update();
    expect(sheet()).toContain(':nth-child(n+9)');
    frontier.clear();
    expect(sheet()).not.toContain('nth-child');
    expect(frontier.active).toBe(false);
  });

  it('hides everything when the page removes the last element read', () => {
    table(30);
    const frontier = createPaintFrontier(document, none);
    const last = document.querySelectorAll('tbody tr')[9]!;
    frontier.set(last);
    last.remove();
    frontier.update();
    expect([...document.querySelectorAll('style')].map((style) => style.textContent).join('')).toContain(':root>*{visibility:hidden');
    expect(frontier.hides(document.querySelector('h1')!)).toBe(true);
  });
});

describe('deferred writes behind the frontier', () => {
  it('writes masks in the shown part at once and behind the frontier only at the flush', () => {
    table(30);
    const frontier = createPaintFrontier(document, none);
    frontier.set(document.querySelectorAll('tbody tr')[9]!);
    const blinder = createDomBlinder({
      mask: (text) => (text.includes('Benali') ? text.replace('Fatima Benali', 'Kandidaat …') : undefined),
    });
    const flush = blinder.deferTextWrites((node) => frontier.hides(node));
    blinder.blindNow(document.body);
    const links = [...document.querySelectorAll('tbody a')];
    expect(links[0]!.textContent).toBe('Kandidaat … 0');
    expect(links[9]!.textContent).toBe('Kandidaat … 9');
    expect(links[10]!.textContent).toBe('Fatima Benali 10');
    flush();
    expect(links[29]!.textContent).toBe('Kandidaat … 29');
  });

  it('keeps masks behind the frontier pending when another scope flushes', () => {
    table(30);
    const frontier = createPaintFrontier(document, none);
    frontier.set(document.querySelectorAll('tbody tr')[9]!);
    const blinder = createDomBlinder({
      mask: (text) => (text.includes('Benali') ? text.replace('Fatima Benali', 'Kandidaat …') : undefined),
    });
    const behind = blinder.deferTextWrites((node) => frontier.hides(node));
    const other = blinder.deferTextWrites('remasks');
    blinder.blindNow(document.body);
    other();
    const links = [...document.querySelectorAll('tbody a')];
    expect(links[0]!.textContent).toBe('Kandidaat … 0');
    // The page's own text is still there for the read of the rest.
    expect(links[20]!.textContent).toBe('Fatima Benali 20');
    behind();
    expect(links[20]!.textContent).toBe('Kandidaat … 20');
  });
});

describe('inSequence', () => {
  it('runs passes one after another and stops between them when told to yield', () => {
    const ran: number[] = [];
    const pass = (id: number) => () => ({ run: () => (ran.push(id), true) });
    const sequence = inSequence([pass(1), pass(2), pass(3)]);
    expect(sequence.run(() => true)).toBe(false);
    expect(ran).toEqual([1]);
    expect(sequence.run()).toBe(true);
    expect(ran).toEqual([1, 2, 3]);
  });
});
