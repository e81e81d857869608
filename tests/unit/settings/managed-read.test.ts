import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LAST_POLICY_KEY, onLatePolicy, readManagedRaw, resetManagedReads } from '../../../lib/settings/managed-read';
import { SETTINGS_KEY } from '../../../lib/settings/schema';
import { loadSettings, watchSettings } from '../../../lib/settings/store';

const acme = { match: 'https://*.acme.nl/*', vacancy: true, screening: true, checklist: false };

/** Managed storage that answers only when `answer` is called (or never). */
function slowManagedStorage() {
  let answer: (value: Record<string, unknown>) => void = () => undefined;
  const get = vi
    .spyOn(fakeBrowser.storage.managed, 'get')
    .mockImplementation(() => new Promise((resolve) => (answer = resolve as (value: Record<string, unknown>) => void)) as never);
  return { get, answer: (value: Record<string, unknown>) => answer(value) };
}

beforeEach(() => {
  resetManagedReads();
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('reading the policy within a deadline', () => {
  test('a prompt answer is used and kept as the last policy seen', async () => {
    await fakeBrowser.storage.managed.set({ language: 'en' });
    expect(await readManagedRaw()).toEqual({ language: 'en' });
    await vi.runAllTimersAsync();
    expect((await fakeBrowser.storage.local.get(LAST_POLICY_KEY))[LAST_POLICY_KEY]).toEqual({ language: 'en' });
  });

  test('a read that never answers: no policy after the first deadline, and later calls do not wait again', async () => {
    const managed = slowManagedStorage();
    const first = readManagedRaw();
    await vi.advanceTimersByTimeAsync(2999);
    let settled = false;
    void first.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await first).toEqual({});
    // The next call answers at once (no timer needs to run), from the same hanging read.
    expect(await readManagedRaw()).toEqual({});
    expect(managed.get).toHaveBeenCalledTimes(1);
  });

  test('with an earlier policy at hand, a hanging read gives that policy after a short wait', async () => {
    await fakeBrowser.storage.local.set({ [LAST_POLICY_KEY]: { sites: [acme] } });
    slowManagedStorage();
    const read = readManagedRaw();
    await vi.advanceTimersByTimeAsync(300);
    expect(await read).toEqual({ sites: [acme] });
  });

  test('a late answer with another policy tells the listeners and is kept', async () => {
    const managed = slowManagedStorage();
    const late = vi.fn();
    const stop = onLatePolicy(late);
    const read = readManagedRaw();
    await vi.advanceTimersByTimeAsync(3000);
    expect(await read).toEqual({});
    managed.answer({ language: 'en' });
    await vi.runAllTimersAsync();
    expect(late).toHaveBeenCalledTimes(1);
    expect((await fakeBrowser.storage.local.get(LAST_POLICY_KEY))[LAST_POLICY_KEY]).toEqual({ language: 'en' });
    stop();
  });

  test('a read that hung is tried again after a while', async () => {
    const managed = slowManagedStorage();
    const read = readManagedRaw();
    await vi.advanceTimersByTimeAsync(3000);
    await read;
    await vi.advanceTimersByTimeAsync(15_001);
    void readManagedRaw();
    expect(managed.get).toHaveBeenCalledTimes(2);
  });
});

describe('settings while the policy is late', () => {
  test('settings load without the policy, and watchers get the policy once it answers', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: undefined });
    const managed = slowManagedStorage();
    const loading = loadSettings();
    await vi.advanceTimersByTimeAsync(3000);
    expect((await loading).settings.sites.some((site) => site.match === acme.match)).toBe(false);
    const seen: string[][] = [];
    const stop = watchSettings((current) => seen.push(current.settings.sites.map((site) => site.match)));
    managed.answer({ sites: [acme] });
    managed.get.mockResolvedValue({ sites: [acme] } as never);
    await vi.runAllTimersAsync();
    expect(seen.at(-1)).toContain(acme.match);
    stop();
  });
});
