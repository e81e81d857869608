import { isNotice, NOTICE_CHANNEL } from '../../lib/messages/notices';

/** The vacancy check's notice from the background (`lib/messages/notices.ts`). */
export const VACANCY_TAB_CHANNEL = NOTICE_CHANNEL;

/** "Your ignores changed (undone on the dashboard): check again." */
export const RECHECK = 'vacancy:recheck';

export function isRecheckMessage(message: unknown): boolean {
  return isNotice(message, RECHECK);
}
