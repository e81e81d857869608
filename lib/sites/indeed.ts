import { RICH_TEXT_EDITORS } from './vacancy-adapters/editors';
import type { SiteInput, SiteTried } from './site-schema';

/** Indeed: vacancies on the job board, and the employer side with job-post editors and candidates. */
export const site = {
  id: 'indeed',
  label: 'Indeed',
  matches: ['https://*.indeed.com/*'],
  defaults: { vacancy: true, screening: true, checklist: true },
  vacancy: {
    paths: '(viewjob|/jobs|/job/|/cmp/|employers)',
    content: ['#jobDescriptionText', '.jobsearch-JobComponent-description'],
    editors: RICH_TEXT_EDITORS,
    exclude: ['form'],
    canary: true,
  },
  screening: {
    names: ['[data-testid="candidate-name"]', '[data-testid="CandidateName"]', '.candidate-name', '.cand-name'],
    containers: ['[data-testid="candidate-list-item"]', '[data-testid="candidate-details"]', '.candidate-row'],
    photos: ['[data-testid="candidate-avatar"]', '.candidate-avatar'],
    fields: [
      { selector: '[data-testid="candidate-location"]', category: 'address' },
      { selector: '[data-testid="candidate-email"]', category: 'email' },
      { selector: '[data-testid="candidate-phone"]', category: 'phone' },
    ],
    vacancyTitle: ['[data-testid="job-title"]'],
    reference: 'Indeed employer "Candidates" list and candidate detail as in Indeed employer help; fixture indeed.html',
  },
} satisfies SiteInput;

/** Real pages to try by hand, and the fixture pages modelled on the site's markup. */
export const tried = {
  testUrls: ['https://nl.indeed.com/jobs?q=stage', 'https://employers.indeed.com/candidates'],
  fixtures: ['tests/fixtures/pages/screening/indeed.html'],
} satisfies SiteTried;
