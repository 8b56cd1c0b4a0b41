/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  },
  moduleNameMapper: { '^office-addin-manifest$': '<rootDir>/test/shims/office-addin-manifest.js' },
  globalSetup: '<rootDir>/test/helpers/global-setup.ts',
};
