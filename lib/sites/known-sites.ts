import { patternsOf, SITES } from './registry';

/**
 * The HR, ATS, internship and vacancy sites that Eerlijk Werven knows out of the box, one entry per
 * match pattern, derived from the site files (`lib/sites/<id>.ts`, listed in `registry.ts`).
 *
 * Each entry becomes a default item in the settings' `sites` list and its match pattern a required
 * host permission of the store build. Webmail is listed but ships switched off and as an optional
 * permission: a mailbox holds far more than applications
 * (docs/decisions.md#permissions-when-switched-on). The demo site is no entry: only the automation
 * build reaches 127.0.0.1.
 */
export type Pillar = 'vacancy' | 'screening' | 'checklist';

export interface KnownSite {
  /** The site's id (its file name); a site with two match patterns has two entries with one id. */
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

export const KNOWN_SITES: readonly KnownSite[] = SITES.filter((site) => !site.demo).flatMap((site) =>
  patternsOf(site).map(({ pattern, label }) => ({
    id: site.id,
    label,
    match: pattern,
    defaults: site.defaults,
    ...(site.optional ? { optional: true } : {}),
  })),
);

/**
 * Match patterns the automation build adds so tests can use a local server
 * (docs/decisions.md#automation-build).
 */
export const LOCAL_TEST_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'] as const;
