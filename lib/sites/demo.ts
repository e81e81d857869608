import type { SiteInput, SiteTried } from './site-schema';

/** Our own demo pages (public/demo/), served on 127.0.0.1 by `npm run demo` and the e2e tests; they mark their data the way an ATS does. */
export const site = {
  id: 'demo',
  label: 'Eerlijk Werven demo',
  matches: ['http://127.0.0.1/*', 'http://localhost/*'],
  defaults: { vacancy: true, screening: true, checklist: true },
  demo: true,
  // No vacancy `paths`: other local pages (test fixtures) fall through to the generic finder
  // instead of idling. Screening hints apply to the demo's own pages only.
  vacancy: {
    content: ['[data-field="vacancy-text"]'],
    editors: ['[data-field="job-title"]', '[data-field="job-summary"]', '[data-editor="rich-text"] [contenteditable="true"]'],
    canary: false,
  },
  screening: {
    paths: '^/demo/',
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
  },
} satisfies SiteInput;

/** Real pages to try by hand, and the fixture pages modelled on the site's markup. */
export const tried = {
  testUrls: ['http://127.0.0.1:8080/demo/vacature.html', 'http://127.0.0.1:8080/demo/kandidaten.html'],
  fixtures: ['public/demo/vacature.html', 'public/demo/ats-editor.html', 'public/demo/kandidaten.html', 'public/demo/kandidaat.html'],
} satisfies SiteTried;
