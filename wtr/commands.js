// Makes the @web/test-runner-commands a test uses behave the same in every engine:
// - `sendKeys({ press: 'Shift+Tab' })` chords: puppeteer (Chromium, Firefox) rejects them as an
//   unknown key; here the modifiers are held down around the last key;
// - `sendKeys({ press: 'Space' })`: Firefox's WebDriver BiDi keyboard has no 'Space' name;
// - WebDriver sessions (WebKit/MiniBrowser), where the stock plugins lack `setViewport` (resizes
//   the window until window.innerWidth/innerHeight match), `sendKeys` `down`/`up` (held
//   modifiers, e.g. Shift+click) and key names for Meta/Control.
// Anything else falls through to the stock plugins.
//
// The stock command plugins are put in front of the config's plugins by wtr, and the first
// plugin that answers wins, so at server start this plugin moves itself ahead of them.

/** Puppeteer/W3C key names → WebDriver key code points. */
const KEYS = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  ShiftLeft: '\uE008',
  Control: '\uE009',
  ControlLeft: '\uE009',
  Alt: '\uE00A',
  AltLeft: '\uE00A',
  Pause: '\uE00B',
  Escape: '\uE00C',
  Space: ' ',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Insert: '\uE016',
  Delete: '\uE017',
  F1: '\uE031',
  F2: '\uE032',
  F3: '\uE033',
  F4: '\uE034',
  F5: '\uE035',
  F6: '\uE036',
  F7: '\uE037',
  F8: '\uE038',
  F9: '\uE039',
  F10: '\uE03A',
  F11: '\uE03B',
  F12: '\uE03C',
  Meta: '\uE03D',
  MetaLeft: '\uE03D',
};

export function webdriverKey(name) {
  if (name in KEYS) return KEYS[name];
  // puppeteer's code names: 'KeyN' → 'n', 'Digit4' → '4'
  const code = /^(?:Key([A-Z])|Digit([0-9]))$/.exec(name);
  if (code) return (code[1] ?? code[2]).toLowerCase();
  if ([...name].length === 1) return name;
  throw new Error(`Unknown key for WebDriver: "${name}"`);
}

/** 'Shift+Tab' → ['Shift', 'Tab']; '+' alone stays a key. */
function chord(press) {
  if (press.length > 1 && press.includes('+')) return press.split('+').map((k) => k || '+');
  return [press];
}

const keyActions = (actions) => [{ type: 'key', id: 'hd-keyboard', actions }];

export async function resizeViewport(driver, width, height) {
  for (let attempt = 0; attempt < 4; attempt++) {
    const [innerWidth, innerHeight] = await driver.execute(
      'return [window.innerWidth, window.innerHeight]',
    );
    if (innerWidth === width && innerHeight === height) return true;
    const rect = await driver.getWindowRect();
    await driver.setWindowRect(
      null,
      null,
      rect.width + (width - innerWidth),
      rect.height + (height - innerHeight),
    );
    // let the resize reach the page (resize event, layout) before measuring again
    await driver.executeAsync(
      'const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done()))',
    );
  }
  const [w, h] = await driver.execute('return [window.innerWidth, window.innerHeight]');
  throw new Error(`setViewport(${width}x${height}) ended at ${w}x${h} in WebDriver`);
}

/** Puppeteer key names that some of its keyboards reject → names every keyboard accepts. */
const puppeteerKey = (name) => (name === 'Space' ? ' ' : name);

async function puppeteerSendKeys(page, payload) {
  if ('press' in payload) {
    const keys = chord(payload.press).map(puppeteerKey);
    const key = keys.pop();
    for (const modifier of keys) await page.keyboard.down(modifier);
    try {
      await page.keyboard.press(key);
    } finally {
      for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
    }
    return true;
  }
  if ('down' in payload) {
    await page.keyboard.down(puppeteerKey(payload.down));
    return true;
  }
  if ('up' in payload) {
    await page.keyboard.up(puppeteerKey(payload.up));
    return true;
  }
  return undefined; // `type` works as is
}

/**
 * `hd-collect-garbage`: a full garbage collection in the test page, for leak tests that check
 * elements were freed (test/leaks.test.ts). Chromium only (CDP `HeapProfiler.collectGarbage`);
 * answers false where the engine offers no way to force one (Firefox over BiDi, WebKit).
 */
async function collectGarbage(session) {
  if (session.browser.type !== 'puppeteer') return false;
  try {
    const cdp = await session.browser.getPage(session.id).createCDPSession();
    try {
      await cdp.send('HeapProfiler.collectGarbage');
    } finally {
      await cdp.detach();
    }
    return true;
  } catch {
    return false;
  }
}

export function commandsPlugin() {
  const plugin = {
    name: 'hd-commands',
    serverStart({ config }) {
      // find the array the test runner dispatches commands over and move this plugin first
      for (const p of config.plugins ?? []) {
        const list = p.name === 'test-runner-api' ? p.plugins : undefined;
        if (Array.isArray(list) && list.includes(plugin)) {
          list.splice(list.indexOf(plugin), 1);
          list.unshift(plugin);
        }
      }
    },
    async executeCommand({ command, payload, session }) {
      if (command === 'hd-collect-garbage') return collectGarbage(session);
      if (session.browser.type === 'puppeteer' && command === 'send-keys' && payload) {
        return puppeteerSendKeys(session.browser.getPage(session.id), payload);
      }
      if (session.browser.type !== 'webdriver') return undefined;
      const driver = session.browser.driver;
      if (!driver) return undefined;

      if (command === 'set-viewport') {
        return resizeViewport(driver, payload.width, payload.height);
      }
      if (command === 'send-keys') {
        if ('down' in payload) {
          await driver.performActions(
            keyActions([{ type: 'keyDown', value: webdriverKey(payload.down) }]),
          );
          return true;
        }
        if ('up' in payload) {
          await driver.performActions(
            keyActions([{ type: 'keyUp', value: webdriverKey(payload.up) }]),
          );
          return true;
        }
        if ('press' in payload) {
          const keys = chord(payload.press).map(webdriverKey);
          await driver.performActions(
            keyActions([
              ...keys.map((value) => ({ type: 'keyDown', value })),
              ...keys.reverse().map((value) => ({ type: 'keyUp', value })),
            ]),
          );
          return true;
        }
        if ('type' in payload) {
          const actions = [];
          for (const ch of payload.type) {
            // like puppeteer: a newline in typed text is the Enter key
            const value = ch === '\n' || ch === '\r' ? KEYS.Enter : ch;
            actions.push({ type: 'keyDown', value }, { type: 'keyUp', value });
          }
          await driver.performActions(keyActions(actions));
          return true;
        }
      }
      return undefined;
    },
  };
  return plugin;
}
