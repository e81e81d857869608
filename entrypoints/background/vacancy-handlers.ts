import { browser } from 'wxt/browser';
import { UI_CSS } from '../../components/vacancy/overlay-styles';
import { getDatabase } from '../../lib/db/database';
import { HIGHLIGHT_CSS } from '../../lib/highlight/highlight-layer';
import { messagesWithPrefixes } from '../../lib/i18n/translate';
import { VACANCY_ADAPTERS } from '../../lib/sites/vacancy-adapters/adapters';
import { adapterForUrl, isKnownNonVacancyPage } from '../../lib/sites/vacancy-adapters/select-adapter';
import type { Handlers } from '../../lib/messages/router';
import { looksLikeInternshipAd } from '../../lib/readability/internship';
import { isReadabilityOn, readabilityTarget } from '../../lib/settings/readability-sites';
import { hostOf, isPillarOn } from '../../lib/settings/site-lookup';
import { getSettings, updateSettings } from '../../lib/settings/store';
import { currentLocale } from './core-handlers';
import { noteReadability } from './readability-evidence';
import { analyzeForPage, ignoresFor } from './vacancy-analysis';
import { forgetOccurrences, forgetRuleIgnores, ignoredFingerprints, ignoreOccurrence } from './vacancy-ignores';
import { recheckOpenTabs, runInTab } from './vacancy-inject';

/** The site of a message: the frame's URL, else the tab's; never something the page claims. */
function senderSite(sender: { url?: string; tab?: { url?: string } }): string | undefined {
  return (sender.url && hostOf(sender.url)) || (sender.tab?.url && hostOf(sender.tab.url)) || undefined;
}

/**
 * The page URL that decides the site adapter: the sender's own frame URL (the tab's for the top
 * frame). The script's claimed URL is used only when it has the same origin, because a
 * single-page app may have moved on (pushState) since the browser recorded the sender's URL.
 */
export function setupUrl(claimed: string, sender: { url?: string; tab?: { url?: string } }): string {
  const actual = sender.url ?? sender.tab?.url;
  if (!actual) throw new Error('No page for this sender');
  try {
    return new URL(claimed).origin === new URL(actual).origin ? claimed : actual;
  } catch {
    return actual;
  }
}

export const vacancyHandlers: Pick<
  Handlers,
  'vacancy:setup' | 'vacancy:analyze' | 'vacancy:ignore' | 'vacancy:check-tab' | 'vacancy:forget-ignore'
> = {
  'vacancy:setup': async (payload, sender) => {
    const url = setupUrl(payload.url, sender);
    const [locale, settings] = await Promise.all([currentLocale(), getSettings()]);
    const adapter = adapterForUrl(url, VACANCY_ADAPTERS);
    // Where blind screening runs, pages show applicants, and their notes and fields may hold names,
    // which must never travel in messages (docs/decisions.md#never-write-into-the-page). There the
    // automatic check runs only on pages an adapter knows as vacancy pages or editors; a check the
    // user asks for still runs.
    const host = hostOf(url);
    const screening = isPillarOn(settings, url, 'screening') && !(host && settings.screening.pausedSites.includes(host));
    return {
      locale,
      messages: messagesWithPrefixes(locale, ['vacancy_']),
      adapter: adapter ?? null,
      idle: isKnownNonVacancyPage(url, VACANCY_ADAPTERS) || (screening && adapter === undefined),
      css: { ui: UI_CSS, highlight: HIGHLIGHT_CSS },
    };
  },
  'vacancy:analyze': async ({ text, lang, block }, sender) => {
    const site = senderSite(sender);
    const [settings, locale, fingerprints] = await Promise.all([
      getSettings(),
      currentLocale(),
      site ? ignoredFingerprints(getDatabase(), site) : Promise.resolve([]),
    ]);
    const key = `${sender.tab?.id ?? -1}:${sender.frameId ?? 0}:${block ?? 'default'}`;
    const target = isReadabilityOn(settings, site) ? readabilityTarget(settings, looksLikeInternshipAd(text)) : null;
    const reply = analyzeForPage(text, lang ?? 'auto', locale, ignoresFor(settings, site, fingerprints), key, target);
    if (reply.readability) noteReadability(sender.tab?.id, key, text.length, reply.readability.reached);
    return reply;
  },
  'vacancy:ignore': async ({ scope, ruleId, fingerprint }, sender) => {
    const site = senderSite(sender);
    if (!site) return { ignored: false };
    if (scope === 'occurrence') {
      await ignoreOccurrence(getDatabase(), site, fingerprint, ruleId);
    } else if (scope === 'rule-everywhere') {
      await updateSettings((settings) => {
        if (!settings.wording.ignoredRules.includes(ruleId))
          settings.wording.ignoredRules = [...settings.wording.ignoredRules, ruleId].slice(-1000);
      });
    } else {
      await updateSettings((settings) => {
        const current = settings.wording.ignoredRulesBySite[site] ?? [];
        if (!current.includes(ruleId)) settings.wording.ignoredRulesBySite[site] = [...current, ruleId].slice(-1000);
      });
    }
    return { ignored: true };
  },
  'vacancy:check-tab': async ({ tabId }) => {
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    if (!tab?.url || !/^https?:/.test(tab.url)) return { injected: false };
    return { injected: await runInTab(tabId, 'panel') };
  },
  'vacancy:forget-ignore': async (request) => {
    let removed = await forgetOccurrences(getDatabase(), request);
    const inSettings =
      request.kind === 'rule-everywhere' || request.kind === 'rule-site' || (request.kind === 'clear' && request.list !== 'occurrences');
    if (inSettings) {
      await updateSettings((settings) => {
        removed += forgetRuleIgnores(settings, request);
      });
    }
    if (removed > 0) await recheckOpenTabs();
    return { removed };
  },
};
