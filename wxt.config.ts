import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { KNOWN_SITES, LOCAL_TEST_MATCHES } from './lib/sites/known-sites';
import { keepOutOfContentScripts } from './scripts/content-script-guard';
import { cheapUnicodeClasses } from './scripts/unicode-class-plugin';

/**
 * `EW_E2E=1` makes the automation build (docs/decisions.md#automation-build): an unpacked Chrome
 * build in `.output/e2e-chrome-mv3` whose host permissions also cover 127.0.0.1 and localhost. The
 * store build never contains those.
 */
const forAutomation = process.env.EW_E2E === '1';

const requiredHosts = KNOWN_SITES.filter((site) => !site.optional).map((site) => site.match);
const optionalHosts = KNOWN_SITES.filter((site) => site.optional).map((site) => site.match);

export default defineConfig({
  // Explicit imports everywhere: a newcomer can follow every name to its file.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  outDirTemplate: forAutomation ? 'e2e-{{browser}}-mv{{manifestVersion}}' : '{{browser}}-mv{{manifestVersion}}',
  vite: () => ({
    plugins: [preact(), cheapUnicodeClasses()],
    define: { 'import.meta.env.EW_E2E': JSON.stringify(forAutomation) },
    // `EW_NOMINIFY=1` keeps function names for CPU profiles (entrypoints/screening.content/README.md).
    build: process.env.EW_NOMINIFY === '1' ? { minify: false } : {},
  }),
  hooks: {
    // Content scripts load on every page of a switched-on site, so each kilobyte counts. They use
    // only promise-returning APIs that Chrome MV3 and Firefox offer natively (runtime messaging,
    // storage), so they get WXT's plain `browser` instead of the webextension-polyfill (about 3 kB
    // gzip per script). Pages and the background keep the polyfill.
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      const alias = viteConfig.resolve?.alias;
      if (Array.isArray(alias)) {
        viteConfig.resolve!.alias = alias.filter((entry: { find: unknown }) => entry.find !== 'wxt/browser');
      } else if (alias && typeof alias === 'object') {
        delete (alias as Record<string, string>)['wxt/browser'];
      }
      viteConfig.plugins = [...(viteConfig.plugins ?? []), keepOutOfContentScripts()];
    },
  },
  zip: {
    // The readability calibration texts are exam and graded-reader excerpts quoted for testing only
    // (tests/fixtures/readability/README.md): they stay out of the sources handed to add-on stores.
    excludeSources: [
      'tests/e2e/artifacts/**',
      'demo-screenshots/**',
      'docs/screenshots/**',
      'dist/**',
      'tests/fixtures/readability/**',
      '.prof/**',
    ],
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus', 'alarms', 'notifications'],
    host_permissions: [...requiredHosts, ...(forAutomation ? LOCAL_TEST_MATCHES : [])],
    // Sites the user adds in the options page are asked for at that moment. Manifest V2 (Firefox)
    // lists optional hosts among the optional permissions.
    ...(manifestVersion === 2
      ? { optional_permissions: [...optionalHosts, 'https://*/*', 'http://*/*'] }
      : { optional_host_permissions: [...optionalHosts, 'https://*/*', 'http://*/*'] }),
    action: { default_title: '__MSG_extName__' },
    // An organisation's policy (README: "Policies for organisations"). Chrome and Edge check a
    // policy against this schema; Firefox reads `3rdparty` policies without it.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
    // The checklist panel on HR sites is an extension page in an iframe
    // (docs/decisions.md#checklist-panel-in-an-iframe): only that page is exposed to web pages; its
    // scripts load from the extension's own origin. In Chrome a dynamic URL (new each session)
    // keeps websites from detecting the extension by probing a fixed URL; Firefox already gives
    // every installation its own random moz-extension:// host.
    web_accessible_resources:
      manifestVersion === 2
        ? ['checklist-frame.html']
        : [{ resources: ['checklist-frame.html'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true }],
    // Vacaturecheck keyboard shortcuts (docs/decisions.md#vacancy-panel-and-report); users can
    // change them in the browser.
    commands: {
      'vacancy-toggle-panel': { suggested_key: { default: 'Alt+Shift+V' }, description: '__MSG_vacancy_command_panel__' },
      'vacancy-next-finding': { suggested_key: { default: 'Alt+Shift+N' }, description: '__MSG_vacancy_command_next__' },
      'vacancy-previous-finding': { suggested_key: { default: 'Alt+Shift+P' }, description: '__MSG_vacancy_command_previous__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'eerlijk-werven@eerlijkwerven.nl',
              // data_collection_permissions needs Firefox 140 (desktop) and 142 (Android).
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
