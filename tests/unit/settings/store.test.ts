import { describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings } from '../../../lib/settings/defaults';
import { SETTINGS_KEY } from '../../../lib/settings/schema';
import { loadSettings, saveSettings, updateSettings, watchSettings } from '../../../lib/settings/store';

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
    await expect(saveSettings(defaultSettings())).rejects.toThrow(/newer version/);
    await expect(updateSettings((settings) => settings)).rejects.toThrow(/newer version/);
    expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual(newer);
  });

  test('watchSettings reports repaired settings on every change, until unsubscribed', async () => {
    const listener = vi.fn();
    const stop = watchSettings(listener);
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { language: 'nl', sites: 'broken' } });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]![0].settings.language).toBe('nl');
    expect(listener.mock.calls[0]![0].problems).toEqual([{ path: 'sites', kind: 'invalid' }]);
    stop();
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { language: 'en' } });
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
