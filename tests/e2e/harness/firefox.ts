/**
 * Firefox for the e2e suite: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi
 * (playwright-core cannot drive a stock Firefox). The automation build for Firefox
 * (`.output/e2e-firefox-mv2`) is installed as a temporary add-on.
 *
 * Settings reach the add-on the way an organisation's IT would send them: Firefox reads managed
 * storage from `~/.mozilla/managed-storage/<add-on id>.json`, so each launch gets its own HOME with
 * that file (the policy switches the test host on). Nothing downloads a browser, and every request
 * that is not for 127.0.0.1 goes to the harness's black-hole proxy.
 */
import { access, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startBlackholeProxy, type BlackholeProxy } from './blackhole-proxy';

export const FIREFOX_BINARY = '/usr/bin/firefox-esr';
export const FIREFOX_BUILD = resolve(process.cwd(), '.output/e2e-firefox-mv2');
/** `browser_specific_settings.gecko.id` in wxt.config.ts. */
export const GECKO_ID = 'eerlijk-werven@eerlijkwerven.nl';

export interface FirefoxSession {
  browser: Browser;
  /** Errors that Firefox reported for our add-on's scripts (background, pages, content scripts). */
  extensionErrors: () => string[];
  /** What tried to leave the machine (refused by the black-hole proxy). */
  refused: () => readonly string[];
  /** A new tab on `url`. */
  openPage: (url: string) => Promise<Page>;
  /** The open tab whose URL (read inside the page) contains `part`, once it is there. */
  waitForTab: (part: string, timeout?: number) => Promise<Page>;
  close: () => Promise<void>;
}

/** Firefox's managed-storage manifest: a policy for one add-on, as an administrator writes it. */
export function managedStorageManifest(policy: Record<string, unknown>): string {
  return JSON.stringify({ name: GECKO_ID, description: 'Eerlijk Werven policy (test)', type: 'storage', data: policy }, null, 2);
}

async function pageUrl(page: Page): Promise<string> {
  // Puppeteer's page.url() stays about:blank for moz-extension pages opened by the add-on.
  return page.evaluate(() => location.href).catch(() => page.url());
}

export async function launchFirefox(options: { policy: Record<string, unknown> }): Promise<FirefoxSession> {
  await access(FIREFOX_BINARY).catch(() => {
    throw new Error(`Firefox ESR is missing at ${FIREFOX_BINARY}: run scripts/ensure-firefox.sh (apt-get install firefox-esr).`);
  });
  await access(join(FIREFOX_BUILD, 'manifest.json')).catch(() => {
    throw new Error(`No Firefox automation build in ${FIREFOX_BUILD}: run npm run build:e2e:firefox.`);
  });
  const home = await mkdtemp(join(tmpdir(), 'ew-firefox-home-'));
  await mkdir(join(home, '.mozilla/managed-storage'), { recursive: true });
  await writeFile(join(home, '.mozilla/managed-storage', `${GECKO_ID}.json`), managedStorageManifest(options.policy));

  const proxy: BlackholeProxy = await startBlackholeProxy();
  const proxyPort = Number(new URL(proxy.url).port);
  const errors: string[] = [];
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_BINARY,
      headless: true,
      env: { ...process.env, HOME: home, MOZ_CRASHREPORTER_DISABLE: '1' },
      extraPrefsFirefox: {
        // Everything except loopback goes to the black hole (Firefox never proxies loopback).
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxyPort,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxyPort,
        'network.proxy.share_proxy_settings': true,
        // Our add-on's errors (background page included) go to stdout, where the harness reads them.
        'devtools.console.stdout.chrome': true,
      },
    });
  } catch (error) {
    await proxy.close();
    await rm(home, { recursive: true, force: true });
    throw error;
  }
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (/moz-extension:\/\//.test(line) && /error/i.test(line) && !/Script terminated by timeout/.test(line)) errors.push(line.trim());
    }
  };
  browser.process()?.stdout?.on('data', collect);
  browser.process()?.stderr?.on('data', collect);
  await browser.installExtension(FIREFOX_BUILD);

  return {
    browser,
    extensionErrors: () => [...errors],
    refused: () => proxy.refused,
    openPage: async (url) => {
      const page = await browser.newPage();
      await page.setViewport({ width: 1000, height: 700 });
      await page.goto(url);
      return page;
    },
    waitForTab: async (part, timeout = 10_000) => {
      const deadline = Date.now() + timeout;
      for (;;) {
        for (const page of await browser.pages()) if ((await pageUrl(page)).includes(part)) return page;
        if (Date.now() > deadline) throw new Error(`No tab with "${part}" within ${timeout} ms`);
        await new Promise((resolveWait) => setTimeout(resolveWait, 200));
      }
    },
    close: async () => {
      await browser.close().catch(() => undefined);
      await proxy.close();
      await rm(home, { recursive: true, force: true });
    },
  };
}
