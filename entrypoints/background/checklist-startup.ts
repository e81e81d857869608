import { browser } from 'wxt/browser';
import { loadBundledPack } from '../../lib/checklist-store/bundled-pack';
import { syncBundledPack } from '../../lib/checklist-store/pack-store';
import { getDatabase } from '../../lib/db/database';
import { watchSettings } from '../../lib/settings/store';
import { forgetFrameToken } from './checklist-frame-tokens';
import { checkReviewDue, setUpReviewReminders } from './checklist-reminders';

/** Move progress along when an update brought a new version of the bundled pack. */
async function syncPack(): Promise<void> {
  try {
    const summary = await syncBundledPack(getDatabase(), await loadBundledPack());
    if (summary) console.info('[Eerlijk Werven] checklist progress moved to the new pack version', summary);
  } catch (error) {
    console.error('[Eerlijk Werven] could not move checklist progress to the new pack', error);
  }
}

/** The Gouden standaard's background duties; call once when the worker starts. */
export function setUpChecklistBackground(): void {
  setUpReviewReminders();
  browser.tabs.onRemoved.addListener((tabId) => void forgetFrameToken(tabId));
  browser.runtime.onInstalled.addListener(() => void syncPack().then(() => checkReviewDue({ notify: false })));
  browser.runtime.onStartup.addListener(() => void syncPack().then(() => checkReviewDue({ notify: true })));
  let every: number | undefined;
  watchSettings(({ settings }) => {
    if (settings.checklist.reviewEveryDays === every) return;
    every = settings.checklist.reviewEveryDays;
    void checkReviewDue({ notify: false });
  });
}
