import { patternsOf, SITES, type Site } from '../registry';
import type { ScreeningAdapter } from './schema';

/**
 * The screening adapters, derived from the sites' `screening` hints (one file a site:
 * `lib/sites/<id>.ts`; docs/decisions.md#site-knowledge-as-data). Plain data: the content script
 * must not carry zod; tests/unit/screening/adapters.test.ts parses each with
 * `screeningAdapterSchema`.
 *
 * Live sites change, so a known site whose name selectors stop matching is logged once
 * (`lib/sites/canary.ts`) and the generic detectors still run. The fixture pages in
 * tests/fixtures/pages/screening/ are modelled on these shapes.
 */
function adapterOf(site: Site): ScreeningAdapter {
  const hints = site.screening!;
  return {
    id: site.id,
    label: site.label,
    matches: patternsOf(site).map(({ pattern }) => pattern),
    names: hints.names ?? [],
    containers: hints.containers ?? [],
    photos: hints.photos ?? [],
    fields: hints.fields ?? [],
    notes: hints.notes ?? [],
    vacancyTitle: hints.vacancyTitle ?? [],
    attributes: hints.attributes ?? [],
    reference: hints.reference,
  };
}

const withHints = SITES.filter((site) => site.screening !== undefined);

/** Our demo ATS (public/demo/kandidaten.html, kandidaat.html): `data-field` attributes. */
export const DEMO_ADAPTER: ScreeningAdapter = adapterOf(withHints.find((site) => site.demo)!);

export const SCREENING_ADAPTERS: readonly ScreeningAdapter[] = withHints.filter((site) => !site.demo).map(adapterOf);

/**
 * The generic mode, for any site the user switches on: the demo conventions, every adapter's name
 * and photo selectors, and common class names. Field selectors stay site-specific: on an unknown
 * site they could hide ordinary content.
 */
export const GENERIC_ADAPTER: ScreeningAdapter = {
  id: 'generic',
  label: 'Elke site',
  matches: [],
  names: [
    ...DEMO_ADAPTER.names,
    '[itemprop="name"][itemtype*="Person"]',
    '[class*="candidate-name" i]',
    '[class*="applicant-name" i]',
    '[class*="kandidaat-naam" i]',
    ...SCREENING_ADAPTERS.flatMap((adapter) => adapter.names.filter((selector) => !selector.startsWith('span.'))),
  ],
  containers: [...DEMO_ADAPTER.containers, '[class*="candidate-card" i]', '[class*="applicant" i][class*="card" i]'],
  photos: [...DEMO_ADAPTER.photos, ...SCREENING_ADAPTERS.flatMap((adapter) => adapter.photos)],
  fields: DEMO_ADAPTER.fields,
  notes: DEMO_ADAPTER.notes,
  vacancyTitle: DEMO_ADAPTER.vacancyTitle,
  attributes: [],
  reference: 'union of the site adapters plus common class names',
};

export const ALL_ADAPTERS: readonly ScreeningAdapter[] = [DEMO_ADAPTER, ...SCREENING_ADAPTERS, GENERIC_ADAPTER];
