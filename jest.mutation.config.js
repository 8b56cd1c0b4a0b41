// The test run StrykerJS uses for each mutant: the unit tests of the core and the readers/writers,
// no front-end, component or browser test (they test front ends, need dist/ or a web build).
const base = require('./jest.config');

process.env.PRA_NO_WEB_BUILD = '1';

// the tests that exercise src/core and src/io directly
const DEFAULT_TESTS = 'test/core,test/fix,test/seeds,test/mutation,test/io,test/print,test/hardening/properties,test/hardening/hostile-io';

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  // a focused run names its tests: PRA_MUTATION_TESTS=test/core/seq,test/mutation npm run mutation -- --mutate src/core/seq.ts
  testMatch: (process.env.PRA_MUTATION_TESTS || DEFAULT_TESTS).split(',').map((t) => `<rootDir>/${t.replace(/\.test\.tsx?$/, '')}{.test.ts,/**/*.test.ts}`),
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/browser/', '<rootDir>/test/taskpane/', '<rootDir>/test/manifest.test.ts'],
  // fixtures generated once per Stryker test-runner process, not once per mutant
  globalSetup: '<rootDir>/test/mutation/global-setup.ts',
  globalTeardown: undefined,
  // smallest test file first, so Stryker's bail decides a killed mutant before the big files load
  testSequencer: '<rootDir>/test/mutation/sequencer.js',
};
