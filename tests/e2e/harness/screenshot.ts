/**
 * Screenshots written on every run, so a reviewer can see each page without running anything.
 */
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

/** `tests/e2e/artifacts/screenshots/`. */
export const SCREENSHOT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../artifacts/screenshots');

/** Safe file name: letters, digits, dot, dash and underscore only. */
export function screenshotFileName(name: string): string {
  const safe = name
    .replace(/\.png$/i, '')
    .replace(/[^\w.-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (safe === '') throw new Error(`Not a usable screenshot name: ${JSON.stringify(name)}`);
  return `${safe}.png`;
}

/** Writes `page` (full length) to `SCREENSHOT_DIR/NAME.png` (or into `dir`) and returns the path. */
export async function screenshot(page: Page, name: string, dir: string = SCREENSHOT_DIR): Promise<string> {
  const path = join(dir, screenshotFileName(name));
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path, fullPage: true, animations: 'disabled' });
  return path;
}
