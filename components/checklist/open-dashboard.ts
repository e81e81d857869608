import { createContext } from 'preact';
import { browser } from 'wxt/browser';

/** Open the dashboard at a route in a new tab (from the side panel or the in-page panel frame). */
export function openDashboard(route = '#/checklist'): void {
  void browser.tabs.create({ url: `${browser.runtime.getURL('/dashboard.html')}${route}` });
}

/**
 * How this page opens the dashboard. The in-page panel frame provides its own: Firefox gives an
 * extension page framed in a web page no `tabs` API, so the frame asks the background instead.
 */
export const DashboardOpenerContext = createContext<(route?: string) => void>(openDashboard);
