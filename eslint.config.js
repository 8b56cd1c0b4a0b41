// @ts-check
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');

/** The core stays pure: no adapters, no Node built-ins, no DOM or Office, no React. */
const CORE_BOUNDARY = {
  patterns: [
    { group: ['**/io/*', '**/io', '**/excel/*', '**/cli/*', '**/taskpane/*', '**/samples/*'], message: 'src/core must not import adapters.' },
    { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'stream', 'zlib', 'buffer', 'util'], message: 'src/core must not use Node APIs.' },
    { group: ['react', 'react-dom', '@fluentui/*', 'office-addin-*', '@microsoft/office-js', 'exceljs', 'fflate'], message: 'src/core holds no UI, Office or file-format code.' },
  ],
};

module.exports = tseslint.config(
  { ignores: ['dist/**', 'dist-bench/**', 'build/**', 'node_modules/**', 'coverage/**', 'samples/**', 'test/artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', CORE_BOUNDARY], 'no-restricted-globals': ['error', 'process', 'require', 'window', 'document', 'Office', 'Excel', 'Buffer'] },
  },
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
