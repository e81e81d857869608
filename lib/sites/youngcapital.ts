import type { SiteInput, SiteTried } from './site-schema';

/** YoungCapital: student jobs, internships and side jobs; vacancy pages only. */
export const site = {
  id: 'youngcapital',
  label: 'YoungCapital',
  matches: ['https://*.youngcapital.nl/*'],
  defaults: { vacancy: true, screening: false, checklist: true },
  vacancy: {
    paths: '/(vacatures?|stages?|bijbanen)/',
    content: ['.job-description', '[data-testid="vacancy-description"]', 'main article'],
    exclude: ['form', 'nav'],
    canary: true,
  },
} satisfies SiteInput;

/** Real pages to try by hand, and the fixture pages modelled on the site's markup. */
export const tried = {
  testUrls: ['https://www.youngcapital.nl/vacatures/', 'https://www.youngcapital.nl/stages/'],
  fixtures: ['tests/fixtures/pages/vacancy/youngcapital.html'],
} satisfies SiteTried;
