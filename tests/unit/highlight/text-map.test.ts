import { describe, expect, it } from 'vitest';
import { buildTextMap, pointAt, rangeFor } from '../../../lib/highlight/text-map';

function dom(markup: string): HTMLElement {
  const root = document.createElement('div');
  // Test-only markup we wrote ourselves.
  root.innerHTML = markup;
  document.body.replaceChildren(root);
  return root;
}

describe('buildTextMap', () => {
  it('separates paragraphs with a blank line and list items with a newline', () => {
    const root = dom('<h2>Wie zoeken wij?</h2><p>Een jonge stagiair.</p><ul><li>Een</li><li>Twee</li></ul>');
    expect(buildTextMap(root).text).toBe('Wie zoeken wij?\n\nEen jonge stagiair.\n\nEen\nTwee');
  });

  it('turns source newlines into spaces so a wrapped sentence stays one sentence', () => {
    const root = dom('<p>een jonge,\n   dynamische stagiair</p>');
    const { text } = buildTextMap(root);
    expect(text).toBe('een jonge,    dynamische stagiair');
    expect(text.length).toBe('een jonge,\n   dynamische stagiair'.length);
  });

  it('leaves out scripts, styles, form fields, hidden parts and excluded elements', () => {
    const root = dom(
      '<p>zichtbaar</p><script>var jong = 1</script><style>p{}</style><textarea>jong</textarea><p hidden>verborgen</p><nav class="x">menu</nav>',
    );
    const { text } = buildTextMap(root, { exclude: (element) => element.matches('nav') });
    expect(text).toBe('zichtbaar');
  });

  it('returns an empty map for an empty element', () => {
    expect(buildTextMap(dom(''))).toEqual({ text: '', segments: [] });
  });
});

describe('rangeFor', () => {
  it('maps offsets across inline elements back to the right text nodes', () => {
    const root = dom('<p>Een <b>jonge</b>, dynamische stagiair</p>');
    const map = buildTextMap(root);
    const start = map.text.indexOf('jonge, dyn');
    const range = rangeFor(map, start, start + 'jonge, dynamische'.length)!;
    expect(range.toString()).toBe('jonge, dynamische');
    expect(range.startContainer.textContent).toBe('jonge');
  });

  it('does not let a range start or end inside a separator', () => {
    const root = dom('<p>eerste</p><p>tweede</p>');
    const map = buildTextMap(root);
    // Offsets 6..8 are the "\n\n" between the paragraphs.
    expect(pointAt(map, 6, 'start')).toMatchObject({ offset: 0 });
    expect(pointAt(map, 7, 'end')).toMatchObject({ offset: 6 });
    expect(rangeFor(map, 6, 8)).toBeUndefined();
    expect(rangeFor(map, 3, 11)!.toString()).toBe('stetwe');
  });

  it('refuses empty, reversed and out-of-text spans', () => {
    const map = buildTextMap(dom('<p>tekst</p>'));
    expect(rangeFor(map, 2, 2)).toBeUndefined();
    expect(rangeFor(map, 4, 2)).toBeUndefined();
    expect(rangeFor(map, 50, 60)).toBeUndefined();
  });

  it('changes nothing in the DOM', () => {
    const root = dom('<p>Een <i>jonge</i> kandidaat</p>');
    const before = root.innerHTML;
    const map = buildTextMap(root);
    rangeFor(map, 4, 9);
    expect(root.innerHTML).toBe(before);
  });

  it('maps a selection that starts and ends inside text nodes', () => {
    const root = dom('<p>Wij zoeken een jonge stagiair voor ons team.</p>');
    const node = root.querySelector('p')!.firstChild as Text;
    const selection = document.createRange();
    selection.setStart(node, 15);
    selection.setEnd(node, 29);
    const map = buildTextMap(root, { within: selection });
    expect(map.text).toBe('jonge stagiair');
    const range = rangeFor(map, 0, 5)!;
    expect(range.startOffset).toBe(15);
    expect(range.toString()).toBe('jonge');
  });
});
