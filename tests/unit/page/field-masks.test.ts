import { describe, expect, it } from 'vitest';
import { createFieldMasks } from '../../../lib/page/field-masks';

function setup(hidden: { word: string }) {
  document.body.replaceChildren();
  const input = document.createElement('input');
  input.value = 'Belt Fatima terug';
  const layer = document.createElement('div');
  document.body.append(input, layer);
  const frames: (() => void)[] = [];
  const masks = createFieldMasks({
    mask: (value) => (value.includes(hidden.word) ? value.replace(hidden.word, 'Kandidaat 1') : undefined),
    ranges: () => [],
    layer,
    requestFrame: (callback) => frames.push(callback),
  });
  const runFrame = () => frames.splice(0).forEach((callback) => callback());
  return { input, masks, runFrame };
}

describe('createFieldMasks: recheck', () => {
  it('masks a value again with new rules in the next frame callback, before that frame is painted', () => {
    const hidden = { word: 'Nobody' };
    const { input, masks, runFrame } = setup(hidden);
    masks.track(input);
    runFrame();
    expect(masks.shownOver(input)).toBeUndefined();
    // A new name is found: the rules change, the field is checked again.
    hidden.word = 'Fatima';
    masks.recheck();
    expect(masks.shownOver(input)).toBeUndefined();
    runFrame();
    expect(masks.shownOver(input)).toBe('Belt Kandidaat 1 terug');
    expect(masks.coveredCount).toBe(1);
  });

  it('uncovers a value the new rules no longer hide (a reveal)', () => {
    const hidden = { word: 'Fatima' };
    const { input, masks, runFrame } = setup(hidden);
    masks.track(input);
    runFrame();
    expect(masks.shownOver(input)).toBe('Belt Kandidaat 1 terug');
    hidden.word = 'Nobody';
    masks.recheck();
    runFrame();
    expect(masks.shownOver(input)).toBeUndefined();
    expect(masks.coveredCount).toBe(0);
  });
});
