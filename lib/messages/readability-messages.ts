import { z } from 'zod';
import { localeSchema } from '../i18n/locale';
import { LEVELS } from '../readability/levels';
import { HINT_KINDS, REASONS } from '../readability/types';
import { defineMessage } from './define';
import { MAX_VACANCY_TEXT } from './vacancy-messages';

const level = z.enum(LEVELS);
const hintSchema = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  kind: z.enum(HINT_KINDS),
  message: z.string().max(500),
  alternatives: z.array(z.string().max(300)).max(20),
});

/**
 * Leesbaarheid for a page (docs/readability.md): the summary panel sends a checked block's text
 * and gets the level against the site's target and the hardest sentences with their hints. The
 * engine and its word lists stay in the background. `on: false` where the user switched it off.
 */
export const readabilityMessages = {
  'readability:check': defineMessage({
    request: z.object({ text: z.string().max(MAX_VACANCY_TEXT), lang: z.enum(['auto', 'nl', 'en']).optional() }),
    response: z.object({
      on: z.boolean(),
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
    }),
    from: ['content'],
  }),
};
