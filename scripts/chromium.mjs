// How every script drives Debian's Chromium (wtr, the Storybook check, the interop harness, the
// benchmark): one binary path and one set of flags for a quiet headless browser on a CI box.
export const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
