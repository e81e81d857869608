import { describe, expect, it } from 'vitest';
import { afterNextLayout } from '../../../lib/page/after-layout';

/** A window whose animation frames and resize observations the test runs by hand. */
function fakeView(withResizeObserver: boolean) {
  const frames: (() => void)[] = [];
  const observers: { callback: () => void; observed: Element[]; connected: boolean }[] = [];
  class FakeResizeObserver {
    entry = { callback: () => undefined as void, observed: [] as Element[], connected: true };
    constructor(callback: () => void) {
      this.entry.callback = callback;
      observers.push(this.entry);
    }
    observe(element: Element) {
      this.entry.observed.push(element);
    }
    disconnect() {
      this.entry.connected = false;
    }
  }
  const view = {
    requestAnimationFrame: (callback: () => void) => frames.push(callback),
    cancelAnimationFrame: (id: number) => (frames[id - 1] = () => undefined),
    ...(withResizeObserver ? { ResizeObserver: FakeResizeObserver } : {}),
  };
  const doc = { defaultView: view, documentElement: document.documentElement } as unknown as Document;
  const runFrames = () => frames.splice(0).forEach((callback) => callback());
  /** The browser's layout is done: report every live observation made so far. */
  const laidOut = () => observers.filter((entry) => entry.connected && entry.observed.length > 0).forEach((entry) => entry.callback());
  return { doc, observers, runFrames, laidOut };
}

describe('afterNextLayout', () => {
  it('observes the document element in the next animation frame and runs once its layout is reported', () => {
    const { doc, observers, runFrames, laidOut } = fakeView(true);
    let runs = 0;
    afterNextLayout(doc, () => (runs += 1));
    expect(observers).toHaveLength(0);
    runFrames();
    expect(observers[0]?.observed).toEqual([document.documentElement]);
    expect(runs).toBe(0);
    laidOut();
    expect(runs).toBe(1);
    expect(observers[0]?.connected).toBe(false);
    laidOut();
    expect(runs).toBe(1);
  });

  it('runs nothing once cancelled, before or after the frame', () => {
    for (const cancelAfterFrame of [false, true]) {
      const { doc, runFrames, laidOut } = fakeView(true);
      let runs = 0;
      const cancel = afterNextLayout(doc, () => (runs += 1));
      if (cancelAfterFrame) runFrames();
      cancel();
      runFrames();
      laidOut();
      expect(runs).toBe(0);
    }
  });

  it('runs in the animation frame where there is no ResizeObserver', () => {
    const { doc, runFrames } = fakeView(false);
    let runs = 0;
    afterNextLayout(doc, () => (runs += 1));
    expect(runs).toBe(0);
    runFrames();
    expect(runs).toBe(1);
  });
});
