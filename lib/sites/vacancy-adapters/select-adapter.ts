import type { VacancyAdapter } from './schema';

/** The adapter for a URL: host equal to or under one of its hosts, and a path its pattern allows. */
export function adapterForUrl(url: string, adapters: readonly VacancyAdapter[]): VacancyAdapter | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const host = parsed.hostname.toLowerCase();
  return adapters.find((adapter) => {
    if (!adapter.hosts.some((h) => host === h || host.endsWith(`.${h}`))) return false;
    return adapter.paths === undefined || new RegExp(adapter.paths).test(parsed.pathname + parsed.search);
  });
}

/**
 * A page of a known site that is not a vacancy page (search results, a profile): the registered
 * script does nothing there (architecture principle 7).
 */
export function isKnownNonVacancyPage(url: string, adapters: readonly VacancyAdapter[]): boolean {
  if (adapterForUrl(url, adapters)) return false;
  return (
    adapterForUrl(
      url,
      adapters.map((adapter) => ({ ...adapter, paths: undefined })),
    ) !== undefined
  );
}
