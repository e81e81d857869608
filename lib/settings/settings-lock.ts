/**
 * One writer of the settings item at a time, across every extension context (background, options,
 * popup, dashboard): a pause from a page and an options save at the same moment both land.
 * The Web Locks API is shared by all documents and workers of the extension's origin; where it is
 * missing (unit tests in Node) a queue serialises the writers of this context.
 */
const LOCK_NAME = 'eerlijk-werven-settings';

let queue: Promise<unknown> = Promise.resolve();

export function withSettingsLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  // The lock is released when the task's promise settles; its result is the task's.
  if (locks) return locks.request(LOCK_NAME, task) as Promise<T>;
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}
