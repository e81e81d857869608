import { browser } from 'wxt/browser';
import { recordActivity } from '../../lib/db/activity';
import { getDatabase } from '../../lib/db/database';
import { messagesWithPrefixes, resolveLocale } from '../../lib/i18n/translate';
import type { Handlers } from '../../lib/messages/router';
import { hostOf } from '../../lib/settings/site-lookup';
import { getSettings } from '../../lib/settings/store';
import { isFirstCountToday } from './counted-pages';
import { recordReadableVacancy } from './readability-evidence';

export async function currentLocale() {
  const settings = await getSettings();
  return resolveLocale(settings.language, browser.i18n.getUILanguage());
}

export const coreHandlers: Pick<Handlers, 'i18n:messages' | 'dashboard:open' | 'activity:record'> = {
  'i18n:messages': async ({ prefixes }) => {
    const locale = await currentLocale();
    return { locale, messages: messagesWithPrefixes(locale, prefixes) };
  },
  'dashboard:open': async ({ route }) => {
    await browser.tabs.create({ url: `${browser.runtime.getURL('/dashboard.html')}${route ?? ''}` });
    return { opened: true };
  },
  // The site is taken from the sender, never from the payload: a page cannot book counts elsewhere.
  'activity:record': async ({ metric, count, breakdown }, sender) => {
    // Only the background's own reading counts a vacancy as readable (readability-evidence.ts).
    if (metric === 'vacancies-readable') return { recorded: false };
    const site = (sender.tab?.url && hostOf(sender.tab.url)) || 'extension';
    if (metric === 'vacancies-checked' && sender.tab?.url && !(await isFirstCountToday(sender.tab.url))) return { recorded: false };
    await recordActivity(getDatabase(), { site, metric, count, breakdown });
    if (metric === 'vacancies-checked') await recordReadableVacancy(getDatabase(), sender.tab?.id, site);
    return { recorded: true };
  },
};
