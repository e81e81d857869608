import type { SiteInput, SiteTried } from './site-schema';

/** Outlook on the web (work and personal accounts): applications arrive by mail. Off by default and an optional permission. */
export const site = {
  id: 'outlook',
  label: 'Outlook',
  matches: [
    { pattern: 'https://outlook.office.com/*', label: 'Outlook (werk)' },
    { pattern: 'https://outlook.live.com/*', label: 'Outlook.com' },
  ],
  defaults: { vacancy: false, screening: false, checklist: false },
  optional: true,
  screening: {
    names: ['[data-testid="SenderPersona"] span', 'span.OZZZK', '.lpc-hoverTarget span'],
    containers: ['[role="option"][data-convid]', '[data-app-section="ConversationContainer"]'],
    photos: ['[data-testid="PersonaImage"] img', 'img[class*="persona" i]', 'div[class*="Persona" i] img'],
    attributes: ['data-lpc-hover-target-id'],
    reference: 'Outlook on the web reading pane and message list (persona card markup); fixture outlook.html',
  },
} satisfies SiteInput;

/** Real pages to try by hand, and the fixture pages modelled on the site's markup. */
export const tried = {
  testUrls: ['https://outlook.office.com/mail/', 'https://outlook.live.com/mail/'],
  fixtures: ['tests/fixtures/pages/screening/outlook.html'],
} satisfies SiteTried;
