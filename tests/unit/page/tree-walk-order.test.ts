import { describe, expect, it } from 'vitest';
import { nextElementIn, nextNodeIn } from '../../../lib/page/tree-walk';

function tree() {
  document.body.innerHTML =
    '<div id="root"><p id="a">one<b id="b">two</b></p><!--note--><ul id="c"><li id="d">three</li></ul></div><p id="after">four</p>';
  return document.getElementById('root')!;
}

const label = (node: Node) => (node.nodeType === 1 ? (node as Element).id : node.nodeType === 3 ? `"${node.nodeValue}"` : '#comment');

describe('walking a subtree in document order', () => {
  it('visits every node under the root once, in order, and never leaves the root', () => {
    const root = tree();
    const seen: string[] = [];
    for (let node = nextNodeIn(root, root, true); node !== null; node = nextNodeIn(root, node, true)) seen.push(label(node));
    expect(seen).toEqual(['a', '"one"', 'b', '"two"', '#comment', 'c', 'd', '"three"']);
  });

  it("steps over a node's children when told not to enter it", () => {
    const root = tree();
    const seen: string[] = [];
    for (let node = nextNodeIn(root, root, true); node !== null; node = nextNodeIn(root, node, label(node) !== 'a')) seen.push(label(node));
    expect(seen).toEqual(['a', '#comment', 'c', 'd', '"three"']);
  });

  it('walks elements only, also from a shadow root, and skips a subtree on request', () => {
    const root = tree();
    const seen: string[] = [];
    for (let element = nextElementIn(root, root, true); element !== null; element = nextElementIn(root, element, element.id !== 'c'))
      seen.push(element.id);
    expect(seen).toEqual(['a', 'b', 'c']);
    const host = document.createElement('x-card');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<h2 id="s1">Name</h2><p id="s2"><span id="s3">x</span></p>';
    const inShadow: string[] = [];
    for (let element = shadow.firstElementChild; element !== null; element = nextElementIn(shadow, element, true))
      inShadow.push(element.id);
    expect(inShadow).toEqual(['s1', 's2', 's3']);
  });

  it('ends the walk when the current node was removed from the page', () => {
    const root = tree();
    const a = document.getElementById('a')!;
    a.remove();
    expect(nextNodeIn(root, a, false)).toBeNull();
  });
});
