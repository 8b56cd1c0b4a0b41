// The test run StrykerJS uses for each mutant: the unit tests of the core and the readers/writers,
// no front-end, component or browser test (they test front ends, need dist/ or a web build).
const base = require('./jest.config');

process.env.PRA_NO_WEB_BUILD = '1';
// tests whose subject is size are skipped (test/helpers/size-test.ts)
process.env.PRA_MUTATION_RUN = '1';
// In Stryker's sandbox (a copy of the project under .stryker-tmp/) the dry run writes which test file
// holds which tests, and each mutant run loads only the files holding a test that covers the mutant.
if (/[\\/]\.stryker-tmp[\\/]/.test(__dirname)) process.env.PRA_MUTATION_TEST_INDEX = require('path').join(__dirname, '.stryker-test-index.jsonl');

// the tests that exercise src/core and src/io in-process (test/app through the application layer; test/cli runs dist/)
const DEFAULT_TESTS = 'test/core,test/fix,test/seeds,test/mutation,test/io,test/print,test/hardening,test/app';

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  // a focused run names its tests: PRA_MUTATION_TESTS=test/core/seq,test/mutation npm run mutation -- --mutate src/core/seq.ts
  testMatch: (process.env.PRA_MUTATION_TESTS || DEFAULT_TESTS).split(',').map((t) => `<rootDir>/${t.replace(/\.test\.tsx?$/, '')}{.test.ts,/**/*.test.ts}`),
  // libreoffice-print renders the written workbooks with LibreOffice (an outside process, seconds a file):
  // what it checks of the writers is their layout in Calc, which no mutant run can afford
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/browser/', '<rootDir>/test/taskpane/', '<rootDir>/test/manifest.test.ts', '<rootDir>/test/print/libreoffice-print.test.ts'],
  // fixtures generated once per Stryker test-runner process, not once per mutant
  globalSetup: '<rootDir>/test/mutation/global-setup.ts',
  globalTeardown: undefined,
  runner: '<rootDir>/test/mutation/covering-files-runner.js',
  setupFilesAfterEnv: [...(base.setupFilesAfterEnv ?? []), '<rootDir>/test/mutation/record-tests.js'],
};
