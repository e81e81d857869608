/**
 * The automation build the browser benchmarks load (`npm run build:e2e`), built once per module
 * unless EW_E2E_SKIP_BUILD=1 says it is already there.
 */
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const EXTENSION = join(ROOT, '.output/e2e-chrome-mv3');

export function buildForAutomation(): Promise<void> {
  if (process.env.EW_E2E_SKIP_BUILD === '1') return Promise.resolve();
  return new Promise((resolveBuild, rejectBuild) => {
    const child = spawn('npm', ['run', 'build:e2e'], { cwd: ROOT, stdio: 'ignore' });
    child.on('error', rejectBuild);
    child.on('close', (code) => (code === 0 ? resolveBuild() : rejectBuild(new Error(`npm run build:e2e failed (${code})`))));
  });
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
