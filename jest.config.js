/** Unit tests: pure domain functions and services, specs beside the code. */
export default {
  testEnvironment: 'node',
  reporters: ['default', ['<rootDir>/../test/summary-reporter.cjs', { name: 'unit' }]],
  rootDir: 'src',
  testRegex: '.*\\.spec\\.ts$',
  moduleFileExtensions: ['ts', 'js', 'json'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/../tsconfig.json' }],
  },
  testTimeout: 20000,
};
