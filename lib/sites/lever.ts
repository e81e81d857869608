import { RICH_TEXT_EDITORS } from './vacancy-adapters/editors';
import type { SiteInput, SiteTried } from './site-schema';

/** Lever (ATS): job postings, the posting editor, the opportunities list and profiles. */
export const site = {
  id: 'lever',
  label: 'Lever',
  matches: ['https://*.lever.co/*'],
  defaults: { vacancy: true, screening: true, checklist: true },
  vacancy: {
    content: ['[data-qa="job-description"]', '.section-wrapper.page-full-width', '.content'],
    editors: RICH_TEXT_EDITORS,
    exclude: ['form', '.postings-btn-wrapper'],
    canary: false,
  },
  screening: {
    names: ['.candidate-name', '.profile-name', '[data-qa="candidate-name"]'],
    containers: ['.candidate-list-item', '.profile-header', '[data-qa="candidate-row"]'],
    photos: ['.candidate-photo', '.profile-photo', '.avatar-image'],
    fields: [
      { selector: '.profile-location', category: 'address' },
      { selector: '.profile-email', category: 'email' },
      { selector: '.profile-phone', category: 'phone' },
    ],
    vacancyTitle: ['.posting-title'],
    reference: 'Lever opportunities list and profile (Lever help centre); fixture lever.html',
  },
} satisfies SiteInput;

/** Real pages to try by hand, and the fixture pages modelled on the site's markup. */
export const tried = {
  testUrls: ['https://jobs.lever.co/', 'https://hire.lever.co/candidates'],
  fixtures: ['tests/fixtures/pages/screening/lever.html'],
} satisfies SiteTried;
