import { z } from 'zod';
import { markerFieldSchema, cssSelectorSchema } from './screening-adapters/schema';
import { isValidMatchPattern } from './match-pattern';

/**
 * What one site file (`lib/sites/<id>.ts`) may declare (docs/decisions.md#one-site-one-file).
 * Every object is strict: a key that no schema knows (a typo, a hint for a feature that does not
 * exist) fails the meta-test in tests/unit/sites/registry.test.ts instead of being ignored.
 * Site files import only the type, so zod stays out of every bundle that reads them.
 */

const matchPattern = z.string().refine(isValidMatchPattern, { message: 'not a match pattern' });

const regexSource = z
  .string()
  .min(1)
  .max(300)
  .refine((value) => {
    try {
      new RegExp(value);
      return true;
    } catch {
      return false;
    }
  }, 'not a regular expression');

const selectors = z.array(cssSelectorSchema).max(100).optional();

/** Where the site keeps vacancy text and job-post editors (docs/decisions.md#site-adapters-then-generic). */
export const vacancyHintsSchema = z.strictObject({
  /** Only URLs whose path (with query) matches are vacancy pages or editors; default: every page. */
  paths: regexSource.optional(),
  /** Where the vacancy text is shown; the first selector that matches wins. */
  content: selectors,
  /** Job-post editors: textarea, input, contenteditable, or a same-origin editor iframe. */
  editors: selectors,
  /** Parts inside the content that are not vacancy text (apply buttons, similar jobs). */
  exclude: selectors,
  /** Log once when no content or editor selector matches a page in `paths` (markup changed). */
  canary: z.boolean().optional(),
});

/** Where the site shows applicants (docs/decisions.md#site-knowledge-as-data). */
export const screeningHintsSchema = z.strictObject({
  /** Only URLs whose path matches show applicants; default: every page of the site. */
  paths: regexSource.optional(),
  /** Elements whose text is one applicant's full name (structured fields). */
  names: selectors,
  /** One applicant each: a list row, a card, a profile page. Keys pseudonyms and reveals. */
  containers: selectors,
  /** Photos and avatars (img, elements with a CSS background, SVG). Hidden by CSS from the start. */
  photos: selectors,
  /** Elements whose whole text is hidden as one category. */
  fields: z.array(markerFieldSchema).max(40).optional(),
  /** Free text about the candidate written by recruiters: gendered pronouns are hidden here too. */
  notes: selectors,
  /** The vacancy the applicants applied for; its text names the criteria set. */
  vacancyTitle: selectors,
  /** Extra attributes that hold a name or address on this site (besides title, alt, aria-label, placeholder). */
  attributes: z
    .array(z.string().regex(/^[a-z][a-z0-9-]*$/u))
    .max(10)
    .optional(),
  /** Where the hints were modelled from: public help pages, or fixtures of the same shape. */
  reference: z.string().min(1).max(300),
});

export const siteSchema = z.strictObject({
  /** Stable id, also the file name: `lib/sites/<id>.ts`. */
  id: z.string().regex(/^[a-z0-9-]+$/u),
  /** Name shown to people. */
  label: z.string().min(1).max(80),
  /** Where the site lives; one settings entry and one host permission each. A pattern with its own label is a second name of the same site. */
  matches: z.array(z.union([matchPattern, z.strictObject({ pattern: matchPattern, label: z.string().min(1).max(80) })])).min(1),
  /** Pillars switched on by default. */
  defaults: z.strictObject({ vacancy: z.boolean(), screening: z.boolean(), checklist: z.boolean() }),
  /** Ask for the host permission only when the user switches the site on (docs/decisions.md#permissions-when-switched-on). */
  optional: z.boolean().optional(),
  /** Our own demo pages: never a settings entry or a host permission of the store build. */
  demo: z.boolean().optional(),
  vacancy: vacancyHintsSchema.optional(),
  screening: screeningHintsSchema.optional(),
});

/**
 * Where to try a site: its own export in the site file (`tried`), so that test data stays out of
 * the bundles that read the sites.
 */
export const siteTriedSchema = z.strictObject({
  /** Real pages of the site to try the extension on by hand (tests never fetch them: no network). */
  testUrls: z.array(z.url()).min(1),
  /** Pages in this repository modelled on the site's markup, as paths from the repository root. */
  fixtures: z.array(z.string().regex(/^(tests\/fixtures\/pages|public\/demo)\/[a-z0-9/-]+\.html$/u)).min(1),
});

export type SiteInput = z.input<typeof siteSchema>;
export type SiteTried = z.input<typeof siteTriedSchema>;
export type SiteMatch = SiteInput['matches'][number];
