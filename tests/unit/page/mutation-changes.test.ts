import { describe, expect, it } from 'vitest';
import { collectChanges } from '../../../lib/page/mutation-changes';

function record(partial: Partial<MutationRecord>): MutationRecord {
  return { addedNodes: [] as unknown as NodeList, removedNodes: [] as unknown as NodeList, attributeName: null, target: document.body, type: 'childList', ...partial } as MutationRecord;
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
    const withAdded = collectChanges([record({ addedNodes: [outer] as unknown as NodeList }), record({ type: 'characterData', target: text })]);
    expect(withAdded.texts).toEqual([]);
    expect(withAdded.size).toBe(1);
  });
});
