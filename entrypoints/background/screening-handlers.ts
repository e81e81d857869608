import { browser } from 'wxt/browser';
import { MARKER_CATEGORIES } from '../../lib/blinding/categories';
import { getDatabase } from '../../lib/db/database';
import { messagesWithPrefixes, resolveLocale } from '../../lib/i18n/translate';
import type { Handlers } from '../../lib/messages/router';
import { hostOf, isPillarOn } from '../../lib/settings/site-lookup';
import { getSettings, updateSettings } from '../../lib/settings/store';
import { pseudonymNumbers } from '../../lib/screening-store/pseudonyms';
import { applicantView, decide, getCriteria, logPause, reveal, saveScores, setCriteria } from '../../lib/screening-store/screening-records';
import { getOrCreateSecret } from '../../lib/screening-store/secret';
import { pickAdapter } from '../../lib/sites/screening-adapters/pick-adapter';

/** The panel script as WXT builds it (`registration: 'runtime'`, never registered for pages). */
export const SCREENING_PANEL_FILE = '/content-scripts/screening-panel.js';

type MessageSender = Parameters<Handlers['screening:session']>[1];

/**
 * Background side of Blind screenen (docs/decisions.md#never-write-into-the-page). The site always
 * comes from the sender's frame, never from the payload, and screening must be switched on for that
 * URL: a page where it is off gets neither the secret nor a number.
 */
async function screeningSite(sender: MessageSender): Promise<{ site: string; url: string }> {
  const url = sender.url ?? sender.tab?.url ?? '';
  const site = hostOf(url);
  if (site === undefined) throw new Error('No site for this sender.');
  if (!isPillarOn(await getSettings(), url, 'screening')) throw new Error('Blind screening is not switched on for this site.');
  return { site, url };
}

export const screeningHandlers: Pick<
  Handlers,
  | 'screening:session'
  | 'screening:pseudonyms'
  | 'screening:applicant'
  | 'screening:criteria'
  | 'screening:score'
  | 'screening:decide'
  | 'screening:reveal'
  | 'screening:panel'
  | 'screening:pause'
> = {
  'screening:session': async (payload, sender) => {
    const settings = await getSettings();
    const locale = resolveLocale(settings.language, browser.i18n.getUILanguage());
    const messages = messagesWithPrefixes(locale, ['screening_']);
    const url = sender.url ?? sender.tab?.url ?? '';
    const site = hostOf(url) ?? '';
    const active = site !== '' && isPillarOn(settings, url, 'screening');
    const paused = settings.screening.pausedSites.includes(site);
    // A category missing from `hidden` is hidden (docs/decisions.md#hide-every-marker-by-default).
    const hidden = MARKER_CATEGORIES.filter((category) => settings.screening.hidden[category] !== false);
    // Fixture pages of the automation build may ask for any site's adapter; the store build
    // always picks by the sender's URL.
    const adapter = pickAdapter(url, import.meta.env.EW_E2E ? payload.adapter : undefined);
    if (!active) return { active, paused, site, adapter, hidden, locale, messages };
    return { active, paused, site, adapter, hidden, locale, messages, secret: await getOrCreateSecret(getDatabase()) };
  },
  'screening:pseudonyms': async ({ keys }, sender) => {
    const { site } = await screeningSite(sender);
    return pseudonymNumbers(getDatabase(), site, keys);
  },
  'screening:applicant': async ({ vacancyId, applicantKey }, sender) => {
    const { site } = await screeningSite(sender);
    const db = getDatabase();
    return { criteria: await getCriteria(db, site, vacancyId), state: await applicantView(db, { site, vacancyId, applicantKey }) };
  },
  'screening:criteria': async ({ vacancyId, criteria }, sender) => {
    const { site } = await screeningSite(sender);
    return { criteria: await setCriteria(getDatabase(), site, vacancyId, criteria) };
  },
  'screening:score': async ({ vacancyId, applicantKey, scores }, sender) => {
    const { site } = await screeningSite(sender);
    return {
      state: await saveScores(
        getDatabase(),
        { site, vacancyId, applicantKey },
        scores.map((score) => ({ ...score, note: score.note ?? '' })),
      ),
    };
  },
  'screening:decide': async ({ vacancyId, applicantKey, decision }, sender) => {
    const { site } = await screeningSite(sender);
    const { view, beforeReveal } = await decide(getDatabase(), { site, vacancyId, applicantKey }, decision);
    return { state: view, beforeReveal };
  },
  'screening:reveal': async ({ vacancyId, applicantKey, reason }, sender) => {
    const { site } = await screeningSite(sender);
    const verdict = await reveal(getDatabase(), { site, vacancyId, applicantKey }, reason);
    return verdict.allowed ? { allowed: true, override: verdict.override } : { allowed: false, override: false, problem: verdict.problem };
  },
  'screening:panel': async (_payload, sender) => {
    await screeningSite(sender);
    const tabId = sender.tab?.id;
    if (tabId === undefined) throw new Error('The screening panel needs a tab.');
    // Only into the frame that asked, in the extension's isolated world (never the page's world).
    await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [SCREENING_PANEL_FILE] });
    return { loaded: true };
  },
  'screening:pause': async ({ paused }, sender) => {
    const { site } = await screeningSite(sender);
    await updateSettings((settings) => {
      const others = settings.screening.pausedSites.filter((entry) => entry !== site);
      settings.screening.pausedSites = paused ? [...others, site] : others;
    });
    await logPause(getDatabase(), site, paused);
    return { paused };
  },
};
