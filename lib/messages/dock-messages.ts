import { z } from 'zod';
import { defineMessage } from './define';

/** Where the user put the Eerlijk Werven dock on a site: its top-left corner in CSS pixels of the viewport. */
export const dockPositionSchema = z.object({ x: z.number().int().min(0).max(20_000), y: z.number().int().min(0).max(20_000) });
export type DockPosition = z.infer<typeof dockPositionSchema>;

/**
 * The one dock per page (docs/decisions.md#one-dock). The site is the sender's, never the
 * payload's: a page cannot move the dock elsewhere.
 */
export const dockMessages = {
  /** The dock's texts in the user's language, and where the user put it on this site (null: not moved). */
  'dock:setup': defineMessage({
    request: z.object({}),
    response: z.object({
      texts: z.object({ label: z.string(), move: z.string(), moveHelp: z.string() }),
      position: dockPositionSchema.nullable(),
    }),
    from: ['content'],
  }),
  /** Remember where the user put the dock on this site; null forgets it. */
  'dock:save-position': defineMessage({
    request: z.object({ position: dockPositionSchema.nullable() }),
    response: z.object({ saved: z.boolean() }),
    from: ['content'],
  }),
};
