import { defineContentScript } from 'wxt/utils/define-content-script';
import { ask } from '../../lib/messages/content-client';
import { onNotice } from '../../lib/messages/notices';
import { mountBadge } from './badge';
import { detectPageContext } from './page-context';

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
    const badge = mountBadge(
      context,
      summary,
      {
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
      },
      ctx.signal,
    );

    onNotice('checklist:close-panel', () => badge.close(), ctx.signal);
    ctx.addEventListener(document, 'visibilitychange', () => {
      if (document.visibilityState === 'visible') refresh();
    });
  },
});
