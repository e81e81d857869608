import { RICH_TEXT_EDITORS } from './vacancy-adapters/editors';
import type { SiteInput, SiteTried } from './site-schema';

/** LinkedIn: job pages and job-post editors, profiles and the applicants of a job. */
export const site = {
  id: 'linkedin',
  label: 'LinkedIn',
  matches: ['https://*.linkedin.com/*'],
  defaults: { vacancy: true, screening: true, checklist: true },
  vacancy: {
    paths: '/(jobs|job-posting|talent/job)',
    content: ['.jobs-description__content', '.show-more-less-html__markup', '#job-details'],
    editors: RICH_TEXT_EDITORS,
    exclude: ['.jobs-apply-button', '.jobs-similar-jobs'],
    canary: true,
  },
  screening: {
    names: [
      'h1.text-heading-xlarge',
      '.hiring-applicant-header h1',
      '.hiring-applicants__list-item .artdeco-entity-lockup__title',
      '.pv-top-card--list .inline.t-24',
      '.artdeco-entity-lockup__title > a[href*="/in/"]',
    ],
    containers: ['.hiring-applicants__list-item', '.hiring-applicant-header', 'main.scaffold-layout__main', '.pv-top-card'],
    photos: [
      'img.pv-top-card-profile-picture__image',
      'img.pv-top-card-profile-picture__image--show',
      '.presence-entity__image',
      'img.EntityPhoto-circle-3',
      'img.EntityPhoto-circle-4',
      '.ivm-view-attr__img--centered',
      '.hiring-applicants__list-item img',
    ],
    fields: [
      { selector: '.hiring-applicant-header__tidbit', category: 'address' },
      { selector: '.pv-text-details__left-panel .text-body-small.inline', category: 'address' },
      { selector: '.pv-contact-info__contact-type.ci-email a', category: 'email' },
      { selector: '.pv-contact-info__contact-type.ci-phone span', category: 'phone' },
    ],
    vacancyTitle: ['.hiring-job-top-card__title', '.job-details-jobs-unified-top-card__job-title'],
    attributes: ['data-anonymize'],
    reference: 'LinkedIn profile and "Applicants" pages as shown in LinkedIn Talent Solutions help; fixture linkedin.html',
  },
} satisfies SiteInput;

/** Real pages to try by hand, and the fixture pages modelled on the site's markup. */
export const tried = {
  testUrls: ['https://www.linkedin.com/jobs/', 'https://www.linkedin.com/talent/job-posting/'],
  fixtures: ['tests/fixtures/pages/screening/linkedin.html'],
} satisfies SiteTried;
