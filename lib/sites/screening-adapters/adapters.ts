import type { ScreeningAdapter } from './schema';

/**
 * One adapter per supported site (docs/decisions.md#site-knowledge-as-data). Plain data, typed here
 * and parsed with `screeningAdapterSchema` in tests/unit/screening/adapters.test.ts: the content
 * script must not carry zod (15 kB budget).
 *
 * The selectors follow each site's markup as it appears in the vendors' public help pages and
 * screenshots; live sites change, so a known site whose name selectors stop matching is logged
 * once (see entrypoints/screening.content/selector-canary.ts) and the generic detectors still run.
 * The fixture pages in tests/fixtures/pages/screening/ are modelled on these shapes.
 */

const none = { names: [], containers: [], photos: [], fields: [], notes: [], vacancyTitle: [], attributes: [] };

/** Our demo ATS (public/demo/kandidaten.html, kandidaat.html): `data-field` attributes. */
export const DEMO_ADAPTER: ScreeningAdapter = {
  ...none,
  id: 'demo',
  label: 'Werfwijs (demo)',
  matches: ['http://127.0.0.1/*', 'http://localhost/*'],
  names: ['[data-field="candidate-name"]', '[data-field="candidate-signature"]'],
  containers: ['[data-candidate-id]'],
  photos: ['[data-field="candidate-photo"]'],
  fields: [
    { selector: '[data-field="candidate-city"]', category: 'address' },
    { selector: '[data-field="candidate-address"]', category: 'address' },
    { selector: '[data-field="candidate-age"]', category: 'birth' },
    { selector: '[data-field="candidate-birthdate"]', category: 'birth' },
    { selector: '[data-field="candidate-birthplace"]', category: 'birthplace' },
    { selector: '[data-field="candidate-nationality"]', category: 'nationality' },
    { selector: '[data-field="candidate-gender"]', category: 'gender' },
    { selector: '[data-field="candidate-email"]', category: 'email' },
    { selector: '[data-field="candidate-phone"]', category: 'phone' },
  ],
  notes: ['[data-field="recruiter-note"]', '[data-field="recruiter-notes"]'],
  vacancyTitle: ['[data-field="vacancy-title"]'],
  reference: 'public/demo/kandidaten.html and kandidaat.html',
};

export const SCREENING_ADAPTERS: readonly ScreeningAdapter[] = [
  {
    ...none,
    id: 'stagemarkt',
    label: 'Stagemarkt.nl',
    matches: ['https://*.stagemarkt.nl/*'],
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
  {
    ...none,
    id: 'linkedin',
    label: 'LinkedIn',
    matches: ['https://*.linkedin.com/*'],
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
  {
    ...none,
    id: 'indeed',
    label: 'Indeed (werkgevers)',
    matches: ['https://*.indeed.com/*'],
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
  {
    ...none,
    id: 'recruitee',
    label: 'Recruitee',
    matches: ['https://*.recruitee.com/*'],
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
  {
    ...none,
    id: 'homerun',
    label: 'Homerun',
    matches: ['https://*.homerun.co/*'],
    names: ['.candidate-name', '.CandidateHeader__name', '[data-test="candidate-name"]'],
    containers: ['.candidate-card', '.CandidateHeader', '[data-test="candidate"]'],
    photos: ['.candidate-avatar', '.CandidateHeader__avatar'],
    fields: [{ selector: '[data-test="candidate-location"]', category: 'address' }],
    vacancyTitle: ['[data-test="job-title"]'],
    reference: 'Homerun candidate pipeline (Homerun help); fixture homerun.html',
  },
  {
    ...none,
    id: 'teamtailor',
    label: 'Teamtailor',
    matches: ['https://*.teamtailor.com/*'],
    names: ['[data-test-candidate-name]', '.candidate-name', '[data-test="candidate-name"]'],
    containers: ['[data-test-candidate-card]', '.candidate-card', '[data-test="candidate-header"]'],
    photos: ['[data-test-candidate-avatar]', '.candidate-avatar img'],
    fields: [{ selector: '[data-test="candidate-location"]', category: 'address' }],
    vacancyTitle: ['[data-test="job-title"]'],
    reference: 'Teamtailor candidate board (Teamtailor support articles); fixture teamtailor.html',
  },
  {
    ...none,
    id: 'workable',
    label: 'Workable',
    matches: ['https://*.workable.com/*'],
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
  {
    ...none,
    id: 'greenhouse',
    label: 'Greenhouse',
    matches: ['https://*.greenhouse.io/*'],
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
  {
    ...none,
    id: 'lever',
    label: 'Lever',
    matches: ['https://*.lever.co/*'],
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
  {
    ...none,
    id: 'jobdigger',
    label: 'Jobdigger (cv-databank)',
    matches: ['https://*.jobdigger.nl/*'],
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
  {
    ...none,
    id: 'gmail',
    label: 'Gmail',
    matches: ['https://mail.google.com/*'],
    // Sender names in the thread list (.zF, .yP) and in an open message (.gD, .g2).
    names: ['span.gD', 'span.zF', 'span.yP', 'span.g2'],
    containers: ['tr.zA', '.adn.ads'],
    photos: ['img.ajn', '.aCi img', 'img[data-hovercard-id]'],
    fields: [{ selector: 'span.go', category: 'email' }],
    attributes: ['email', 'data-hovercard-id', 'name'],
    reference: "Gmail's long-standing class names for senders (gD, zF, yP) as used by open-source mail extensions; fixture gmail.html",
  },
  {
    ...none,
    id: 'outlook',
    label: 'Outlook op het web',
    matches: ['https://outlook.office.com/*', 'https://outlook.live.com/*'],
    names: ['[data-testid="SenderPersona"] span', 'span.OZZZK', '.lpc-hoverTarget span'],
    containers: ['[role="option"][data-convid]', '[data-app-section="ConversationContainer"]'],
    photos: ['[data-testid="PersonaImage"] img', 'img[class*="persona" i]', 'div[class*="Persona" i] img'],
    attributes: ['data-lpc-hover-target-id'],
    reference: 'Outlook on the web reading pane and message list (persona card markup); fixture outlook.html',
  },
];

/**
 * The generic mode, for any site the user switches on: the demo conventions, every adapter's name
 * and photo selectors, and common class names. Field selectors stay site-specific: on an unknown
 * site they could hide ordinary content.
 */
export const GENERIC_ADAPTER: ScreeningAdapter = {
  ...none,
  id: 'generic',
  label: 'Elke site',
  matches: [],
  names: [
    ...DEMO_ADAPTER.names,
    '[itemprop="name"][itemtype*="Person"]',
    '[class*="candidate-name" i]',
    '[class*="applicant-name" i]',
    '[class*="kandidaat-naam" i]',
    ...SCREENING_ADAPTERS.flatMap((adapter) => adapter.names.filter((selector) => !selector.startsWith('span.'))),
  ],
  containers: [...DEMO_ADAPTER.containers, '[class*="candidate-card" i]', '[class*="applicant" i][class*="card" i]'],
  photos: [...DEMO_ADAPTER.photos, ...SCREENING_ADAPTERS.flatMap((adapter) => adapter.photos)],
  fields: DEMO_ADAPTER.fields,
  notes: DEMO_ADAPTER.notes,
  vacancyTitle: DEMO_ADAPTER.vacancyTitle,
  reference: 'union of the adapters above plus common class names',
};

export const ALL_ADAPTERS: readonly ScreeningAdapter[] = [DEMO_ADAPTER, ...SCREENING_ADAPTERS, GENERIC_ADAPTER];
