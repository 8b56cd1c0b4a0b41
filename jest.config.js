/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  },
  // component tests run in jsdom but resolve packages as Node does (ExcelJS's browser entry is ESM)
  testEnvironmentOptions: { customExportConditions: ['node', 'node-addons'] },
  moduleNameMapper: { '^office-addin-manifest$': '<rootDir>/test/shims/office-addin-manifest.js' },
  globalSetup: '<rootDir>/test/helpers/global-setup.ts',
  globalTeardown: '<rootDir>/test/helpers/global-teardown.ts',
  // the machine is often busy: no test fails on jest's 5-second default (component and browser
  // tests render and load builds; time itself is measured by `npm run bench`, never asserted)
  testTimeout: 60000,
};
