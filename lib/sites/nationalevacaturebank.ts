import type { SiteInput, SiteTried } from './site-schema';

/** Nationale Vacaturebank: a Dutch job board; vacancy pages only. */
export const site = {
  id: 'nationalevacaturebank',
  label: 'Nationale Vacaturebank',
  matches: ['https://*.nationalevacaturebank.nl/*'],
  defaults: { vacancy: true, screening: false, checklist: true },
  vacancy: {
    paths: '/vacature/',
    content: ['[data-testid="job-description"]', '.job-description', 'main article'],
    exclude: ['form', 'nav'],
    canary: true,
  },
} satisfies SiteInput;

/** Real pages to try by hand, and the fixture pages modelled on the site's markup. */
export const tried = {
  testUrls: ['https://www.nationalevacaturebank.nl/vacature/zoeken'],
  fixtures: ['tests/fixtures/pages/vacancy/nationalevacaturebank.html'],
} satisfies SiteTried;
