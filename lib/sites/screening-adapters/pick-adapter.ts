import { siteWithHintsForUrl } from '../pick-site';
import { ALL_ADAPTERS, GENERIC_ADAPTER } from './adapters';
import type { ScreeningAdapter } from './schema';

/**
 * The adapter for a page (the one picker in `lib/sites/pick-site.ts`): the known site's, the
 * demo's on the local test server (its hints apply to /demo/ pages only), else the generic mode.
 * `requested` is an adapter id that the automation build lets a fixture page ask for (see the
 * content script), so every adapter can be tested on 127.0.0.1; the store build never passes it.
 */
export function pickAdapter(url: string, requested?: string): ScreeningAdapter {
  const id =
    (requested !== undefined && ALL_ADAPTERS.some((adapter) => adapter.id === requested) ? requested : undefined) ??
    siteWithHintsForUrl(url, 'screening')?.id;
  return ALL_ADAPTERS.find((adapter) => adapter.id === id) ?? GENERIC_ADAPTER;
}
