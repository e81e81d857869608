import { SETTINGS_VERSION } from './schema';

/**
 * Steps that turn stored settings of version N into version N + 1. Settings without a `version`
 * (written by hand by an administrator) are read as the current version.
 *
 * There is no older version yet: the first step goes here when SETTINGS_VERSION becomes 2, e.g.
 * `1: (old) => ({ ...old, version: 2, renamed: old.previousName })`.
 */
export type SettingsMigrations = Record<number, (old: Record<string, unknown>) => Record<string, unknown>>;

const MIGRATIONS: SettingsMigrations = {};

export function migrateSettings(
  stored: Record<string, unknown>,
  fromVersion: number,
  toVersion = SETTINGS_VERSION,
  migrations: SettingsMigrations = MIGRATIONS,
): Record<string, unknown> {
  let current = stored;
  for (let version = Math.max(1, Math.floor(fromVersion)); version < toVersion; version++) {
    const step = migrations[version];
    if (step) current = step(current);
  }
  return current;
}
