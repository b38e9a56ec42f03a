#!/usr/bin/env node
// The Storybook CI check: builds Storybook (unless --no-build), serves storybook-static/ on
// 127.0.0.1, opens every story of index.json in headless Chromium in every theme and fails a
// story × theme on any console error, page error, failed render (Storybook's error display, a
// story that never finishes, an empty canvas, a failed request) or axe violation. Docs pages
// (autodocs + MDX) are opened once each and must render without errors.
//
// Usage: node scripts/check-stories.mjs [--no-build] [--dir storybook-static] [--themes light,dark]
//          [--only <id substring>] [--concurrency 3] [--width 1280] [--no-docs] [--fresh]
//          [--screenshots <dir>] [--verbose]   (--verbose: build output and per-phase timings)
// Env: CHROME_PATH (default /usr/bin/chromium); HD_COUNT_FILE gets the closing
// `N passed, N failed` line (see .ci/run).
//
// Allowed on purpose: console errors Chromium logs for HTTP error statuses of mocked API
// responses (msw answering 4xx/5xx is what error-state stories show). Stories can skip axe only
// the way the a11y addon knows: `parameters.a11y.disable` or `test: 'off'` (listed at the end);
// `test: 'todo'` still fails here.
/* global URL, setTimeout, clearTimeout -- Node globals (eslint.config.js lists browser ones) */
import { createServer } from 'node:http';
import {
  createReadStream,
  existsSync,
  readFileSync,
  statSync,
  writeFileSync,
  mkdirSync,
} from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromePath, chromiumArgs } from './chromium.mjs';

const repo = resolve(fileURLToPath(import.meta.url), '../..');
const THEMES = ['light', 'dark', 'tinted', 'parchment'];

// ---- options ----------------------------------------------------------------------------
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const staticDir = resolve(repo, option('--dir', 'storybook-static'));
const themes = option('--themes', THEMES.join(',')).split(',').filter(Boolean);
const only = option('--only', '');
const concurrency = Math.max(1, Number(option('--concurrency', Math.min(4, cpus().length + 1))));
const width = Number(option('--width', 1280));
const screenshotDir = option('--screenshots', '');
const verbose = flag('--verbose');
const checkDocs = !flag('--no-docs');
// Like a designer in Storybook: a worker loads iframe.html once and moves from story to story in
// place (Storybook's setCurrentStory, no reload; storage cleared, the last story unmounted), and
// switches each story through the themes with the toolbar global. Stories with a play function,
// and all with --fresh, are mounted anew (fresh data) for every theme so the play function runs
// in each. After a failing story the worker starts over on a new page; docs pages get their own.
const alwaysFresh = flag('--fresh');
const TEST_TIMEOUT = 45_000;
// axe is loaded into each page from a URL (not inline): Chromium then keeps its compiled code
// in the cache across the many page loads instead of compiling 500 KB of script every time
const AXE_PATH = '/__hd-check/axe.min.js';
const axeFile = join(repo, 'node_modules/axe-core/axe.min.js');

function finish(passed, failed, code = failed > 0 ? 1 : 0) {
  const line = `${passed} passed, ${failed} failed`;
  if (process.env.HD_COUNT_FILE) writeFileSync(process.env.HD_COUNT_FILE, line + '\n');
  console.log(`\n${line}`);
  process.exit(code);
}

// ---- build --------------------------------------------------------------------------------
/** Runs a build step; its output is shown only when it fails (or with --verbose). */
function run(cmd, args) {
  const r = spawnSync(cmd, args, {
    cwd: repo,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
  });
  if (r.status !== 0 || verbose) process.stdout.write(`${r.stdout ?? ''}${r.stderr ?? ''}`);
  if (r.error) console.error(r.error.message);
  return r.status === 0;
}

if (!flag('--no-build')) {
  const bin = (name) => join(repo, 'node_modules/.bin', name);
  console.log('::: custom-elements-manifest analyze (autodocs source)');
  if (!run('npm', ['run', '--silent', 'analyze'])) {
    console.error('npm run analyze failed');
    finish(0, 1);
  }
  console.log(`::: storybook build -o ${staticDir}`);
  if (!run(bin('storybook'), ['build', '-o', staticDir, '--quiet', '--disable-telemetry'])) {
    console.error('storybook build failed');
    finish(0, 1);
  }
}
if (!existsSync(join(staticDir, 'index.json'))) {
  console.error(`No ${staticDir}/index.json: build Storybook first (or drop --no-build).`);
  finish(0, 1);
}
if (!existsSync(chromePath)) {
  console.error(
    `No Chromium at ${chromePath}. Debian: apt-get install -y chromium; or set CHROME_PATH.`,
  );
  finish(0, 1);
}

// ---- static server ------------------------------------------------------------------------
const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  let file = resolve(staticDir, '.' + decodeURIComponent(url.pathname));
  if (file !== staticDir && !file.startsWith(staticDir + sep)) {
    res.writeHead(403).end();
    return;
  }
  if (url.pathname === AXE_PATH) {
    res.writeHead(200, {
      'Content-Type': MIME['.js'],
      'Cache-Control': 'max-age=3600',
    });
    createReadStream(axeFile).pipe(res);
    return;
  }
  if (url.pathname === '/favicon.ico') {
    // browsers ask for it on their own; Storybook ships favicon.svg only
    res.writeHead(204).end();
    return;
  }
  try {
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    const size = statSync(file).size;
    res.writeHead(200, {
      'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
      'Content-Length': size,
      // hashed assets: let the browser cache them across the many page loads
      'Cache-Control': file.includes(`${sep}assets${sep}`) ? 'max-age=3600' : 'no-cache',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
  }
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;

// ---- the tests ----------------------------------------------------------------------------
const index = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8'));
const entries = Object.values(index.entries ?? {}).filter((e) => !only || e.id.includes(only));
// one job per entry, one test per story × theme (see alwaysFresh); a docs page is checked once
const jobs = entries
  .filter((e) => e.type === 'story' || (e.type === 'docs' && checkDocs))
  .map((entry) => ({
    entry,
    docs: entry.type === 'docs',
    themes: entry.type === 'docs' ? [themes[0]] : themes,
  }));
const storyCount = entries.filter((e) => e.type === 'story').length;
const testCount = jobs.reduce((n, j) => n + j.themes.length, 0);
if (storyCount === 0) {
  console.error(`No stories in ${staticDir}/index.json${only ? ` matching "${only}"` : ''}.`);
  server.close();
  finish(0, 1);
}
console.log(
  `::: ${storyCount} stories × ${themes.length} themes` +
    (checkDocs ? ` + ${jobs.filter((j) => j.docs).length} docs pages` : '') +
    ` at ${width}px, ${concurrency} in parallel (Chromium ${chromePath})`,
);

const { chromium } = await import('playwright-core');
const browser = await chromium.launch({
  executablePath: chromePath,
  headless: true,
  args: chromiumArgs,
});

// Runs in the page before Storybook: records the channel events that say how rendering went.
function recordStorybookEvents() {
  const state = { done: false, error: '', storyId: '' };
  window.__hdCheck = state;
  let channel;
  const hook = (ch) => {
    const fail = (what) => (payload) => {
      const detail =
        typeof payload === 'string'
          ? payload
          : [payload?.title, payload?.name, payload?.message, payload?.description]
              .filter(Boolean)
              .join(': ');
      state.error ||= `${what}${detail ? `: ${detail}` : ''}`;
      state.done = true;
    };
    ch.on('storyFinished', (p) => {
      if (p?.status === 'error') state.error ||= 'story finished with status "error"';
      state.storyId = p?.storyId ?? '';
      state.done = true;
    });
    ch.on('docsRendered', () => (state.done = true));
    ch.on('storyErrored', fail('story errored'));
    ch.on('storyThrewException', fail('story threw'));
    ch.on('storyMissing', fail('story missing'));
    ch.on('playFunctionThrewException', fail('play function threw'));
    ch.on('unhandledErrorsWhilePlaying', fail('unhandled errors while playing'));
  };
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set: (ch) => {
      channel = ch;
      if (ch?.on) hook(ch);
    },
  });
  // every story starts from empty storage (drafts, selection, saved views)
  try {
    window.localStorage.clear();
    window.sessionStorage.clear();
  } catch {
    /* storage may be unavailable */
  }
}

/**
 * Runs in the page: moves on the way Storybook's own UI does, without reloading the iframe.
 * `story`: shows another story; `theme`: sets the theme global like the toolbar (the story
 * re-renders); `remount`: mounts the story anew (fresh data, its play function runs again).
 * Before `story` and `remount` the current story was unmounted and storage cleared (see
 * {@link unmountStory}).
 */
function navigate({ how, storyId, theme }) {
  const state = window.__hdCheck;
  state.done = false;
  state.error = '';
  state.storyId = '';
  const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
  if (how === 'theme') channel.emit('updateGlobals', { globals: { theme } });
  else if (how === 'remount') channel.emit('forceRemount', { storyId });
  else channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
}

/**
 * Runs in the page: takes the current story out of the document (its elements disconnect, so
 * errors in their teardown count for it) and clears storage for the next mount.
 */
function unmountStory() {
  const root = document.getElementById('storybook-root');
  if (root) root.innerHTML = '';
  try {
    window.localStorage.clear();
    window.sessionStorage.clear();
  } catch {
    /* storage may be unavailable */
  }
}

// Runs in the page: a cheap fingerprint of the rendered tree, shadow roots included.
function fingerprint(rootId) {
  let elements = 0;
  let text = 0;
  let busy = 0;
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      elements++;
      if (el.getAttribute('aria-busy') === 'true') busy++;
      if (el.shadowRoot) walk(el.shadowRoot);
    }
    text += (root.textContent ?? '').length;
  };
  walk(document.getElementById(rootId) ?? document.body);
  return `${elements}/${text}/${busy}/${document.documentElement.dataset.theme}`;
}

// Runs in the page: axe over the story as the a11y addon does (body minus Storybook's own
// elements, `region` off), honoring the story's `parameters.a11y`.
async function runAxe() {
  const story = window.__STORYBOOK_PREVIEW__?.currentRender?.story;
  const params = story?.parameters?.a11y ?? {};
  if (params.disable === true || params.test === 'off') return { skipped: true, violations: [] };
  const context = {
    include: document.body,
    exclude: ['.sb-wrapper', '#storybook-docs', '#storybook-highlights-root'],
  };
  if (params.context) {
    const c = params.context;
    if (typeof c === 'object' && ('include' in c || 'exclude' in c)) {
      if (c.include !== undefined) context.include = c.include;
      if (c.exclude !== undefined) context.exclude = context.exclude.concat(c.exclude);
    } else {
      context.include = c;
    }
  }
  const axe = window.axe;
  axe.reset();
  const config = params.config ?? {};
  axe.configure({ ...config, rules: [{ id: 'region', enabled: false }, ...(config.rules ?? [])] });
  const result = await axe.run(context, { resultTypes: ['violations'], ...(params.options ?? {}) });
  return {
    skipped: false,
    violations: result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 6).map((n) => ({
        target: n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : t)).join(' >>> '),
        summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
      })),
      more: Math.max(0, v.nodes.length - 6),
    })),
  };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitFor(predicate, timeout, interval = 50) {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    if (await predicate()) return true;
    await sleep(interval);
  }
  return false;
}

/**
 * A worker's page and what its listeners collect. The page is kept from story to story (see
 * {@link navigate}) until a story fails, then replaced, so one broken story cannot spill into
 * the next; a docs page always gets a page of its own.
 */
async function openPage(context) {
  const page = await context.newPage();
  const s = {
    page,
    /** where the listeners put what they see; the check of the moment swaps in its own list */
    problems: [],
    inflight: new Set(),
    mockedErrors: new Set(),
    /** the theme global the page is in (undefined: nothing loaded yet) */
    theme: undefined,
  };
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const text = msg.text();
    const where = msg.location()?.url ?? '';
    if (text.startsWith('Failed to load resource') && s.mockedErrors.has(where)) return;
    s.problems.push(`console error: ${text}${where && !text.includes(where) ? ` (${where})` : ''}`);
  });
  page.on('pageerror', (err) => s.problems.push(`page error: ${err.stack || err.message}`));
  page.on('request', (r) => {
    // event streams stay open for the page's life: they never make the network idle
    if (r.resourceType() !== 'eventsource') s.inflight.add(r);
  });
  page.on('requestfinished', (r) => s.inflight.delete(r));
  page.on('requestfailed', (r) => {
    s.inflight.delete(r);
    const failure = r.failure()?.errorText ?? '';
    // aborted fetches are what elements do on purpose when a newer request replaces them
    if (!failure.includes('ERR_ABORTED')) s.problems.push(`request failed: ${r.url()} ${failure}`);
  });
  page.on('response', (r) => {
    if (r.status() < 400) return;
    if (r.fromServiceWorker()) s.mockedErrors.add(r.url());
    else s.problems.push(`HTTP ${r.status()} for ${r.url()}`);
  });
  return s;
}

/** Checks one index entry on the session's page: one `{theme, problems, axeSkipped}` per theme. */
async function runJob(s, job) {
  const { entry, docs } = job;
  const { page } = s;
  const play = (entry.tags ?? []).includes('play-fn');
  // start in the theme the page is in: the first check then needs no extra re-render
  const order = job.themes.includes(s.theme)
    ? [s.theme, ...job.themes.filter((t) => t !== s.theme)]
    : job.themes;
  let timing = {};
  let mark = Date.now();
  const lap = (name) => {
    timing[name] = Date.now() - mark;
    mark = Date.now();
  };
  const results = [];
  for (const [i, theme] of order.entries()) {
    s.problems = [];
    timing = {};
    mark = Date.now();
    let axeSkipped = false;
    try {
      if (s.theme === undefined) {
        const url =
          `${origin}/iframe.html?id=${encodeURIComponent(entry.id)}` +
          `&viewMode=${docs ? 'docs' : 'story'}&globals=theme:${theme};a11y.manual:!true`;
        await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
        lap('load');
      } else if (i === 0) {
        await page.evaluate(navigate, { how: 'story', storyId: entry.id });
      } else {
        await page.evaluate(navigate, { how: 'theme', theme });
        if (play || alwaysFresh) {
          // the play function runs on a mount: mount anew (fresh data) in the new theme
          await waitFor(() => page.evaluate(() => window.__hdCheck?.done === true), 20_000);
          await page.evaluate(unmountStory);
          await page.evaluate(navigate, { how: 'remount', storyId: entry.id });
        }
      }
      s.theme = theme;
      s.inflight = new Set();
      const finished = await waitFor(
        () =>
          page.evaluate(
            (id) => window.__hdCheck?.done === true && (!id || window.__hdCheck.storyId === id),
            docs ? '' : entry.id,
          ),
        20_000,
      );
      lap('render');
      const sbError = await page.evaluate(() => window.__hdCheck?.error ?? '');
      if (!finished) s.problems.push('render: the story did not finish rendering within 20 s');
      if (sbError) s.problems.push(`render: ${sbError}`);
      const errorShown = await page.evaluate(() =>
        document.body.classList.contains('sb-show-errordisplay')
          ? (document.getElementById('error-message')?.textContent ?? '').trim() || 'error shown'
          : '',
      );
      if (errorShown) s.problems.push(`render: Storybook error display: ${errorShown}`);

      if (finished && !errorShown && !sbError) {
        // settle: network idle (msw stories) and a rendered tree that stopped changing
        await waitFor(async () => s.inflight.size === 0, 8_000);
        lap('idle');
        let last = '';
        let stable = 0;
        await waitFor(
          async () => {
            const fp = await page.evaluate(fingerprint, docs ? 'storybook-docs' : 'storybook-root');
            stable = fp === last ? stable + 1 : 0;
            last = fp;
            return stable >= 2;
          },
          5_000,
          100,
        );
        lap('settle');
        if (!docs) {
          const state = await page.evaluate((t) => {
            const root = document.getElementById('storybook-root');
            const inner = root?.querySelector('#root-inner') ?? root;
            return {
              empty: !inner || (inner.children.length === 0 && !inner.textContent?.trim()),
              // a story may pin its theme with story-level `globals: { theme }`
              theme:
                document.documentElement.dataset.theme ===
                (window.__STORYBOOK_PREVIEW__?.currentRender?.story?.storyGlobals?.theme ?? t),
            };
          }, theme);
          if (state.empty)
            s.problems.push('render: the story rendered nothing into #storybook-root');
          if (!state.theme) s.problems.push(`render: <html data-theme> is not "${theme}"`);
          if (!(await page.evaluate(() => typeof window.axe?.run === 'function'))) {
            await page.addScriptTag({ url: origin + AXE_PATH });
          }
          const axe = await page.evaluate(runAxe);
          axeSkipped = axe.skipped;
          lap('axe');
          for (const v of axe.violations) {
            s.problems.push(
              `axe ${v.id} (${v.impact}): ${v.help}\n` +
                v.nodes.map((n) => `        at ${n.target}\n          ${n.summary}`).join('\n') +
                (v.more ? `\n        … and ${v.more} more` : ''),
            );
          }
        }
      }
      if (screenshotDir) {
        mkdirSync(screenshotDir, { recursive: true });
        await page.screenshot({
          path: join(screenshotDir, `${entry.id}--${docs ? 'docs' : theme}.png`),
          fullPage: true,
        });
      }
      if (!docs && i === order.length - 1) {
        // leave: what the story's elements do when they disconnect counts for this story
        const before = s.problems.length;
        await page.evaluate(unmountStory);
        await sleep(50);
        s.problems = [
          ...s.problems.slice(0, before),
          ...s.problems.slice(before).map((p) => `when unmounted: ${p}`),
        ];
      }
    } catch (err) {
      s.problems.push(`check: ${err.message.split('\n')[0]}`);
    }
    if (verbose) console.log(`    ${entry.id} [${theme}] ${JSON.stringify(timing)}`);
    results.push({ theme, problems: s.problems, axeSkipped });
  }
  // keep the results in the order of --themes
  return job.themes.map((t) => results.find((r) => r.theme === t));
}

function withTimeout(promise, ms) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms / 1000} s`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

let passed = 0;
let failed = 0;
const failures = [];
const axeSkippedIds = new Set();
const started = Date.now();
let next = 0;

async function worker() {
  // one browser context per worker: HTTP cache and the msw service worker survive between its
  // pages; storage is cleared before every page and every story (see recordStorybookEvents)
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  await context.addInitScript(recordStorybookEvents);
  let session;
  while (next < jobs.length) {
    const job = jobs[next++];
    const t0 = Date.now();
    let results;
    // stories share one page until a story fails; a docs page gets a page of its own
    if (!job.docs && (!session || session.page.isClosed())) session = await openPage(context);
    const s = job.docs ? await openPage(context) : session;
    try {
      results = await withTimeout(runJob(s, job), TEST_TIMEOUT * job.themes.length);
    } catch (err) {
      results = job.themes.map((theme) => ({ theme, problems: [`check: ${err.message}`] }));
    }
    if (job.docs || results.some((r) => r.problems.length)) await s.page.close().catch(() => {});
    const secs = ((Date.now() - t0) / 1000).toFixed(1);
    const ok = [];
    for (const r of results) {
      if (r.axeSkipped) axeSkippedIds.add(job.entry.id);
      const label = `${job.entry.id} [${job.docs ? 'docs page' : r.theme}]`;
      if (r.problems.length === 0) {
        passed++;
        ok.push(job.docs ? 'docs page' : r.theme);
      } else {
        failed++;
        failures.push({ label, problems: r.problems });
        console.log(`  FAIL  ${label}\n` + r.problems.map((p) => `      ${p}`).join('\n'));
      }
    }
    if (ok.length) console.log(`  ok    ${job.entry.id} [${ok.join(' ')}] ${secs}s`);
  }
  await context.close();
}

try {
  await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, worker));
} finally {
  await browser.close().catch(() => {});
  server.close();
}

console.log(`\n::: ${testCount} checks in ${((Date.now() - started) / 1000).toFixed(0)} s`);
if (axeSkippedIds.size) {
  console.log(
    `axe skipped by parameters.a11y (disable / test: 'off'): ${[...axeSkippedIds].join(', ')}`,
  );
}
if (failures.length) {
  console.log(`\nFailed (${failures.length}):`);
  for (const f of failures) console.log(`  ${f.label}: ${f.problems.length} problem(s)`);
}
finish(passed, failed);
