import type { Pillar } from '../sites/known-sites';
import { KNOWN_SITES } from '../sites/known-sites';
import { matchesUrl } from '../sites/match-pattern';
import type { Settings, SiteSetting } from './schema';

/** The settings entries whose pattern covers `url` (a page can fall under several). */
export function sitesForUrl(settings: Settings, url: string): SiteSetting[] {
  return settings.sites.filter((site) => matchesUrl(site.match, url));
}

/**
 * Is a pillar switched on for this URL? When the organisation's policy covers the URL, its entries
 * decide; otherwise true when any covering entry switches it on.
 */
export function isPillarOn(settings: Settings, url: string, pillar: Pillar): boolean {
  const covering = sitesForUrl(settings, url);
  const managed = covering.filter((site) => site.managed);
  return (managed.length > 0 ? managed : covering).some((site) => site[pillar]);
}

/** Is this URL covered by a site that the organisation's policy sets (so its switches are locked)? */
export function isManagedUrl(settings: Settings, url: string): boolean {
  return sitesForUrl(settings, url).some((site) => site.managed);
}

/** The known site (label, id) behind a URL, if any. */
export function knownSiteForUrl(url: string) {
  return KNOWN_SITES.find((site) => matchesUrl(site.match, url));
}

/** Host name of a URL, or undefined for URLs without one. */
export function hostOf(url: string): string | undefined {
  try {
    const host = new URL(url).hostname;
    return host === '' ? undefined : host;
  } catch {
    return undefined;
  }
}
