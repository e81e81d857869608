import { RICH_TEXT_EDITORS } from './vacancy-adapters/editors';
import type { SiteInput, SiteTried } from './site-schema';

/** Homerun (ATS): career pages, the job-post editor and the candidate pipeline. */
export const site = {
  id: 'homerun',
  label: 'Homerun',
  matches: ['https://*.homerun.co/*'],
  defaults: { vacancy: true, screening: true, checklist: true },
  vacancy: {
    content: ['.job-description', '.vacancy-content', 'main article'],
    editors: RICH_TEXT_EDITORS,
    exclude: ['form'],
    canary: false,
  },
  screening: {
    names: ['.candidate-name', '.CandidateHeader__name', '[data-test="candidate-name"]'],
    containers: ['.candidate-card', '.CandidateHeader', '[data-test="candidate"]'],
    photos: ['.candidate-avatar', '.CandidateHeader__avatar'],
    fields: [{ selector: '[data-test="candidate-location"]', category: 'address' }],
    vacancyTitle: ['[data-test="job-title"]'],
    reference: 'Homerun candidate pipeline (Homerun help); fixture homerun.html',
  },
} satisfies SiteInput;

/** Real pages to try by hand, and the fixture pages modelled on the site's markup. */
export const tried = {
  testUrls: ['https://app.homerun.co/'],
  fixtures: ['tests/fixtures/pages/screening/homerun.html'],
} satisfies SiteTried;
