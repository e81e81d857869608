import { broadcastNotice, isNotice } from '../../lib/messages/notices';

/**
 * "The checklist changed": sent by extension pages that watch the database, so the in-page panel
 * frame (which cannot watch it, see checklist:state) reads the state again. Carries no data.
 */
export function announceChecklistChange(): void {
  broadcastNotice('checklist:changed');
}

export function isChecklistChange(message: unknown): boolean {
  return isNotice(message, 'checklist:changed');
}
