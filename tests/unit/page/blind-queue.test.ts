import { afterEach, describe, expect, it } from 'vitest';
import { createBlindQueue, nextTask } from '../../../lib/page/blind-queue';
import { createDomBlinder, type MaskFunction } from '../../../lib/page/dom-blinder';
import { createPaintHolds } from '../../../lib/page/hold-paint';
import { collectChanges } from '../../../lib/page/mutation-changes';

const mask: MaskFunction = (text) => (text.includes('Benali') ? text.replaceAll('Benali', 'Kandidaat 1') : undefined);

/** A clock that moves 1 ms per reading, and tasks that run only when the test says so. */
function harness() {
  let time = 0;
  const waiting: (() => void)[] = [];
  const holds = createPaintHolds(document);
  const blinder = createDomBlinder({ mask });
  const queue = createBlindQueue({
    blinder,
    holds,
    sliceMs: 12,
    now: () => (time += 1),
    nextTask: () => new Promise<void>((resolve) => waiting.push(resolve)),
  });
  const runTask = async () => {
    waiting.shift()?.();
    // Let the queue's continuation run up to its next wait.
    for (let index = 0; index < 5; index += 1) await Promise.resolve();
  };
  return { holds, blinder, queue, runTask, hasTask: () => waiting.length > 0 };
}

function rows(count: number, label: string): HTMLElement {
  const list = document.createElement('ul');
  for (let index = 0; index < count; index += 1) {
    const item = document.createElement('li');
    item.textContent = `${label} ${index} Benali`;
    list.append(item);
  }
  return list;
}

const unmasked = () => document.body.textContent?.includes('Benali') === true;

describe('createBlindQueue', () => {
  afterEach(() => document.body.replaceChildren());

  it('keeps painting held until the last of two overlapping slow batches is done', async () => {
    const { holds, queue, runTask, hasTask } = harness();
    const first = rows(300, 'a');
    const second = rows(3000, 'b');
    const observer = new MutationObserver(() => undefined);
    observer.observe(document.body, { childList: true, subtree: true });
    document.body.append(first);
    queue.handle(collectChanges(observer.takeRecords()), 0);
    document.body.append(second);
    queue.handle(collectChanges(observer.takeRecords()), 0);
    expect(holds.held).toBe(true);
    let firstDoneWhileSecondOpen = false;
    while (hasTask()) {
      await runTask();
      // The invariant: whenever the page may paint, nothing is left unmasked.
      if (!holds.held) expect(unmasked()).toBe(false);
      if (!first.textContent!.includes('Benali') && second.textContent!.includes('Benali')) firstDoneWhileSecondOpen = true;
    }
    expect(firstDoneWhileSecondOpen).toBe(true);
    expect(unmasked()).toBe(false);
    expect(holds.held).toBe(false);
    expect(queue.busy).toBe(false);
  });

  it('blinds a small batch in the same task without holding painting', () => {
    const { holds, queue, hasTask } = harness();
    const observer = new MutationObserver(() => undefined);
    observer.observe(document.body, { childList: true, subtree: true });
    document.body.append(rows(5, 'c'));
    queue.handle(collectChanges(observer.takeRecords()), 1000);
    expect(unmasked()).toBe(false);
    expect(holds.held).toBe(false);
    expect(hasTask()).toBe(false);
  });

  it('joins a requested pass that has not started yet, and holds painting if either asked for it', async () => {
    const { holds, queue, runTask, hasTask } = harness();
    const observer = new MutationObserver(() => undefined);
    observer.observe(document.body, { childList: true, subtree: true });
    document.body.append(rows(3000, 'd'));
    queue.handle(collectChanges(observer.takeRecords()), 0);
    expect(holds.count).toBe(1);
    const one = queue.pass(document.body, false);
    const two = queue.pass(document.body, true);
    expect(holds.count).toBe(2);
    while (hasTask()) await runTask();
    await Promise.all([one, two]);
    expect(unmasked()).toBe(false);
    expect(holds.held).toBe(false);
  });

  it('runs and releases held work that an unheld pass queues while it runs (a frame found during a pass)', async () => {
    const { holds, queue, runTask } = harness();
    document.body.append(rows(3, 'Rij'));
    let inner: Promise<void> | undefined;
    const outer = queue.work(
      () => ({
        run: () => {
          // Held work queued from inside a running unheld pass goes before it in the queue.
          inner ??= queue.pass(document.body, true);
          return true;
        },
      }),
      false,
    );
    for (let index = 0; index < 10 && holds.held; index += 1) await runTask();
    await outer;
    expect(holds.held).toBe(false);
    expect(unmasked()).toBe(false);
    await inner;
  });

  it("runs the first slice of a fresh pass in the caller's task", () => {
    const { queue } = harness();
    document.body.append(rows(3, 'e'));
    void queue.pass(document.body, true);
    expect(unmasked()).toBe(false);
  });
});

describe('createPaintHolds', () => {
  it('counts holds: the page paints again only when every hold is given back, and a second release does nothing', () => {
    const holds = createPaintHolds(document);
    const styleCount = () => document.querySelectorAll('style').length;
    const before = styleCount();
    const a = holds.hold();
    const b = holds.hold();
    expect(styleCount()).toBe(before + 1);
    a.release();
    a.release();
    expect(holds.held).toBe(true);
    expect(styleCount()).toBe(before + 1);
    b.release();
    expect(holds.held).toBe(false);
    expect(styleCount()).toBe(before);
  });

  it('tells its listeners once when the last hold is given back, not for each release', () => {
    const holds = createPaintHolds(document);
    let shown = 0;
    holds.onReleased(() => (shown += 1));
    const a = holds.hold();
    const b = holds.hold();
    a.release();
    expect(shown).toBe(0);
    b.release();
    b.release();
    expect(shown).toBe(1);
    holds.hold().release();
    expect(shown).toBe(2);
  });
});

describe('nextTask', () => {
  it('resolves each wait in a later task, in the order they were asked', async () => {
    const order: string[] = [];
    const waits = [nextTask().then(() => order.push('first')), nextTask().then(() => order.push('second'))];
    void Promise.resolve().then(() => order.push('microtask'));
    await Promise.all(waits);
    expect(order).toEqual(['microtask', 'first', 'second']);
    // The channel is kept: later waits still resolve.
    await nextTask();
  });
});
