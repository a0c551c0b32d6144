/**
 * Tests run against a real Neo4j: the global setup starts the embedded one once (or uses
 * NEO4J_URI), and suites run one at a time (--runInBand) because Neo4j Community has one
 * user database: each suite clears it and builds the graph it needs.
 * @type {import('jest').Config}
 */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.test.json' }] },
  testMatch: ['<rootDir>/tests/**/*.test.ts'],
  reporters: ['default', '<rootDir>/tests/support/closing-line-reporter.js'],
  globalSetup: '<rootDir>/tests/support/global-setup.ts',
  globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
  // A cold embedded JVM on 2 cores can take a while to answer the first queries.
  testTimeout: 60_000,
};
