import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import layering from './scripts/lint/layering.js';

export default tseslint.config(
  { ignores: ['dist/**', 'dist-electron/**', 'release/**', 'node_modules/**', 'coverage/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { gighall: layering, 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      // DESIGN.md "Process model": which top-level folder may import which.
      'gighall/layering': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['renderer/**', 'display/**', 'web/**'],
    languageOptions: { globals: globals.browser },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    files: ['electron/**', 'scripts/**', 'tests/**', '*.js', '*.ts', '*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['tests/e2e/**', 'scripts/bench/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
