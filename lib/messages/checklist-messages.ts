import { z } from 'zod';
import { defineMessage } from './define';

const itemContextSchema = z.enum(['vacancy', 'screening', 'general']);

/** Gouden standaard (issue #6): what the in-page badge asks the background. */
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
        move: z.string(),
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
  /** The in-page panel frame asks its tab's badge to close the panel (Esc inside the frame). */
  'checklist:close-panel': defineMessage({
    request: z.object({}),
    response: z.object({ closed: z.boolean() }),
    from: ['page'],
  }),
  /** Re-check the periodic review after the dashboard changed it (badge on the extension icon). */
  'checklist:review-check': defineMessage({
    request: z.object({}),
    response: z.object({ due: z.boolean() }),
    from: ['page'],
  }),
};
