/**
 * `npm run demo`: builds the automation extension, serves the invented demo pages and opens
 * Debian's Chromium with Eerlijk Werven loaded on them (docs/decisions.md#real-browser-tests).
 *
 * With `--headless`, or when there is no display, it instead visits every demo page and
 * extension page, writes screenshots into `demo-screenshots/`, says where, and exits.
 *
 * Before opening any page it switches the demo host on for all three pillars by writing the
 * `settings` item, exactly as the options page would.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { CHROMIUM_BINARY } from '../tests/e2e/harness/chromium-binary';
import { launchExtension, type ExtensionSession } from '../tests/e2e/harness/launch';
import { screenshot } from '../tests/e2e/harness/screenshot';
import { enableSite } from '../tests/e2e/harness/settings';
import { startStaticServer } from './static-server';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXTENSION_PATH = join(ROOT, '.output/e2e-chrome-mv3');
const SCREENSHOT_DIR = join(ROOT, 'demo-screenshots');
/** The demo server's host, switched on for every pillar (the automation build may reach it). */
const DEMO_MATCH = 'http://127.0.0.1/*';
const DEMO_PAGES = ['index.html', 'vacature.html', 'ats-editor.html', 'kandidaten.html', 'kandidaat.html'] as const;
const EXTENSION_PAGES = ['popup', 'options', 'dashboard', 'sidepanel'] as const;

function build(): Promise<void> {
  return new Promise((resolveBuild, rejectBuild) => {
    const child = spawn('npm', ['run', 'build:e2e'], { cwd: ROOT, stdio: 'inherit' });
    child.on('error', rejectBuild);
    child.on('close', (code) => (code === 0 ? resolveBuild() : rejectBuild(new Error(`npm run build:e2e failed (exit code ${code})`))));
  });
}

/** Waits for late content-script work (highlights, blinding) before a screenshot. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForTimeout(500);
}

async function takeScreenshots(session: ExtensionSession, baseUrl: string): Promise<string[]> {
  const written: string[] = [];
  for (const name of DEMO_PAGES) {
    const page = await session.openPage(`${baseUrl}/demo/${name}`);
    await settle(page);
    written.push(await screenshot(page, `demo-${name.replace(/\.html$/, '')}`, SCREENSHOT_DIR));
    await page.close();
  }
  for (const name of EXTENSION_PAGES) {
    if (!existsSync(join(EXTENSION_PATH, `${name}.html`))) {
      console.log(`  (no ${name}.html in this build yet: skipped)`);
      continue;
    }
    const page = await session.openExtensionPage(name);
    await settle(page);
    written.push(await screenshot(page, `extension-${name}`, SCREENSHOT_DIR));
    await page.close();
  }
  return written;
}

async function main(): Promise<void> {
  const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
  if (!existsSync(CHROMIUM_BINARY)) {
    throw new Error(`Chromium is missing at ${CHROMIUM_BINARY}. Install it with: sudo apt-get install chromium chromium-l10n`);
  }

  console.log('Eerlijk Werven demo: building the extension…');
  await build();
  const server = await startStaticServer({
    mounts: { '/demo/': join(ROOT, 'public/demo') },
    rootRedirect: '/demo/',
  });
  const session = await launchExtension({
    extensionPath: EXTENSION_PATH,
    allowedOrigins: [server.url],
    language: 'nl',
    headless,
  });
  const shutdown = async (): Promise<void> => {
    await session.close();
    await server.close();
  };

  try {
    await enableSite(session.context, DEMO_MATCH);
    console.log(`Demo pages: ${server.url}/demo/  (Vacaturecheck, Blind screenen and Gouden standaard are on for ${DEMO_MATCH})`);

    if (headless) {
      console.log('No display (or --headless): taking screenshots instead of opening a window…');
      const written = await takeScreenshots(session, server.url);
      console.log(`Wrote ${written.length} screenshots to ${SCREENSHOT_DIR}/`);
      for (const path of written) console.log(`  ${path}`);
      const foreign = session.network.foreignRequests();
      if (foreign.length > 0) console.warn(`Warning: ${foreign.length} request(s) outside the demo server were blocked.`);
      await shutdown();
      return;
    }

    const index = await session.openPage(`${server.url}/demo/index.html`);
    await index.bringToFront();
    // The blank tab Chromium opens at start is not needed.
    for (const page of session.context.pages()) if (page !== index && page.url() === 'about:blank') await page.close();
    console.log(
      'Chromium is open with Eerlijk Werven loaded; this window reaches only the demo pages. Close it (or press Ctrl+C) to stop.',
    );
    const stop = (): void => void shutdown().finally(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    await new Promise<void>((resolveClosed) => session.context.once('close', () => resolveClosed()));
    await server.close();
  } catch (error) {
    await shutdown();
    throw error;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
