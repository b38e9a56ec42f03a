// A @web/test-runner reporter that ends the run with the plain line `N passed, N failed`
// (, N skipped) so CI can see how many tests actually ran.
function count(suite, acc) {
  for (const t of suite.tests ?? []) {
    if (t.skipped) acc.skipped++;
    else if (t.passed) acc.passed++;
    else acc.failed++;
  }
  for (const s of suite.suites ?? []) count(s, acc);
  return acc;
}

export function countReporter() {
  return {
    stop({ sessions }) {
      const acc = { passed: 0, failed: 0, skipped: 0 };
      let broken = 0;
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, acc);
        // a file that failed to load or threw outside a test counts as a failure
        if (!session.passed && (!session.testResults || session.errors?.length)) broken++;
      }
      acc.failed += broken;
      const skipped = acc.skipped ? `, ${acc.skipped} skipped` : '';
      const line = `${acc.passed} passed, ${acc.failed} failed${skipped}`;
      if (process.env.HD_COUNT_FILE) {
        import('node:fs').then((fs) => fs.writeFileSync(process.env.HD_COUNT_FILE, line + '\n'));
      }
      console.log(`\n${line}`);
    },
  };
}
