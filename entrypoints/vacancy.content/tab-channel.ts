/**
 * What the background sends to the vacancy check in a tab (zod-free: the content script has a
 * 15 kB budget). Only the background can send it: a page cannot reach runtime messaging.
 */
export const VACANCY_TAB_CHANNEL = 'eerlijk-werven-vacancy';

/** "Your ignores changed (undone on the dashboard): check again." */
export const RECHECK = 'recheck';

export function isRecheckMessage(message: unknown): boolean {
  const { channel, type } = (message ?? {}) as { channel?: unknown; type?: unknown };
  return channel === VACANCY_TAB_CHANNEL && type === RECHECK;
}
