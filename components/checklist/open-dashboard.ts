import { browser } from 'wxt/browser';

/** Open the dashboard at a route in a new tab (from the side panel or the in-page panel frame). */
export function openDashboard(route = '#/checklist'): void {
  void browser.tabs.create({ url: `${browser.runtime.getURL('/dashboard.html')}${route}` });
}
