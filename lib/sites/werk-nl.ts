import { RICH_TEXT_EDITORS } from './vacancy-adapters/editors';
import type { SiteInput, SiteTried } from './site-schema';

/** werk.nl (UWV): vacancies, and the employer side where job posts are written. */
export const site = {
  id: 'werk-nl',
  label: 'werk.nl',
  matches: ['https://*.werk.nl/*'],
  defaults: { vacancy: true, screening: false, checklist: true },
  vacancy: {
    paths: '/vacature',
    content: ['.vacature-detail__omschrijving', '.vacancy-description', 'main article'],
    editors: RICH_TEXT_EDITORS,
    exclude: ['form', 'nav'],
    canary: true,
  },
} satisfies SiteInput;

/** Real pages to try by hand, and the fixture pages modelled on the site's markup. */
export const tried = {
  testUrls: ['https://www.werk.nl/werkzoekenden/vacatures/'],
  fixtures: ['tests/fixtures/pages/vacancy/werk-nl.html'],
} satisfies SiteTried;
