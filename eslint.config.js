'use strict';
// Lint for SafeSwitch (ESLint 9 flat config + typescript-eslint). Besides the recommended rules it
// enforces the layering of design.md through the local `safeswitch` plugin (eslint-rules/):
// renderer/ and shared/ never import main/, electron or Node; shared/ imports only shared/, zod and
// papaparse; electron only in the shell files; raw ipcMain/ipcRenderer only in the typed wrappers.
// tests/lint/layering.test.ts runs this config and proves the rules fire.
const js = require('@eslint/js');
const { defineConfig, globalIgnores } = require('eslint/config');
const globals = require('globals');
const tseslint = require('typescript-eslint');
const safeswitch = require('./eslint-rules');

module.exports = defineConfig([
  globalIgnores(['out/', 'release/', 'dist/', 'node_modules/', 'tests/artifacts/', 'test-results/', 'playwright-report/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    plugins: { safeswitch },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'safeswitch/import-layering': 'error',
      'safeswitch/kebab-case-file-names': 'error',
      // Named exports only (GitHub Desktop habit): easier to find, rename and grep.
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use a named export; default exports are only for tool config files.' },
        { selector: "ExportSpecifier[exported.name='default']", message: 'Use a named export; default exports are only for tool config files.' },
      ],
      // Off on purpose: this app checks hostile registry and file strings, and matching control
      // characters (\u0000-\u001f) in a regex is exactly how it rejects them.
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Tool config files must export default (vite, vitest, playwright, electron-vite).
    files: ['*.config.{js,mjs,cjs,ts,mts}', 'stryker/*.config.{js,mjs,cjs,ts,mts}'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['main/**', 'tests/**', 'eslint-rules/**', 'scripts/**', '*.{js,mjs,cjs,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Playwright fixtures that need no other fixture must be written `async ({}, use) => …`.
    files: ['tests/e2e/**'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.{js,cjs}'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
]);
