import { browser, type Browser } from 'wxt/browser';
import { translate } from '../../lib/i18n/translate';
import { currentLocale } from './core-handlers';
import { runInTab, type VacancyAction } from './vacancy-inject';

/**
 * "Controleer selectie op vooroordelen" in the context menu of selected text
 * (docs/decisions.md#vacancy-check-on-demand).
 */
export const SELECTION_MENU_ID = 'ew-vacancy-check-selection';

/** Manifest `commands` (wxt.config.ts) and what each asks the page's vacancy script to do. */
export const VACANCY_COMMANDS: Record<string, VacancyAction> = {
  'vacancy-toggle-panel': 'toggle-panel',
  'vacancy-next-finding': 'next',
  'vacancy-previous-finding': 'previous',
};

/** (Re)create our menu entry in the user's language; other pillars' entries are left alone. */
export async function createVacancyMenu(): Promise<void> {
  const title = translate(await currentLocale(), 'vacancy_menu_check_selection');
  await browser.contextMenus.remove(SELECTION_MENU_ID).catch(() => undefined);
  browser.contextMenus.create({ id: SELECTION_MENU_ID, title, contexts: ['selection'] });
}

export async function onVacancyMenuClick(info: Browser.contextMenus.OnClickData, tab: Browser.tabs.Tab | undefined): Promise<boolean> {
  if (info.menuItemId !== SELECTION_MENU_ID || tab?.id === undefined) return false;
  return runInTab(tab.id, 'selection', { frameId: info.frameId, selectionText: info.selectionText?.slice(0, 50_000) });
}

export async function onVacancyCommand(command: string, tab: Browser.tabs.Tab | undefined): Promise<boolean> {
  const action = VACANCY_COMMANDS[command];
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (!action || tabId === undefined) return false;
  return runInTab(tabId, action);
}

/** Wire the menu and the shortcuts. Headless tests cannot click a menu: the automation build exposes the handlers. */
export function setUpVacancyMenuAndCommands(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => void onVacancyMenuClick(info, tab));
  browser.commands.onCommand.addListener((command, tab) => void onVacancyCommand(command, tab));
  if (import.meta.env.EW_E2E) {
    (globalThis as unknown as Record<string, unknown>).__ewVacancyAutomation = { onVacancyMenuClick, onVacancyCommand };
  }
}
