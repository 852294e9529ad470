// Lint rules; each non-default rule says why it is here.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import vue from 'eslint-plugin-vue'
import vueParser from 'vue-eslint-parser'

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'dist-web/**', 'dist-bench/**', 'release/**', 'artifacts/**', 'node_modules/**', 'scripts/_*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.ts', '**/*.vue'],
    languageOptions: {
      parser: vueParser,
      parserOptions: {
        parser: tseslint.parser,
        projectService: true,
        extraFileExtensions: ['.vue'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // A forgotten await on a Dexie write loses data silently.
      '@typescript-eslint/no-floating-promises': 'error',
      // Type-only imports vanish from bundles and keep the preload free of runtime deps.
      '@typescript-eslint/consistent-type-imports': 'error',
      // `any` switches off the checks strict mode is for; narrow `unknown` instead.
      '@typescript-eslint/no-explicit-any': 'error',
      // Imported text is untrusted: never render HTML from data.
      'vue/no-v-html': 'error',
      // TypeScript already knows every global (DOM in the renderer, Node in main); this rule does not.
      'no-undef': 'off',
      // A leading underscore marks a value that is deliberately unused (destructuring a field away).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Formatting is Prettier's job, not the linter's.
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'vue/first-attribute-linebreak': 'off',
    },
  },
  {
    // The domain core runs in main, renderer and Node tests alike.
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['electron', 'vue', 'pinia', 'dexie', '**/main/**', '**/renderer/**'] }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage'],
    },
  },
  {
    // The renderer reaches the OS only through the desktop API.
    files: ['src/renderer/**/*.ts', 'src/renderer/**/*.vue'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['electron', '**/main/**', '**/preload/**', 'node:*'] }] },
  },
  {
    // The CLI runs in plain Node on the shared domain code, never on app internals.
    files: ['src/cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['electron', 'vue', 'pinia', 'dexie', '**/main/**', '**/renderer/**'] }] },
  },
  {
    // The bridge stays dependency-free so the sandboxed preload loads nothing from npm.
    files: ['src/preload/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['zod', 'dexie', 'vue', '@shared/ipc/contract', '@shared/model/*'] }] },
  },
  {
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['**/*.mjs'],
    // Scripts run in Node; bench callbacks passed to page.evaluate run in the page.
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', Buffer: 'readonly', document: 'readonly', performance: 'readonly', window: 'readonly' } },
  },
)
