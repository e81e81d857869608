import { browser } from 'wxt/browser';

/**
 * One-way notices to content scripts and the checklist frame: no payload and no answer, so no
 * zod either. Only extension code can send them: a page cannot reach runtime messaging. Requests
 * that get an answer go through MESSAGES (`protocol.ts`) instead.
 */
export type NoticeType =
  /** Background → the tab: the user's ignores changed (undone on the dashboard); check the vacancy again. */
  | 'vacancy:recheck'
  /** Background → the tab: close the checklist panel on the page. */
  | 'checklist:close-panel'
  /** Extension pages → the panel frame: the checklist changed; read it again. */
  | 'checklist:changed';

export const NOTICE_CHANNEL = 'eerlijk-werven-notice';

export interface Notice {
  channel: typeof NOTICE_CHANNEL;
  type: NoticeType;
}

export function notice(type: NoticeType): Notice {
  return { channel: NOTICE_CHANNEL, type };
}

export function isNotice(message: unknown, type: NoticeType): boolean {
  const { channel, type: got } = (message ?? {}) as { channel?: unknown; type?: unknown };
  return channel === NOTICE_CHANNEL && got === type;
}

/** Call `handler` for each notice of `type` until `signal` aborts. */
export function onNotice(type: NoticeType, handler: () => void, signal: AbortSignal): void {
  const listener = (message: unknown) => {
    if (isNotice(message, type)) handler();
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}

/** Tell one tab's top frame; rejects when no script of ours listens there. */
export async function sendNoticeToTab(tabId: number, type: NoticeType): Promise<void> {
  await browser.tabs.sendMessage(tabId, notice(type), { frameId: 0 });
}

/** Tell every extension page and frame that listens. */
export function broadcastNotice(type: NoticeType): void {
  browser.runtime.sendMessage(notice(type)).catch(() => undefined);
}
