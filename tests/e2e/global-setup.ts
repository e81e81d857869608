/**
 * Vitest globalSetup for the e2e project: builds the automation extension once, serves the demo
 * pages and fixtures on 127.0.0.1, and hands both to the test files via provide/inject.
 *
 * WXT is built in a child process: building it inside Vitest's process clashes with the WXT
 * Vitest plugin's global state (toolchain.md). `EW_E2E_SKIP_BUILD=1` reuses the existing build
 * while iterating on tests only.
 */
import { spawn } from 'node:child_process';
import { access } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../scripts/static-server';
import { blindSetDir } from './blind-set/blind-set';
import './harness/provided-context';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const EXTENSION_PATH = join(ROOT, '.output/e2e-chrome-mv3');

/** Runs `npm run SCRIPT` in the project root; prints its output only when it fails. */
export function runNpmScript(script: string, env: NodeJS.ProcessEnv = {}): Promise<void> {
  return new Promise((resolveRun, rejectRun) => {
    const child = spawn('npm', ['run', script], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('error', rejectRun);
    child.on('close', (code) => {
      if (code === 0) resolveRun();
      else rejectRun(new Error(`npm run ${script} failed with exit code ${code}:\n${Buffer.concat(output).toString('utf8')}`));
    });
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.EW_E2E_SKIP_BUILD === '1') {
    await access(join(EXTENSION_PATH, 'manifest.json')).catch(() => {
      throw new Error(`EW_E2E_SKIP_BUILD=1 but there is no build in ${EXTENSION_PATH}: run npm run build:e2e first.`);
    });
  } else {
    await runNpmScript('build:e2e');
  }

  const server = await startStaticServer({
    mounts: {
      '/demo/': join(ROOT, 'public/demo'),
      '/fixtures/': join(ROOT, 'tests/fixtures/pages'),
      '/blind/': join(ROOT, 'tests/fixtures/blind'),
      '/blind-set/': blindSetDir(),
    },
    rootRedirect: '/demo/',
  });
  project.provide('baseUrl', server.url);
  project.provide('extensionPath', EXTENSION_PATH);

  return async () => {
    await server.close();
  };
}
