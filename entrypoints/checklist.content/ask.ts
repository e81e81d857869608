import { browser } from 'wxt/browser';
import type { MessageRequest, MessageResponse, MessageType } from '../../lib/messages/protocol';

/**
 * A lean `sendMessage` for the badge: the shared client parses answers with zod, which alone would
 * break this script's 5 kB budget. The background parses every request and checks the sender
 * (lib/messages/router.ts); here the envelope is checked by hand.
 */
export async function ask<T extends MessageType>(type: T, payload: MessageRequest<T>): Promise<MessageResponse<T>> {
  const reply: unknown = await browser.runtime.sendMessage({ channel: 'eerlijk-werven', type, payload });
  if (typeof reply !== 'object' || reply === null) throw new Error(`No answer to ${type}`);
  const { ok, data } = reply as { ok?: unknown; data?: unknown };
  if (ok !== true || typeof data !== 'object' || data === null) throw new Error(`${type} failed`);
  return data as MessageResponse<T>;
}
