import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { ask } from '../../lib/messages/content-client';
import { mountBadge } from './badge';
import { detectPageContext } from './page-context';
import { CHECKLIST_TAB_CHANNEL } from './tab-channel';

/**
 * Gouden standaard in context (docs/decisions.md#checklist-in-context). Registered at run time by
 * the background only on sites where the checklist is switched on (content-script-registry.ts), top
 * frame only. Shows a badge with the active organisation's progress unless the user dismissed it
 * for this site.
 */
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  allFrames: false,
  async main(ctx) {
    const context = detectPageContext(location.href, document);
    const summary = await ask('checklist:summary', { context }).catch(() => undefined);
    if (!summary?.show || ctx.isInvalid) return;

    const refresh = () => {
      void ask('checklist:summary', { context }).then(
        (next) => badge.update(next),
        () => undefined,
      );
    };
    const badge = mountBadge(context, summary, {
      dismiss: () => {
        badge.remove();
        void ask('checklist:dismiss-site', {}).catch(() => undefined);
      },
      closed: refresh,
      frameToken: () =>
        ask('checklist:frame-token', {}).then(
          (reply) => reply.token,
          () => undefined,
        ),
    });

    // Only the background can send this (the page cannot reach runtime messaging).
    const onMessage = (message: unknown) => {
      const { channel, type } = (message ?? {}) as { channel?: unknown; type?: unknown };
      if (channel === CHECKLIST_TAB_CHANNEL && type === 'close-panel') badge.close();
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.addEventListener(document, 'visibilitychange', () => {
      if (document.visibilityState === 'visible') refresh();
    });
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      badge.remove();
    });
  },
});
