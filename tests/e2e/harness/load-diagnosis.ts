/**
 * Why did Chromium not load the extension? It says so only in its own log ("Extension error:
 * Failed to load extension from: PATH. Variable __MSG_x__ used but not defined."), which
 * playwright-core does not hand to us. When the service worker does not appear, this starts a
 * second, short-lived headless Chromium with logging on and returns those lines.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { CHROMIUM_BINARY } from './chromium-binary';

export async function diagnoseExtensionLoad(extensionPath: string, waitMs = 5_000): Promise<string[]> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'eerlijk-werven-diagnosis-'));
  const errors: string[] = [];
  try {
    await new Promise<void>((resolveRun) => {
      const child = spawn(
        CHROMIUM_BINARY,
        [
          '--headless',
          '--no-sandbox',
          `--user-data-dir=${userDataDir}`,
          `--disable-extensions-except=${extensionPath}`,
          `--load-extension=${extensionPath}`,
          '--enable-logging=stderr',
          '--log-level=1',
          '--disable-background-networking',
          '--proxy-server=http://127.0.0.1:9', // Nothing may leave, not even from this probe.
          'about:blank',
        ],
        { stdio: ['ignore', 'ignore', 'pipe'] },
      );
      const timer = setTimeout(() => child.kill('SIGKILL'), waitMs);
      createInterface({ input: child.stderr }).on('line', (line) => {
        const at = line.indexOf('Extension error:');
        if (at < 0) return;
        errors.push(line.slice(at).trim());
        child.kill('SIGKILL'); // Chromium reports load errors at startup: one is enough.
      });
      child.on('error', () => resolveRun());
      child.on('close', () => {
        clearTimeout(timer);
        resolveRun();
      });
    });
  } finally {
    await rm(userDataDir, { recursive: true, force: true });
  }
  return errors;
}
