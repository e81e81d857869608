import { browser } from 'wxt/browser';

/**
 * "The checklist changed": sent by extension pages that watch the database, so the in-page panel
 * frame (which cannot watch it, see checklist:state) reads the state again. Carries no data.
 */
export const CHECKLIST_CHANGED_CHANNEL = 'eerlijk-werven-checklist-changed';

export function announceChecklistChange(): void {
  browser.runtime.sendMessage({ channel: CHECKLIST_CHANGED_CHANNEL }).catch(() => undefined);
}

export function isChecklistChange(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { channel?: unknown }).channel === CHECKLIST_CHANGED_CHANNEL;
}
