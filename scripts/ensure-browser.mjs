// pretest: make sure a Chromium exists for @web/test-runner. Uses CHROME_PATH or Debian's
// /usr/bin/chromium; as root on Debian it installs the package, otherwise it says what to do.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const path = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(path)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!process.env.CHROME_PATH && isRoot && hasApt) {
    console.log('Chromium is missing: installing Debian packages chromium + chromium-driver ...');
    execSync('apt-get update -qq && apt-get install -y -qq chromium chromium-driver', {
      stdio: 'inherit',
    });
  } else {
    console.error(
      `No Chromium at ${path}.\n` +
        '  Debian/Ubuntu: sudo apt-get install -y chromium chromium-driver\n' +
        '  Or point CHROME_PATH at any Chromium/Chrome binary: CHROME_PATH=/path/to/chrome npm test',
    );
    process.exit(1);
  }
}
