import { z } from 'zod';

/**
 * A site adapter says where a known site keeps vacancy text and job-post editors
 * (docs/decisions.md#site-adapters-then-generic). Adapters are data: `adapters.ts` lists them and a
 * unit test parses every entry with this schema, so a typo in a selector or a pattern fails CI
 * instead of silently checking nothing. The content script imports only the data and the type (zod
 * stays out of its bundle).
 */

const selector = z
  .string()
  .min(1)
  .max(300)
  .refine((value) => !/[{}]/.test(value), 'a selector, not a style rule');

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

export const vacancyAdapterSchema = z.object({
  /** Stable id; for the sites of `lib/sites/known-sites.ts` the same id as there. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: z.string().min(1),
  /** Host names this adapter serves: "indeed.com" also covers "nl.indeed.com". */
  hosts: z.array(z.string().regex(/^[a-z0-9.-]+$/)).min(1),
  /** Only URLs whose path (with query) matches are vacancy pages or editors; default: every page. */
  paths: regexSource.optional(),
  /** Where the vacancy text is shown; the first selector that matches wins. */
  content: z.array(selector).default([]),
  /** Job-post editors: textarea, input, contenteditable, or a same-origin editor iframe. */
  editors: z.array(selector).default([]),
  /** Parts inside the content that are not vacancy text (apply buttons, similar jobs). */
  exclude: z.array(selector).default([]),
  /** Log once when no content or editor selector matches a page in `paths` (markup changed). */
  canary: z.boolean().default(true),
});

export type VacancyAdapterInput = z.input<typeof vacancyAdapterSchema>;
export type VacancyAdapter = z.output<typeof vacancyAdapterSchema>;
