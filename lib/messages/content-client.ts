import { browser } from 'wxt/browser';
import type { MessageRequest, MessageResponse, MessageType } from './protocol';

/**
 * `sendMessage` for content scripts. Unlike `client.ts` it does not parse the answer with zod:
 * zod would double a content script's size (budget 15 kB gzip), and the background router has
 * already parsed the answer against the same response schema before sending it. The envelope is
 * checked here by hand.
 */
export async function ask<T extends MessageType>(type: T, payload: MessageRequest<T>): Promise<MessageResponse<T>> {
  const reply: unknown = await browser.runtime.sendMessage({ channel: 'eerlijk-werven', type, payload });
  if (typeof reply !== 'object' || reply === null || !('ok' in reply)) throw new Error(`No answer to ${type}`);
  const { ok, data, error } = reply as { ok: unknown; data?: unknown; error?: { message?: unknown } };
  if (ok !== true) throw new Error(`${type}: ${typeof error?.message === 'string' ? error.message : 'failed'}`);
  if (typeof data !== 'object' || data === null) throw new Error(`Malformed answer to ${type}`);
  return data as MessageResponse<T>;
}
