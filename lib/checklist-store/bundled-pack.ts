import { browser } from 'wxt/browser';
import { packSchema, type ChecklistPack } from '../checklist/pack-schema';
import { loadManagedPolicy } from '../settings/store';

/** Where WXT copies `public/packs/gouden-standaard.json`: the default pack ships as plain data. */
export const BUNDLED_PACK_PATH = '/packs/gouden-standaard.json';

let loading: Promise<ChecklistPack> | undefined;

/**
 * The default pack, read once per extension context from the extension's own files (no network:
 * a `chrome-extension://` URL). Kept out of the JavaScript bundles so pages stay small.
 */
export async function loadBundledPack(): Promise<ChecklistPack> {
  // An organisation's policy may put its own pack in the bundled one's place (README: policies).
  const managed = (await loadManagedPolicy()).policy.checklistPack;
  if (managed) return managed;
  loading ??= fetch(browser.runtime.getURL(BUNDLED_PACK_PATH))
    .then((response) => response.json())
    .then((json: unknown) => packSchema.parse(json))
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}
