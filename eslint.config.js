// @ts-check
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');

/**
 * The layers, enforced: front ends (cli, taskpane, host, excel, wps, server) may import app and
 * core; app imports core, io and locales; io imports core (and locales, for the notes it writes);
 * locales import core types; core imports nothing of theirs.
 */
const NODE_APIS = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'stream', 'zlib', 'buffer', 'util', 'http', 'https', 'net'];
const UI_AND_OFFICE = ['react', 'react-dom', '@fluentui/*', 'office-addin-*', '@microsoft/office-js', 'wps-jsapi'];
const FRONT_ENDS = ['cli', 'taskpane', 'host', 'excel', 'wps', 'server', 'samples', 'commands'];
const folders = (names) => names.flatMap((n) => [`**/${n}`, `**/${n}/*`, `**/${n}/**`]);

const CORE_BOUNDARY = {
  patterns: [
    { group: folders(['io', 'app', 'locales', ...FRONT_ENDS]), message: 'src/core must not import adapters, the application layer or texts.' },
    { group: NODE_APIS, message: 'src/core must not use Node APIs.' },
    { group: [...UI_AND_OFFICE, 'exceljs', 'fflate', 'numfmt', 'saxes'], message: 'src/core holds no UI, Office or file-format code.' },
  ],
};
const LOCALES_BOUNDARY = {
  patterns: [
    { group: folders(['io', 'app', ...FRONT_ENDS]), message: 'src/locales holds texts only: it imports core types.' },
    { group: [...NODE_APIS, ...UI_AND_OFFICE], message: 'src/locales holds texts only.' },
  ],
};
const IO_BOUNDARY = {
  patterns: [
    { group: folders(['app', ...FRONT_ENDS]), message: 'src/io imports only the core (and locales): front ends and the application layer use it, not the other way round.' },
    { group: UI_AND_OFFICE, message: 'src/io holds no UI or Office code.' },
  ],
};
const APP_BOUNDARY = {
  patterns: [
    { group: folders(FRONT_ENDS), message: 'src/app is under every front end: it must not import one.' },
    { group: [...NODE_APIS, ...UI_AND_OFFICE], message: 'src/app runs in Node and in the page alike: sources come in as bytes, no file system, DOM or Office.' },
  ],
};
/** src/node: Node-only adapters the Node front ends share (the CLI, the server), under them: io and core only. */
const NODE_BOUNDARY = {
  patterns: [
    { group: folders(['app', 'locales', ...FRONT_ENDS]), message: 'src/node holds Node adapters for io (zlib): the front ends import it, not the other way round.' },
    { group: UI_AND_OFFICE, message: 'src/node holds no UI or Office code.' },
  ],
};
/** A front end talks to the core through the application layer; it does not reach into another front end. */
// the CLI may start the inbox server (`progress-report serve`); nothing else crosses between front ends
const FORBIDDEN_FRONT_ENDS = {
  cli: ['taskpane', 'host', 'excel', 'wps', 'commands'],
  server: ['taskpane', 'host', 'excel', 'wps', 'cli', 'commands'],
  host: ['cli', 'server', 'taskpane', 'wps'],
  wps: ['cli', 'server', 'excel', 'taskpane'],
};
const frontEndBoundary = (self) => ({ patterns: [{ group: folders(FORBIDDEN_FRONT_ENDS[self]), message: `src/${self} may import app, core, io and locales, not another front end.` }] });

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
  { files: ['src/locales/**/*.ts'], rules: { 'no-restricted-imports': ['error', LOCALES_BOUNDARY] } },
  { files: ['src/io/**/*.ts'], rules: { 'no-restricted-imports': ['error', IO_BOUNDARY] } },
  { files: ['src/node/**/*.ts'], rules: { 'no-restricted-imports': ['error', NODE_BOUNDARY] } },
  {
    files: ['src/app/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', APP_BOUNDARY], 'no-restricted-globals': ['error', 'process', 'require', 'window', 'document', 'Office', 'Excel', 'Buffer'] },
  },
  ...['cli', 'host', 'wps', 'server'].map((self) => ({ files: [`src/${self}/**/*.ts`], rules: { 'no-restricted-imports': ['error', frontEndBoundary(self)] } })),
  {
    files: ['**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
