import { KNOWN_SITES } from '../sites/known-sites';
import { SETTINGS_VERSION, type Settings, type SiteSetting } from './schema';

/** One settings entry per known site, with that site's default pillars. */
export function defaultSites(): SiteSetting[] {
  return KNOWN_SITES.map((site) => ({ match: site.match, ...site.defaults }));
}

export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    language: 'browser',
    sites: defaultSites(),
    wording: { ignoredRules: [], ignoredRulesBySite: {} },
    screening: { hidden: {}, pausedSites: [] },
    checklist: { dismissedSites: [], reviewEveryDays: 0 },
    readability: { target: 'B1', otherTarget: 'B1', offSites: [] },
  };
}
