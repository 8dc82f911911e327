// Writes a small JSON summary of a Jest run to $JEST_JSON_DIR/<name>.json (used by .ci/run to add up both databases).
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');

class SummaryReporter {
  constructor(_globalConfig, options) {
    this.name = (options && options.name) || 'jest';
  }
  onRunComplete(_contexts, results) {
    const dir = process.env.JEST_JSON_DIR;
    if (!dir) return;
    const { numPassedTests, numFailedTests, numPendingTests, numRuntimeErrorTestSuites, numTotalTests } = results;
    writeFileSync(
      join(dir, `${this.name}.json`),
      JSON.stringify({ numPassedTests, numFailedTests, numPendingTests, numRuntimeErrorTestSuites, numTotalTests }),
    );
  }
}
module.exports = SummaryReporter;
