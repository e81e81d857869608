import type { ScreeningAdapter } from '../../lib/sites/screening-adapters/schema';

const reported = new Set<string>();

/**
 * A known site changed its markup when the adapter finds applicant containers but none of its
 * name fields (or a selector no longer parses). Logged once per selector, without any page text
 * (docs/decisions.md#selector-canary).
 */
export function checkSelectors(adapter: ScreeningAdapter, doc: Document): void {
  if (adapter.id === 'generic') return;
  const report = (selector: string, why: string) => {
    const id = `${adapter.id} ${selector}`;
    if (reported.has(id)) return;
    reported.add(id);
    console.warn(`[Eerlijk Werven] screening adapter "${adapter.id}": ${why}: ${selector}`);
  };
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
