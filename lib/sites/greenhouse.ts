import { RICH_TEXT_EDITORS } from './vacancy-adapters/editors';
import type { SiteInput, SiteTried } from './site-schema';

/** Greenhouse (ATS): job boards, the job-post editor, candidate lists and profiles. */
export const site = {
  id: 'greenhouse',
  label: 'Greenhouse',
  matches: ['https://*.greenhouse.io/*'],
  defaults: { vacancy: true, screening: true, checklist: true },
  vacancy: {
    content: ['.job__description', '#content', '#app_body'],
    editors: RICH_TEXT_EDITORS,
    exclude: ['form', '#application'],
    canary: false,
  },
  screening: {
    names: ['.person-name', '.name-link', '[data-provides="candidate-name"]', '.candidate-name'],
    containers: ['.person', '.candidate-row', '#candidate_profile'],
    photos: ['.person-photo', '.avatar'],
    fields: [
      { selector: '.person-location', category: 'address' },
      { selector: '.person-email', category: 'email' },
      { selector: '.person-phone', category: 'phone' },
    ],
    vacancyTitle: ['.job-name', '.job-title'],
    reference: 'Greenhouse Recruiting candidate list and profile (Greenhouse support); fixture greenhouse.html',
  },
} satisfies SiteInput;

/** Real pages to try by hand, and the fixture pages modelled on the site's markup. */
export const tried = {
  testUrls: ['https://boards.greenhouse.io/', 'https://app.greenhouse.io/people'],
  fixtures: ['tests/fixtures/pages/screening/greenhouse.html'],
} satisfies SiteTried;
