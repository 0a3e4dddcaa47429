import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import stylistic from '@stylistic/eslint-plugin';
import globals from 'globals';
import layering from './scripts/lint/layering.js';

export default tseslint.config(
  { ignores: ['dist/**', 'dist-electron/**', 'release/**', 'node_modules/**', 'coverage/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { gighall: layering, 'react-hooks': reactHooks, '@stylistic': stylistic },
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      // docs/architecture.md: which folder may import which, which packages and globals each runtime has.
      'gighall/layering': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Prettier wraps code at 120 columns but leaves comments and strings alone; past 140 they get split too.
      // A URL or a regular expression may run long: breaking one would not make it easier to read.
      // SVG path data (pictograms) is one attribute that cannot be broken.
      '@stylistic/max-len': [
        'error',
        { code: 140, ignoreUrls: true, ignoreRegExpLiterals: true, ignorePattern: ' d="[^"]*" ?/?>?$' },
      ],
    },
  },
  // Each runtime sees only its own globals (docs/architecture.md, Layers). The layering rule also refuses the
  // other runtime's globals by name, so a wrong entry here cannot let `process` into a page or `window` into the hub.
  {
    files: ['web/**', 'renderer/**', 'display/**'],
    languageOptions: { globals: globals.browser },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    files: ['electron/**', 'city/**', 'scripts/**', 'tests/**', '*.js', '*.ts', '*.mjs'],
    ignores: ['electron/preload.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    // The sandboxed preload: the DOM and a small `process` (argv, platform), no require or Buffer.
    files: ['electron/preload.ts'],
    languageOptions: { globals: { ...globals.browser, process: 'readonly' } },
  },
  {
    // Vitest fixtures name what they depend on in their first parameter's pattern, which may be empty: `({}, use)`.
    files: ['tests/**'],
    rules: { 'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }] },
  },
  {
    files: ['tests/e2e/**', 'scripts/bench/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
