// Shared @web/test-runner settings for every engine. Each engine config (chromium, firefox,
// webkit) spreads `baseConfig` and adds its `browsers`.
// See docs/browsers.md.
import { readFile } from 'node:fs/promises';
import { URL } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { countReporter } from '../scripts/count-reporter.mjs';
import { commandsPlugin } from './commands.js';

export const testFiles = ['test/**/*.test.ts', 'src/**/*.test.ts'];

/** The policy test/csp.test.ts runs the demo under (README "Content Security Policy"). */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; require-trusted-types-for 'script'";
/** Where the demo page (index.html) is served with {@link STRICT_CSP}. */
export const STRICT_CSP_PATH = '/__hd/strict-csp/';

/**
 * Serves index.html at STRICT_CSP_PATH with the strict CSP header, plus one same-origin probe
 * script (test/fixtures/csp-probe.js) first in <head> that records every violation and error.
 */
function strictCspDemo() {
  return {
    name: 'hd-strict-csp-demo',
    async serve(context) {
      if (context.path !== STRICT_CSP_PATH) return undefined;
      const page = await readFile(new URL('../index.html', import.meta.url), 'utf8');
      return {
        body: page.replace('<head>', '<head><script src="/test/fixtures/csp-probe.js"></script>'),
        type: 'html',
        headers: { 'content-security-policy': STRICT_CSP, 'cache-control': 'no-store' },
      };
    },
  };
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export const baseConfig = {
  files: testFiles,
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // one test page at a time in every engine: on the 2-core CI box the whole Chromium run took
  // 61 s at concurrency 1 and 190 s (with a stalled file) at 2, and a background page gets no
  // real focus in Firefox. Timing-sensitive tests (long tasks, focus) need the CPU to themselves.
  concurrency: 1,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 20000 } },
  // a test file whose page hangs (e.g. an endless loop in one engine) fails after this instead
  // of stalling the whole run
  testsFinishTimeout: Number(process.env.HD_FILE_TIMEOUT_MS) || 3 * 60 * 1000,
  browserLogs: !process.env.CI,
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    // sendKeys chords, Space, and setViewport/held keys under WebDriver: same in every engine
    commandsPlugin(),
    strictCspDemo(),
  ],
  // wtr/browser-setup.js runs before the test framework in every test page
  testRunnerHtml: (testFramework) =>
    '<!DOCTYPE html><html><head></head><body>' +
    '<script type="module" src="/wtr/browser-setup.js"></script>' +
    `<script type="module" src="${testFramework}"></script>` +
    '</body></html>',
  // the msw service worker must be served from the test page's scope (/)
  middleware: [
    function mswWorker(context, next) {
      if (context.url === '/mockServiceWorker.js') context.url = '/public/mockServiceWorker.js';
      return next();
    },
  ],
  reporters: [defaultReporter(), countReporter()],
};
