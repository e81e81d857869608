import { browser } from 'wxt/browser';

export interface TargetTab {
  id: number;
  url: string;
}

/**
 * The tab the popup is about: the active tab of its window. When the popup page is itself open as
 * a tab (automation, or "open in tab"), the most recently used web page tab is meant instead.
 */
export async function findTargetTab(): Promise<TargetTab | undefined> {
  const ownOrigin = browser.runtime.getURL('/');
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  if (active?.id !== undefined && active.url && !active.url.startsWith(ownOrigin)) return { id: active.id, url: active.url };
  const webTabs = (await browser.tabs.query({})).filter((tab) => tab.id !== undefined && tab.url !== undefined && /^https?:/.test(tab.url));
  webTabs.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  const [latest] = webTabs;
  return latest?.id !== undefined && latest.url ? { id: latest.id, url: latest.url } : undefined;
}
