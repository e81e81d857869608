import { z } from 'zod';
import { checklistMessages } from './checklist-messages';
import { coreMessages } from './core-messages';
import { dockMessages } from './dock-messages';
import { screeningMessages } from './screening-messages';
import { vacancyMessages } from './vacancy-messages';

/**
 * Every message type the background accepts, by name. Each pillar adds its own file of
 * definitions and spreads it in here.
 */
export const MESSAGES = {
  ...coreMessages,
  ...dockMessages,
  ...checklistMessages,
  ...screeningMessages,
  ...vacancyMessages,
};

export type MessageType = keyof typeof MESSAGES;
export type MessageRequest<T extends MessageType> = z.input<(typeof MESSAGES)[T]['request']>;
export type MessageResponse<T extends MessageType> = z.output<(typeof MESSAGES)[T]['response']>;

/** What travels over `runtime.sendMessage`. */
export const envelopeSchema = z.object({
  channel: z.literal('eerlijk-werven'),
  type: z.string().max(100),
  payload: z.unknown(),
});

export const errorCodeSchema = z.enum(['unknown-type', 'malformed', 'forbidden-sender', 'failed']);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const replySchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.object({ code: errorCodeSchema, message: z.string() }) }),
]);
export type Reply = z.infer<typeof replySchema>;
