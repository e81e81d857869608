import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'dist/**', 'node_modules/**', 'tests/e2e/artifacts/**', 'public/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Never parse markup: build nodes or use textContent (page text is untrusted).' },
        { property: 'outerHTML', message: 'Never parse markup: build nodes or use textContent.' },
        { property: 'insertAdjacentHTML', message: 'Never parse markup: build nodes or use textContent.' },
        { object: 'document', property: 'write', message: 'Never write markup into a page.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No dangerouslySetInnerHTML: render text.' },
        { selector: "MemberExpression[object.name='chrome']", message: "Use `browser` from 'wxt/browser' (the polyfill), not chrome.*." },
      ],
      'no-restricted-globals': ['error', { name: 'chrome', message: "Use `browser` from 'wxt/browser'." }],
    },
  },
  {
    // Node-side tests and tools may inspect markup they produced themselves.
    files: ['tests/**', 'scripts/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
