 
// The API over HTTP on a real PostgreSQL: the embedded server by default, or the server named by
// DATABASE_URL. Each test file gets a database of its own, so files run in parallel safely.

module.exports = {
  displayName: 'api-e2e',
  preset: '../../jest.preset.js',
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/support/global-teardown.ts',
  testEnvironment: 'node',
  testTimeout: 30_000,
  maxWorkers: 2,
  transform: {
    '^.+\\.[tj]s$': [
      'ts-jest',
      {
        tsconfig: '<rootDir>/tsconfig.spec.json',
        // Same compiler plugin as the webpack build, so the OpenAPI document is the same too.
        astTransformers: { before: ['<rootDir>/../api/swagger-jest-transformer.js'] },
      },
    ],
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../coverage/api-e2e',
};
