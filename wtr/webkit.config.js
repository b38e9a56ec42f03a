// WebKitGTK: MiniBrowser driven by WebKitWebDriver (Debian: webkit2gtk-driver) through
// @web/test-runner-webdriver. MiniBrowser has no headless mode, so this config needs an X display:
// run it through `node scripts/test-all.mjs webkit` (xvfb-run -a + timeout), not bare `wtr`.
// The config starts WebKitWebDriver on a free port and kills it when the process exits.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { baseConfig } from './base.js';
import { resizeViewport } from './commands.js';

export const webkitDriverPath = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';
export const miniBrowserPath =
  process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

for (const [what, path] of [
  ['WebKitWebDriver', webkitDriverPath],
  ['MiniBrowser', miniBrowserPath],
]) {
  if (!existsSync(path)) {
    console.error(
      `No ${what} at ${path}. Debian: sudo apt-get install -y webkit2gtk-driver xvfb xauth`,
    );
    process.exit(1);
  }
}
if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error(
    'MiniBrowser needs a display. Run WebKit tests with `npm run test:webkit` ' +
      "(or: timeout 600 xvfb-run -a -s '-screen 0 1920x1080x24' npx wtr --config wtr/webkit.config.js)",
  );
  process.exit(1);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function canConnect(port) {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

// MiniBrowser's toolbar gives its window a minimum width of ~450 px, so setViewport could not
// reach phone widths. A user GTK stylesheet (only MiniBrowser's own widgets; web content is
// drawn by WebKit) shrinks the toolbar to nothing.
const gtkConfig = mkdtempSync(join(tmpdir(), 'hd-webkit-gtk-'));
for (const version of ['gtk-3.0', 'gtk-4.0']) {
  mkdirSync(join(gtkConfig, version));
  writeFileSync(
    join(gtkConfig, version, 'gtk.css'),
    '* { min-width: 0; min-height: 0; padding: 0; margin: 0; border-width: 0; font-size: 1px; }\n',
  );
}

const port = await freePort();
const driver = spawn(webkitDriverPath, [`--port=${port}`], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, XDG_CONFIG_HOME: gtkConfig },
});
const stopDriver = () => {
  if (driver.exitCode === null && driver.signalCode === null) driver.kill('SIGTERM');
  rmSync(gtkConfig, { recursive: true, force: true });
};
process.on('exit', stopDriver);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    stopDriver();
    process.exit(128 + ({ SIGHUP: 1, SIGINT: 2, SIGTERM: 15 }[signal] ?? 0));
  });
}
for (let i = 0; !(await canConnect(port)); i++) {
  if (i > 100 || driver.exitCode !== null) {
    console.error(`WebKitWebDriver did not start on port ${port}`);
    process.exit(1);
  }
  await sleep(100);
}

/**
 * Puppeteer gives every Chromium/Firefox test file a fresh 800x600 page. WebKit runs every file
 * in one MiniBrowser window, so each file starts by putting that window back to 800x600: the
 * default size matches the other engines and a file's setViewport never leaks into the next.
 */
class WebKitLauncher extends WebdriverLauncher {
  async startSession(id, url) {
    await this.ensureManagerInitialized();
    await this.driver.navigateTo('about:blank');
    await resizeViewport(this.driver, 800, 600);
    return super.startSession(id, url);
  }
}

export default {
  ...baseConfig,
  // one MiniBrowser window, tests run one file after another in it (SessionManager)
  concurrency: 1,
  browsers: [
    new WebKitLauncher({
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: miniBrowserPath, args: ['--automation'] },
      },
    }),
  ],
};
