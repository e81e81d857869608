import { browser, type Browser } from 'wxt/browser';
import { isPillarOn } from '../../lib/settings/site-lookup';
import { getSettings } from '../../lib/settings/store';

/**
 * Tokens for the checklist panel frame. checklist-frame.html is web-accessible, so any web page
 * can frame it (clickjacking); only a frame opened by our badge knows the token for its tab. Kept
 * in session storage (not readable by content scripts, gone when the browser closes) so a
 * sleeping service worker does not forget them.
 */
const KEY_PREFIX = 'checklistFrameToken:';

const keyFor = (tabId: number) => `${KEY_PREFIX}${tabId}`;

function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A new token for a tab; it replaces the tab's previous one (a new page, a new badge). */
export async function issueFrameToken(tabId: number): Promise<string> {
  const token = randomToken();
  await browser.storage.session.set({ [keyFor(tabId)]: token });
  return token;
}

/** True when the token is the one issued for the sender's tab and the checklist is on for its site. */
export async function verifyFrameToken(token: string, sender: Browser.runtime.MessageSender): Promise<boolean> {
  const tabId = sender.tab?.id;
  const tabUrl = sender.tab?.url;
  if (tabId === undefined || !tabUrl || !/^https?:/.test(tabUrl)) return false;
  const key = keyFor(tabId);
  const stored = (await browser.storage.session.get(key))[key];
  if (typeof stored !== 'string' || stored !== token) return false;
  return isPillarOn(await getSettings(), tabUrl, 'checklist');
}

/** A closed tab's token is of no use any more. */
export async function forgetFrameToken(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyFor(tabId));
}
