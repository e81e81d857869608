import { describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings } from '../../../lib/settings/defaults';
import { SETTINGS_KEY } from '../../../lib/settings/schema';
import { loadSettings, updateSettings, watchSettings } from '../../../lib/settings/store';

describe('settings store (extension storage)', () => {
  test('reads defaults when nothing is stored', async () => {
    expect((await loadSettings()).settings).toEqual(defaultSettings());
  });

  test('updateSettings stores a validated item that loadSettings reads back', async () => {
    await updateSettings((settings) => ({ ...settings, language: 'en' }));
    const stored = await fakeBrowser.storage.local.get(SETTINGS_KEY);
    expect((stored[SETTINGS_KEY] as { language: string }).language).toBe('en');
    expect((await loadSettings()).settings.language).toBe('en');
  });

  test('an invalid change is refused and nothing is written', async () => {
    await expect(updateSettings((settings) => ({ ...settings, language: 'fr' as 'nl' }))).rejects.toThrow();
    expect(await fakeBrowser.storage.local.get(SETTINGS_KEY)).toEqual({});
  });

  test('settings from a newer version are never overwritten', async () => {
    const newer = { version: 99, language: 'en', sites: [] };
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: newer });
    await expect(updateSettings((settings) => settings)).rejects.toThrow(/newer version/);
    expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual(newer);
  });

  test('watchSettings reports repaired settings on every change, until unsubscribed', async () => {
    const listener = vi.fn();
    const stop = watchSettings(listener);
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { language: 'nl', sites: 'broken' } });
    await vi.waitFor(() => expect(listener).toHaveBeenCalledTimes(1));
    expect(listener.mock.calls[0]![0].settings.language).toBe('nl');
    expect(listener.mock.calls[0]![0].problems).toEqual([{ path: 'sites', kind: 'invalid' }]);
    stop();
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { language: 'en' } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(listener).toHaveBeenCalledTimes(1);
  });

  test('a pause and an options save at the same moment both land (one writer at a time)', async () => {
    await updateSettings((settings) => settings);
    const sites = Array.from({ length: 12 }, (_, index) => `site-${index}.example.nl`);
    await Promise.all([
      ...sites.map((site) =>
        updateSettings((settings) => {
          settings.screening.pausedSites.push(site);
        }),
      ),
      updateSettings((settings) => ({ ...settings, language: 'en' })),
    ]);
    const { settings } = await loadSettings();
    expect([...settings.screening.pausedSites].sort()).toEqual([...sites].sort());
    expect(settings.language).toBe('en');
  });

  test('a failed change does not block the writers after it', async () => {
    const failing = updateSettings(() => {
      throw new Error('boom');
    });
    const next = updateSettings((settings) => ({ ...settings, language: 'en' }));
    await expect(failing).rejects.toThrow('boom');
    expect((await next).language).toBe('en');
  });
});
