/**
 * URLs on the static test server that `global-setup.ts` starts (demo pages under `/demo/`,
 * harness fixtures under `/fixtures/`).
 */
import { inject } from 'vitest';
import './provided-context';

/** `http://127.0.0.1:PORT`, without a trailing slash. */
export function testServerBaseUrl(): string {
  return inject('baseUrl');
}

/** A demo page, e.g. `demoUrl('vacature.html')`; `public/demo/` on disk. */
export function demoUrl(page = ''): string {
  return `${testServerBaseUrl()}/demo/${page.replace(/^\/+/, '')}`;
}

/** A harness fixture page, e.g. `fixtureUrl('plain.html')`; `tests/fixtures/pages/` on disk. */
export function fixtureUrl(page: string): string {
  return `${testServerBaseUrl()}/fixtures/${page.replace(/^\/+/, '')}`;
}
