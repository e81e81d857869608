import type { ScreeningAdapter } from './screening-adapters/schema';
import type { VacancyAdapter } from './vacancy-adapters/schema';

/**
 * The one selector canary (docs/decisions.md#selector-canary): a known site changed its markup
 * when its selectors stop matching a page they should. Each finding is logged once per page load
 * (a noisy console helps no one), without any page text, so the site file can be fixed.
 */
const reported = new Set<string>();

function warnOnce(key: string, message: string, log: (message: string) => void): boolean {
  if (reported.has(key)) return false;
  reported.add(key);
  log(`[Eerlijk Werven] ${message}`);
  return true;
}

/** For tests: forget what was logged. */
export function resetStaleAdapterReports(): void {
  reported.clear();
}

/** No vacancy text or editor found on a page the vacancy hints say is a vacancy page. Returns whether this call logged. */
export function reportStaleAdapter(adapter: VacancyAdapter, url: string, log: (message: string) => void = console.warn): boolean {
  if (!adapter.canary) return false;
  const path = (() => {
    try {
      return new URL(url).pathname;
    } catch {
      return '';
    }
  })();
  return warnOnce(
    `vacancy ${adapter.id}`,
    `site adapter "${adapter.id}" found no vacancy text or editor on ${path}; selectors: ${[...adapter.content, ...adapter.editors].join(', ')}`,
    log,
  );
}

/** Applicant containers found but none of the name fields (or a selector no longer parses). */
export function checkSelectors(adapter: ScreeningAdapter, doc: Document, log: (message: string) => void = console.warn): void {
  if (adapter.id === 'generic') return;
  const report = (selector: string, why: string) =>
    warnOnce(`screening ${adapter.id} ${selector}`, `screening adapter "${adapter.id}": ${why}: ${selector}`, log);
  const matches = (selector: string): boolean => {
    try {
      return doc.querySelector(selector) !== null;
    } catch {
      report(selector, 'selector does not parse');
      return false;
    }
  };
  const containersFound = adapter.containers.some(matches);
  if (!containersFound) return;
  if (!adapter.names.some(matches)) for (const selector of adapter.names) report(selector, 'no name field found on a page with applicants');
}
