// Firefox ESR (Debian's /usr/bin/firefox-esr unless FIREFOX_PATH says otherwise), driven by
// puppeteer over WebDriver BiDi. Debian has no geckodriver; none is needed.
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { baseConfig } from './base.js';

export const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

export default {
  ...baseConfig,
  // never more than one test page (tab): a page in a background tab is not focused, so key
  // activation (Space on a button) and focus-dependent behaviour differ from what a user sees
  concurrency: 1,
  browsers: [
    puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: firefoxPath,
        headless: true,
        extraPrefsFirefox: {
          // closed network: no update checks, telemetry or captive-portal probes
          'app.update.enabled': false,
          'network.captive-portal-service.enabled': false,
          'network.connectivity-service.enabled': false,
          'toolkit.telemetry.enabled': false,
          'datareporting.healthreport.uploadEnabled': false,
        },
      },
    }),
  ],
};
