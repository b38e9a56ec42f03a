// @web/test-runner config: every test runs in real headless Chromium (Debian's /usr/bin/chromium
// unless CHROME_PATH says otherwise). See README "Testing".
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { countReporter } from './scripts/count-reporter.mjs';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export const chromeArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export default {
  files: ['test/**/*.test.ts', 'src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 2,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 10 * 60 * 1000,
  browserLogs: !process.env.CI,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  // the msw service worker must be served from the test page's scope (/)
  middleware: [
    function mswWorker(context, next) {
      if (context.url === '/mockServiceWorker.js') context.url = '/public/mockServiceWorker.js';
      return next();
    },
  ],
  browsers: [
    chromeLauncher({ launchOptions: { executablePath, headless: true, args: chromeArgs } }),
  ],
  reporters: [defaultReporter(), countReporter()],
};
