// User journeys in Debian's Chromium (playwright-core) against the built product, started the
// way `npm start` starts it: embedded PostgreSQL in a temporary data dir, demo data loaded.
module.exports = {
  displayName: 'web-e2e',
  preset: '../../jest.preset.js',
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/support/global-teardown.ts',
  testEnvironment: 'node',
  testTimeout: 90_000,
  transform: { '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  moduleFileExtensions: ['ts', 'js'],
};
