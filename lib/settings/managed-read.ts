import { browser } from 'wxt/browser';

/**
 * Reading the organisation's policy without waiting for ever. Chromium's `storage.managed.get()`
 * sometimes never answers (seen in Debian's headless Chromium 156, with and without a policy
 * file), and everything that needs the settings waits for it: one unanswered read kept the content
 * scripts from ever being registered. So a read gets a deadline. Past it, the last answer (or "no
 * policy") is used, a fresh read is tried next time, and a late answer is announced so whoever
 * watches the settings reads them again with it.
 */
export const MANAGED_READ_DEADLINE_MS = 1500;

type ManagedValues = Record<string, unknown>;

let lastAnswer: ManagedValues | undefined;
let pending: { read: Promise<ManagedValues>; startedAt: number } | undefined;
const lateAnswerListeners = new Set<() => void>();

async function askBrowser(): Promise<ManagedValues> {
  try {
    return (await browser.storage.managed?.get()) ?? {};
  } catch {
    // Firefox rejects the read when no policy is installed; some browsers have no managed storage.
    return {};
  }
}

function currentRead(deadlineMs: number): Promise<ManagedValues> {
  // A read that outlived its deadline may never answer: start another beside it.
  if (pending === undefined || Date.now() - pending.startedAt > deadlineMs) {
    const read = askBrowser().then((values) => {
      lastAnswer = values;
      if (pending?.read === read) pending = undefined;
      return values;
    });
    pending = { read, startedAt: Date.now() };
  }
  return pending.read;
}

/** The values in managed storage, or the last known ones when the browser does not answer in time. */
export async function readManagedStorage(deadlineMs = MANAGED_READ_DEADLINE_MS): Promise<ManagedValues> {
  const read = currentRead(deadlineMs);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), deadlineMs);
  });
  const answer = await Promise.race([read, deadline]);
  clearTimeout(timer);
  if (answer !== undefined) return answer;
  void read.then(() => {
    for (const listener of lateAnswerListeners) listener();
  });
  return lastAnswer ?? {};
}

/** Be told when a read that missed its deadline answers after all. Returns an unsubscribe. */
export function onLateManagedAnswer(listener: () => void): () => void {
  lateAnswerListeners.add(listener);
  return () => lateAnswerListeners.delete(listener);
}
