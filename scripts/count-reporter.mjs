// A @web/test-runner reporter that ends the run with the plain line `N passed, N failed`
// (, N skipped) so CI can see how many tests actually ran. Skipped tests (only feature-test skips
// are allowed, see test/helpers/features.ts) are listed by name above that line.
// Failed tests are listed too (file, name, first line of the error), so the tail of a CI log
// says which test failed without scrolling back through the engine's output.
// Env: HD_COUNT_FILE gets the line; HD_SKIPPED_FILE gets the skipped tests' names, one a line;
// HD_FAILED_FILE gets the failed tests, one a line.
import { writeFileSync } from 'node:fs';

const firstLine = (text) =>
  String(text ?? '')
    .split('\n')[0]
    .slice(0, 200);

function count(suite, acc, file, path = []) {
  const here = suite.name ? [...path, suite.name] : path;
  for (const t of suite.tests ?? []) {
    if (t.skipped) {
      acc.skipped++;
      acc.skippedTitles.push([...here, t.name].join(' > '));
    } else if (t.passed) acc.passed++;
    else {
      acc.failed++;
      const why = t.error ? ` — ${firstLine(t.error.message)}` : '';
      acc.failedTitles.push(`${file}: ${[...here, t.name].join(' > ')}${why}`);
    }
  }
  for (const s of suite.suites ?? []) count(s, acc, file, here);
  return acc;
}

export function countReporter() {
  return {
    stop({ sessions }) {
      const acc = { passed: 0, failed: 0, skipped: 0, skippedTitles: [], failedTitles: [] };
      let broken = 0;
      for (const session of sessions) {
        const file = session.testFile.replace(process.cwd() + '/', '');
        if (session.testResults) count(session.testResults, acc, file);
        // a file that failed to load or threw outside a test counts as a failure
        if (!session.passed && (!session.testResults || session.errors?.length)) {
          broken++;
          const why = session.errors?.length ? ` — ${firstLine(session.errors[0].message)}` : '';
          acc.failedTitles.push(`${file}: (file did not run to the end)${why}`);
        }
      }
      acc.failed += broken;
      const skipped = acc.skipped ? `, ${acc.skipped} skipped` : '';
      const line = `${acc.passed} passed, ${acc.failed} failed${skipped}`;
      const titles = [...new Set(acc.skippedTitles)];
      if (process.env.HD_COUNT_FILE) writeFileSync(process.env.HD_COUNT_FILE, line + '\n');
      if (process.env.HD_SKIPPED_FILE) {
        writeFileSync(process.env.HD_SKIPPED_FILE, titles.map((t) => t + '\n').join(''));
      }
      if (process.env.HD_FAILED_FILE) {
        writeFileSync(process.env.HD_FAILED_FILE, acc.failedTitles.map((t) => t + '\n').join(''));
      }
      for (const title of titles) console.log(`skipped: ${title}`);
      for (const title of acc.failedTitles) console.log(`FAILED: ${title}`);
      console.log(`\n${line}`);
    },
  };
}
