import { browser } from 'wxt/browser';
import { MESSAGES, replySchema, type MessageRequest, type MessageResponse, type MessageType } from './protocol';

/** A message the background refused or could not handle. */
export class MessageError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'MessageError';
  }
}

/** Send a typed message to the background and parse its answer. */
export async function sendMessage<T extends MessageType>(type: T, payload: MessageRequest<T>): Promise<MessageResponse<T>> {
  const raw: unknown = await browser.runtime.sendMessage({ channel: 'eerlijk-werven', type, payload });
  const reply = replySchema.safeParse(raw);
  if (!reply.success) throw new MessageError('malformed', `No valid answer to ${type}`);
  if (!reply.data.ok) throw new MessageError(reply.data.error.code, reply.data.error.message);
  return MESSAGES[type].response.parse(reply.data.data) as MessageResponse<T>;
}
