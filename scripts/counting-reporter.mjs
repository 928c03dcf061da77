// Counts passed and failed tests of a @web/test-runner run and writes them to
// .test-results/browser.json, so scripts/test.mjs can print one closing
// "N passed, N failed" line that CI log parsers recognize.
import { mkdirSync, writeFileSync } from 'node:fs';

function count(suite, totals) {
  if (!suite) return;
  for (const t of suite.tests ?? []) {
    if (t.skipped) totals.skipped += 1;
    else if (t.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const s of suite.suites ?? []) count(s, totals);
}

export function countingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that failed to load, or threw outside a test, counts as one failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.failed += 1;
      }
      mkdirSync('.test-results', { recursive: true });
      writeFileSync('.test-results/browser.json', JSON.stringify(totals));
    },
  };
}
