import { RICH_TEXT_EDITORS } from './vacancy-adapters/editors';
import type { SiteInput, SiteTried } from './site-schema';

/** Recruitee (ATS): career pages, the job-post editor, the pipeline and candidate profiles. */
export const site = {
  id: 'recruitee',
  label: 'Recruitee',
  matches: ['https://*.recruitee.com/*'],
  defaults: { vacancy: true, screening: true, checklist: true },
  vacancy: {
    content: ['.careers-job-description', '[data-testid="offer-description"]', '.offer-description'],
    editors: RICH_TEXT_EDITORS,
    exclude: ['form'],
    canary: false,
  },
  screening: {
    names: ['[data-testid="candidate-name"]', '.candidate-name', '.profile-header__name', '.candidate-card__name'],
    containers: ['.candidate-card', '.candidate-profile', '[data-testid="candidate-card"]'],
    photos: ['.candidate-card__avatar', '.profile-header__avatar', '.avatar'],
    fields: [
      { selector: '.profile-header__location', category: 'address' },
      { selector: '[data-testid="candidate-email"]', category: 'email' },
      { selector: '[data-testid="candidate-phone"]', category: 'phone' },
    ],
    vacancyTitle: ['.offer-title', '[data-testid="offer-title"]'],
    reference: 'Recruitee pipeline and candidate profile (Recruitee help centre); fixture recruitee.html',
  },
} satisfies SiteInput;

/** Real pages to try by hand, and the fixture pages modelled on the site's markup. */
export const tried = {
  testUrls: ['https://app.recruitee.com/'],
  fixtures: ['tests/fixtures/pages/screening/recruitee.html'],
} satisfies SiteTried;
