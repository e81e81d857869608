import { hostsOf, SITES } from '../registry';
import type { VacancyAdapter } from './schema';

/**
 * The vacancy adapters, derived from the sites' `vacancy` hints (one file a site:
 * `lib/sites/<id>.ts`). The background sends a page's adapter to the content script. Selectors
 * were read from the sites' public pages (2025) and will drift as the sites change: the canary
 * logs a selector that stops matching once per page load (`lib/sites/canary.ts`), and the generic
 * fallback still finds the largest block of vacancy text, so a stale adapter degrades instead of
 * breaking.
 */
export const VACANCY_ADAPTERS: readonly VacancyAdapter[] = SITES.flatMap((site) => {
  const hints = site.vacancy;
  if (!hints) return [];
  return [
    {
      id: site.id,
      label: site.label,
      hosts: hostsOf(site),
      ...(hints.paths === undefined ? {} : { paths: hints.paths }),
      content: hints.content ?? [],
      editors: hints.editors ?? [],
      exclude: hints.exclude ?? [],
      canary: hints.canary ?? true,
    },
  ];
});
