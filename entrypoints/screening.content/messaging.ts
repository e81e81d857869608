import { browser } from 'wxt/browser';
import type { MessageRequest, MessageResponse, MessageType } from '../../lib/messages/protocol';

/**
 * A lean `sendMessage` for the screening content script. The shared client parses answers with
 * zod, which would triple this script's size; the background parses and checks every request with
 * zod and the sender (lib/messages/router.ts), and here we check the envelope by hand.
 */
export async function ask<T extends MessageType>(type: T, payload: MessageRequest<T>): Promise<MessageResponse<T>> {
  const reply: unknown = await browser.runtime.sendMessage({ channel: 'eerlijk-werven', type, payload });
  if (typeof reply !== 'object' || reply === null || !('ok' in reply)) throw new Error(`No answer to ${type}`);
  const { ok, data, error } = reply as { ok: unknown; data?: unknown; error?: { message?: unknown } };
  if (ok !== true) throw new Error(typeof error?.message === 'string' ? error.message : `${type} failed`);
  if (typeof data !== 'object' || data === null) throw new Error(`Malformed answer to ${type}`);
  return data as MessageResponse<T>;
}
