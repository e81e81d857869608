import { z } from 'zod';
import { localeSchema } from '../i18n/locale';
import { LEVELS } from '../readability/levels';
import { HINT_KINDS, REASONS } from '../readability/types';

const level = z.enum(LEVELS);
const hintSchema = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  kind: z.enum(HINT_KINDS),
  message: z.string().max(500),
  alternatives: z.array(z.string().max(300)).max(20),
});

/**
 * Leesbaarheid of a checked block, for the summary panel (docs/readability.md): the level against
 * the site's target and the hardest sentences with their hints, offsets into the text sent. It
 * travels with the block's findings in the `vacancy:analyze` answer, so the background reads the
 * text once for both; it is advice and never changes the findings.
 */
export const pageReadabilitySchema = z.object({
  lang: localeSchema.nullable(),
  level: level.nullable(),
  target: level,
  reached: z.boolean().nullable(),
  reasonMessage: z.string().max(500).nullable(),
  reason: z.enum(REASONS).nullable(),
  hardest: z
    .array(
      z.object({
        start: z.number().int().min(0),
        end: z.number().int().min(0),
        words: z.number().int().min(0),
        level,
        hints: z.array(hintSchema).max(100),
      }),
    )
    .max(3),
});
export type PageReadability = z.infer<typeof pageReadabilitySchema>;
