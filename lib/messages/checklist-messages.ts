import { z } from 'zod';
import { packSchema } from '../checklist/pack-schema';
import { ITEM_STATUSES, evidenceEntrySchema, itemProgressSchema } from '../checklist/progress-schema';
import { organisationRowSchema } from '../db/rows';
import { bilingualTextSchema } from '../i18n/locale';
import { defineMessage } from './define';

const nullableText = z.string().max(5000).nullable().optional();

const itemContextSchema = z.enum(['vacancy', 'screening', 'general']);

/** What the badge hands its panel frame (in the frame URL's fragment): 32 random bytes, base64url. */
export const frameTokenSchema = z.string().regex(/^[\w-]{43}$/);

/**
 * Every panel-frame message carries its token; the router checks it for 'frame' senders (a web
 * page can frame checklist-frame.html itself, but cannot get a token for it).
 */
const frameTokenField = { frameToken: frameTokenSchema.optional() };

/**
 * Gouden standaard (docs/decisions.md#checklist-in-context): what the in-page badge asks the
 * background.
 */
export const checklistMessages = {
  /**
   * The badge's figures and texts for the sender's site: whether to show (the site is taken from
   * the sender, never the payload), the active organisation's progress, and ready-made labels so
   * the content script needs no catalogue.
   */
  'checklist:summary': defineMessage({
    request: z.object({ context: itemContextSchema }),
    response: z.object({
      show: z.boolean(),
      percent: z.number().min(0).max(100).nullable(),
      organisation: z.string(),
      texts: z.object({
        badge: z.string(),
        open: z.string(),
        close: z.string(),
        dismiss: z.string(),
        panel: z.string(),
      }),
    }),
    from: ['content'],
  }),
  /** Stop showing the badge on the sender's site (settings `checklist.dismissedSites`). */
  'checklist:dismiss-site': defineMessage({
    request: z.object({}),
    response: z.object({ dismissed: z.boolean() }),
    from: ['content'],
  }),
  /**
   * The badge asks for a token for its panel frame, bound to the sender's tab; only given where
   * the checklist is switched on for the tab's site.
   */
  'checklist:frame-token': defineMessage({
    request: z.object({}),
    response: z.object({ token: frameTokenSchema }),
    from: ['content'],
  }),
  /** The in-page panel frame asks its tab's badge to close the panel (Esc inside the frame). */
  'checklist:close-panel': defineMessage({
    request: z.object(frameTokenField),
    response: z.object({ closed: z.boolean() }),
    from: ['frame'],
  }),
  /**
   * The active organisation's checklist for the in-page panel frame. That frame is an extension
   * page inside a web page, where Chromium may refuse it IndexedDB (third-party storage), so it
   * reads and writes through the background. Also from 'page': the same page opened on its own.
   */
  'checklist:state': defineMessage({
    request: z.object(frameTokenField),
    response: z.object({
      organisations: z.array(organisationRowSchema),
      organisation: organisationRowSchema,
      pack: packSchema,
      progress: z.record(z.string(), itemProgressSchema),
      installedPacks: z.array(
        z.object({
          id: z.string(),
          version: z.string(),
          name: bilingualTextSchema,
          itemCount: z.number(),
          source: z.enum(['bundled', 'imported']),
        }),
      ),
    }),
    from: ['page', 'frame'],
  }),
  /** Change one item of the active organisation (the panel frame's writes). */
  'checklist:update-item': defineMessage({
    request: z.object({
      ...frameTokenField,
      itemId: z.string().min(1).max(64),
      change: z.object({
        status: z.enum(ITEM_STATUSES).optional(),
        naReason: nullableText,
        note: z.string().max(5000).optional(),
        evidence: z.array(evidenceEntrySchema).max(20).optional(),
        owner: nullableText,
        dueDate: nullableText,
        lastReviewed: nullableText,
      }),
    }),
    response: z.union([
      z.object({ ok: z.literal(true) }),
      z.object({ ok: z.literal(false), code: z.enum(['unknown-item', 'na-reason-required', 'invalid']) }),
    ]),
    from: ['frame'],
  }),
  /** Re-check the periodic review after the dashboard changed it (badge on the extension icon). */
  'checklist:review-check': defineMessage({
    request: z.object({}),
    response: z.object({ due: z.boolean() }),
    from: ['page'],
  }),
};
