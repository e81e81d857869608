import { matchesUrl } from '../match-pattern';
import { ALL_ADAPTERS, DEMO_ADAPTER, GENERIC_ADAPTER, SCREENING_ADAPTERS } from './adapters';
import type { ScreeningAdapter } from './schema';

/**
 * The adapter for a page: the known site's, the demo's on the local test server (only for
 * /demo/ pages), else the generic mode. `requested` is an adapter id that the automation build
 * lets a fixture page ask for (see the content script), so every adapter can be tested on
 * 127.0.0.1; the store build never passes it.
 */
export function pickAdapter(url: string, requested?: string): ScreeningAdapter {
  if (requested !== undefined) {
    const wanted = ALL_ADAPTERS.find((adapter) => adapter.id === requested);
    if (wanted) return wanted;
  }
  const known = SCREENING_ADAPTERS.find((adapter) => adapter.matches.some((match) => matchesUrl(match, url)));
  if (known) return known;
  if (DEMO_ADAPTER.matches.some((match) => matchesUrl(match, url)) && new URL(url).pathname.startsWith('/demo/')) return DEMO_ADAPTER;
  return GENERIC_ADAPTER;
}
