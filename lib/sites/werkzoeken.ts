import type { SiteInput, SiteTried } from './site-schema';

/** Werkzoeken.nl: a Dutch job board; vacancy pages only. */
export const site = {
  id: 'werkzoeken',
  label: 'Werkzoeken.nl',
  matches: ['https://*.werkzoeken.nl/*'],
  defaults: { vacancy: true, screening: false, checklist: true },
  vacancy: {
    paths: '/vacatures?/',
    content: ['.vacancy-description', '#vacature-tekst', '.description', 'main article'],
    exclude: ['form', 'nav', '.similar-jobs'],
    canary: true,
  },
} satisfies SiteInput;

/** Real pages to try by hand, and the fixture pages modelled on the site's markup. */
export const tried = {
  testUrls: ['https://www.werkzoeken.nl/vacatures/'],
  fixtures: ['tests/fixtures/pages/vacancy/werkzoeken.html'],
} satisfies SiteTried;
