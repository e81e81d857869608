import type { Level } from '../readability/levels';
import type { Settings } from './schema';

/**
 * Where the readability check runs and what it aims for. It runs wherever the vacancy check runs,
 * except on the hosts in `readability.offSites`; an entry "*.example.nl" covers its subdomains,
 * as the host part of a site's match pattern does.
 */
export function isReadabilityOn(settings: Settings, host: string | undefined): boolean {
  if (!host) return true;
  return !settings.readability.offSites.some(
    (off) => off === host || (off.startsWith('*.') && (host === off.slice(2) || host.endsWith(off.slice(1)))),
  );
}

/** The off-switch key of a site's match pattern: its host part ("https://*.recruitee.com/*" → "*.recruitee.com"). */
export function readabilityKeyOf(match: string): string {
  const host = /^[^:]+:\/\/([^/]+)/.exec(match)?.[1] ?? match;
  return host.replace(/:\d+$/, '');
}

/** The target for an ad: internship ads and other vacancies each have their own setting. */
export function readabilityTarget(settings: Settings, internship: boolean): Level {
  return internship ? settings.readability.target : settings.readability.otherTarget;
}
