/** End-to-end tests: the whole app over HTTP against a real database (SQLite by default, PostgreSQL with DATABASE_URL). */
export default {
  testEnvironment: 'node',
  reporters: ['default', ['<rootDir>/test/summary-reporter.cjs', { name: 'e2e' }]],
  rootDir: '..',
  roots: ['<rootDir>/test'],
  testRegex: '.*\\.e2e-spec\\.ts$',
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/test/tsconfig.json' }],
  },
  testTimeout: 180000,
};
