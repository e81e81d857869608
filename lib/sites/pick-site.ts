import { matchesUrl } from './match-pattern';
import { patternsOf, SITES, type Site } from './registry';

/**
 * The one picker: which site a page belongs to, and whether a pillar's hints apply to it. A site
 * covers a URL when one of its match patterns does; its hints apply when their `paths` pattern
 * (if any) matches the path with the query.
 */
export function siteForUrl(url: string, sites: readonly Site[] = SITES): Site | undefined {
  return sites.find((site) => patternsOf(site).some(({ pattern }) => matchesUrl(pattern, url)));
}

export type HintedPillar = 'vacancy' | 'screening';

/** The site whose `pillar` hints apply to `url`, or undefined (no site, no hints, or another page of the site). */
export function siteWithHintsForUrl(url: string, pillar: HintedPillar, sites: readonly Site[] = SITES): Site | undefined {
  const site = siteForUrl(url, sites);
  const hints = site?.[pillar];
  if (!site || !hints) return undefined;
  if (hints.paths === undefined) return site;
  const parsed = new URL(url);
  return new RegExp(hints.paths).test(parsed.pathname + parsed.search) ? site : undefined;
}
