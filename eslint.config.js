import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/*
 * Layers (docs/decisions.md#layers):
 * - the pure core runs in Node and the browser alike: no extension API, Dexie, Preact or DOM;
 * - page code (DOM helpers) keeps out of the database and the stores;
 * - platform code (settings, database, stores, message clients) keeps out of the DOM helpers;
 * - lib/ never imports the entry points or the shared page components.
 */
const PURE_CORE = ['lib/wording/**', 'lib/blinding/**', 'lib/checklist/**', 'lib/schema/**', 'lib/readability/**', 'lib/i18n/**'];
const PAGE_CODE = ['lib/page/**', 'lib/highlight/**'];
const PLATFORM_CODE = ['lib/settings/**', 'lib/db/**', 'lib/checklist-store/**', 'lib/screening-store/**', 'lib/messages/**'];
const SOURCE_FILES = ['lib/**', 'entrypoints/**', 'components/**', 'scripts/**'];

/** Globals the pure core may use: the language itself and what Node and browsers share. */
const SHARED_RUNTIME = { ...globals.es2021, console: 'readonly', URL: 'readonly', TextEncoder: 'readonly', TextDecoder: 'readonly' };

const OUTSIDE_LIB = {
  group: ['**/entrypoints/**', '**/components/**'],
  message: 'lib/ is imported by entry points and components, never the other way round (docs/decisions.md#layers).',
};
const EXTENSION_API = {
  group: ['wxt', 'wxt/*', 'webextension-polyfill', '@wxt-dev/*'],
  message: 'The pure core runs in Node too: no extension API (docs/decisions.md#layers).',
};
const DATABASE = {
  group: ['dexie', '**/db/*', '**/checklist-store/*', '**/screening-store/*', '**/settings/store'],
  message: 'Only platform code and extension pages reach the database and stores (docs/decisions.md#layers).',
};
const ZOD = {
  group: ['zod', 'zod/*'],
  allowTypeImports: true,
  message: 'Zod stays out of content scripts: the background parses every message (docs/decisions.md#zod-stays-out-of-content-scripts).',
};
const PAGE_HELPERS = {
  group: ['**/page/*', '**/highlight/*', 'preact', 'preact/*', '@preact/*'],
  message: 'DOM and UI code stays out of this layer (docs/decisions.md#layers).',
};
const PLATFORM = {
  group: ['**/messages/*', '**/sites/*', '**/sites/**', '**/cli/*'],
  message: 'The pure core knows no messages, sites or CLI; they use the core (docs/decisions.md#layers).',
};

const NO_MARKUP = [
  { property: 'innerHTML', message: 'Never parse markup: build nodes or use textContent (page text is untrusted).' },
  { property: 'outerHTML', message: 'Never parse markup: build nodes or use textContent.' },
  { property: 'insertAdjacentHTML', message: 'Never parse markup: build nodes or use textContent.' },
  { object: 'document', property: 'write', message: 'Never write markup into a page.' },
];
const NO_UNSAFE_SYNTAX = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No dangerouslySetInnerHTML: render text.' },
  { selector: "MemberExpression[object.name='chrome']", message: "Use `browser` from 'wxt/browser' (the polyfill), not chrome.*." },
];
const NO_CHROME = { name: 'chrome', message: "Use `browser` from 'wxt/browser'." };
const NO_RAW_OBSERVER = {
  name: 'MutationObserver',
  message: 'Use observe() from lib/content/observe.ts: it stops with the signal (docs/decisions.md#content-script-shell).',
};
const NO_RAW_SHADOW = {
  property: 'attachShadow',
  message: 'Use mountShadowUi() from lib/content/shadow-ui.ts (docs/decisions.md#content-script-shell).',
};

/** The content-script shell's helpers: the only files that make observers and shadow roots. */
const SHELL_HELPERS = ['lib/content/observe.ts', 'lib/content/shadow-ui.ts'];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'dist/**', 'node_modules/**', 'tests/e2e/artifacts/**', 'public/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': ['error', ...NO_MARKUP, NO_RAW_SHADOW],
      'no-restricted-syntax': ['error', ...NO_UNSAFE_SYNTAX],
      'no-restricted-globals': ['error', NO_CHROME, NO_RAW_OBSERVER],
    },
  },
  {
    // The helpers themselves.
    files: SHELL_HELPERS,
    rules: {
      'no-restricted-properties': ['error', ...NO_MARKUP],
      'no-restricted-globals': ['error', NO_CHROME],
    },
  },
  {
    // Everything outside the pure core may use the browser and Node.
    ignores: PURE_CORE,
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    // The pure core: only the language's own globals, checked (TypeScript alone would accept the
    // DOM, because the project compiles with the DOM library).
    files: PURE_CORE,
    languageOptions: { globals: SHARED_RUNTIME },
    rules: {
      'no-undef': 'error',
      'no-restricted-imports': ['error', { patterns: [OUTSIDE_LIB, EXTENSION_API, DATABASE, PAGE_HELPERS, PLATFORM] }],
    },
  },
  {
    files: PAGE_CODE,
    rules: { 'no-restricted-imports': ['error', { patterns: [OUTSIDE_LIB, DATABASE, ZOD] }] },
  },
  {
    // Content scripts run on every page of a switched-on site: no database, no zod.
    files: ['entrypoints/*.content/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [DATABASE, ZOD] }] },
  },
  {
    files: PLATFORM_CODE,
    rules: { 'no-restricted-imports': ['error', { patterns: [OUTSIDE_LIB, PAGE_HELPERS] }] },
  },
  {
    files: ['lib/**'],
    ignores: [...PURE_CORE, ...PAGE_CODE, ...PLATFORM_CODE],
    rules: { 'no-restricted-imports': ['error', { patterns: [OUTSIDE_LIB] }] },
  },
  {
    // One job per file (docs/decisions.md#layers); data files (rule packs, packs) are JSON.
    files: SOURCE_FILES,
    rules: { 'max-lines': ['error', { max: 300 }] },
  },
  {
    // Node-side tests and tools may inspect markup they produced themselves, and build test pages.
    files: ['tests/**', 'scripts/**'],
    rules: { 'no-restricted-properties': 'off', 'no-restricted-globals': ['error', NO_CHROME] },
  },
);
