import type { Plugin } from 'vite';

/**
 * Fails the build of a content script that bundles zod or Dexie (docs/decisions.md#content-script-shell):
 * content scripts load on every page of a switched-on site, the background already parses every
 * message with zod, and only extension pages open the database. Lint catches a direct import;
 * this catches one that arrives through another module.
 */
const KEPT_OUT = /[\\/]node_modules[\\/](zod|dexie)[\\/]/u;

export function keepOutOfContentScripts(): Plugin {
  return {
    name: 'eerlijk-werven:keep-out-of-content-scripts',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        const offending = output.moduleIds.find((id) => KEPT_OUT.test(id));
        if (offending)
          this.error(
            `${output.fileName} bundles ${offending}: content scripts import only types and plain data from modules that use zod or Dexie.`,
          );
      }
    },
  };
}
