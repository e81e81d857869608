import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { cheapUnicodeClasses } from './scripts/unicode-class-plugin';

/**
 * Two projects: fast unit tests (fake browser, fake IndexedDB, happy-dom) and end-to-end tests
 * that build the automation extension once and drive Debian's Chromium with it loaded.
 */
export default defineConfig({
  test: {
    // The JSON report lets .ci/run print the plain "N passed, N failed" closing line.
    reporters: ['default', 'json'],
    outputFile: { json: 'tests/e2e/artifacts/vitest-results.json' },
    projects: [
      {
        // WxtVitest() does not apply wxt.config's vite plugins: add them here too, so the unit tests
        // run the regular expressions the build ships (scripts/unicode-class-plugin.ts).
        plugins: [WxtVitest(), preact(), cheapUnicodeClasses()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['tests/unit/setup.ts'],
          // Nothing here asserts on time; a few tests start the CLI as a process or analyse 1 MB,
          // which on a loaded two-core machine can pass Vitest's default 5 s.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // expect.poll waits for the extension's (debounced) work; Vitest's 1 s default was missed
          // on a loaded two-core machine. Polls still fail when the state never comes.
          expect: { poll: { timeout: 8_000 } },
        },
      },
    ],
  },
});
