// @ts-check
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Layer rules from the design: shared/ is pure, renderer/ sees only shared/, host services never
 * import `electron`, the preload sees only the channel names, and exactly one file touches ipcMain.
 * Signal and VS Code enforce the same kind of boundaries with lint rather than with review.
 */

const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_'));
const nodeBuiltinPaths = nodeBuiltins.map((name) => ({
  name,
  message: 'This layer must not use Node built-ins.',
}));
const nodeProtocol = { group: ['node:*'], message: 'This layer must not use Node built-ins.' };
const electronModule = {
  name: 'electron',
  message: 'Only electron/main and electron/preload may import electron.',
};
const intoElectron = {
  group: ['**/electron/**'],
  message: 'The host side is not importable from this layer.',
};
const intoRenderer = { group: ['**/renderer/**'], message: 'The UI is not importable from this layer.' };
const reactModules = ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime'].map((name) => ({
  name,
  message: 'shared/ is framework-free.',
}));
/**
 * esbuild (the host, workers and command line) cannot tree-shake zod's `z` export, a namespace that
 * also holds every locale: `import * as z` keeps the bundles to the schemas used (~550 KB less, and
 * the command line starts that much sooner). Type-only imports cost nothing and stay allowed.
 */
const zodNamespaceOnly = {
  selector: "ImportDeclaration[source.value='zod'][importKind!='type'] > ImportSpecifier[imported.name='z']",
  message: "Write `import * as z from 'zod'`: esbuild bundles every zod locale behind `import { z }`.",
};
const ipcMainOnlyInIpc = {
  name: 'electron',
  importNames: ['ipcMain'],
  message: 'Only electron/main/ipc.ts registers IPC handlers (it checks the sender).',
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'release/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-duplicates': 'error',
      'import-x/order': [
        'error',
        {
          groups: ['builtin', 'external', 'internal', 'parent', 'sibling', 'index'],
          alphabetize: { order: 'asc', caseInsensitive: true },
          'newlines-between': 'never',
        },
      ],
      // Every file: ipcMain only through the one wrapper that checks the sender.
      'no-restricted-imports': ['error', { paths: [ipcMainOnlyInIpc] }],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='ipcMain']", message: ipcMainOnlyInIpc.message },
        zodNamespaceOnly,
      ],
    },
  },
  {
    files: ['scripts/**', '*.js', '*.mjs', '*.ts', 'electron/**', 'test/**', 'bench/**', 'cli/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['renderer/**', 'test/renderer/**'],
    ...reactHooks.configs.flat.recommended,
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronModule, ...reactModules, ...nodeBuiltinPaths],
          patterns: [intoElectron, intoRenderer, nodeProtocol],
        },
      ],
    },
  },
  {
    files: ['renderer/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [electronModule, ...nodeBuiltinPaths], patterns: [intoElectron, nodeProtocol] },
      ],
    },
  },
  {
    // One way to the host: features and components reach it through the store's slices and
    // `*-actions.ts`, never by calling the bridge themselves (errors and types stay importable).
    files: ['renderer/features/**', 'renderer/components/**', 'renderer/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronModule, ...nodeBuiltinPaths],
          patterns: [
            intoElectron,
            nodeProtocol,
            {
              group: ['**/bridge', '**/bridge/*', '!**/shared/bridge/*'],
              importNames: ['call', 'bridge', 'setBridge'],
              message: 'Host calls go through renderer/store (a slice action or a *-actions.ts module).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/services/**', 'electron/web/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'Host services run under plain Node; the shell injects what they need.',
            },
          ],
          patterns: [intoRenderer],
        },
      ],
    },
  },
  {
    files: ['electron/preload/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [ipcMainOnlyInIpc],
          patterns: [
            {
              // The sandboxed preload sees `electron` and the channel names, nothing else: a small,
              // auditable surface (the preload is the only code with both DOM and IPC access).
              regex: '^(?!electron$|(\\.\\./)+shared/bridge/channels$)',
              message: 'The preload may import only electron and shared/bridge/channels.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/main/ipc.ts'],
    rules: { 'no-restricted-imports': 'off', 'no-restricted-syntax': 'off' },
  },
  {
    files: ['test/**'],
    // Tests mock electron and inspect what ipc.ts registered, so they may name ipcMain.
    rules: { 'no-restricted-imports': 'off', 'no-restricted-syntax': 'off' },
  },
);
