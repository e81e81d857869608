import { browser } from 'wxt/browser';
import { z } from 'zod';
import { translate } from '../../lib/i18n/translate';
import { dockPositionSchema, type DockPosition } from '../../lib/messages/dock-messages';
import type { Handlers } from '../../lib/messages/router';
import { hostOf } from '../../lib/settings/site-lookup';
import { currentLocale } from './core-handlers';

/** Where the user put the dock, per host; the oldest entries go first beyond this many sites. */
export const DOCK_POSITIONS_KEY = 'dockPositions';
const MAX_SITES = 200;
const storedSchema = z.record(z.string().max(253), dockPositionSchema);

async function readPositions(): Promise<Record<string, DockPosition>> {
  const stored = (await browser.storage.local.get(DOCK_POSITIONS_KEY))[DOCK_POSITIONS_KEY];
  const parsed = storedSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : {};
}

export const dockHandlers: Pick<Handlers, 'dock:setup' | 'dock:save-position'> = {
  'dock:setup': async (_payload, sender) => {
    const locale = await currentLocale();
    const host = sender.tab?.url ? hostOf(sender.tab.url) : undefined;
    const position = host ? ((await readPositions())[host] ?? null) : null;
    const texts = {
      label: translate(locale, 'dock_label'),
      move: translate(locale, 'dock_move'),
      moveHelp: translate(locale, 'dock_move_help'),
    };
    return { texts, position };
  },
  'dock:save-position': async ({ position }, sender) => {
    const host = sender.tab?.url ? hostOf(sender.tab.url) : undefined;
    if (!host) return { saved: false };
    const positions = await readPositions();
    delete positions[host];
    if (position) positions[host] = position;
    const kept = Object.fromEntries(Object.entries(positions).slice(-MAX_SITES));
    await browser.storage.local.set({ [DOCK_POSITIONS_KEY]: kept });
    return { saved: true };
  },
};
