import { describe, expect, it } from 'vitest';
import { changedElements, changesWithout, collectChanges, recordWithin, touchesTitle } from '../../../lib/page/mutation-changes';

function record(partial: Partial<MutationRecord>): MutationRecord {
  return {
    addedNodes: [] as unknown as NodeList,
    removedNodes: [] as unknown as NodeList,
    attributeName: null,
    target: document.body,
    type: 'childList',
    ...partial,
  } as MutationRecord;
}

describe('collectChanges', () => {
  it('drops added nodes inside other added nodes, and nodes no longer in the page', () => {
    const outer = document.createElement('div');
    const inner = document.createElement('span');
    outer.append(inner);
    const gone = document.createElement('p');
    document.body.replaceChildren(outer);
    const changes = collectChanges([record({ addedNodes: [outer, inner, gone] as unknown as NodeList })]);
    expect(changes.added).toEqual([outer]);
  });

  it('lists each changed text and attribute once, and skips those inside new subtrees', () => {
    const outer = document.createElement('div');
    const text = document.createTextNode('a');
    const link = document.createElement('a');
    outer.append(text);
    document.body.replaceChildren(outer, link);
    const changes = collectChanges([
      record({ type: 'characterData', target: text }),
      record({ type: 'attributes', target: link, attributeName: 'title' }),
      record({ type: 'attributes', target: link, attributeName: 'title' }),
      record({ type: 'characterData', target: text }),
    ]);
    expect(changes.texts).toEqual([text]);
    expect(changes.attributes).toEqual([[link, 'title']]);
    const withAdded = collectChanges([
      record({ addedNodes: [outer] as unknown as NodeList }),
      record({ type: 'characterData', target: text }),
    ]);
    expect(withAdded.texts).toEqual([]);
    expect(withAdded.size).toBe(1);
  });

  it('leaves out the texts and attributes that show our own writes, the elements we added, and any change a caller leaves out', () => {
    const ours = document.createTextNode('Kandidaat 4');
    const page = document.createTextNode('Bram Oost');
    const link = document.createElement('a');
    const later = document.createElement('tr');
    const ourStyle = document.createElement('style');
    ourStyle.textContent = '.photo{visibility:hidden}';
    document.body.replaceChildren(ours, page, link, later, ourStyle);
    const changes = collectChanges(
      [
        record({ type: 'characterData', target: ours }),
        record({ type: 'characterData', target: page }),
        record({ type: 'attributes', target: link, attributeName: 'title' }),
        record({ type: 'attributes', target: link, attributeName: 'href' }),
        record({ addedNodes: [later, ourStyle] as unknown as NodeList }),
        record({ type: 'characterData', target: ourStyle.firstChild! }),
      ],
      (target, attribute) => target === ours || attribute === 'title',
      (element) => element === ourStyle,
    );
    expect(changes.texts).toEqual([page]);
    expect(changes.attributes).toEqual([[link, 'href']]);
    expect(changes.size).toBe(3);
    const outsideLater = changesWithout(changes, (node) => node === later || node === link);
    expect(outsideLater).toEqual({ added: [], texts: [page], attributes: [], size: 1 });
  });
});

describe('collectChanges across links and shadow roots', () => {
  it('walks up through an <a> (which has a `host` property) and out of a shadow root', () => {
    const link = document.createElement('a');
    link.href = 'https://example.nl/x';
    const text = document.createTextNode('naam');
    link.append(text);
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('p');
    shadow.append(inner);
    document.body.replaceChildren(link, host);
    expect(collectChanges([record({ type: 'characterData', target: text })]).texts).toEqual([text]);
    const changes = collectChanges([record({ addedNodes: [host, inner] as unknown as NodeList })]);
    expect(changes.added).toEqual([host]);
  });
});

describe('changedElements', () => {
  it("reads the element of a text written into it: a changed text, or a new text node (a recycled row's textContent)", () => {
    const row = document.createElement('div');
    const cell = document.createElement('span');
    const heading = document.createElement('h2');
    const added = document.createElement('p');
    row.append(cell);
    document.body.replaceChildren(row, heading, added);
    const old = document.createTextNode('Reactie laden…');
    cell.append(old);
    const fresh = document.createTextNode('王芳');
    heading.append(fresh);
    const changes = collectChanges([
      record({ type: 'characterData', target: old }),
      record({ target: heading, addedNodes: [fresh] as unknown as NodeList }),
      record({ addedNodes: [added] as unknown as NodeList }),
    ]);
    expect(changedElements(changes)).toEqual([added, cell, heading]);
  });

  it('reads a dialog again once it is opened, not when it is closed (set AA: a lobby shown with showModal)', () => {
    const shown = document.createElement('dialog');
    const closed = document.createElement('details');
    shown.setAttribute('open', '');
    document.body.replaceChildren(shown, closed);
    const changes = collectChanges([
      record({ type: 'attributes', target: shown, attributeName: 'open' }),
      record({ type: 'attributes', target: closed, attributeName: 'open' }),
    ]);
    expect(changedElements(changes)).toEqual([shown]);
  });
});

describe('touchesTitle', () => {
  const title = () => document.createElement('title');
  it('sees a title added anywhere, among other nodes, and a change inside a title', () => {
    const heading = document.createElement('h1');
    expect(touchesTitle(record({ addedNodes: [heading, title()] as unknown as NodeList }))).toBe(true);
    expect(touchesTitle(record({ target: document.head, addedNodes: [title()] as unknown as NodeList }))).toBe(true);
    const inTitle = title();
    inTitle.append('Fatima Benali');
    expect(touchesTitle(record({ type: 'characterData', target: inTitle.firstChild! }))).toBe(true);
    expect(touchesTitle(record({ target: inTitle }))).toBe(true);
  });

  it('leaves other records alone: an attribute, text elsewhere, an SVG title', () => {
    const svgTitle = document.createElementNS('http://www.w3.org/2000/svg', 'title');
    expect(touchesTitle(record({ addedNodes: [document.createElement('p'), svgTitle] as unknown as NodeList }))).toBe(false);
    expect(touchesTitle(record({ type: 'attributes', attributeName: 'class', target: document.body }))).toBe(false);
    const paragraph = document.createElement('p');
    paragraph.append('Fatima');
    expect(touchesTitle(record({ type: 'characterData', target: paragraph.firstChild! }))).toBe(false);
  });
});

describe('recordWithin', () => {
  it('is true when the target, or every node a record only added, lies in the area asked about', () => {
    document.body.innerHTML = '<table><tbody><tr id="top"><td>Naam</td></tr><tr id="rest"><td>Fatima</td></tr></tbody></table>';
    const rest = document.getElementById('rest')!;
    const inRest = (node: Node) => node === rest || rest.contains(node);
    const late = document.createElement('tr');
    rest.append(late);
    const body = document.querySelector('tbody')!;
    expect(recordWithin(record({ target: rest.firstChild!, addedNodes: [] as unknown as NodeList }), inRest)).toBe(true);
    expect(recordWithin(record({ target: body, addedNodes: [late] as unknown as NodeList }), inRest)).toBe(true);
    const other = document.createElement('tr');
    body.prepend(other);
    expect(recordWithin(record({ target: body, addedNodes: [late, other] as unknown as NodeList }), inRest)).toBe(false);
    // A removal outside the area changes what is outside it.
    expect(
      recordWithin(
        record({ target: body, addedNodes: [late] as unknown as NodeList, removedNodes: [other] as unknown as NodeList }),
        inRest,
      ),
    ).toBe(false);
    expect(recordWithin(record({ type: 'attributes', target: document.getElementById('top')! }), inRest)).toBe(false);
  });
});
