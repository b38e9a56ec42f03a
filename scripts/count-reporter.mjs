// A @web/test-runner reporter that ends the run with the plain line `N passed, N failed`
// (, N skipped) so CI can see how many tests actually ran. Skipped tests (only feature-test skips
// are allowed, see test/helpers/features.ts) are listed by name above that line.
// Env: HD_COUNT_FILE gets the line; HD_SKIPPED_FILE gets the skipped tests' names, one a line.
import { writeFileSync } from 'node:fs';

function count(suite, acc, path = []) {
  const here = suite.name ? [...path, suite.name] : path;
  for (const t of suite.tests ?? []) {
    if (t.skipped) {
      acc.skipped++;
      acc.skippedTitles.push([...here, t.name].join(' > '));
    } else if (t.passed) acc.passed++;
    else acc.failed++;
  }
  for (const s of suite.suites ?? []) count(s, acc, here);
  return acc;
}

export function countReporter() {
  return {
    stop({ sessions }) {
      const acc = { passed: 0, failed: 0, skipped: 0, skippedTitles: [] };
      let broken = 0;
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, acc);
        // a file that failed to load or threw outside a test counts as a failure
        if (!session.passed && (!session.testResults || session.errors?.length)) broken++;
      }
      acc.failed += broken;
      const skipped = acc.skipped ? `, ${acc.skipped} skipped` : '';
      const line = `${acc.passed} passed, ${acc.failed} failed${skipped}`;
      const titles = [...new Set(acc.skippedTitles)];
      if (process.env.HD_COUNT_FILE) writeFileSync(process.env.HD_COUNT_FILE, line + '\n');
      if (process.env.HD_SKIPPED_FILE) {
        writeFileSync(process.env.HD_SKIPPED_FILE, titles.map((t) => t + '\n').join(''));
      }
      for (const title of titles) console.log(`skipped: ${title}`);
      console.log(`\n${line}`);
    },
  };
}
