import { defineConfig } from 'vite';

/**
 * `npm run build:cli`: bundle the CLI with its dependencies (zod, the rule packs) into one
 * executable ES module, dist/cli/eerlijk-werven.mjs, which package.json's `bin` points at.
 * Node built-ins stay external; nothing else is needed at run time.
 */
export default defineConfig({
  publicDir: false,
  build: {
    ssr: 'lib/cli/eerlijk-werven.ts',
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rollupOptions: {
      output: {
        format: 'es',
        entryFileNames: 'eerlijk-werven.mjs',
        banner: '#!/usr/bin/env node',
      },
    },
  },
  ssr: { noExternal: true, target: 'node' },
});
