/** Unit tests: pure domain functions and services, specs beside the code. */
export default {
  testEnvironment: 'node',
  reporters: ['default', ['<rootDir>/../test/summary-reporter.cjs', { name: 'unit' }]],
  rootDir: 'src',
  testRegex: '.*\\.spec\\.tsx?$',
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/../tsconfig.json' }],
  },
  testTimeout: 20000,
};
