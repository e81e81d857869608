import { z } from 'zod';
import { metricSchema } from '../schema/metrics';
import { localeSchema } from '../i18n/locale';
import { defineMessage } from './define';

/** A breakdown is per ground or category (a few dozen at most); more is a page flooding the store. */
export const MAX_BREAKDOWN_KEYS = 40;

/** Messages every pillar uses. */
export const coreMessages = {
  /** The UI messages with given key prefixes, in the user's chosen language (content scripts). */
  'i18n:messages': defineMessage({
    request: z.object({
      prefixes: z
        .array(z.string().regex(/^[a-z]+_$/))
        .min(1)
        .max(10),
    }),
    response: z.object({
      locale: localeSchema,
      messages: z.record(
        z.string(),
        z.object({ message: z.string(), placeholders: z.record(z.string(), z.object({ content: z.string() })).optional() }),
      ),
    }),
    from: ['content'],
  }),
  /** Open the dashboard in a tab, optionally at a route ("#/checklist"). */
  'dashboard:open': defineMessage({
    request: z.object({
      route: z
        .string()
        .regex(/^#\/[\w/-]*$/)
        .optional(),
      /** The in-page checklist panel's token (the router checks it for framed senders). */
      frameToken: z.string().max(100).optional(),
    }),
    response: z.object({ opened: z.boolean() }),
    // 'frame': Firefox gives our page framed in a web page no `tabs` API, so it asks here.
    from: ['content', 'page', 'frame'],
  }),
  /**
   * Count something as evidence for the checklist: counts only, never text
   * (docs/decisions.md#counts-not-text).
   */
  'activity:record': defineMessage({
    request: z.object({
      metric: metricSchema,
      count: z.number().int().min(1).max(100_000),
      breakdown: z
        .record(z.string().max(60), z.number().int().min(0).max(100_000))
        .refine((record) => Object.keys(record).length <= MAX_BREAKDOWN_KEYS, `At most ${MAX_BREAKDOWN_KEYS} breakdown keys`)
        .optional(),
    }),
    response: z.object({ recorded: z.boolean() }),
    from: ['content', 'page'],
  }),
};
