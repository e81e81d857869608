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
}

/**
 * Only our own content scripts and pages may talk to the background. Web pages cannot reach
 * runtime.onMessage (no externally_connectable), but we check anyway: a message from another
 * extension or from an unexpected frame is refused.
 */
export function classifySender(sender: MessageSender, context: SenderContext): SenderKind | undefined {
  if (sender.id !== context.extensionId) return undefined;
  const url = sender.url ?? '';
  if (url.startsWith(context.extensionOrigin)) return 'page';
  if (sender.tab !== undefined && /^https?:/.test(url)) return 'content';
  return undefined;
}

/** Parse, check and dispatch one incoming message. Never throws: every failure becomes a reply. */
export async function routeMessage(
  raw: unknown,
  sender: MessageSender,
  handlers: Handlers,
  context: SenderContext,
): Promise<Reply> {
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
