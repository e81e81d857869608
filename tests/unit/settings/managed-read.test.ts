import { afterEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SETTINGS_KEY } from '../../../lib/settings/schema';

/** Fresh copies of the modules: the last managed answer is remembered per module instance. */
async function freshModules() {
  vi.resetModules();
  const read = await import('../../../lib/settings/managed-read');
  const store = await import('../../../lib/settings/store');
  return { ...read, ...store };
}

/** A managed storage whose reads answer only when the test says so (Chromium's read can hang). */
function stallManagedReads() {
  const answers: Array<(values: Record<string, unknown>) => void> = [];
  const get = vi.fn(() => new Promise<Record<string, unknown>>((resolve) => answers.push(resolve)));
  vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation(get as never);
  return { get, answerAll: (values: Record<string, unknown>) => answers.splice(0).forEach((answer) => answer(values)) };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('reading managed storage with a deadline', () => {
  test('an answer in time is used as it is', async () => {
    const { readManagedStorage } = await freshModules();
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({ language: 'en' } as never);
    expect(await readManagedStorage(50)).toEqual({ language: 'en' });
  });

  test('a read that never answers gives "no policy" after the deadline, and settings still load', async () => {
    const { readManagedStorage, loadSettings } = await freshModules();
    stallManagedReads();
    expect(await readManagedStorage(20)).toEqual({});
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 1, language: 'en', sites: [] } });
    const loaded = await loadSettings();
    expect(loaded.settings.language).toBe('en');
    expect(loaded.managed.locks).toEqual(expect.any(Object));
  });

  test('a late answer is remembered, announced, and applied by whoever watches the settings', async () => {
    const { readManagedStorage, onLateManagedAnswer, watchSettings } = await freshModules();
    const stalled = stallManagedReads();
    const late = vi.fn();
    const stopLate = onLateManagedAnswer(late);
    const watched = vi.fn();
    const stopWatching = watchSettings(watched);
    expect(await readManagedStorage(10)).toEqual({});
    stalled.answerAll({ language: 'en' });
    await vi.waitFor(() => expect(late).toHaveBeenCalled());
    // The watcher's own read stalls too, so it gets the late answer once its deadline passes.
    await vi.waitFor(() => expect(watched).toHaveBeenCalled(), { timeout: 5000 });
    expect(watched.mock.calls.at(-1)![0].settings.language).toBe('en');
    // The next read that stalls falls back to the late answer rather than to nothing.
    expect(await readManagedStorage(10)).toEqual({ language: 'en' });
    stopLate();
    stopWatching();
  });

  test('a read past its deadline does not block the next one from asking again', async () => {
    const { readManagedStorage } = await freshModules();
    const stalled = stallManagedReads();
    await readManagedStorage(5);
    await new Promise((resolve) => setTimeout(resolve, 10));
    await readManagedStorage(5);
    expect(stalled.get).toHaveBeenCalledTimes(2);
  });

  test('a browser that rejects the read (Firefox without a policy) means no policy', async () => {
    const { readManagedStorage } = await freshModules();
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    expect(await readManagedStorage(50)).toEqual({});
  });
});
