/**
 * Smoke test of the real-browser harness itself: the extension loads in Debian's Chromium, its
 * service worker runs, and the network guard, settings helpers, axe-core and screenshots really
 * work (each is shown to fail when it should, not only to pass).
 */
import { access } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { describe, expect, inject, it } from 'vitest';
import {
  demoUrl,
  enableSite,
  expectNoAxeViolations,
  extensionIdForPath,
  fixtureUrl,
  getStoredSettings,
  runAxe,
  screenshot,
  setStoredSettings,
  useExtension,
} from './harness';

describe('extension in Chromium (nl)', () => {
  const ext = useExtension({ language: 'nl' });

  it('starts the service worker and finds the extension id', async () => {
    expect(ext.extensionId).toMatch(/^[a-p]{32}$/);
    expect(ext.extensionId).toBe(extensionIdForPath(inject('extensionPath')));
    expect(ext.session.serviceWorker.url()).toMatch(new RegExp(`^chrome-extension://${ext.extensionId}/`));
    // The worker really runs our extension's code with its manifest.
    const manifestName = await ext.session.serviceWorker.evaluate(
      () =>
        (globalThis as unknown as { chrome: { runtime: { getManifest: () => { manifest_version: number } } } }).chrome.runtime.getManifest()
          .manifest_version,
    );
    expect(manifestName).toBe(3);
  });

  it('runs the browser in Dutch', async () => {
    const uiLanguage = await ext.session.serviceWorker.evaluate(() =>
      (globalThis as unknown as { chrome: { i18n: { getUILanguage: () => string } } }).chrome.i18n.getUILanguage(),
    );
    expect(uiLanguage.toLowerCase()).toMatch(/^nl/);
  });

  it('records local page traffic and reports nothing foreign for it', async () => {
    const page = await ext.openPage(fixtureUrl('plain.html'));
    await screenshot(page, 'harness-plain-page');
    const urls = ext.network.requests.map((request) => request.url);
    expect(urls).toContain(fixtureUrl('plain.html'));
    expect(urls).toContain(fixtureUrl('plain.css'));
    expect(ext.network.foreignRequests()).toEqual([]);
    expect(() => ext.network.expectNoForeignRequests()).not.toThrow();
    await page.close();
  });

  it('reports and blocks a foreign request made by a page', async () => {
    const page = await ext.openPage(fixtureUrl('foreign-request.html'));
    await page.locator('#outcome:not([data-state="pending"])').waitFor();
    expect(await page.locator('#outcome').getAttribute('data-state')).toBe('blocked');
    const foreign = ext.network.foreignRequests();
    expect(foreign).toHaveLength(1);
    expect(foreign[0]).toMatchObject({
      url: 'http://192.0.2.1/eerlijk-werven-harness-probe',
      source: 'page',
      initiator: fixtureUrl('foreign-request.html'),
    });
    expect(() => ext.network.expectNoForeignRequests()).toThrow(/192\.0\.2\.1\/eerlijk-werven-harness-probe/);
    await page.close();
    ext.network.reset(); // Deliberate: the rest of this file must stay clean.
  });

  it('reports and blocks a foreign request made by the service worker', async () => {
    const outcome = await ext.session.serviceWorker.evaluate(() =>
      fetch('http://192.0.2.1/from-service-worker').then(
        () => 'reached',
        () => 'blocked',
      ),
    );
    expect(outcome).toBe('blocked');
    expect(ext.network.foreignRequests()).toEqual([
      expect.objectContaining({ url: 'http://192.0.2.1/from-service-worker', source: 'service-worker' }),
    ]);
    ext.network.reset();
  });

  it('writes and reads the settings item through the service worker', async () => {
    await setStoredSettings(ext.context, { version: 1, language: 'en', sites: [] });
    await enableSite(ext.context, 'http://127.0.0.1/*');
    const stored = (await getStoredSettings(ext.context)) as { language?: unknown; sites?: unknown };
    // The extension may add defaults when it repairs the item; what we wrote must be kept.
    expect(stored.language).toBe('en');
    expect(stored.sites).toEqual(
      expect.arrayContaining([{ match: 'http://127.0.0.1/*', vacancy: true, screening: true, checklist: true }]),
    );
    await setStoredSettings(ext.context, undefined);
  });

  it('fails a page with accessibility violations and passes a clean one', async () => {
    const bad = await ext.openPage(fixtureUrl('inaccessible.html'));
    const violations = await runAxe(bad);
    expect(violations.map((violation) => violation.id)).toEqual(expect.arrayContaining(['image-alt', 'label']));
    await expect(expectNoAxeViolations(bad)).rejects.toThrow(/image-alt[\s\S]*img/);
    await bad.close();

    const good = await ext.openPage(fixtureUrl('plain.html'));
    await expectNoAxeViolations(good);
    await good.close();
  });

  // The demo pages double as e2e fixtures: they must be self-contained and accessible themselves,
  // so that any finding on them later is the extension's doing.
  it.each(['index.html', 'vacature.html', 'ats-editor.html', 'kandidaten.html', 'kandidaat.html'])(
    'serves demo page %s with no outside resources and no accessibility violations',
    async (name) => {
      const page = await ext.openPage(demoUrl(name));
      await screenshot(page, `demo-${name.replace(/\.html$/, '')}`);
      await expectNoAxeViolations(page);
      expect(ext.network.requests.some((request) => request.url === demoUrl(name))).toBe(true);
      expect(ext.network.foreignRequests()).toEqual([]);
      await page.close();
    },
  );

  it('shows on the demo ATS editor exactly what would be saved', async () => {
    const page = await ext.openPage(demoUrl('ats-editor.html'));
    const summary = await page.locator('#job-summary').inputValue();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => page.locator('#saved-summary').textContent()).toBe(summary);
    expect(await page.locator('#saved-body').textContent()).toContain('Je spreekt accentloos Nederlands.');
    await page.close();
  });

  it('writes screenshots into tests/e2e/artifacts/screenshots', async () => {
    const page = await ext.openPage(fixtureUrl('plain.html'));
    const path = await screenshot(page, 'harness smoke/plain');
    expect(path).toMatch(/tests\/e2e\/artifacts\/screenshots\/harness-smoke-plain\.png$/);
    await expect(access(path)).resolves.toBeUndefined();
    await page.close();
  });
});

describe('static test server', () => {
  // Raw HTTP from Node: fetch() and browsers would normalise `..` away before the server sees it.
  const get = (path: string, method = 'GET'): Promise<{ status: number; headers: Headers; text: () => Promise<string> }> =>
    new Promise((resolveGet, rejectGet) => {
      const request = httpRequest(`${inject('baseUrl')}/`, { method, path }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const headers = new Headers();
          for (const [name, value] of Object.entries(response.headers)) if (typeof value === 'string') headers.set(name, value);
          resolveGet({ status: response.statusCode ?? 0, headers, text: async () => Buffer.concat(chunks).toString('utf8') });
        });
      });
      request.on('error', rejectGet);
      request.end();
    });

  it('serves files with their content type', async () => {
    const page = await get('/demo/vacature.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect((await get('/demo/demo.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await get('/fixtures/foreign-request.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it.each([
    '/demo/../package.json',
    '/demo/%2e%2e/package.json',
    '/demo/%2e%2e%2f%2e%2e%2fpackage.json',
    '/demo/..%5c..%5cpackage.json',
    '/fixtures/%00plain.html',
    '/demo/%E0%A4%A',
    '/package.json',
    '/demo/missing.html',
  ])('refuses %s', async (path) => {
    const response = await get(path);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('eerlijk-werven');
  });

  it('redirects the root and a bare mount to the demo index', async () => {
    expect((await get('/')).headers.get('location')).toBe('/demo/');
    expect((await get('/demo')).headers.get('location')).toBe('/demo/');
    expect((await get('/demo/')).status).toBe(200);
  });

  it('only reads', async () => {
    expect((await get('/demo/index.html', 'POST')).status).toBe(405);
  });
});

describe('extension in Chromium (en)', () => {
  const ext = useExtension({ language: 'en' });

  it('runs the browser in English', async () => {
    const uiLanguage = await ext.session.serviceWorker.evaluate(() =>
      (globalThis as unknown as { chrome: { i18n: { getUILanguage: () => string } } }).chrome.i18n.getUILanguage(),
    );
    expect(uiLanguage.toLowerCase()).toMatch(/^en/);
  });
});
