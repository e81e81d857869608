/**
 * Launches Debian's Chromium with the unpacked automation build loaded (see toolchain.md,
 * "Real-browser tests"), guarded so that nothing leaves the machine.
 *
 * Used by the e2e tests (through `use-extension.ts`) and by `scripts/demo.ts`; it knows nothing
 * about Vitest.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { startBlackholeProxy, type BlackholeProxy } from './blackhole-proxy';
import { CHROMIUM_BINARY } from './chromium-binary';
import { extensionIdForPath } from './extension-id';
import { diagnoseExtensionLoad } from './load-diagnosis';
import { guardNetwork, type NetworkGuard } from './network-guard';

/** Extension pages the lead's entry points build. Any other `*.html` works too. */
export type ExtensionPageName = 'popup' | 'options' | 'dashboard' | 'sidepanel';

export type BrowserLanguage = 'nl' | 'en';

export interface LaunchOptions {
  /** Absolute or relative path of the unpacked build, e.g. `.output/e2e-chrome-mv3`. */
  extensionPath: string;
  /** Origins the extension and pages may contact: the local test server. */
  allowedOrigins: readonly string[];
  /** Browser UI language (what `browser.i18n.getUILanguage()` returns) and page locale. Default `nl`. */
  language?: BrowserLanguage;
  /** Default true. The demo opens a visible window with `false`. */
  headless?: boolean;
  /** Viewport of new pages. Default 1280 x 800. */
  viewport?: { width: number; height: number };
  /** How long to wait for the service worker. Default 10 s. */
  serviceWorkerTimeoutMs?: number;
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** The extension's background service worker at launch (see `extensionServiceWorker` for later). */
  serviceWorker: Worker;
  /** Records every request of pages and the service worker; see `network-guard.ts`. */
  network: NetworkGuard;
  /** What Chromium itself tried to send (updater, sign-in pings); refused, never attributed to us. */
  refusedByProxy: () => readonly string[];
  language: BrowserLanguage;
  /** `chrome-extension://ID/popup.html` for `popup` (or `popup.html`, or `popup.html#/x`). */
  extensionUrl: (page: ExtensionPageName | string) => string;
  /** Opens an extension page in a new tab and waits until it has loaded. */
  openExtensionPage: (page: ExtensionPageName | string) => Promise<Page>;
  /** Opens any URL in a new tab and waits until it has loaded. */
  openPage: (url: string) => Promise<Page>;
  /** Closes the browser and deletes its temporary profile. */
  close: () => Promise<void>;
}

const BASE_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Chromium language ids for `--lang` and the page locale Playwright emulates. */
const LOCALES: Record<BrowserLanguage, { lang: string; locale: string }> = {
  nl: { lang: 'nl', locale: 'nl-NL' },
  en: { lang: 'en-US', locale: 'en-US' },
};

/**
 * The extension's service worker in `context`: the running one, or the next one to start.
 * MV3 workers can stop when idle; Chromium keeps them alive while Playwright is attached.
 */
export async function extensionServiceWorker(context: BrowserContext, timeoutMs = 10_000): Promise<Worker> {
  const isOurs = (worker: Worker): boolean => worker.url().startsWith('chrome-extension://');
  const running = context.serviceWorkers().find(isOurs);
  if (running) return running;
  try {
    return await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: timeoutMs });
  } catch {
    throw new Error(`The extension's service worker did not start within ${timeoutMs} ms.`);
  }
}

/** Launches Chromium with the extension, starts the network guard and returns the session. */
export async function launchExtension(options: LaunchOptions): Promise<ExtensionSession> {
  const extensionPath = resolve(options.extensionPath);
  const expectedId = extensionIdForPath(extensionPath);
  const language = options.language ?? 'nl';
  const { lang, locale } = LOCALES[language];
  const userDataDir = await mkdtemp(join(tmpdir(), 'eerlijk-werven-chromium-'));
  let proxy: BlackholeProxy | undefined;
  let context: BrowserContext | undefined;

  try {
    proxy = await startBlackholeProxy();
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_BINARY,
      headless: options.headless ?? true,
      locale,
      viewport: options.viewport ?? { width: 1280, height: 800 },
      // On Linux, Chromium takes its UI language from LANGUAGE; --lang alone is ignored there.
      // The locale files come from Debian's chromium-l10n package.
      env: { ...process.env, LANGUAGE: lang },
      args: [
        `--disable-extensions-except=${extensionPath}`,
        `--load-extension=${extensionPath}`,
        ...BASE_ARGS,
        `--lang=${lang}`,
        `--proxy-server=${proxy.url}`,
      ],
    });
    // Attach the guard before anything else happens in the context.
    const network = await guardNetwork(context, { allowedOrigins: options.allowedOrigins, extensionId: expectedId });
    const serviceWorker = await extensionServiceWorker(context, options.serviceWorkerTimeoutMs).catch(async (error: unknown) => {
      // Say why, when Chromium refused the build: that reason is only in its log.
      const reasons = await diagnoseExtensionLoad(extensionPath);
      const detail =
        reasons.length > 0 ? `Chromium refused the build:\n  ${reasons.join('\n  ')}` : 'Check the manifest and run `npm run build:e2e`.';
      throw new Error(`${error instanceof Error ? error.message : String(error)} ${detail}`);
    });
    const extensionId = new URL(serviceWorker.url()).hostname;
    if (extensionId !== expectedId) {
      throw new Error(`Extension id ${extensionId} differs from the id computed from its path (${expectedId}).`);
    }

    const openedContext = context;
    const openedProxy = proxy;
    const extensionUrl = (page: string): string => {
      const withExtension = /\.html(?:[?#].*)?$/.test(page) ? page : `${page}.html`;
      return `chrome-extension://${extensionId}/${withExtension.replace(/^\/+/, '')}`;
    };
    const openPage = async (url: string): Promise<Page> => {
      const page = await openedContext.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    };

    return {
      context,
      extensionId,
      serviceWorker,
      network,
      refusedByProxy: () => openedProxy.refused,
      language,
      extensionUrl,
      openExtensionPage: (page) => openPage(extensionUrl(page)),
      openPage,
      close: async () => {
        await openedContext.close().catch(() => undefined);
        await openedProxy.close();
        await rm(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context?.close().catch(() => undefined);
    await proxy?.close();
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
}
