import { browser } from 'wxt/browser';

/**
 * Reads the organisation's policy from managed storage without ever leaving settings waiting on it
 * (docs/decisions.md#policy-never-blocks). Chromium answers the first `storage.managed.get()` of a
 * browser session only once its policy service is ready: about 2.5 s after start in headless
 * Chromium, and now and then never. Settings, the registration of content scripts and every
 * screening session wait for the policy, so a read that hangs would leave every switched-on site
 * without its scripts.
 *
 * So a read gets a deadline. Until it answers, the last policy this browser read (kept in
 * `storage.local`, a copy of managed data, never the user's own) stands in, or no policy at all on
 * a first start. A read that answers late and differs tells the listeners, which load the settings
 * again: the policy then applies a moment late, never not at all. Once a read missed its deadline,
 * later calls do not wait for it again; a read that never answers is started afresh after a while.
 */
export type RawPolicy = Record<string, unknown>;

/** Where the last policy read is kept, for the moments before the browser answers. */
export const LAST_POLICY_KEY = 'lastManagedPolicy';
/** The first read of a session, with no earlier copy: long enough for a normal start. */
const FIRST_READ_DEADLINE_MS = 3000;
/** Later reads, with a copy at hand: a normal read takes a few milliseconds. */
const READ_DEADLINE_MS = 300;
/** A read older than this has hung: the next call starts another. */
const HUNG_READ_MS = 15_000;

interface Read {
  answer: Promise<RawPolicy>;
  startedAt: number;
  /** The deadline passed once: later calls take the copy at once. */
  late: boolean;
}

let read: Read | undefined;
let copy: RawPolicy | undefined;
const lateListeners = new Set<() => void>();

const isRecord = (value: unknown): value is RawPolicy => typeof value === 'object' && value !== null && !Array.isArray(value);
const same = (a: RawPolicy | undefined, b: RawPolicy) => JSON.stringify(a ?? {}) === JSON.stringify(b);

async function storedCopy(): Promise<RawPolicy | undefined> {
  try {
    const stored = (await browser.storage.local.get(LAST_POLICY_KEY))[LAST_POLICY_KEY];
    return isRecord(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

function startRead(managed: NonNullable<typeof browser.storage.managed>): Read {
  const started: Read = { startedAt: Date.now(), late: false, answer: Promise.resolve({}) };
  // Firefox rejects the read when no policy is installed: that means "no policy".
  started.answer = managed.get().then(
    (raw) => (isRecord(raw) ? raw : {}),
    () => ({}),
  );
  void started.answer.then(async (raw) => {
    if (read === started) read = undefined;
    const changed = !same(copy, raw);
    copy = raw;
    if (!changed) return;
    await browser.storage.local.set({ [LAST_POLICY_KEY]: raw }).catch(() => undefined);
    // Someone was given the copy in the meantime: they load the settings again.
    if (started.late) for (const listener of lateListeners) listener();
  });
  return started;
}

/** The policy as managed storage holds it ({} for none), within a deadline. */
export async function readManagedRaw(): Promise<RawPolicy> {
  const managed = browser.storage.managed;
  if (managed === undefined) return {};
  if (read === undefined || Date.now() - read.startedAt > HUNG_READ_MS) read = startRead(managed);
  const current = read;
  copy ??= await storedCopy();
  if (current.late) return copy ?? {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), copy === undefined ? FIRST_READ_DEADLINE_MS : READ_DEADLINE_MS);
  });
  const answer = await Promise.race([current.answer, deadline]);
  clearTimeout(timer);
  if (answer !== undefined) return answer;
  current.late = true;
  return copy ?? {};
}

/** Called when a read that missed its deadline answers with another policy than the one used. */
export function onLatePolicy(listener: () => void): () => void {
  lateListeners.add(listener);
  return () => lateListeners.delete(listener);
}

/** Forget the reads of this context (tests). */
export function resetManagedReads(): void {
  read = undefined;
  copy = undefined;
}
