import type { ScreeningAdapter } from '../../lib/sites/screening-adapters/schema';

/**
 * Which vacancy the criteria and scores belong to: the vacancy title as the site adapter finds it
 * on the page. Only the panel needs it, so it lives in the panel script, not in the start-up
 * script (issue #5 budget).
 */
export function vacancyIdOf(adapter: ScreeningAdapter, doc: Document = document): string {
  const selector = adapter.vacancyTitle.join(',');
  let title = '';
  try {
    title = selector === '' ? '' : (doc.querySelector(selector)?.textContent ?? '').replace(/\s+/gu, ' ').trim();
  } catch {
    title = '';
  }
  // Without a vacancy title on the page, one criteria set per site and path.
  return (title || `${location.pathname.split('/').slice(0, 3).join('/') || '/'}`).slice(0, 200);
}
