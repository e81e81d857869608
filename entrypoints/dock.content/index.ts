import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { installDock } from '../../lib/content/dock';

/**
 * The page's one Eerlijk Werven dock (docs/decisions.md#one-dock). Not registered by itself: the
 * background puts this file before each pillar's script (content-script-registry.ts,
 * vacancy-inject.ts), so it runs wherever a pillar runs; only the first copy in the top frame
 * builds the dock. WXT marks an older copy's context invalid when a newer copy starts, so the
 * dock's signal aborts only when the extension itself is gone.
 */
export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    if (window !== window.top) return;
    const life = new AbortController();
    ctx.onInvalidated(() => {
      if (browser.runtime?.id === undefined) life.abort();
    });
    installDock(document, life.signal);
  },
});
