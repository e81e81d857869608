import { z } from 'zod';

/** Languages the product speaks: Dutch first, English second. */
export const LOCALES = ['nl', 'en'] as const;
export const localeSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof localeSchema>;

/** A text written in both product languages, as used by rule packs and checklist packs. */
export const bilingualTextSchema = z.object({ nl: z.string().min(1), en: z.string().min(1) });
export type BilingualText = z.infer<typeof bilingualTextSchema>;

/** Pick the text for a locale. */
export function pickText(text: BilingualText, locale: Locale): string {
  return text[locale];
}
