import type { ScreeningController } from './controller';

/**
 * The hand-off between the start-up script and the panel script (the panel is not part of the
 * start-up script, which runs on every page: docs/decisions.md#screening-start-up-size). On the
 * first trusted open the content script asks the background (`screening:panel`) to run
 * `content-scripts/screening-panel.js` in its own frame; that script leaves its factory under
 * PANEL_HOOK on the global object of the extension's isolated world, which page scripts cannot see.
 */
export const PANEL_HOOK = '__eerlijkWervenScreeningPanel';

export interface ScreeningPanel {
  toggle: (open?: boolean) => void;
}

export type CreatePanel = (controller: ScreeningController, root: HTMLElement, returnFocus: () => void) => ScreeningPanel;

export type PanelHookHolder = Partial<Record<typeof PANEL_HOOK, CreatePanel>>;
