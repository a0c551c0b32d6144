/**
 * Ends the run with one plain line, `tests: N passed, N failed, N skipped`, that CI and
 * other tools can read without knowing Jest's own summary format.
 */
export default class ClosingLineReporter {
  onRunComplete(_contexts, results) {
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    process.stderr.write(`tests: ${results.numPassedTests} passed, ${failed} failed, ${results.numPendingTests} skipped\n`);
  }
}
