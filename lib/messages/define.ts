import type { z } from 'zod';

/**
 * Which extension context may send a message: a content script in a web page, one of our own
 * pages (popup, side panel, dashboard, options), or our page framed inside a web page's tab (the
 * checklist panel). A web page can frame that page itself, so 'frame' senders get only what the
 * panel needs, and only with a token the badge obtained for that tab (router.ts).
 */
export type SenderKind = 'content' | 'page' | 'frame';

/**
 * One message type between our contexts: the payload it carries, the answer it gets and who may
 * send it. Both sides parse with these schemas (architecture principle 4: data is schema).
 */
export interface MessageDefinition<Request extends z.ZodType = z.ZodType, Response extends z.ZodType = z.ZodType> {
  request: Request;
  response: Response;
  from: readonly SenderKind[];
}

export function defineMessage<Request extends z.ZodType, Response extends z.ZodType>(
  definition: MessageDefinition<Request, Response>,
): MessageDefinition<Request, Response> {
  return definition;
}
