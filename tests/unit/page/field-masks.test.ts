import { describe, expect, it } from 'vitest';
import { createFieldMasks } from '../../../lib/page/field-masks';

function setup(hidden: { word: string }, held: () => boolean = () => false) {
  document.body.replaceChildren();
  const input = document.createElement('input');
  input.value = 'Belt Fatima terug';
  const layer = document.createElement('div');
  document.body.append(input, layer);
  const frames: (() => void)[] = [];
  const released: (() => void)[] = [];
  const masks = createFieldMasks({
    mask: (value) => (value.includes(hidden.word) ? value.replace(hidden.word, 'Kandidaat 1') : undefined),
    ranges: () => [],
    layer,
    holds: {
      get held() {
        return held();
      },
      onReleased: (callback) => void released.push(callback),
    },
    nextUpdate: (callback) => void frames.push(callback),
  });
  const runFrame = () => frames.splice(0).forEach((callback) => callback());
  const release = () => released.forEach((callback) => callback());
  return { input, masks, runFrame, layer, release };
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

describe('createFieldMasks while the page is held', () => {
  it('measures nothing while held, keeps looking, and covers the field in the first frame after', () => {
    let held = true;
    const { input, masks, runFrame } = setup({ word: 'Fatima' }, () => held);
    masks.track(input);
    runFrame();
    runFrame();
    expect(masks.shownOver(input)).toBeUndefined();
    held = false;
    runFrame();
    expect(masks.shownOver(input)).toBe('Belt Kandidaat 1 terug');
  });

  it('covers the field in the rendering update right after the hold is given back, not in the task that gives it back', () => {
    let held = true;
    const { input, masks, runFrame, release } = setup({ word: 'Fatima' }, () => held);
    masks.track(input);
    runFrame();
    held = false;
    release();
    // Measuring in the releasing task would force a layout of the whole page just shown.
    expect(masks.shownOver(input)).toBeUndefined();
    runFrame();
    expect(masks.shownOver(input)).toBe('Belt Kandidaat 1 terug');
  });

  it('leaves a field a screen or more away from the viewport unmeasured, and covers it once it comes near', () => {
    const { input, masks, runFrame, layer } = setup({ word: 'Fatima' });
    let top = 5 * window.innerHeight;
    input.getBoundingClientRect = () => ({ left: 10, top, width: 120, height: 24, right: 130, bottom: top + 24, x: 10, y: top }) as DOMRect;
    let styleReads = 0;
    const getComputedStyle = window.getComputedStyle.bind(window);
    window.getComputedStyle = (element: Element) => ((styleReads += element === input ? 1 : 0), getComputedStyle(element));
    try {
      masks.track(input);
      runFrame();
      const box = layer.querySelector<HTMLElement>('.ew-field-mask')!;
      expect(box.style.display).toBe('none');
      expect(styleReads).toBe(0);
      top = 100;
      runFrame();
      expect(box.style.display).toBe('block');
      expect(box.style.top).toBe('100px');
      expect(styleReads).toBeGreaterThan(0);
    } finally {
      window.getComputedStyle = getComputedStyle;
    }
  });

  it("writes a box's style only when its place or look changed", () => {
    const { input, masks, runFrame, layer } = setup({ word: 'Fatima' });
    let left = 10;
    input.getBoundingClientRect = () =>
      ({ left, top: 20, width: 120, height: 24, right: left + 120, bottom: 44, x: left, y: 20 }) as DOMRect;
    masks.track(input);
    runFrame();
    const box = layer.querySelector<HTMLElement>('.ew-field-mask')!;
    expect(box.style.left).toBe('10px');
    const observer = new MutationObserver(() => undefined);
    observer.observe(box, { attributes: true });
    runFrame();
    runFrame();
    expect(observer.takeRecords()).toEqual([]);
    left = 30;
    runFrame();
    expect(observer.takeRecords().length).toBeGreaterThan(0);
    expect(box.style.left).toBe('30px');
  });
});

describe('createFieldMasks: values a script sets without an event', () => {
  it('hands a value on once when a script set it, not one the markup gave', () => {
    document.body.replaceChildren();
    const fromMarkup = document.createElement('input');
    fromMarkup.setAttribute('value', 'Lars Vermeulen');
    const byScript = document.createElement('input');
    const layer = document.createElement('div');
    document.body.append(fromMarkup, byScript, layer);
    const frames: (() => void)[] = [];
    const handed: string[] = [];
    const masks = createFieldMasks({
      mask: () => undefined,
      ranges: () => [],
      layer,
      nextUpdate: (callback) => void frames.push(callback),
      onNewValue: (field) => handed.push((field as HTMLInputElement).value),
    });
    const runFrame = () => frames.splice(0).forEach((callback) => callback());
    masks.track(fromMarkup);
    masks.track(byScript);
    runFrame();
    expect(handed).toEqual([]);
    // "input.value = …" (a grid filled after load, held-out set Z): no attribute, no event.
    byScript.value = 'Mirjam Kőrösi-Tilstra';
    masks.recheck();
    runFrame();
    expect(handed).toEqual(['Mirjam Kőrösi-Tilstra']);
    // Checked again with new rules: the same value is not handed on twice.
    masks.recheck();
    runFrame();
    fromMarkup.value = 'Lars de Vries';
    masks.recheck();
    runFrame();
    expect(handed).toEqual(['Mirjam Kőrösi-Tilstra', 'Lars de Vries']);
  });
});
