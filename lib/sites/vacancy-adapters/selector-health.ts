import type { VacancyAdapter } from './schema';

const reported = new Set<string>();

/**
 * A known site changed its markup when none of its selectors match a vacancy page any more. Log
 * it once per adapter and page load (never more: a noisy console helps no one), so the adapter
 * can be fixed. Returns whether this call logged.
 */
export function reportStaleAdapter(adapter: VacancyAdapter, url: string, log: (message: string) => void = console.warn): boolean {
  if (!adapter.canary || reported.has(adapter.id)) return false;
  reported.add(adapter.id);
  const path = (() => {
    try {
      return new URL(url).pathname;
    } catch {
      return '';
    }
  })();
  log(
    `[Eerlijk Werven] site adapter "${adapter.id}" found no vacancy text or editor on ${path}; selectors: ${[...adapter.content, ...adapter.editors].join(', ')}`,
  );
  return true;
}

/** For tests: forget what was logged. */
export function resetStaleAdapterReports(): void {
  reported.clear();
}
