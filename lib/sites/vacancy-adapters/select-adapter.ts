import { siteForUrl, siteWithHintsForUrl } from '../pick-site';
import { VACANCY_ADAPTERS } from './adapters';
import type { VacancyAdapter } from './schema';

/** The vacancy adapter for a URL (the one picker in `lib/sites/pick-site.ts`), among `adapters`. */
export function adapterForUrl(url: string, adapters: readonly VacancyAdapter[] = VACANCY_ADAPTERS): VacancyAdapter | undefined {
  const site = siteWithHintsForUrl(url, 'vacancy');
  return site && adapters.find((adapter) => adapter.id === site.id);
}

/**
 * A page of a known vacancy site that is not a vacancy page (search results, a profile): the
 * registered script does nothing there (architecture principle 7).
 */
export function isKnownNonVacancyPage(url: string, adapters: readonly VacancyAdapter[] = VACANCY_ADAPTERS): boolean {
  const site = siteForUrl(url);
  return site !== undefined && adapters.some((adapter) => adapter.id === site.id) && adapterForUrl(url, adapters) === undefined;
}
