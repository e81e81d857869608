import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onNotice } from '../../lib/messages/notices';
import { createVacancyController, type VacancyController, type VacancyRequest } from './controller';
import { loadSetup } from './strings';
import { createUiRoot } from './ui-root';

/**
 * Vacaturecheck on the page (docs/decisions.md#content-script-shell). Registered at run time only
 * for sites where the user switched the check on (entrypoints/background/content-script-registry.ts),
 * or injected on demand with activeTab by the popup, the shortcut or the context menu
 * (entrypoints/background/vacancy-inject.ts), which leave a request in this isolated world first.
 *
 * One check per page. Injected again where it already runs, this copy hands its request to the
 * running check and stops. WXT marks the older copy's context invalid whenever a newer copy starts,
 * so the check's one signal aborts only when the extension itself is gone (updated or switched
 * off), which every copy's context reports.
 */
interface PendingRequest {
  action: VacancyRequest;
  text: string;
}

interface VacancyGlobal {
  __eerlijkWervenVacancy?: { request: (action: VacancyRequest, text: string) => void; adopt: (ctx: ContentScriptContext) => void };
  __eerlijkWervenVacancyRequest?: PendingRequest;
}

export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    const scope = globalThis as unknown as VacancyGlobal;
    const pending = scope.__eerlijkWervenVacancyRequest;
    scope.__eerlijkWervenVacancyRequest = undefined;
    const running = scope.__eerlijkWervenVacancy;
    if (running) {
      running.adopt(ctx);
      if (pending) running.request(pending.action, pending.text);
      return;
    }
    const life = new AbortController();
    const adopt = (context: ContentScriptContext) =>
      context.onInvalidated(() => {
        if (browser.runtime?.id === undefined) life.abort();
      });
    const queue: PendingRequest[] = pending ? [pending] : [];
    let controller: VacancyController | undefined;
    scope.__eerlijkWervenVacancy = {
      request: (action, text) => (controller ? controller.request(action, text) : queue.push({ action, text })),
      adopt,
    };
    adopt(ctx);
    life.signal.addEventListener('abort', () => (scope.__eerlijkWervenVacancy = undefined), { once: true });
    // Ignores undone on the dashboard: check again so the findings come back without a reload.
    onNotice('vacancy:recheck', () => controller?.recheck(), life.signal);
    void loadSetup(location.href).then((setup) => {
      if (life.signal.aborted) return;
      controller = createVacancyController(document, createUiRoot(document, setup.css.ui, life.signal), setup, life.signal);
      const first = queue.shift();
      if (first) controller.request(first.action, first.text);
      else controller.start('auto');
      for (const next of queue.splice(0)) controller.request(next.action, next.text);
    });
  },
});
