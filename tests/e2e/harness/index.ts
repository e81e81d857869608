/**
 * The real-browser test harness (docs/decisions.md#real-browser-tests). Import from here in
 * `tests/e2e/*.e2e.ts`; `docs/testing.md` explains how it fits together.
 */
export { expectNoAxeViolations, formatAxeViolations, runAxe, type AxeOptions, type AxeViolation } from './axe';
export { extensionIdForPath } from './extension-id';
export { CHROMIUM_BINARY } from './chromium-binary';
export { diagnoseExtensionLoad } from './load-diagnosis';
export {
  extensionServiceWorker,
  launchExtension,
  type BrowserLanguage,
  type ExtensionPageName,
  type ExtensionSession,
  type LaunchOptions,
} from './launch';
export { guardNetwork, type NetworkGuard, type RecordedRequest } from './network-guard';
export { screenshot, SCREENSHOT_DIR } from './screenshot';
export {
  enableSite,
  getStoredSettings,
  setStoredSettings,
  waitForRegistration,
  withSiteEnabled,
  SETTINGS_KEY,
  type SitePillars,
} from './settings';
export { demoUrl, fixtureUrl, testServerBaseUrl } from './test-server';
export { useExtension, type ExtensionFixture, type UseExtensionOptions } from './use-extension';
