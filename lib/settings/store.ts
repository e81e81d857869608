import { browser } from 'wxt/browser';
import { applyPolicy, locksOf, type SettingsLocks } from './apply-policy';
import { readManagedPolicy, type PolicyProblem, type ReadPolicy } from './managed-policy';
import { onLatePolicy, readManagedRaw } from './managed-read';
import { repairSettings, type RepairedSettings } from './repair';
import { SETTINGS_KEY, settingsSchema, type Settings } from './schema';
import { withSettingsLock } from './settings-lock';

/** The settings in force (the user's own with the organisation's policy over them). */
export interface CurrentSettings extends RepairedSettings {
  /** The user's own settings as stored (repaired), without the policy. */
  local: Settings;
  managed: { locks: SettingsLocks; problems: PolicyProblem[] };
}

export class NewerSettingsError extends Error {
  constructor() {
    super('Stored settings come from a newer version of Eerlijk Werven.');
  }
}

/** The organisation's policy from managed storage, read within a deadline (managed-read.ts). */
export async function loadManagedPolicy(): Promise<ReadPolicy> {
  const raw = await readManagedRaw();
  return readManagedPolicy(Object.keys(raw).length > 0 ? raw : undefined);
}

function combine(repaired: RepairedSettings, managed: ReadPolicy): CurrentSettings {
  return {
    ...repaired,
    local: repaired.settings,
    settings: applyPolicy(repaired.settings, managed.policy),
    managed: { locks: locksOf(managed.policy), problems: managed.problems },
  };
}

async function readLocal(): Promise<RepairedSettings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return repairSettings(stored[SETTINGS_KEY]);
}

/** Read the settings item, repaired in memory (see repair.ts), with the policy applied. */
export async function loadSettings(): Promise<CurrentSettings> {
  const [repaired, managed] = await Promise.all([readLocal(), loadManagedPolicy()]);
  return combine(repaired, managed);
}

export async function getSettings(): Promise<Settings> {
  return (await loadSettings()).settings;
}

/**
 * Read, change and store the user's own settings in one step, under the settings lock, so two
 * writers at the same moment both keep their change. `change` gets the user's own settings (never
 * the policy's values, which must not be stored); the settings in force are returned. Refuses to
 * overwrite an item written by a newer version.
 */
export async function updateSettings(change: (settings: Settings) => Settings | void): Promise<Settings> {
  const stored = await withSettingsLock(async () => {
    const { settings, readOnly } = await readLocal();
    if (readOnly) throw new NewerSettingsError();
    const copy = structuredClone(settings);
    const valid = settingsSchema.parse(change(copy) ?? copy);
    await browser.storage.local.set({ [SETTINGS_KEY]: valid });
    return valid;
  });
  return applyPolicy(stored, (await loadManagedPolicy()).policy);
}

/**
 * Call `listener` with fresh settings whenever the stored item or the policy changes. Returns an
 * unsubscribe. Reads that finish out of order are dropped, so the last call has the last state.
 */
export function watchSettings(listener: (settings: CurrentSettings) => void): () => void {
  let latest = 0;
  let active = true;
  const reload = () => {
    const ticket = ++latest;
    void loadSettings().then((settings) => {
      if (active && ticket === latest) listener(settings);
    });
  };
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if ((area === 'local' && SETTINGS_KEY in changes) || area === 'managed') reload();
  };
  browser.storage.onChanged.addListener(onChanged);
  // A policy that answered after its deadline applies as soon as it is there.
  const stopLate = onLatePolicy(reload);
  return () => {
    active = false;
    browser.storage.onChanged.removeListener(onChanged);
    stopLate();
  };
}
