/**
 * Reads and writes the extension's one settings item (`browser.storage.local`, key `settings`)
 * through its service worker, exactly as the options page stores it
 * (docs/decisions.md#one-settings-item). The extension parses and repairs what it reads, so tests
 * may also write broken values on purpose.
 */
import type { BrowserContext } from 'playwright-core';
import { repairSettings } from '../../../lib/settings/repair';
import type { Settings } from '../../../lib/settings/schema';
import { extensionServiceWorker } from './launch';

export const SETTINGS_KEY = 'settings';

/** The pillars a site entry switches (see `lib/sites/known-sites.ts`). */
export interface SitePillars {
  vacancy: boolean;
  screening: boolean;
  checklist: boolean;
}

/** Minimal view of chrome.storage.local inside the worker (the page-side types are not loaded here). */
interface WorkerStorage {
  get: (key: string) => Promise<Record<string, unknown>>;
  set: (items: Record<string, unknown>) => Promise<void>;
  remove: (key: string) => Promise<void>;
}

/** The raw stored `settings` value, or `undefined` when nothing is stored. */
export async function getStoredSettings(context: BrowserContext): Promise<unknown> {
  const worker = await extensionServiceWorker(context);
  return worker.evaluate(async (key) => {
    const storage = (globalThis as unknown as { chrome: { storage: { local: WorkerStorage } } }).chrome.storage.local;
    const items = await storage.get(key);
    return items[key];
  }, SETTINGS_KEY);
}

/** Stores `value` as the `settings` item; `undefined` removes it. Values must be JSON-like. */
export async function setStoredSettings(context: BrowserContext, value: unknown): Promise<void> {
  const worker = await extensionServiceWorker(context);
  await worker.evaluate(
    async ({ key, value: stored }) => {
      const storage = (globalThis as unknown as { chrome: { storage: { local: WorkerStorage } } }).chrome.storage.local;
      if (stored === undefined) await storage.remove(key);
      else await storage.set({ [key]: stored });
    },
    { key: SETTINGS_KEY, value },
  );
}

/**
 * Pure merge used by `enableSite`: repairs what is stored exactly as the extension does
 * (`lib/settings/repair.ts`: valid parts kept, defaults for the rest), then puts
 * `{ match, ...pillars }` into `sites`, replacing an entry with the same match.
 */
export function withSiteEnabled(stored: unknown, match: string, pillars: SitePillars): Settings {
  const { settings, readOnly } = repairSettings(stored);
  if (readOnly) throw new Error('The stored settings come from a newer version of the extension; the harness will not overwrite them.');
  const sites = settings.sites.filter((site) => site.match !== match);
  return { ...settings, sites: [...sites, { match, ...pillars }] };
}

const ALL_PILLARS: SitePillars = { vacancy: true, screening: true, checklist: true };

/**
 * Switches `match` (e.g. `http://127.0.0.1/*`) on for the given pillars, all three by default,
 * and waits until the background has registered (or unregistered) each pillar's content script for
 * it: registration is asynchronous, and a page opened before it would get no script.
 */
export async function enableSite(context: BrowserContext, match: string, pillars: SitePillars = ALL_PILLARS): Promise<void> {
  await setStoredSettings(context, withSiteEnabled(await getStoredSettings(context), match, pillars));
  await waitForRegistration(context, match, pillars);
}

/** Polls the service worker until every pillar's script covers `match` exactly when it is on. */
export async function waitForRegistration(context: BrowserContext, match: string, pillars: SitePillars, timeoutMs = 10_000): Promise<void> {
  const worker = await extensionServiceWorker(context);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const registered = await worker.evaluate(async () => {
      const scripting = (
        globalThis as unknown as {
          chrome: { scripting: { getRegisteredContentScripts: () => Promise<{ id: string; matches?: string[] }[]> } };
        }
      ).chrome.scripting;
      return (await scripting.getRegisteredContentScripts()).map(({ id, matches }) => ({ id, matches: matches ?? [] }));
    });
    const ready = (Object.keys(pillars) as (keyof SitePillars)[]).every((pillar) => {
      const covered = registered.some((script) => script.id === `ew-${pillar}` && script.matches.includes(match));
      return covered === pillars[pillar];
    });
    if (ready) return;
    if (Date.now() > deadline)
      throw new Error(`Content scripts not registered for ${match} within ${timeoutMs} ms: ${JSON.stringify(registered)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
