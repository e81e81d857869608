import type { SiteInput, SiteTried } from './site-schema';

/** Jobdigger: a cv database with a result list and cv details in labelled fields. */
export const site = {
  id: 'jobdigger',
  label: 'Jobdigger',
  matches: ['https://*.jobdigger.nl/*'],
  defaults: { vacancy: true, screening: true, checklist: true },
  screening: {
    names: ['.cv-naam', '.kandidaat-naam', '[data-veld="naam"]'],
    containers: ['.cv-resultaat', '.cv-detail', '[data-kandidaat]'],
    photos: ['.cv-foto', '.kandidaat-foto'],
    fields: [
      { selector: '[data-veld="woonplaats"]', category: 'address' },
      { selector: '[data-veld="geboortedatum"]', category: 'birth' },
      { selector: '[data-veld="leeftijd"]', category: 'birth' },
      { selector: '[data-veld="nationaliteit"]', category: 'nationality' },
      { selector: '[data-veld="geslacht"]', category: 'gender' },
    ],
    reference: 'A Jobdigger-style cv database: result list and cv detail with labelled fields; fixture jobdigger.html',
  },
} satisfies SiteInput;

/** Real pages to try by hand, and the fixture pages modelled on the site's markup. */
export const tried = {
  testUrls: ['https://www.jobdigger.nl/'],
  fixtures: ['tests/fixtures/pages/screening/jobdigger.html'],
} satisfies SiteTried;
