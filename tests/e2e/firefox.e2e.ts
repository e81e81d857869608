/**
 * The extension in Firefox (Debian's firefox-esr, driven over WebDriver BiDi): the Vacaturecheck on
 * the demo vacancy, Blind screenen on the demo applicant list without a name ever painted, and the
 * dashboard with a checklist item, reached the way a user reaches it (the in-page panel's "open in
 * dashboard": Firefox refuses to open moz-extension:// pages from outside). Settings arrive as an
 * organisation's policy through Firefox's managed storage, so the policy path is tested here too.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runNpmScript } from './global-setup';
import { DEMO_APPLICANT_NAMES } from './demo-applicants';
import { demoUrl, formatAxeViolations, runAxe, SCREENSHOT_DIR } from './harness';
import { launchFirefox, type FirefoxSession } from './harness/firefox';
import { screenshotFileName } from './harness/screenshot';
import { paintProbeScript, type ProbeReport } from './screening-probe';

const LOCAL = 'http://127.0.0.1/*';

async function shoot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, screenshotFileName(name)) as `${string}.png`, fullPage: true });
}

async function poll<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, timeout = 10_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read().catch(() => undefined);
    if (value !== undefined && ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`Firefox: ${what} did not happen within ${timeout} ms (last: ${JSON.stringify(value)})`);
    await new Promise((resolveWait) => setTimeout(resolveWait, 150));
  }
}

/** Every underlined phrase (CSS Custom Highlight API, Firefox 140+). */
function highlighted(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
    const texts: string[] = [];
    for (const [name, highlight] of registry) {
      if (!['ew-prohibited', 'ew-risk', 'ew-style'].includes(name)) continue;
      for (const range of highlight) {
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        texts.push(live.toString());
      }
    }
    return texts;
  });
}

/**
 * Open `url` once the add-on's content scripts are registered: the background registers them
 * right after install, so the very first page may load before that; reload until `selector` (an
 * element our content script adds) is there.
 */
async function openWhenRunning(session: FirefoxSession, url: string, selector: string): Promise<Page> {
  const page = await session.openPage(url);
  const deadline = Date.now() + 20_000;
  for (;;) {
    const found = await page.waitForSelector(selector, { timeout: 2_000 }).catch(() => null);
    if (found) return page;
    if (Date.now() > deadline) throw new Error(`Firefox: our content script never ran on ${url}`);
    await page.reload();
  }
}

async function expectAccessible(page: Page): Promise<void> {
  // The harness's axe runner only calls evaluate(), which puppeteer's Page offers alike.
  const violations = await runAxe(page as unknown as Parameters<typeof runAxe>[0]);
  expect(formatAxeViolations(violations)).toBe('');
}

function useFirefox(policy: Record<string, unknown>): () => FirefoxSession {
  let session: FirefoxSession | undefined;
  beforeAll(async () => {
    session = await launchFirefox({ policy });
  });
  afterAll(async () => {
    const errors = session?.extensionErrors() ?? [];
    await session?.close();
    // Every error Firefox reported for our scripts fails the file.
    expect(errors).toEqual([]);
  });
  return () => {
    if (!session) throw new Error('Firefox did not start');
    return session;
  };
}

beforeAll(async () => {
  if (process.env.EW_E2E_SKIP_BUILD !== '1') await runNpmScript('build:e2e:firefox');
});

describe('Firefox: Vacaturecheck and Blind screenen under an organisation policy', () => {
  const firefox = useFirefox({ language: 'nl', sites: [{ match: LOCAL, vacancy: true, screening: true, checklist: false }] });

  it('underlines the biased wording of the demo vacancy', async () => {
    const page = await openWhenRunning(firefox(), demoUrl('vacature.html'), 'eerlijk-werven-vacancy');
    const texts = await poll(
      () => highlighted(page),
      (found) => found.some((text) => text.includes('23 jaar')),
      'a highlight on "max. 23 jaar"',
    );
    expect(texts.some((text) => /jonge/.test(text))).toBe(true);
    // Text that is fine stays unmarked.
    expect(texts.some((text) => /Tulpwerk/.test(text))).toBe(false);
    await shoot(page, 'firefox-vacancy-demo');
  });

  it('shows pseudonyms on the demo applicant list and never paints a name', async () => {
    const page = await firefox().browser.newPage();
    await page.setViewport({ width: 1000, height: 700 });
    await page.evaluateOnNewDocument(paintProbeScript(DEMO_APPLICANT_NAMES));
    await page.goto(demoUrl('kandidaten.html'));
    const text = await poll(
      () => page.evaluate(() => document.body.innerText),
      (body) => body.includes('Kandidaat 1'),
      'the pseudonym "Kandidaat 1"',
    );
    for (const name of DEMO_APPLICANT_NAMES) expect(text).not.toContain(name);
    expect(text).not.toContain('@mailpost.nl');
    expect(text).toContain('Communicatie (hbo)');
    const report = await page.evaluate(() => (window as unknown as { __ewProbe: ProbeReport }).__ewProbe);
    expect(report.frames).toBeGreaterThan(0);
    expect(report.leaks).toEqual([]);
    await shoot(page, 'firefox-screening-demo-list');
  });
});

describe('Firefox: the checklist panel, the dashboard and a checklist item', () => {
  // Firefox hands a policy over as written (Chromium checks it against the schema first): a value
  // of the wrong type must be explained and left out, the rest still applies.
  const firefox = useFirefox({
    language: 'nl',
    reviewEveryDays: 30,
    hiddenMarkers: 'photos',
    sites: [{ match: LOCAL, vacancy: false, screening: false, checklist: true }],
  });

  it('opens the dashboard on an item from the in-page panel, saves a status there, and the options show the policy and its mistake', async () => {
    const page = await openWhenRunning(firefox(), demoUrl('vacature.html'), '#eerlijk-werven-checklist');
    // The badge lives in a closed shadow root in the bottom-right corner: click it where it is.
    await page.mouse.click(1000 - 150, 700 - 35);
    const frame = await poll<Frame>(
      async () => {
        for (const candidate of page.frames()) {
          if (candidate === page.mainFrame()) continue;
          if ((await candidate.evaluate(() => location.href)).includes('/checklist-frame.html')) return candidate;
        }
        throw new Error('no panel yet');
      },
      () => true,
      'the checklist panel frame',
    );
    await frame.waitForSelector('li[data-item-id]', { timeout: 10_000 });
    const itemId = await frame.$eval('li[data-item-id]', (item) => item.getAttribute('data-item-id') ?? '');
    await frame.click('li[data-item-id] summary');
    await frame.click('li[data-item-id] .cl-link-button');

    const dashboard = await firefox().waitForTab(`/dashboard.html#/checklist/item/${itemId}`);
    await dashboard.waitForSelector('[data-testid="item-detail"] [data-testid="item-status"]', { timeout: 10_000 });
    await dashboard.select('[data-testid="item-detail"] [data-testid="item-status"]', 'in-progress');
    await poll(
      () => dashboard.$eval('[data-testid="item-feedback"]', (node) => node.textContent ?? ''),
      (feedback) => feedback === 'Opgeslagen.',
      'the saved message',
    );
    await shoot(dashboard, 'firefox-dashboard-checklist-item');
    await expectAccessible(dashboard);

    // The options page (a link in the dashboard) shows what the organisation set, locked.
    await dashboard.click('a[href="/options.html"]');
    await dashboard.waitForSelector('[data-testid="sites-table"]', { timeout: 10_000 });
    const row = await dashboard.$eval('tr[data-match="http://127.0.0.1/*"]', (node) => ({
      text: node.textContent ?? '',
      disabled: [...node.querySelectorAll('input[type="checkbox"]')].every((box) => (box as HTMLInputElement).disabled),
    }));
    expect(row.text).toContain('Ingesteld door je organisatie');
    expect(row.disabled).toBe(true);
    expect(await dashboard.$eval('[data-testid="language-managed"]', (node) => node.textContent)).toContain(
      'Ingesteld door je organisatie',
    );
    const problems = await dashboard.$eval('[data-testid="policy-problems"]', (node) => node.textContent ?? '');
    expect(problems).toContain('klopt niet helemaal');
    expect(problems).toContain('hiddenMarkers');
    await shoot(dashboard, 'firefox-options-policy');
  });
});
