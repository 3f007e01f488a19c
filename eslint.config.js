// Lint, and the layer rules of the design brief: they are enforced here so
// that they cannot rot. renderer/ talks to the backend only through the typed
// API; shared/ is pure (no Node, no DOM, no React); only electron/ may import
// 'electron'.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`), 'node:*'];
const electronOnly = { name: 'electron', message: "Only electron/ may import 'electron'." };
const domGlobals = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'fetch', 'HTMLElement'];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'out/', 'coverage/', '.electron-native/', 'docs/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [electronOnly] }],
    },
  },
  {
    // CommonJS is the format electron-builder loads its config and hooks in.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['electron/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnly, ...nodeBuiltins.filter((m) => m !== 'node:*').map((name) => ({ name, message: 'shared/ is pure: no Node built-ins.' }))],
          patterns: [
            { group: ['node:*'], message: 'shared/ is pure: no Node built-ins.' },
            { group: ['react', 'react-dom', 'react/*', 'react-dom/*', 'zustand'], message: 'shared/ is pure: no React.' },
            { group: ['better-sqlite3', '**/db/**', '**/db', '**/electron/**', '**/renderer/**', '**/host/**', '**/cli/**'], message: 'shared/ depends on nothing but itself and zod.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...domGlobals.map((name) => ({ name, message: 'shared/ is pure: no DOM.' })), { name: 'process', message: 'shared/ is pure: no Node globals.' }, { name: 'Buffer', message: 'shared/ is pure: no Node globals.' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'tests/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnly, ...nodeBuiltins.filter((m) => m !== 'node:*').map((name) => ({ name, message: 'The renderer has no Node: call the typed API.' }))],
          patterns: [
            { group: ['node:*'], message: 'The renderer has no Node: call the typed API.' },
            { group: ['better-sqlite3', '**/db/**', '**/db', '**/electron/**', '**/host/**', '**/cli/**'], message: 'The renderer reaches the backend only through the typed API (shared/contract).' },
          ],
        },
      ],
    },
  },
);
