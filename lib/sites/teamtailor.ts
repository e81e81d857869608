import { RICH_TEXT_EDITORS } from './vacancy-adapters/editors';
import type { SiteInput, SiteTried } from './site-schema';

/** Teamtailor (ATS): career pages, the job-post editor and the candidate board. */
export const site = {
  id: 'teamtailor',
  label: 'Teamtailor',
  matches: ['https://*.teamtailor.com/*'],
  defaults: { vacancy: true, screening: true, checklist: true },
  vacancy: {
    content: ['[data-controller="job-description"]', '.prose', 'main article'],
    editors: RICH_TEXT_EDITORS,
    exclude: ['form'],
    canary: false,
  },
  screening: {
    names: ['[data-test-candidate-name]', '.candidate-name', '[data-test="candidate-name"]'],
    containers: ['[data-test-candidate-card]', '.candidate-card', '[data-test="candidate-header"]'],
    photos: ['[data-test-candidate-avatar]', '.candidate-avatar img'],
    fields: [{ selector: '[data-test="candidate-location"]', category: 'address' }],
    vacancyTitle: ['[data-test="job-title"]'],
    reference: 'Teamtailor candidate board (Teamtailor support articles); fixture teamtailor.html',
  },
} satisfies SiteInput;

/** Real pages to try by hand, and the fixture pages modelled on the site's markup. */
export const tried = {
  testUrls: ['https://app.teamtailor.com/'],
  fixtures: ['tests/fixtures/pages/screening/teamtailor.html'],
} satisfies SiteTried;
