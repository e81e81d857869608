import type { SiteInput, SiteTried } from './site-schema';

/** Gmail: applications arrive by mail. Off by default and an optional permission: a mailbox holds far more than applications. */
export const site = {
  id: 'gmail',
  label: 'Gmail',
  matches: ['https://mail.google.com/*'],
  defaults: { vacancy: false, screening: false, checklist: false },
  optional: true,
  screening: {
    // Sender names in the thread list (.zF, .yP) and in an open message (.gD, .g2).
    names: ['span.gD', 'span.zF', 'span.yP', 'span.g2'],
    containers: ['tr.zA', '.adn.ads'],
    photos: ['img.ajn', '.aCi img', 'img[data-hovercard-id]'],
    fields: [{ selector: 'span.go', category: 'email' }],
    attributes: ['email', 'data-hovercard-id', 'name'],
    reference: "Gmail's long-standing class names for senders (gD, zF, yP) as used by open-source mail extensions; fixture gmail.html",
  },
} satisfies SiteInput;

/** Real pages to try by hand, and the fixture pages modelled on the site's markup. */
export const tried = {
  testUrls: ['https://mail.google.com/mail/u/0/#inbox'],
  fixtures: ['tests/fixtures/pages/screening/gmail.html'],
} satisfies SiteTried;
