import { site as stagemarkt } from './stagemarkt';
import { site as werkzoeken } from './werkzoeken';
import { site as nationalevacaturebank } from './nationalevacaturebank';
import { site as werkNl } from './werk-nl';
import { site as youngcapital } from './youngcapital';
import { site as indeed } from './indeed';
import { site as linkedin } from './linkedin';
import { site as recruitee } from './recruitee';
import { site as homerun } from './homerun';
import { site as teamtailor } from './teamtailor';
import { site as workable } from './workable';
import { site as greenhouse } from './greenhouse';
import { site as lever } from './lever';
import { site as jobdigger } from './jobdigger';
import { site as gmail } from './gmail';
import { site as outlook } from './outlook';
import { site as demo } from './demo';
import type { SiteInput } from './site-schema';

/**
 * Every site the extension knows, one file each (docs/decisions.md#one-site-one-file). To add a
 * site, write `lib/sites/<id>.ts` and list it here; docs/extending.md walks through it. The order
 * is the order of the options page. Everything else about sites (settings defaults, host
 * permissions, vacancy and screening adapters) is derived from this list.
 */
export type Site = SiteInput;

export const SITES: readonly Site[] = [
  stagemarkt,
  werkzoeken,
  nationalevacaturebank,
  werkNl,
  youngcapital,
  indeed,
  linkedin,
  recruitee,
  homerun,
  teamtailor,
  workable,
  greenhouse,
  lever,
  jobdigger,
  gmail,
  outlook,
  demo,
];

/** A site's match patterns, each with the name people see for it. */
export function patternsOf(site: Site): { pattern: string; label: string }[] {
  return site.matches.map((match) => (typeof match === 'string' ? { pattern: match, label: site.label } : match));
}

/** Host names a site lives on ("https://*.indeed.com/*" → "indeed.com"); sub-domains belong to it too. */
export function hostsOf(site: Site): string[] {
  return patternsOf(site).map(({ pattern }) =>
    pattern
      .replace(/^[a-z*]+:\/\//u, '')
      .replace(/^\*\./u, '')
      .replace(/\/.*$/u, ''),
  );
}
