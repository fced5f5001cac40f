import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import playwright from 'eslint-plugin-playwright';
import globals from 'globals';

// Folders that must stay pure (no DOM framework, no map library, nothing of ours outside pure folders).
const pureFolders = ['src/linking/**', 'src/geo/**', 'src/input/**', 'src/review/**', 'src/export/**'];

export default tseslint.config(
  {
    ignores: [
      'dist/',
      '.scratch/',
      'node_modules/',
      'data/',
      'test-results/',
      'playwright-report/',
      'bench-results/',
      'dist-bench/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.browser },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: pureFolders,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'maplibre-gl', 'zustand', 'zustand/*'],
              message: 'Pure folders import no UI or map library.',
            },
            {
              group: ['**/state/**', '**/map/**', '**/ui/**', '**/app/**', '**/embed/**'],
              message: 'Pure folders import only pure folders.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/state/**', 'src/ui/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['maplibre-gl', 'maplibre-gl/*'], message: 'Only src/map imports maplibre-gl.' },
            { group: ['**/map/**', '**/app/**'], message: 'state and ui do not import map or app.' },
          ],
        },
      ],
    },
  },
  {
    // Our data (article text, place names, URL parameters, embed messages) is only ever rendered as text.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render data as text: no dangerouslySetInnerHTML.',
        },
        {
          selector: 'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Render data as text: no innerHTML/outerHTML.',
        },
        {
          selector:
            'CallExpression[callee.property.name=/^(insertAdjacentHTML|setHTML|setHTMLUnsafe|createContextualFragment|parseFromString)$/]',
          message: 'Render data as text: no HTML parsing APIs.',
        },
        {
          selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]",
          message: 'No document.write.',
        },
      ],
    },
  },
  {
    files: ['src/embed/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['maplibre-gl', 'maplibre-gl/*', 'react', 'react-dom'],
              message: 'embed/ is plain TypeScript.',
            },
            { group: ['**/map/**', '**/app/**', '**/ui/**'], message: 'embed imports state only.' },
          ],
        },
      ],
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['scripts/**', 'e2e/**', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['e2e/**'],
    ...playwright.configs['flat/recommended'],
    rules: {
      ...playwright.configs['flat/recommended'].rules,
      'playwright/no-wait-for-timeout': 'error',
      'playwright/no-force-option': 'error',
    },
  },
  {
    files: ['**/*.test.ts', 'e2e/**'],
    rules: { '@typescript-eslint/no-floating-promises': 'error' },
  },
  // Plain browser scripts served to the test pages (not Playwright code, no type information).
  { files: ['e2e/origins/**/*.js'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['e2e/origins/**/*.js'],
    rules: { '@typescript-eslint/no-floating-promises': 'off' },
    languageOptions: { globals: { ...globals.browser } },
  },
);
