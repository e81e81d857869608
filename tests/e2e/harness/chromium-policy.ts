/**
 * An organisation's policy for our extension, the way Chromium on Linux reads it: a JSON file in
 * `/etc/chromium/policies/managed/` with `{"3rdparty": {"extensions": {"<id>": {...}}}}`. Writing
 * there needs root (CI runs as root). Other Chromiums on this machine read the folder too, so the
 * file names only our extension id, and it is removed after the file's tests and at process exit.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const CHROMIUM_POLICY_DIR = '/etc/chromium/policies/managed';

export interface InstalledPolicy {
  path: string;
  remove: () => void;
}

export function installChromiumPolicy(extensionId: string, policy: Record<string, unknown>): InstalledPolicy {
  const path = join(CHROMIUM_POLICY_DIR, `eerlijk-werven-e2e-${extensionId}.json`);
  try {
    mkdirSync(CHROMIUM_POLICY_DIR, { recursive: true });
    writeFileSync(path, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: policy } } }, null, 2));
  } catch (error) {
    throw new Error(
      `Cannot write Chromium's policy file ${path} (${(error as Error).message}). The policy test needs root, as in CI: run it as root or with sudo.`,
    );
  }
  const remove = () => rmSync(path, { force: true });
  process.once('exit', remove);
  return { path, remove };
}
