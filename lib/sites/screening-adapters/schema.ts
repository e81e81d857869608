import { z } from 'zod';
import { MARKER_CATEGORIES } from '../../blinding/categories';
import { isValidMatchPattern } from '../match-pattern';

/**
 * Site knowledge for Blind screenen as data (docs/decisions.md#site-knowledge-as-data): where a
 * site shows applicant names, photos, contact fields and one applicant's container. The content
 * script reads adapters, never hard-coded selectors. Parsed with this schema in a unit test, so a
 * typo fails CI.
 */

/** A CSS selector. Syntax is checked against a real DOM in tests/unit/screening/adapters.test.ts. */
export const cssSelectorSchema = z
  .string()
  .trim()
  .min(1)
  .max(300)
  .refine((selector) => !/[{};]/u.test(selector), { message: 'a selector, not a style rule' });

const selectorsSchema = z.array(cssSelectorSchema).max(100).default([]);

/** An element whose whole text is a marker of one category (a city column, an age field). */
export const markerFieldSchema = z.strictObject({
  selector: cssSelectorSchema,
  category: z.enum(MARKER_CATEGORIES),
});

export const screeningAdapterSchema = z.strictObject({
  /** Stable id, the same as the known site's id where there is one. */
  id: z.string().regex(/^[a-z0-9-]+$/u),
  label: z.string().min(1).max(80),
  /** Pages this adapter knows, as WebExtension match patterns. Empty for the generic mode. */
  matches: z.array(z.string().refine(isValidMatchPattern, { message: 'not a match pattern' })).max(20),
  /** Elements whose text is one applicant's full name (structured fields). */
  names: selectorsSchema,
  /** One applicant each: a list row, a card, a profile page. Keys pseudonyms and reveals. */
  containers: selectorsSchema,
  /** Photos and avatars (img, elements with a CSS background, SVG). Hidden by CSS from the start. */
  photos: selectorsSchema,
  /** Elements whose whole text is hidden as one category. */
  fields: z.array(markerFieldSchema).max(40).default([]),
  /** Free text about the candidate written by recruiters: gendered pronouns are hidden here too. */
  notes: selectorsSchema,
  /** The vacancy the applicants applied for; its text names the criteria set. */
  vacancyTitle: selectorsSchema,
  /** Extra attributes that hold a name or address on this site (besides title, alt, aria-label, placeholder). */
  attributes: z
    .array(z.string().regex(/^[a-z][a-z0-9-]*$/u))
    .max(10)
    .default([]),
  /** Where the adapter was modelled from: public help pages, or fixtures of the same shape. */
  reference: z.string().max(300),
});
export type ScreeningAdapter = z.infer<typeof screeningAdapterSchema>;
export type ScreeningAdapterInput = z.input<typeof screeningAdapterSchema>;
