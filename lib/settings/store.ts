import { browser } from 'wxt/browser';
import { repairSettings, type RepairedSettings } from './repair';
import { SETTINGS_KEY, settingsSchema, type Settings } from './schema';

/** Read the settings item, repaired in memory (see repair.ts). */
export async function loadSettings(): Promise<RepairedSettings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return repairSettings(stored[SETTINGS_KEY]);
}

export async function getSettings(): Promise<Settings> {
  return (await loadSettings()).settings;
}

/** Validate and store settings. Refuses to overwrite an item written by a newer version. */
export async function saveSettings(settings: Settings): Promise<void> {
  const current = await loadSettings();
  if (current.readOnly) throw new Error('Stored settings come from a newer version of Eerlijk Werven.');
  await browser.storage.local.set({ [SETTINGS_KEY]: settingsSchema.parse(settings) });
}

/** Read, change and store the settings in one step. */
export async function updateSettings(change: (settings: Settings) => Settings | void): Promise<Settings> {
  const { settings, readOnly } = await loadSettings();
  if (readOnly) throw new Error('Stored settings come from a newer version of Eerlijk Werven.');
  const copy = structuredClone(settings);
  const next = change(copy) ?? copy;
  const valid = settingsSchema.parse(next);
  await browser.storage.local.set({ [SETTINGS_KEY]: valid });
  return valid;
}

/** Call `listener` with fresh settings whenever the stored item changes. Returns an unsubscribe. */
export function watchSettings(listener: (settings: RepairedSettings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) listener(repairSettings(changes[SETTINGS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
