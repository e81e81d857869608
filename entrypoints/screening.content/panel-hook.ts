import type { ScreeningController } from './controller';

/**
 * The hand-off between the start-up script and the panel script (the panel is not part of the
 * start-up script, which runs on every page: docs/decisions.md#screening-start-up-size). On the
 * first trusted open the content script asks the background (`screening:panel`) to run
 * `content-scripts/screening-panel.js` in its own frame; that script leaves its factory under
 * PANEL_HOOK on the global object of the extension's isolated world, which page scripts cannot see.
 * The key is a symbol, not a name: an element with an `id` shows up as a named property of
 * `window` in every world, so a page could otherwise put an element where the factory should be.
 */
export const PANEL_HOOK: unique symbol = Symbol.for('eerlijk-werven.screening-panel');

export interface ScreeningPanel {
  toggle: (open?: boolean) => void;
}

export type CreatePanel = (controller: ScreeningController, root: HTMLElement, returnFocus: () => void) => ScreeningPanel;

export type PanelHookHolder = Partial<Record<typeof PANEL_HOOK, CreatePanel>>;
