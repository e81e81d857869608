import type { z } from 'zod';

/** Which extension context may send a message. */
export type SenderKind = 'content' | 'page';

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
