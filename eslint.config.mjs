// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const sdkDeepImport = {
  group: ['@openshift-console/dynamic-plugin-sdk/lib/*'],
  message: 'Import from the SDK package root only.',
};
const sdkDeprecated = {
  name: '@openshift-console/dynamic-plugin-sdk',
  importNames: ['useModal', 'VirtualizedTable', 'ListPageFilter', 'useListPageFilter'],
  message: 'Deprecated SDK API: use useOverlay and the shared DataTable.',
};
const featureImport = {
  group: ['@snapshots/*', '@backups/*', '**/snapshots/**', '**/backups/**'],
  message: 'shared/ must not import a feature.',
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-backend/**',
      'node_modules/**',
      'coverage/**',
      'locales/**',
      '.preview-data/**',
      'test-results/**',
      'playwright-report/**',
      '**/*.js',
      '**/*.cjs',
      '**/*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-deprecated': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-unnecessary-condition': 'off',
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
      'no-restricted-imports': ['error', { patterns: [sdkDeepImport], paths: [sdkDeprecated] }],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Use the SDK (k8sGet/k8sCreate/...) for API access.' },
      ],
    },
  },
  {
    // shared/ must never depend on a feature.
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [sdkDeepImport, featureImport], paths: [sdkDeprecated] },
      ],
    },
  },
  {
    // The plugin's backend is a server, not plugin code: it may use fetch in its tests.
    files: ['backend/**'],
    rules: { 'no-restricted-globals': 'off' },
  },
  {
    // The preview console's SDK runtime implements the SDK, deprecated parts included.
    files: ['preview/console/sdk/**'],
    rules: { 'no-restricted-imports': 'off', '@typescript-eslint/no-deprecated': 'off' },
  },
  {
    files: ['**/*.spec.ts', '**/*.spec.tsx', '__mocks__/**', 'jest.setup.ts'],
    rules: {
      // The SDK stub types itself against the whole real SDK.
      'no-restricted-imports': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      'max-lines': 'off',
    },
  },
  prettier,
);
