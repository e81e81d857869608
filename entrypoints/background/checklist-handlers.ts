import { computeProgress } from '../../lib/checklist/progress';
import { loadBundledPack } from '../../lib/checklist-store/bundled-pack';
import { ItemChangeError, updateItem, type ItemChange } from '../../lib/checklist-store/item-updates';
import { readChecklistState } from '../../lib/checklist-store/state';
import { getDatabase } from '../../lib/db/database';
import { translate } from '../../lib/i18n/translate';
import type { Handlers } from '../../lib/messages/router';
import { hostOf, isPillarOn } from '../../lib/settings/site-lookup';
import { getSettings, updateSettings } from '../../lib/settings/store';
import { sendNoticeToTab } from '../../lib/messages/notices';
import { issueFrameToken } from './checklist-frame-tokens';
import { checkReviewDue } from './checklist-reminders';
import { currentLocale } from './core-handlers';

/** The site a content script runs on, from the sender (never from the payload). */
function senderHost(sender: { tab?: { url?: string } }): string {
  const host = sender.tab?.url ? hostOf(sender.tab.url) : '';
  if (!host) throw new Error('No site for this sender');
  return host;
}

type ChecklistMessage =
  | 'checklist:summary'
  | 'checklist:dismiss-site'
  | 'checklist:frame-token'
  | 'checklist:close-panel'
  | 'checklist:review-check'
  | 'checklist:state'
  | 'checklist:update-item';

export const checklistHandlers: Pick<Handlers, ChecklistMessage> = {
  'checklist:state': async () => readChecklistState(getDatabase(), await loadBundledPack()),
  'checklist:update-item': async ({ itemId, change }) => {
    try {
      await updateItem(getDatabase(), await loadBundledPack(), itemId, change as ItemChange);
      return { ok: true as const };
    } catch (error) {
      if (error instanceof ItemChangeError) return { ok: false as const, code: error.code };
      throw error;
    }
  },
  'checklist:summary': async (_payload, sender) => {
    const host = senderHost(sender);
    const [settings, locale, bundled] = await Promise.all([getSettings(), currentLocale(), loadBundledPack()]);
    const state = await readChecklistState(getDatabase(), bundled);
    const percent = computeProgress(state.pack, state.progress).overall.percent;
    const shown = percent === null ? '–' : `${Math.round(percent)}%`;
    return {
      show: !settings.checklist.dismissedSites.includes(host),
      percent,
      organisation: state.organisation.name,
      texts: {
        badge: translate(locale, 'checklist_badge_label', shown),
        open: translate(locale, 'checklist_badge_open', state.organisation.name, shown),
        close: translate(locale, 'checklist_badge_close'),
        dismiss: translate(locale, 'checklist_badge_dismiss', host),
        panel: translate(locale, 'checklist_panel_title'),
      },
    };
  },
  'checklist:dismiss-site': async (_payload, sender) => {
    const host = senderHost(sender);
    await updateSettings((settings) => {
      if (!settings.checklist.dismissedSites.includes(host)) settings.checklist.dismissedSites.push(host);
    });
    return { dismissed: true };
  },
  // Only the badge's own frame gets a token: top frame of a tab where the checklist is on.
  'checklist:frame-token': async (_payload, sender) => {
    const tabId = sender.tab?.id;
    const tabUrl = sender.tab?.url;
    if (tabId === undefined || sender.frameId !== 0 || !tabUrl) throw new Error('No tab for this sender');
    if (!isPillarOn(await getSettings(), tabUrl, 'checklist')) throw new Error('The checklist is off for this site');
    return { token: await issueFrameToken(tabId) };
  },
  // The panel frame lives in a web page's tab: tell that tab's top-frame content script.
  'checklist:close-panel': async (_payload, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return { closed: false };
    await sendNoticeToTab(tabId, 'checklist:close-panel');
    return { closed: true };
  },
  'checklist:review-check': async () => ({ due: await checkReviewDue({ notify: false }) }),
};
