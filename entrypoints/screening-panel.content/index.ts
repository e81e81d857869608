import { defineContentScript } from 'wxt/utils/define-content-script';
import { PANEL_HOOK, type PanelHookHolder } from '../screening.content/panel-hook';
import { createPanel } from './panel';

/**
 * The Blind screenen panel, loaded only when the recruiter first opens it (keeps the
 * start-up script small: docs/decisions.md#screening-start-up-size). Never registered
 * for pages: the background runs it with `scripting.executeScript` in the frame of the screening
 * content script that asked (`screening:panel`). It only leaves its factory in the isolated world
 * (panel-hook.ts); the screening content script builds the panel with it.
 */
export default defineContentScript({
  registration: 'runtime',
  main() {
    (globalThis as PanelHookHolder)[PANEL_HOOK] = createPanel;
  },
});
