import type { ScreeningAdapter } from '../../lib/sites/screening-adapters/schema';

/** No site knowledge: no selectors, only what the page itself says (until the session names the site's adapter). */
export const NO_ADAPTER: ScreeningAdapter = {
  id: 'generic',
  label: '',
  matches: [],
  names: [],
  containers: [],
  photos: [],
  fields: [],
  notes: [],
  vacancyTitle: [],
  attributes: [],
  reference: '',
};
