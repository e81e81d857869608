import type { BlindingPass, DomBlinder } from './dom-blinder';
import type { PaintHold, PaintHolds } from './hold-paint';
import type { PageChanges } from './mutation-changes';

/**
 * Schedules the blinding work of one document so that no task runs long (architecture principle
 * 8: never block the main thread for 50 ms) and nothing unmasked is painted.
 *
 * A batch of page changes is blinded in the observer's callback (a microtask, before the next
 * paint) while it fits its budget; what is left goes into one FIFO queue that works in slices of
 * `sliceMs` between tasks. Every queued item takes its own paint hold and gives it back when that
 * item is done, so a batch that finishes early never lets the page paint while a later one still
 * has unmasked nodes.
 */
export interface BlindQueueOptions {
  blinder: Pick<DomBlinder, 'pass' | 'blindText' | 'blindAttribute'>;
  holds: PaintHolds;
  sliceMs?: number;
  now?: () => number;
  /** Resolves in a later task, so the browser can paint (held) and handle input in between. */
  nextTask?: () => Promise<void>;
  /** A pass threw: the item is dropped (its hold kept until the handler has answered). */
  onError?: (error: unknown) => void;
}

export interface BlindQueue {
  /** Blind a batch: in this task while it fits `budgetMs`, the rest in slices with painting held. */
  handle: (changes: PageChanges, budgetMs: number) => void;
  /**
   * A pass over `root` in slices, queued after the work already waiting; painting is held while it
   * runs when `hold`. A request for a root whose pass is queued but not started joins that pass.
   */
  pass: (root: Node, hold: boolean) => Promise<void>;
  /** Any resumable work (reading names), queued and held like a pass. */
  work: (make: () => BlindingPass, hold: boolean) => Promise<void>;
  /** Resolves once nothing is queued. */
  idle: () => Promise<void>;
  readonly busy: boolean;
  /** Drop every queued item and give back its hold (the script stops or pauses). */
  clear: () => void;
}

interface Item {
  root?: Node;
  make: () => BlindingPass;
  pass?: BlindingPass;
  hold?: PaintHold;
  done: Promise<void>;
  resolve: () => void;
}

const SLICE_MS = 12;

// One channel for every wait: opening a channel per slice costs more than the message. Messages
// arrive in the order they were sent, so each one resolves the oldest wait.
let channel: MessageChannel | undefined;
const waiting: (() => void)[] = [];

interface TaskScheduler {
  postTask: (task: () => void, options: { priority: 'user-blocking' }) => Promise<void>;
}

/**
 * The next task of ours. Where the browser has `scheduler.postTask` (Chromium), at user-blocking
 * priority: while a long page is parsed, ordinary tasks take turns with the parser's, and the top
 * of the page would be shown only once all of it is parsed (screening README, stop 24).
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<TaskScheduler> }).scheduler;
  if (scheduler?.postTask !== undefined) return scheduler.postTask(() => undefined, { priority: 'user-blocking' });
  return new Promise((resolve) => {
    if (channel === undefined) {
      channel = new MessageChannel();
      channel.port1.onmessage = () => waiting.shift()?.();
    }
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}

export function createBlindQueue(options: BlindQueueOptions): BlindQueue {
  const { blinder, holds } = options;
  const sliceMs = options.sliceMs ?? SLICE_MS;
  const now = options.now ?? (() => performance.now());
  const waitForTask = options.nextTask ?? nextTask;
  const queue: Item[] = [];
  let draining = false;

  function enqueue(root: Node | undefined, make: () => BlindingPass, hold: boolean, started?: BlindingPass, immediate = false): Item {
    let resolve!: () => void;
    const done = new Promise<void>((resolveDone) => (resolve = resolveDone));
    const item: Item = { make, done, resolve };
    if (root !== undefined) item.root = root;
    if (started !== undefined) item.pass = started;
    if (hold) item.hold = holds.hold();
    place(item);
    void drain(immediate);
    return item;
  }

  // Held work goes before work that may run while the page paints (new pseudonym numbers), so the
  // page is held no longer than its own unmasked nodes need. Passes can resume, so putting an
  // unheld pass aside half-way is safe.
  function place(item: Item): void {
    const firstUnheld = item.hold === undefined ? -1 : queue.findIndex((queued) => queued.hold === undefined);
    if (firstUnheld === -1) queue.push(item);
    else queue.splice(firstUnheld, 0, item);
  }

  // A pass can queue held work while it runs (a frame's names call for a fresh pass), and held
  // work goes before an unheld pass: the item that just ran is no longer necessarily the first.
  function remove(item: Item): void {
    const index = queue.indexOf(item);
    if (index !== -1) queue.splice(index, 1);
  }

  function finish(item: Item): void {
    item.hold?.release();
    item.resolve();
  }

  /** `immediate`: the first slice runs in the caller's task (a fresh pass), else in the next one. */
  async function drain(immediate: boolean): Promise<void> {
    if (draining) return;
    draining = true;
    let wait = !immediate;
    try {
      while (queue.length > 0) {
        if (wait) await waitForTask();
        wait = true;
        const started = now();
        const outOfTime = () => now() - started > sliceMs;
        while (queue.length > 0) {
          const item = queue[0]!;
          try {
            item.pass ??= item.make();
            if (!item.pass.run(outOfTime)) break;
          } catch (error) {
            remove(item);
            options.onError?.(error);
            finish(item);
            continue;
          }
          remove(item);
          finish(item);
          if (outOfTime()) break;
        }
      }
    } finally {
      draining = false;
    }
  }

  return {
    handle(changes, budgetMs) {
      const started = now();
      const outOfBudget = () => now() - started > budgetMs;
      for (const text of changes.texts) blinder.blindText(text);
      for (const [element, name] of changes.attributes) blinder.blindAttribute(element, name);
      for (let index = 0; index < changes.added.length; index += 1) {
        const root = changes.added[index]!;
        // Held work is waiting already: this batch goes after it, held too, so it cannot be
        // painted first.
        if (queue[0]?.hold !== undefined) {
          enqueue(root, () => blinder.pass(root), true);
          continue;
        }
        const pass = blinder.pass(root);
        if (!pass.run(outOfBudget)) enqueue(root, () => pass, true, pass);
      }
    },
    pass(root, hold) {
      const waiting = queue.find((item) => item.root === root && item.pass === undefined);
      if (waiting !== undefined) {
        if (hold && waiting.hold === undefined) {
          waiting.hold = holds.hold();
          queue.splice(queue.indexOf(waiting), 1);
          place(waiting);
        }
        return waiting.done;
      }
      return enqueue(root, () => blinder.pass(root), hold, undefined, true).done;
    },
    work(make, hold) {
      return enqueue(undefined, make, hold, undefined, true).done;
    },
    async idle() {
      while (queue.length > 0) await queue[queue.length - 1]!.done;
    },
    get busy() {
      return queue.length > 0;
    },
    clear() {
      for (const item of queue.splice(0)) finish(item);
    },
  };
}
