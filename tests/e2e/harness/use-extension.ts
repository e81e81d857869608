/**
 * One Chromium with the extension for a whole e2e test file: launched in `beforeAll`, closed in
 * `afterAll`, which also fails the file if anything made a request outside the test server.
 *
 * @example
 * const ext = useExtension({ language: 'en' });
 * it('renders the popup', async () => {
 *   const page = await ext.openExtensionPage('popup');
 *   await screenshot(page, 'popup-en');
 * });
 */
import { afterAll, beforeAll, inject } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchExtension, type BrowserLanguage, type ExtensionPageName, type ExtensionSession } from './launch';
import type { NetworkGuard } from './network-guard';
import './provided-context';

export interface UseExtensionOptions {
  /** Browser UI language; default `nl`. */
  language?: BrowserLanguage;
  /** Default true: `afterAll` asserts that no foreign request was made during the file. */
  expectNoForeignRequests?: boolean;
}

export interface ExtensionFixture {
  /** The running session; throws when used outside a test or hook of this file. */
  readonly session: ExtensionSession;
  readonly context: BrowserContext;
  readonly extensionId: string;
  readonly network: NetworkGuard;
  openExtensionPage: (page: ExtensionPageName | string) => Promise<Page>;
  /** Opens an absolute URL, or a path on the test server such as `/demo/vacature.html`. */
  openPage: (urlOrPath: string) => Promise<Page>;
}

export function useExtension(options: UseExtensionOptions = {}): ExtensionFixture {
  let current: ExtensionSession | undefined;
  const session = (): ExtensionSession => {
    if (!current) throw new Error('The extension is not running: use it inside a test or hook of the file that called useExtension().');
    return current;
  };

  beforeAll(async () => {
    const baseUrl = inject('baseUrl');
    current = await launchExtension({
      extensionPath: inject('extensionPath'),
      allowedOrigins: [baseUrl],
      language: options.language ?? 'nl',
    });
  });

  afterAll(async () => {
    const ending = current;
    current = undefined;
    if (!ending) return;
    try {
      // Let late requests (beacons, pending fetches) surface before judging.
      await Promise.all(ending.context.pages().map((page) => page.close().catch(() => undefined)));
      if (options.expectNoForeignRequests ?? true) ending.network.expectNoForeignRequests();
    } finally {
      await ending.close();
    }
  });

  return {
    get session() {
      return session();
    },
    get context() {
      return session().context;
    },
    get extensionId() {
      return session().extensionId;
    },
    get network() {
      return session().network;
    },
    openExtensionPage: (page) => session().openExtensionPage(page),
    openPage: (urlOrPath) =>
      session().openPage(/^[a-z][\w+.-]*:/i.test(urlOrPath) ? urlOrPath : `${inject('baseUrl')}/${urlOrPath.replace(/^\/+/, '')}`),
  };
}
