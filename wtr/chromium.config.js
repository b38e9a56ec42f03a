// Chromium (Debian's /usr/bin/chromium unless CHROME_PATH says otherwise), driven over CDP.
import { chromeLauncher } from '@web/test-runner-chrome';
import { baseConfig } from './base.js';

import { chromePath, chromiumArgs } from '../scripts/chromium.mjs';

export { chromePath };

export const chromeArgs = [
  '--headless=new',
  ...chromiumArgs,
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
