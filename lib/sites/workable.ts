import { RICH_TEXT_EDITORS } from './vacancy-adapters/editors';
import type { SiteInput, SiteTried } from './site-schema';

/** Workable (ATS): career pages, the job-post editor, the pipeline and candidate profiles. */
export const site = {
  id: 'workable',
  label: 'Workable',
  matches: ['https://*.workable.com/*'],
  defaults: { vacancy: true, screening: true, checklist: true },
  vacancy: {
    content: ['[data-ui="job-description"]', '[data-ui="job-requirements"]', 'main section'],
    editors: RICH_TEXT_EDITORS,
    exclude: ['form', '[data-ui="apply-button"]'],
    canary: false,
  },
  screening: {
    names: ['[data-ui="candidate-name"]', '[data-ui="profile-name"]', '.candidate-name'],
    containers: ['[data-ui="candidate-row"]', '[data-ui="candidate-profile"]'],
    photos: ['[data-ui="avatar"]', '[data-ui="candidate-avatar"]'],
    fields: [
      { selector: '[data-ui="candidate-location"]', category: 'address' },
      { selector: '[data-ui="candidate-email"]', category: 'email' },
      { selector: '[data-ui="candidate-phone"]', category: 'phone' },
    ],
    vacancyTitle: ['[data-ui="job-title"]'],
    reference: 'Workable pipeline and candidate profile (Workable help centre); fixture workable.html',
  },
} satisfies SiteInput;

/** Real pages to try by hand, and the fixture pages modelled on the site's markup. */
export const tried = {
  testUrls: ['https://apply.workable.com/', 'https://www.workable.com/backend/'],
  fixtures: ['tests/fixtures/pages/screening/workable.html'],
} satisfies SiteTried;
