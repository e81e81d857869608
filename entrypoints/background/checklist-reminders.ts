import { browser } from 'wxt/browser';
import { isoDay } from '../../lib/checklist/dates';
import { markReviewed, readReviewedOn, reviewStatus } from '../../lib/checklist-store/review';
import { getDatabase } from '../../lib/db/database';
import { translate } from '../../lib/i18n/translate';
import { getSettings } from '../../lib/settings/store';
import { currentLocale } from './core-handlers';

/**
 * The optional periodic review of the Gouden standaard (docs/decisions.md#review-reminder): a daily
 * alarm checks whether the review is due; if so, a badge on the extension icon and, once a day, a
 * notification.
 */
export const REVIEW_ALARM = 'checklist-review';
const NOTIFICATION_ID = 'checklist-review-due';
const NOTIFIED_ON_KEY = 'checklist.reviewNotifiedOn';
const CHECK_EVERY_MINUTES = 6 * 60;

/** The toolbar button: `action` in Manifest V3, `browserAction` in Firefox's Manifest V2 build. */
function toolbarButton(): typeof browser.action {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

export async function checkReviewDue({ notify }: { notify: boolean }): Promise<boolean> {
  const settings = await getSettings();
  const db = getDatabase();
  const today = isoDay(new Date());
  let reviewedOn = await readReviewedOn(db);
  if (settings.checklist.reviewEveryDays > 0 && !reviewedOn) {
    // Reminders switched on elsewhere (options, a backup): count from today.
    await markReviewed(db, today);
    reviewedOn = today;
  }
  const status = reviewStatus(settings.checklist.reviewEveryDays, reviewedOn, today);
  const locale = await currentLocale();
  const button = toolbarButton();
  await button.setBadgeText({ text: status.due ? '!' : '' });
  if (status.due) {
    await button.setBadgeBackgroundColor({ color: '#a3261f' });
    await button.setTitle({ title: translate(locale, 'checklist_review_badge_title') });
  } else {
    await button.setTitle({ title: translate(locale, 'extName') });
  }
  if (status.due && notify && (await db.meta.get(NOTIFIED_ON_KEY))?.value !== today) {
    await db.meta.put({ key: NOTIFIED_ON_KEY, value: today });
    await browser.notifications.create(NOTIFICATION_ID, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: translate(locale, 'checklist_review_notification_title'),
      message: translate(locale, 'checklist_review_notification_text', status.dueOn ?? today),
    });
  }
  return status.due;
}

/** Alarm, notification click and settings changes; call once when the worker starts. */
export function setUpReviewReminders(): void {
  void browser.alarms.create(REVIEW_ALARM, { delayInMinutes: 1, periodInMinutes: CHECK_EVERY_MINUTES });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REVIEW_ALARM) void checkReviewDue({ notify: true });
  });
  browser.notifications.onClicked.addListener((id) => {
    if (id !== NOTIFICATION_ID) return;
    void browser.tabs.create({ url: `${browser.runtime.getURL('/dashboard.html')}#/checklist` });
    void browser.notifications.clear(id);
  });
}
