import { browser } from 'wxt/browser';
import type { MessageRequest, MessageResponse, MessageType } from '../../lib/messages/protocol';

/**
 * A small typed sender for the content script. It does not parse the answer with zod as
 * `lib/messages/client.ts` does: zod would double the script's size (budget 15 kB gzip), and the
 * router in the background has already parsed the answer against the same schema before sending.
 */
export async function ask<T extends MessageType>(type: T, payload: MessageRequest<T>): Promise<MessageResponse<T>> {
  const reply = (await browser.runtime.sendMessage({ channel: 'eerlijk-werven', type, payload })) as
    | { ok: true; data: MessageResponse<T> }
    | { ok: false; error: { code: string; message: string } }
    | undefined;
  if (!reply || typeof reply !== 'object') throw new Error(`No answer to ${type}`);
  if (!reply.ok) throw new Error(`${type}: ${reply.error.message}`);
  return reply.data;
}
