import type { Pillar } from '../sites/known-sites';
import { matchesUrl } from '../sites/match-pattern';
import type { Settings } from './schema';

/** The match pattern for a page's whole host, e.g. "https://werkenbij.acme.nl/*". */
export function hostPatternFor(url: string): string | undefined {
  try {
    const { protocol, hostname } = new URL(url);
    if ((protocol !== 'https:' && protocol !== 'http:') || hostname === '') return undefined;
    return `${protocol}//${hostname}/*`;
  } catch {
    return undefined;
  }
}

/**
 * Switch a pillar on or off for the site of `url`, as the popup does. Every entry that covers the
 * URL follows the switch (otherwise a second entry would keep it on); when none covers it, an entry
 * for the page's host is added. Returns the patterns that now carry the change.
 */
export function setPillarForUrl(settings: Settings, url: string, pillar: Pillar, on: boolean): { settings: Settings; patterns: string[] } {
  const covering = settings.sites.filter((site) => matchesUrl(site.match, url));
  if (covering.length > 0) {
    return {
      settings: { ...settings, sites: settings.sites.map((site) => (covering.includes(site) ? { ...site, [pillar]: on } : site)) },
      patterns: covering.map((site) => site.match),
    };
  }
  const match = hostPatternFor(url);
  if (match === undefined || !on) return { settings, patterns: [] };
  const added = { match, vacancy: false, screening: false, checklist: false, [pillar]: true };
  return { settings: { ...settings, sites: [...settings.sites, added] }, patterns: [match] };
}
