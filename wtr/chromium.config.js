// Chromium (Debian's /usr/bin/chromium unless CHROME_PATH says otherwise), driven over CDP.
import { chromeLauncher } from '@web/test-runner-chrome';
import { baseConfig } from './base.js';

export const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';

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
  // with --concurrency 2 one test page is a background tab: keep its timers and rAF running
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

export default {
  ...baseConfig,
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromePath, headless: true, args: chromeArgs },
    }),
  ],
};
