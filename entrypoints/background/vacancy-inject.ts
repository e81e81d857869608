import { browser } from 'wxt/browser';
import { sendNoticeToTab } from '../../lib/messages/notices';

/** The vacancy content script as WXT builds it (`registration: 'runtime'`). */
export const VACANCY_SCRIPT_FILE = '/content-scripts/vacancy.js';
/** The page's one dock, where the check's badge goes (docs/decisions.md#one-dock). */
export const DOCK_SCRIPT_FILE = '/content-scripts/dock.js';

/** What the background can ask a running vacancy script to do. */
export type VacancyAction = 'panel' | 'toggle-panel' | 'check' | 'next' | 'previous' | 'selection';

/**
 * Run the vacancy script in a tab (a second run finds the first and reuses it) and hand it an
 * action. Works with `activeTab` alone, right after the user clicked the popup, the context menu
 * or pressed the shortcut, so no permanent host access is needed
 * (docs/decisions.md#vacancy-check-on-demand).
 */
export async function runInTab(
  tabId: number,
  action: VacancyAction,
  options: { frameId?: number; selectionText?: string } = {},
): Promise<boolean> {
  const target = options.frameId !== undefined ? { tabId, frameIds: [options.frameId] } : { tabId };
  try {
    // Leave the request where the script looks first (its isolated world, invisible to the page),
    // then run the script: a fresh one starts in on-demand mode, a running one takes the request.
    await browser.scripting.executeScript({
      target,
      func: (name: string, text: string) => {
        (globalThis as unknown as Record<string, unknown>).__eerlijkWervenVacancyRequest = { action: name, text };
      },
      args: [action, options.selectionText ?? ''],
    });
    await browser.scripting.executeScript({ target, files: [DOCK_SCRIPT_FILE, VACANCY_SCRIPT_FILE] });
    return true;
  } catch (error) {
    console.warn('[Eerlijk Werven] could not run the vacancy check in this tab', error);
    return false;
  }
}

/**
 * Tell the vacancy check in every open tab to check again (after an ignore was undone on the
 * dashboard). Tabs without the script refuse the message; that is expected and ignored.
 */
export async function recheckOpenTabs(): Promise<number> {
  const tabs = await browser.tabs.query({});
  const tell = async (tabId: number): Promise<boolean> => {
    try {
      await sendNoticeToTab(tabId, 'vacancy:recheck');
      return true;
    } catch {
      return false;
    }
  };
  const sent = await Promise.all(tabs.map((tab) => (tab.id === undefined ? false : tell(tab.id))));
  return sent.filter(Boolean).length;
}
