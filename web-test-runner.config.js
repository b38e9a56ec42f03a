// Default @web/test-runner config (`npx wtr`, `npm run test:chromium`): Chromium only, for the fast
// loop. `npm test` runs every engine (Chromium, Firefox ESR, WebKitGTK) via scripts/test-all.mjs.
// The shared settings live in wtr/base.js, one config per engine in wtr/*.config.js;
// see docs/browsers.md.
export { default, chromeArgs, chromePath } from './wtr/chromium.config.js';
