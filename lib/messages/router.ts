import type { Browser } from 'wxt/browser';

type MessageSender = Browser.runtime.MessageSender;
import type { SenderKind } from './define';
import { envelopeSchema, MESSAGES, type MessageRequest, type MessageResponse, type MessageType, type Reply } from './protocol';

export type Handler<T extends MessageType> = (
  payload: MessageRequest<T> extends infer P ? P : never,
  sender: MessageSender,
) => Promise<MessageResponse<T>> | MessageResponse<T>;

export type Handlers = { [T in MessageType]: Handler<T> };

export interface SenderContext {
  extensionId: string;
  /** `browser.runtime.getURL('')`, e.g. "chrome-extension://abc/". */
  extensionOrigin: string;
  /**
   * Checks the token a 'frame' sender carries in its payload (`frameToken`) against its tab.
   * Without it every 'frame' sender is refused.
   */
  verifyFrameToken?: (token: string, sender: MessageSender) => Promise<boolean> | boolean;
}

/**
 * Only our own content scripts and pages may talk to the background. Web pages cannot reach
 * runtime.onMessage (no externally_connectable), but we check anyway: a message from another
 * extension or from an unexpected frame is refused.
 */
export function classifySender(sender: MessageSender, context: SenderContext): SenderKind | undefined {
  if (sender.id !== context.extensionId) return undefined;
  const url = sender.url ?? '';
  if (url.startsWith(context.extensionOrigin)) return isInsideWebTab(sender, context) ? 'frame' : 'page';
  if (sender.tab !== undefined && /^https?:/.test(url)) return 'content';
  return undefined;
}

/**
 * Our page inside someone else's tab: a sub-frame of a tab, or a tab whose top page is not ours
 * (an unknown tab URL counts as not ours). Any web page may frame a web-accessible resource, so
 * such a sender must not get what the popup or the dashboard may ask (clickjacking).
 */
function isInsideWebTab(sender: MessageSender, context: SenderContext): boolean {
  if (sender.tab === undefined) return false;
  if (sender.frameId !== undefined && sender.frameId !== 0) return true;
  return !(sender.tab.url ?? '').startsWith(context.extensionOrigin);
}

/** The token a framed page sends along, read before parsing (schemas may strip it). */
function frameTokenOf(payload: unknown): string | undefined {
  if (typeof payload !== 'object' || payload === null) return undefined;
  const token = (payload as { frameToken?: unknown }).frameToken;
  return typeof token === 'string' && token.length > 0 ? token : undefined;
}

async function hasValidFrameToken(payload: unknown, sender: MessageSender, context: SenderContext): Promise<boolean> {
  const token = frameTokenOf(payload);
  if (token === undefined || context.verifyFrameToken === undefined) return false;
  try {
    return (await context.verifyFrameToken(token, sender)) === true;
  } catch {
    return false;
  }
}

/** Parse, check and dispatch one incoming message. Never throws: every failure becomes a reply. */
export async function routeMessage(raw: unknown, sender: MessageSender, handlers: Handlers, context: SenderContext): Promise<Reply> {
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) return fail('malformed', 'Not an Eerlijk Werven message');
  const { type, payload } = envelope.data;
  if (!Object.hasOwn(MESSAGES, type)) return fail('unknown-type', `Unknown message type: ${type}`);
  const messageType = type as MessageType;
  const definition = MESSAGES[messageType];

  const kind = classifySender(sender, context);
  if (kind === undefined || !definition.from.includes(kind)) {
    return fail('forbidden-sender', `${type} is not accepted from this sender`);
  }
  if (kind === 'frame') {
    if (!(await hasValidFrameToken(payload, sender, context))) return fail('forbidden-sender', `${type} needs a valid panel token`);
  }
  const parsed = definition.request.safeParse(payload);
  if (!parsed.success) return fail('malformed', `Malformed ${type}: ${parsed.error.issues[0]?.message ?? ''}`);

  try {
    const handler = handlers[messageType] as (payload: unknown, sender: MessageSender) => unknown;
    const data = definition.response.parse(await handler(parsed.data, sender));
    return { ok: true, data };
  } catch (error) {
    return fail('failed', error instanceof Error ? error.message : String(error));
  }
}

function fail(code: Extract<Reply, { ok: false }>['error']['code'], message: string): Reply {
  return { ok: false, error: { code, message } };
}
