import { browser } from 'wxt/browser';
import type { Settings } from '../../lib/settings/schema';
import type { Pillar } from '../../lib/sites/known-sites';

/**
 * Content scripts are registered at run time, only for the sites where their pillar is switched
 * on and whose host permission is granted (architecture principle 7: nothing runs on other pages).
 * Each pillar's script is built by WXT with `registration: 'runtime'`.
 */
interface PillarScript {
  id: string;
  js: string[];
  runAt: 'document_start' | 'document_end' | 'document_idle';
  allFrames: boolean;
}

/** The page's one dock runs before each pillar's script; only its first copy builds it (docs/decisions.md#one-dock). */
const DOCK_SCRIPT = 'content-scripts/dock.js';

export const PILLAR_SCRIPTS: Partial<Record<Pillar, PillarScript>> = {
  // Blind screenen (docs/decisions.md#hold-paint-until-blinded): from document_start, before
  // anything is painted, in every frame. The name lexicon is a file of its own, run just before it
  // in the same frames (entrypoints/screening.content/lexicon-hook.ts).
  screening: {
    id: 'ew-screening',
    js: [DOCK_SCRIPT, 'content-scripts/name-lexicon.js', 'content-scripts/screening.js'],
    runAt: 'document_start',
    allFrames: true,
  },
  // Gouden standaard (docs/decisions.md#checklist-in-context): a small badge in the top frame only.
  checklist: { id: 'ew-checklist', js: [DOCK_SCRIPT, 'content-scripts/checklist.js'], runAt: 'document_idle', allFrames: false },
  // Vacaturecheck (docs/decisions.md#editor-iframes): top frame only; same-origin editor iframes
  // are reached from there.
  vacancy: { id: 'ew-vacancy', js: [DOCK_SCRIPT, 'content-scripts/vacancy.js'], runAt: 'document_idle', allFrames: false },
};

/** The match patterns on which a pillar should run. */
export async function grantedMatches(settings: Settings, pillar: Pillar): Promise<string[]> {
  const wanted = [...new Set(settings.sites.filter((site) => site[pillar]).map((site) => site.match))];
  const granted: string[] = [];
  for (const match of wanted) {
    if (await browser.permissions.contains({ origins: [match] })) granted.push(match);
  }
  return granted;
}

let queue: Promise<void> = Promise.resolve();

/** Bring the registered scripts in line with the settings. Calls are serialised. */
export function syncContentScripts(settings: Settings): Promise<void> {
  queue = queue
    .then(() => syncNow(settings))
    .catch((error: unknown) => {
      console.error('[Eerlijk Werven] could not register content scripts', error);
    });
  return queue;
}

async function syncNow(settings: Settings): Promise<void> {
  const registered = await browser.scripting.getRegisteredContentScripts();
  for (const [pillar, script] of Object.entries(PILLAR_SCRIPTS) as [Pillar, PillarScript][]) {
    const matches = await grantedMatches(settings, pillar);
    const existing = registered.find((entry) => entry.id === script.id);
    if (matches.length === 0) {
      if (existing) await browser.scripting.unregisterContentScripts({ ids: [script.id] });
    } else if (existing) {
      // Settings load again for many reasons (a late policy, a repaired item): an unchanged
      // registration is left as it is.
      if (sameScript(existing, script, matches)) continue;
      await browser.scripting.updateContentScripts([{ id: script.id, js: script.js, matches }]);
    } else {
      await browser.scripting.registerContentScripts([{ ...script, matches, persistAcrossSessions: true }]);
    }
  }
}

function sameScript(existing: { js?: string[]; matches?: string[] }, script: PillarScript, matches: string[]): boolean {
  const same = (a: readonly string[] = [], b: readonly string[]) => a.length === b.length && a.every((entry, index) => entry === b[index]);
  return same(existing.js, script.js) && same([...(existing.matches ?? [])].sort(), [...matches].sort());
}
