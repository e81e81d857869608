import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { VacancyController, type VacancyRequest } from './controller';
import { loadSetup } from './strings';
import { isRecheckMessage } from './tab-channel';
import { createUiRoot } from './ui-root';

/**
 * Vacaturecheck on the page (docs/decisions.md#site-adapters-then-generic). Registered at run time
 * only for sites where the user switched the check on
 * (entrypoints/background/content-script-registry.ts), or injected on demand with activeTab by the
 * popup, the shortcut or the context menu (entrypoints/background/vacancy-inject.ts), which leave a
 * request in this isolated world first.
 */
interface PendingRequest {
  action: VacancyRequest;
  text: string;
}

interface VacancyGlobal {
  __eerlijkWervenVacancy?: { request: (action: VacancyRequest, text: string) => void; snapshot?: () => unknown };
  __eerlijkWervenVacancyRequest?: PendingRequest;
}

export default defineContentScript({
  registration: 'runtime',
  main() {
    const scope = globalThis as unknown as VacancyGlobal;
    const pending = scope.__eerlijkWervenVacancyRequest;
    scope.__eerlijkWervenVacancyRequest = undefined;
    // Injected again into a page where we already run: hand over the request and stop.
    if (scope.__eerlijkWervenVacancy) {
      if (pending) scope.__eerlijkWervenVacancy.request(pending.action, pending.text);
      return;
    }
    const queue: PendingRequest[] = pending ? [pending] : [];
    let controller: VacancyController | undefined;
    scope.__eerlijkWervenVacancy = {
      request: (action, text) => (controller ? controller.request(action, text) : queue.push({ action, text })),
      snapshot: () => controller?.snapshot(),
    };
    // Ignores undone on the dashboard: check again so the findings come back without a reload.
    browser.runtime.onMessage.addListener((message: unknown) => {
      if (isRecheckMessage(message)) controller?.recheck();
    });
    void loadSetup(location.href).then((setup) => {
      controller = new VacancyController(document, createUiRoot(document, setup.css.ui), setup);
      const first = queue.shift();
      if (first) controller.request(first.action, first.text);
      else controller.start('auto');
      for (const next of queue.splice(0)) controller.request(next.action, next.text);
    });
  },
});
