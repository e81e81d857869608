/**
 * What `tests/e2e/global-setup.ts` hands to every e2e test file through Vitest's provide/inject.
 * Importing this module (the harness does) makes `inject('baseUrl')` typed.
 */
export {};

declare module 'vitest' {
  export interface ProvidedContext {
    /** The static test server, e.g. `http://127.0.0.1:43817` (demo under /demo/, fixtures under /fixtures/). */
    baseUrl: string;
    /** Absolute path of the unpacked automation build, `.output/e2e-chrome-mv3`. */
    extensionPath: string;
  }
}
