/**
 * The HR, ATS, internship and vacancy sites that Eerlijk Werven knows out of the box.
 *
 * Each entry becomes a default item in the settings' `sites` list and its match pattern a required
 * host permission of the store build. Webmail is listed but ships switched off and as an optional
 * permission: a mailbox holds far more than applications
 * (docs/decisions.md#permissions-when-switched-on).
 */
export type Pillar = 'vacancy' | 'screening' | 'checklist';

export interface KnownSite {
  /** Stable id, also used by site adapters. */
  id: string;
  /** Name shown to people. */
  label: string;
  /** A WebExtension match pattern. */
  match: string;
  /** Pillars switched on by default for this site. */
  defaults: Record<Pillar, boolean>;
  /** Ask for the host permission only when the user switches the site on. */
  optional?: boolean;
}

const jobBoard = { vacancy: true, screening: false, checklist: true };
const atsSite = { vacancy: true, screening: true, checklist: true };
const off = { vacancy: false, screening: false, checklist: false };

export const KNOWN_SITES: readonly KnownSite[] = [
  { id: 'stagemarkt', label: 'Stagemarkt.nl', match: 'https://*.stagemarkt.nl/*', defaults: atsSite },
  { id: 'werkzoeken', label: 'Werkzoeken.nl', match: 'https://*.werkzoeken.nl/*', defaults: jobBoard },
  { id: 'nationalevacaturebank', label: 'Nationale Vacaturebank', match: 'https://*.nationalevacaturebank.nl/*', defaults: jobBoard },
  { id: 'werk-nl', label: 'werk.nl', match: 'https://*.werk.nl/*', defaults: jobBoard },
  { id: 'youngcapital', label: 'YoungCapital', match: 'https://*.youngcapital.nl/*', defaults: jobBoard },
  { id: 'indeed', label: 'Indeed', match: 'https://*.indeed.com/*', defaults: atsSite },
  { id: 'linkedin', label: 'LinkedIn', match: 'https://*.linkedin.com/*', defaults: atsSite },
  { id: 'recruitee', label: 'Recruitee', match: 'https://*.recruitee.com/*', defaults: atsSite },
  { id: 'homerun', label: 'Homerun', match: 'https://*.homerun.co/*', defaults: atsSite },
  { id: 'teamtailor', label: 'Teamtailor', match: 'https://*.teamtailor.com/*', defaults: atsSite },
  { id: 'workable', label: 'Workable', match: 'https://*.workable.com/*', defaults: atsSite },
  { id: 'greenhouse', label: 'Greenhouse', match: 'https://*.greenhouse.io/*', defaults: atsSite },
  { id: 'lever', label: 'Lever', match: 'https://*.lever.co/*', defaults: atsSite },
  { id: 'jobdigger', label: 'Jobdigger', match: 'https://*.jobdigger.nl/*', defaults: atsSite },
  { id: 'gmail', label: 'Gmail', match: 'https://mail.google.com/*', defaults: off, optional: true },
  { id: 'outlook-office', label: 'Outlook (werk)', match: 'https://outlook.office.com/*', defaults: off, optional: true },
  { id: 'outlook-live', label: 'Outlook.com', match: 'https://outlook.live.com/*', defaults: off, optional: true },
];

/**
 * Match patterns the automation build adds so tests can use a local server
 * (docs/decisions.md#automation-build).
 */
export const LOCAL_TEST_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'] as const;
