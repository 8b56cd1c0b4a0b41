// The test run StrykerJS uses for each mutant: the unit tests of the core and the readers, no
// component or browser tests (they test front ends, and need a web build per sandbox).
const base = require('./jest.config');

process.env.PRA_NO_WEB_BUILD = '1';

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  // a focused run names its tests: PRA_MUTATION_TESTS=test/core/seq,test/mutation npm run mutation -- --mutate src/core/seq.ts
  ...(process.env.PRA_MUTATION_TESTS ? { testMatch: process.env.PRA_MUTATION_TESTS.split(',').map((t) => `<rootDir>/${t.replace(/\.test\.tsx?$/, '')}{.test.ts,/**/*.test.ts}`) } : {}),
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/browser/', '<rootDir>/test/taskpane/', '<rootDir>/test/manifest.test.ts'],
};
