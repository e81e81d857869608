import { RICH_TEXT_EDITORS } from './vacancy-adapters/editors';
import type { SiteInput, SiteTried } from './site-schema';

/** Stagemarkt.nl (SBB): internship vacancies, and on the employer side the responses to a leerplaats and the student profiles. */
export const site = {
  id: 'stagemarkt',
  label: 'Stagemarkt.nl',
  matches: ['https://*.stagemarkt.nl/*'],
  defaults: { vacancy: true, screening: true, checklist: true },
  vacancy: {
    paths: '/(vacature|leerbedrijven|stages?)',
    content: ['.vacature-omschrijving', '.c-vacancy__description', 'main article'],
    editors: RICH_TEXT_EDITORS,
    exclude: ['form', 'nav'],
    canary: true,
  },
  screening: {
    // Employer side: "Reacties" on a leerplaats and the student profile behind each response.
    names: ['.reactie__naam', '.student-profiel__naam', '[data-testid="student-naam"]', '.c-reactie-card__titel'],
    containers: ['.reactie', '.c-reactie-card', '.student-profiel'],
    photos: ['.student-profiel__foto', '.reactie__avatar', '.c-avatar'],
    fields: [
      { selector: '.student-profiel__woonplaats', category: 'address' },
      { selector: '.student-profiel__geboortedatum', category: 'birth' },
      { selector: '.student-profiel__leeftijd', category: 'birth' },
      { selector: '.student-profiel__email', category: 'email' },
      { selector: '.student-profiel__telefoon', category: 'phone' },
    ],
    vacancyTitle: ['.leerplaats__titel', 'h1.leerplaats-titel'],
    reference: 'SBB Stagemarkt employer help pages (reacties beheren, studentprofiel); fixture stagemarkt.html',
  },
} satisfies SiteInput;

/** Real pages to try by hand, and the fixture pages modelled on the site's markup. */
export const tried = {
  testUrls: ['https://www.stagemarkt.nl/stages', 'https://www.stagemarkt.nl/leerbedrijven'],
  fixtures: ['tests/fixtures/pages/screening/stagemarkt.html'],
} satisfies SiteTried;
