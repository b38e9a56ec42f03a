#!/usr/bin/env node
// `npm run test:interop`: proves the *published* package works in every host.
//
//  1. builds the library when dist/ is missing or older than its sources (`--no-build` skips),
//  2. `npm pack`s it and checks the tarball (contents, exports targets, sideEffects, no React in
//     the CDN bundle),
//  3. installs the tarball into a scratch app in a temp dir (npm install --prefer-offline, as a
//     consumer would), type-checks a consumer against the exports map (TypeScript
//     moduleResolution bundler and node16), resolves every export in Node, builds the app with
//     Vite (React 19, Vue 3, and the docs' samples),
//  4. serves it on 127.0.0.1 (with the REST API from hd-cockpit/mocks under /api, and the
//     installed package under /npm/hd-cockpit/ for the CDN page) and drives it in Chromium:
//     the custom-elements-everywhere cases per host (React 19 with hd-cockpit/react, React 19
//     with plain tags, Vue 3, plain HTML + CDN bundle), then every code sample of the docs.
//
// Ends with `N passed, N failed` (also written to HD_COUNT_FILE, as scripts/count-reporter.mjs).
// Options: --no-build, --keep (keep the scratch dir), --verbose. Env: CHROME_PATH.
/* global setTimeout, location, getComputedStyle, requestAnimationFrame -- Node globals, and browser ones inside page.evaluate() callbacks */
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extractSamples, asHtmlPage } from './samples.mjs';
import { startServer } from './server.mjs';
import { chromePath, chromiumArgs } from '../chromium.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const argv = process.argv.slice(2);
const verbose = argv.includes('--verbose');
const keep = argv.includes('--keep');
const started = Date.now();
const timings = [];

// ---- a tiny test runner -------------------------------------------------------------------
const results = [];
async function test(name, fn) {
  const t = Date.now();
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`  ✓ ${name}${verbose ? ` (${Date.now() - t} ms)` : ''}`);
  } catch (err) {
    results.push({ name, ok: false, error: err });
    console.log(`  ✗ ${name}\n      ${String(err?.message ?? err).replace(/\n/g, '\n      ')}`);
  }
}
function fail(message) {
  throw new Error(message);
}
function same(actual, expected, what) {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    fail(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Polls `read` until it returns `expected` (JSON-equal); fails with the last value seen. */
async function eventually(read, expected, what, timeout = 8000) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await read();
      if (JSON.stringify(last) === JSON.stringify(expected)) return;
    } catch (err) {
      last = `error: ${err.message.split('\n')[0]}`;
    }
    if (Date.now() > end) {
      fail(`${what}: expected ${JSON.stringify(expected)}, last saw ${JSON.stringify(last)}`);
    }
    await sleep(50);
  }
}
async function phase(name, fn) {
  const t = Date.now();
  console.log(`\n::: ${name}`);
  try {
    return await fn();
  } finally {
    timings.push(`${name} ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
}
function finish(code) {
  const failed = results.filter((r) => !r.ok).length;
  const line = `${results.length - failed} passed, ${failed} failed`;
  if (process.env.HD_COUNT_FILE) writeFileSync(process.env.HD_COUNT_FILE, line + '\n');
  console.log(
    `\ntimings: ${timings.join(', ')}; total ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  console.log(`\n${line}`);
  process.exit(code ?? (failed ? 1 : 0));
}

/** The environment for child processes: npm_* variables of a surrounding `npm run` dropped. */
function childEnv(env = {}) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith('npm_')),
  );
  return { ...clean, ...env };
}
/** Runs a command; returns {ok, out}. */
function run(cmd, args, { cwd = repo, env = {}, timeout = 300_000 } = {}) {
  const r = spawnSync(cmd, args, {
    cwd,
    env: childEnv(env),
    encoding: 'utf8',
    timeout,
    maxBuffer: 64 * 1024 * 1024,
  });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}`;
  if (verbose) console.log(out);
  return { ok: r.status === 0, out };
}
/** The same, without blocking (to run independent commands side by side). */
function runAsync(cmd, args, { cwd = repo, env = {}, timeout = 300_000 } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, env: childEnv(env), timeout });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => {
      if (verbose) console.log(out);
      resolve({ ok: code === 0, out });
    });
  });
}

// ---- 1. build -----------------------------------------------------------------------------
function newest(path) {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((f) => newest(join(path, f))));
}
const OUTPUTS = [
  'dist/index.js',
  'dist/react.js',
  'dist/cdn/hd-cockpit.js',
  'dist/types/react/index.d.ts',
  'custom-elements.json',
];
const INPUTS = ['src', 'package.json', 'vite.config.ts', 'tsconfig.build.json'];

await phase('build', async () => {
  const missing = OUTPUTS.filter((f) => !existsSync(join(repo, f)));
  const stale =
    !missing.length &&
    Math.max(...INPUTS.map((f) => newest(join(repo, f)))) >
      Math.min(...OUTPUTS.map((f) => statSync(join(repo, f)).mtimeMs));
  if (argv.includes('--no-build') && !missing.length) {
    console.log('  --no-build: using dist/ as it is');
    return;
  }
  if (!missing.length && !stale) {
    console.log('  dist/ is up to date');
    return;
  }
  console.log(
    `  ${missing.length ? `missing ${missing.join(', ')}` : 'dist/ is stale'}: npm run build`,
  );
  const r = run('npm', ['run', 'build', '--silent']);
  if (!r.ok) {
    console.log(r.out);
    await test('npm run build', () => fail('the build failed (output above)'));
    finish(1);
  }
});

// ---- 2. pack ------------------------------------------------------------------------------
const scratch = mkdtempSync(join(tmpdir(), 'hd-interop-'));
const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
let tarball;
let packed = [];

await phase('npm pack', async () => {
  const r = run('npm', ['pack', '--json', '--pack-destination', scratch]);
  if (!r.ok) {
    console.log(r.out);
    await test('npm pack', () => fail('npm pack failed (output above)'));
    finish(1);
  }
  const info = JSON.parse(r.out.slice(r.out.indexOf('[')))[0];
  tarball = info.filename;
  packed = info.files.map((f) => f.path);
  console.log(`  ${tarball}: ${packed.length} files, ${(info.size / 1024).toFixed(0)} KB packed`);

  await test('pack: holds only dist/, docs/, README.md, LICENSE, custom-elements.json, package.json', () => {
    const top = new Set(['README.md', 'LICENSE', 'custom-elements.json', 'package.json']);
    const stray = packed.filter(
      (p) => !top.has(p) && !p.startsWith('dist/') && !p.startsWith('docs/'),
    );
    same(stray, [], 'files outside the allowed set');
    for (const must of [...top, 'docs/events.md', 'docs/frameworks.md', 'docs/adapter.md']) {
      if (!packed.includes(must)) fail(`${must} is not in the tarball`);
    }
  });
  await test('pack: no source maps except the minified CDN bundle’s', () => {
    same(
      packed.filter((p) => p.endsWith('.map')).sort(),
      ['dist/cdn/hd-cockpit-de.js.map', 'dist/cdn/hd-cockpit.js.map'],
      'source maps in the tarball',
    );
  });
  await test('pack: every exports target (code and types) is in the tarball', () => {
    const targets = [];
    for (const value of Object.values(pkg.exports)) {
      if (typeof value === 'string') targets.push(value);
      else targets.push(...Object.values(value));
    }
    targets.push(pkg.main, pkg.types);
    same(
      targets.map((t) => t.replace(/^\.\//, '')).filter((t) => !packed.includes(t)),
      [],
      'exports targets missing from the tarball',
    );
  });
  await test('pack: sideEffects lists exactly the files that define elements (and CSS)', () => {
    const patterns = pkg.sideEffects.map((p) => {
      const glob = p.replace(/^\.\//, '');
      const re = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*');
      return new RegExp(glob.includes('/') ? `^${re}$` : `(^|/)${re}$`);
    });
    const listed = (p) => patterns.some((re) => re.test(p));
    const js = packed.filter((p) => p.startsWith('dist/') && p.endsWith('.js'));
    const defines = js.filter((p) =>
      /customElements\.define\(/.test(readFileSync(join(repo, p), 'utf8')),
    );
    if (!defines.length) fail('no file in dist/ calls customElements.define');
    same(
      defines.filter((p) => !listed(p)),
      [],
      'files that define elements but are not in sideEffects',
    );
    const elementEntries = ['inbox', 'ticket-peek', 'composer', 'customer-history', 'provider'];
    for (const e of [...elementEntries, 'cockpit', 'index', 'react']) {
      if (!listed(`dist/${e}.js`)) fail(`dist/${e}.js (defines elements) is not in sideEffects`);
    }
    const pure = [
      'dist/adapters/memory.js',
      'dist/adapters/rest.js',
      'dist/mocks.js',
      'dist/testing.js',
    ];
    same(
      pure.filter(listed),
      [],
      'side-effect-free entries listed in sideEffects (would block tree-shaking)',
    );
    if (!listed('dist/themes.css')) fail('dist/themes.css is not in sideEffects');
  });
  await test('pack: React stays out of the CDN bundle and of every entry but hd-cockpit/react', () => {
    const cdn = readFileSync(join(repo, 'dist/cdn/hd-cockpit.js'), 'utf8');
    for (const marker of [
      'suppressHydrationWarning',
      'react.transitional.element',
      'react.element',
    ]) {
      if (cdn.includes(marker)) fail(`the CDN bundle contains React code ("${marker}")`);
    }
    const importsReact = packed.filter(
      (p) =>
        p.endsWith('.js') &&
        /from\s*["'](react|react-dom|@lit\/react)(\/[^"']*)?["']/.test(
          readFileSync(join(repo, p), 'utf8'),
        ),
    );
    same(importsReact, ['dist/react.js'], 'files importing react or @lit/react');
  });
});

// ---- 3. scratch consumer app --------------------------------------------------------------
const { samples, notRun, problems } = extractSamples(repo);
const versionOf = (name) =>
  JSON.parse(readFileSync(join(repo, 'node_modules', name, 'package.json'), 'utf8')).version;

/** How each docs sample is run and what it must show (ids are the `<!-- sample: ID -->`s). */
const SAMPLE_RUNNERS = {
  'readme-embed': { kind: 'page', check: checkInboxSample },
  'readme-theme': { kind: 'page', body: themeProbe(), check: checkReadmeTheme },
  'adapter-provider': {
    kind: 'page',
    // the page defines the sample's `createMyAdapter()` as your code would
    head: `<script type="module">import { createMemoryAdapter } from 'hd-cockpit/adapters/memory'; window.createMyAdapter = () => createMemoryAdapter();</script>`,
    check: checkCockpitSample,
  },
  'adapter-conformance': { kind: 'node' },
  'theming-brand': { kind: 'css', check: checkBrand },
  'theming-acme': { kind: 'css', check: checkAcme },
  'rest-cockpit': { kind: 'page', check: checkCockpitSample },
  'events-listen': { kind: 'page', check: checkEventsSample },
  'frameworks-vite-config': { kind: 'config' },
  'frameworks-react': {
    kind: 'module',
    file: 'frameworks-react.tsx',
    mount: 'fw-react',
    check: checkFrameworkSample,
  },
  'frameworks-vue': {
    kind: 'module',
    file: 'FrameworksCockpit.vue',
    mount: 'fw-vue',
    check: checkFrameworkSample,
  },
};

await phase('scratch app: install the tarball', async () => {
  const deps = { 'hd-cockpit': `file:./${tarball}` };
  // @lit/react is an optional peer of hd-cockpit: a React host installs it (docs/frameworks.md)
  for (const name of ['react', 'react-dom', '@lit/react', 'vue', 'vite', '@vitejs/plugin-vue']) {
    deps[name] = versionOf(name); // the versions the repo locked, so the npm cache has them
  }
  writeFileSync(
    join(scratch, 'package.json'),
    JSON.stringify(
      { name: 'hd-interop-app', private: true, type: 'module', dependencies: deps },
      null,
      2,
    ),
  );
  const r = run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'],
    {
      cwd: scratch,
    },
  );
  await test('scratch app: npm install <tarball> (lit & co from the registry/cache)', () => {
    if (!r.ok) fail(r.out.slice(-3000));
    for (const dep of ['lit', '@lit/react', '@lit/context']) {
      if (!existsSync(join(scratch, 'node_modules', dep, 'package.json'))) {
        fail(`${dep} was not installed as a dependency of hd-cockpit`);
      }
    }
  });
  if (!r.ok) finish(1);

  cpSync(join(here, 'app'), scratch, { recursive: true });
  mkdirSync(join(scratch, 'samples'), { recursive: true });
  const pages = {
    react: 'react.html',
    'react-raw': 'react-raw.html',
    vue: 'vue.html',
    'vue-cockpit': 'vue-cockpit.html',
    'fw-react': 'fw-react.html',
    'fw-vue': 'fw-vue.html',
  };
  for (const [id, runner] of Object.entries(SAMPLE_RUNNERS)) {
    const sample = samples.get(id);
    if (!sample) continue;
    if (runner.kind === 'page') {
      writeFileSync(join(scratch, 'samples', `${id}.html`), asHtmlPage(sample.code, runner));
      pages[id] = `samples/${id}.html`;
    } else if (runner.kind === 'css') {
      writeFileSync(
        join(scratch, 'samples', `${id}.html`),
        asHtmlPage(themeProbe(), { head: `<style>\n${sample.code}</style>` }),
      );
      pages[id] = `samples/${id}.html`;
    } else if (runner.kind === 'module') {
      writeFileSync(join(scratch, 'samples', runner.file), sample.code);
    } else if (runner.kind === 'config') {
      writeFileSync(join(scratch, 'samples', 'frameworks-vite-config.ts'), sample.code);
    }
  }
  writeFileSync(join(scratch, 'pages.json'), JSON.stringify(pages, null, 2));
});

await phase('types and resolution', async () => {
  const tsc = join(repo, 'node_modules/typescript/bin/tsc');
  const modes = ['bundler', 'node16'];
  const checks = modes.map((mode) =>
    runAsync(process.execPath, [tsc, '-p', `tsconfig.${mode}.json`], { cwd: scratch }),
  );
  for (const [i, mode] of modes.entries()) {
    const r = await checks[i];
    await test(`types: a TypeScript consumer (moduleResolution ${mode}) type-checks against the exports map`, () => {
      if (!r.ok) fail(r.out.trim().split('\n').slice(0, 30).join('\n'));
    });
  }
  await test('node: every export of the exports map resolves to a file (import.meta.resolve)', () => {
    const r = run(process.execPath, ['resolve-check.mjs'], { cwd: scratch });
    if (!r.ok) fail(r.out.trim());
  });
});

await phase('docs samples in Node', async () => {
  await test('docs: every code block is a sample that runs or says why it does not', () => {
    const missingRunner = [...samples.keys()].filter((id) => !SAMPLE_RUNNERS[id]);
    const missingSample = Object.keys(SAMPLE_RUNNERS).filter((id) => !samples.has(id));
    same(
      [
        ...problems,
        ...missingRunner.map((id) => `no runner for sample ${id}`),
        ...missingSample.map((id) => `sample ${id} is gone from the docs`),
      ],
      [],
      'problems',
    );
    if (verbose)
      for (const n of notRun) console.log(`      not run: ${n.file}:${n.line} (${n.reason})`);
  });
  await test('docs/events.md: documents every hd-* event of GlobalEventHandlersEventMap', () => {
    const doc = readFileSync(join(repo, 'docs/events.md'), 'utf8');
    const missing = eventNames().filter((name) => !doc.includes(`| \`${name}\``));
    same(missing, [], 'events without a row in docs/events.md');
  });
  const sample = samples.get('adapter-conformance');
  await test('docs/adapter.md: the runAdapterConformance sample runs green (node:test)', async () => {
    if (!sample) fail('sample missing');
    const ts = (
      await import(pathToFileURL(join(repo, 'node_modules/typescript/lib/typescript.js')).href)
    ).default;
    const dir = join(scratch, 'conformance');
    mkdirSync(join(dir, 'test'), { recursive: true });
    mkdirSync(join(dir, 'src'), { recursive: true });
    const js = ts.transpileModule(sample.code, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    }).outputText;
    writeFileSync(join(dir, 'test/my-adapter.conformance.test.js'), js);
    // the two modules the sample imports, as a host project would have them
    writeFileSync(
      join(dir, 'src/my-adapter.js'),
      `import { createMemoryAdapter } from 'hd-cockpit/adapters/memory';\n` +
        `export function createMyAdapter() {\n  const adapter = createMemoryAdapter();\n` +
        `  return Object.assign(adapter, { close: () => adapter.dispose() });\n}\n`,
    );
    writeFileSync(join(dir, 'test/fixtures.js'), 'export async function resetTestDatabase() {}\n');
    writeFileSync(
      join(dir, 'globals.mjs'),
      `import { describe, it, beforeEach, afterEach } from 'node:test';\n` +
        `Object.assign(globalThis, { describe, it, beforeEach, afterEach });\n`,
    );
    const r = run(
      process.execPath,
      [
        '--import',
        './conformance/globals.mjs',
        '--test',
        '--test-reporter=spec',
        'conformance/test/my-adapter.conformance.test.js',
      ],
      { cwd: scratch, timeout: 120_000 },
    );
    const pass = Number(/ℹ pass (\d+)/.exec(r.out)?.[1] ?? 0);
    const failCount = Number(/ℹ fail (\d+)/.exec(r.out)?.[1] ?? -1);
    if (!r.ok || failCount !== 0 || pass < 10)
      fail(`pass ${pass}, fail ${failCount}\n${r.out.slice(-3000)}`);
    console.log(`      (${pass} conformance checks passed)`);
  });
});

await phase('vite build of the scratch app', async () => {
  const r = run(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'],
    {
      cwd: scratch,
    },
  );
  await test('bundler: Vite builds React, Vue and the docs samples against the installed package', () => {
    if (!r.ok) fail(r.out.slice(-4000));
    const warnings = r.out
      .split('\n')
      .filter(
        (l) =>
          /warn|error/i.test(l) &&
          !/chunks are larger|chunkSizeWarningLimit|manualChunks|Some chunks/.test(l),
      );
    same(warnings, [], 'warnings of the build');
  });
  if (!r.ok) finish(1);
});

// ---- 4. browsers --------------------------------------------------------------------------
const { chromium } = await import('playwright-core');
const { getResponse } = await import('msw');
const { createHandlers } = await import(pathToFileURL(join(repo, 'dist/mocks.js')).href);
// msw's sse() only asserts that EventSource exists (Node 20 has none); on this server side it
// never constructs one, so a stub lets the mock backend serve its live event stream here too.
globalThis.EventSource ??= class EventSource {};
const server = await startServer({
  roots: [join(scratch, 'dist'), join(scratch, 'static')],
  packageDir: join(scratch, 'node_modules/hd-cockpit'),
  apiHandlers: (origin) => createHandlers({ baseUrl: `${origin}/api`, csrfToken: null }),
  getResponse,
});
const browser = await chromium.launch({
  executablePath: chromePath,
  headless: true,
  args: chromiumArgs,
});

/** A fresh page (own storage) that records console errors, page errors and failed requests. */
async function openPage(path) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => {
    if (
      m.type() === 'error' ||
      (m.type() === 'warning' && /\[Vue warn\]|Warning:/.test(m.text()))
    ) {
      errors.push(`console.${m.type()}: ${m.text()}`);
    }
  });
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => {
    // elements abort reads they no longer need (a view switched mid-request): not a failure
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') errors.push(`request failed: ${r.url()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.goto(server.origin + path);
  return { page, context, errors };
}

const HOSTS = [
  { id: 'react', path: '/react.html', label: 'React 19 (hd-cockpit/react)' },
  { id: 'react-raw', path: '/react-raw.html', label: 'React 19 (plain tags)' },
  { id: 'vue', path: '/vue.html', label: 'Vue 3' },
  { id: 'cdn', path: '/cdn.html', label: 'plain HTML (CDN bundle)' },
];

try {
  for (const host of HOSTS) {
    await phase(`host: ${host.label}`, () => runHost(host));
  }
  await phase('docs samples in Chromium', async () => {
    for (const [id, runner] of Object.entries(SAMPLE_RUNNERS)) {
      if (!runner.check) continue;
      const sample = samples.get(id);
      await test(`${sample ? `${sample.file}:${sample.line}` : id} (${id}) runs as written`, async () => {
        if (!sample) fail('sample missing from the docs');
        const path = runner.kind === 'module' ? `/${runner.mount}.html` : `/samples/${id}.html`;
        const { page, context, errors } = await openPage(path);
        try {
          await runner.check(page);
          same(errors, [], 'console errors, page errors or failed requests');
        } finally {
          await context.close();
        }
      });
    }
  });
} finally {
  await browser.close();
  await server.close();
  if (keep) console.log(`\nscratch app kept in ${scratch}`);
  else rmSync(scratch, { recursive: true, force: true });
}
finish();

/** The hd-* event names of GlobalEventHandlersEventMap in the packed type declarations. */
function eventNames() {
  const dts = readFileSync(join(repo, 'dist/types/events/index.d.ts'), 'utf8');
  const names = [...dts.matchAll(/'(hd-[a-z-]+)': Hd\w+Event;/g)].map((m) => m[1]).sort();
  if (names.length < 10) fail(`found only ${names.length} events in GlobalEventHandlersEventMap`);
  return names;
}

// ---- the per-host cases -------------------------------------------------------------------
async function runHost(host) {
  const { page, context, errors } = await openPage(host.path);
  const t = (name, fn) => test(`${host.label}: ${name}`, fn);
  try {
    await page.waitForFunction(() => window.hostApi && customElements.get('hd-inbox'), null, {
      timeout: 15000,
    });
    const set = (patch) => page.evaluate((p) => window.hostApi.set(p), patch);
    const inbox = page.locator('hd-inbox');
    const rows = inbox.getByRole('checkbox', { name: /^Select ticket #/ });
    const prop = (selector, fn) => page.locator(selector).evaluate(fn);
    const selectedTab = () =>
      inbox
        .getByRole('tab', { selected: true })
        .evaluateAll((tabs) => tabs.map((x) => x.textContent.trim().split(/\s+/)[0]));

    await t('string: view="unassigned" selects that view; a new value switches it', async () => {
      await eventually(() => prop('hd-inbox', (el) => el.view), 'unassigned', 'inbox.view');
      await eventually(selectedTab, ['Unassigned'], 'selected tab');
      await set({ view: 'all_open' });
      await eventually(selectedTab, ['All'], 'selected tab after view=all_open');
      await set({ view: 'unassigned' });
      await eventually(selectedTab, ['Unassigned'], 'selected tab after view=unassigned');
    });

    await t('number: page size 3 arrives as a number and shows 3 rows; 2 shows 2', async () => {
      await eventually(
        () => prop('hd-inbox', (el) => [typeof el.pageSize, el.pageSize]),
        ['number', 3],
        'inbox.pageSize',
      );
      await eventually(() => rows.count(), 3, 'rows');
      await set({ pageSize: 2 });
      await eventually(() => rows.count(), 2, 'rows after pageSize 2');
      await set({ pageSize: 3 });
      await eventually(() => rows.count(), 3, 'rows after pageSize 3');
    });

    await t(
      'boolean + slot: agent inbox off shows the slotted legacy queue; on shows rows again',
      async () => {
        const legacy = page.locator('#legacy');
        await set({ agentInbox: false });
        await eventually(
          () =>
            legacy.evaluate((el) => [
              el.assignedSlot?.name ?? null,
              el.getBoundingClientRect().height > 0,
            ]),
          ['legacy', true],
          'legacy content slotted and visible',
        );
        await eventually(() => rows.count(), 0, 'rows while off');
        await set({ agentInbox: true });
        await eventually(() => rows.count(), 3, 'rows after turning it on');
        await eventually(
          () => legacy.evaluate((el) => el.assignedSlot?.name ?? null),
          null,
          'legacy slot after on',
        );
      },
    );

    const card = page.locator('hd-customer-history');
    await t('object: .history renders the card and a new object updates it', async () => {
      await eventually(
        () => card.getByRole('heading').innerText(),
        '👤 Customer history — Customer 2',
        'card title',
      );
      same(
        await prop('hd-customer-history', (el) => [typeof el.history, el.hasAttribute('history')]),
        ['object', false],
        'history is a property, not an attribute',
      );
      await set({ history: 3 });
      await eventually(
        () => card.getByRole('heading').innerText(),
        '👤 Customer history — Customer 3',
        'card title after update',
      );
    });

    await t('array: a new lastTickets array re-renders the list (variant="full")', async () => {
      const items = card.getByRole('list', { name: 'Last tickets' }).getByRole('listitem');
      await eventually(() => items.count(), 3, 'last tickets');
      await set({ history: 4 });
      await eventually(() => items.count(), 4, 'last tickets after a 4-item array');
      await eventually(
        async () => (await items.last().innerText()).replace(/\s+/g, ' ').includes('Old ticket 4'),
        true,
        'the last item is the new array’s 4th ticket',
      );
      same(
        await prop('hd-customer-history', (el) => [
          el.variant,
          Array.isArray(el.history.lastTickets),
        ]),
        ['full', true],
        'variant and array',
      );
    });

    await t('adapter: passed as a property (an object, no attribute) and used', async () => {
      same(
        await prop('hd-provider', (el) => [
          typeof el.adapter,
          typeof el.adapter?.listTickets,
          el.hasAttribute('adapter'),
        ]),
        ['object', 'function', false],
        'provider.adapter',
      );
      await eventually(() => rows.count(), 3, 'rows loaded through it');
    });

    await t('event: a declarative hd-ticket-open listener gets the row’s ticket id', async () => {
      const open = inbox.locator('button.open').first();
      const number = (await open.locator('.number').innerText()).replace('#', '');
      await open.click();
      await eventually(
        () => page.locator('#opened').innerText(),
        `t-${number}`,
        'host saw hd-ticket-open',
      );
    });

    await t('event: a declarative hd-selection-change listener counts the selection', async () => {
      await rows.first().check();
      await eventually(
        () => page.locator('#selected').innerText(),
        '1',
        'host saw hd-selection-change',
      );
    });

    const mark = () =>
      page.evaluate(() => {
        for (const tag of ['hd-provider', 'hd-inbox', 'hd-composer', 'hd-customer-history']) {
          document.querySelector(tag).interopMark = tag;
        }
      });
    const marks = () =>
      page.evaluate(() =>
        ['hd-provider', 'hd-inbox', 'hd-composer', 'hd-customer-history'].map(
          (tag) => document.querySelector(tag)?.interopMark ?? null,
        ),
      );
    const allMarked = ['hd-provider', 'hd-inbox', 'hd-composer', 'hd-customer-history'];

    await t('re-render: the framework re-renders and the inbox keeps its selection', async () => {
      await mark();
      await set({ tick: 1 });
      await eventually(() => page.locator('#tick').innerText(), 'Render 1', 'the host re-rendered');
      same(await marks(), allMarked, 'the same element instances');
      same(await rows.first().isChecked(), true, 'first row still checked');
      await eventually(
        () => inbox.locator('[part="footer"]').getByText('1 selected').count(),
        1,
        '"1 selected" in the footer',
      );
    });

    await t('re-render: the composer keeps its draft', async () => {
      const textarea = page.locator('hd-composer').getByRole('textbox');
      await textarea.fill('Draft that must survive a re-render');
      await set({ tick: 2 });
      await eventually(() => page.locator('#tick').innerText(), 'Render 2', 'the host re-rendered');
      same(await marks(), allMarked, 'the same element instances');
      same(await textarea.inputValue(), 'Draft that must survive a re-render', 'the draft');
      same(
        await page.locator('#legacy').innerText(),
        'Old queue (render 2)',
        'slotted content updated by the host',
      );
    });

    if (host.id === 'vue') {
      await t(
        'boolean: <hd-cockpit :feature-agent-inbox="false"> (attribute "false") keeps the inbox off',
        async () => {
          const other = await openPage('/vue-cockpit.html');
          try {
            await other.page.waitForFunction(() => window.hostApi);
            const cockpitRows = other.page.getByRole('checkbox', { name: /^Select ticket #/ });
            same(
              await other.page
                .locator('hd-cockpit')
                .evaluate((el) => [el.getAttribute('feature-agent-inbox'), el.featureAgentInbox]),
              ['false', false],
              'attribute and property',
            );
            await eventually(
              () =>
                other.page
                  .locator('#legacy')
                  .evaluate((el) => el.getBoundingClientRect().height > 0),
              true,
              'legacy content shown',
            );
            same(await cockpitRows.count(), 0, 'rows while off');
            await other.page.evaluate(() => window.hostApi.set({ on: true }));
            await eventually(
              async () => (await cockpitRows.count()) > 0,
              true,
              'rows once bound to true',
            );
            same(other.errors, [], 'console errors, page errors or failed requests');
          } finally {
            await other.context.close();
          }
        },
      );
    }

    if (host.id === 'react') {
      await t('hd-cockpit/react maps every hd-* event to an onHd... prop', async () => {
        const names = eventNames();
        const mapped = await page.evaluate(() => window.hdReactEvents);
        same(Object.values(mapped.all).sort(), names, 'events of HdProvider/HdCockpit');
        for (const [prop, name] of Object.entries(mapped.all)) {
          const camel = 'on' + name.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());
          if (prop !== camel) fail(`${prop} should be ${camel}`);
        }
      });
    }

    if (host.id === 'cdn') {
      await t('lang="de": German loads from hd-cockpit-de.js next to the bundle', async () => {
        const fetched = page.waitForResponse((r) => r.url().endsWith('/cdn/hd-cockpit-de.js'));
        await page.evaluate(() => document.documentElement.setAttribute('lang', 'de'));
        same((await fetched).status(), 200, 'HTTP status of hd-cockpit-de.js');
        await eventually(
          async () => (await card.getByRole('heading').innerText()).startsWith('👤 Kundenhistorie'),
          true,
          'the card re-rendered in German',
        );
        await eventually(
          () => inbox.getByRole('tablist', { name: 'Ansichten', exact: true }).count(),
          1,
          'the inbox re-rendered in German',
        );
      });
    }

    await t('no console errors, page errors or failed requests', () =>
      same(errors, [], 'problems'),
    );
  } finally {
    await context.close();
  }
}

// ---- checks of the docs samples -----------------------------------------------------------
async function checkInboxSample(page) {
  const inbox = page.locator('hd-inbox');
  await eventually(
    () => inbox.getByRole('tab', { selected: true }).count(),
    1,
    'a selected view tab',
  );
  await eventually(
    async () => (await inbox.getByRole('checkbox', { name: /^Select ticket #/ }).count()) > 0,
    true,
    'inbox rows',
  );
}

/** A cockpit sample: rows render, and activating one opens the peek on that ticket. */
async function checkCockpitSample(page) {
  const rows = page.getByRole('checkbox', { name: /^Select ticket #/ });
  await eventually(async () => (await rows.count()) > 0, true, 'inbox rows in the cockpit');
  const open = page.locator('hd-inbox button.open').first();
  const subject = await open.locator('.subject').innerText();
  await open.click();
  await eventually(
    () => page.getByRole('dialog', { name: subject }).isVisible(),
    true,
    `peek dialog "${subject}"`,
  );
}

async function checkEventsSample(page) {
  const open = page.locator('hd-inbox button.open').first();
  await open.waitFor();
  const number = (await open.locator('.number').innerText()).replace('#', '');
  await open.click();
  await eventually(
    () => page.evaluate(() => location.pathname),
    `/tickets/t-${number}`,
    'routed by the listener',
  );
  // <hd-cockpit> decides in a microtask after the dispatch: two frames later it has decided
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
  same(
    await page.locator('hd-ticket-peek').evaluate((el) => el.open),
    false,
    'peek stays closed (event cancelled)',
  );
  await page
    .getByRole('checkbox', { name: /^Select ticket #/ })
    .first()
    .check();
  const first = await page
    .getByRole('checkbox', { name: /^Select ticket #/ })
    .first()
    .getAttribute('aria-label');
  const ticket = `t-${/#(\d+)/.exec(first)[1]}`;
  await page.locator('hd-inbox').getByRole('button', { name: 'Close', exact: true }).click();
  await eventually(
    () => page.locator('#audit-log li').allInnerTexts(),
    [`close ${ticket} by agent-sam via bulk: ok`],
    'audit log',
  );
}

async function checkFrameworkSample(page) {
  await checkCockpitSample(page);
  await page.keyboard.press('Escape');
  await eventually(
    () => page.locator('hd-ticket-peek').evaluate((el) => el.open),
    false,
    'peek closed by Escape',
  );
  await page
    .getByRole('checkbox', { name: /^Select ticket #/ })
    .nth(1)
    .check();
  await eventually(
    () => page.getByText('1 tickets selected').count(),
    1,
    'host text from hd-selection-change',
  );
}

/** Markup appended to theme samples: a card, a peek and probes that resolve tokens to colors. */
function themeProbe() {
  return `
<hd-customer-history id="probe-card" variant="full"></hd-customer-history>
<hd-ticket-peek id="probe-peek"></hd-ticket-peek>
<div id="probe-accent" style="color: var(--hd-color-accent)">accent</div>
<div id="probe-surface" style="background-color: var(--hd-color-surface); border-radius: var(--hd-radius-m)">surface</div>
<script type="module" src="/theme-probe.js"></script>
`;
}

/** [hue in degrees, relative luminance] of an element's color or background. */
function colorOf(page, selector, property) {
  return page.locator(selector).evaluate((el, prop) => {
    const c = document.createElement('canvas');
    c.width = c.height = 1;
    const x = c.getContext('2d');
    x.fillStyle = getComputedStyle(el)[prop];
    x.fillRect(0, 0, 1, 1);
    const [r, g, b] = x.getImageData(0, 0, 1, 1).data;
    const max = Math.max(r, g, b);
    const min = Math.min(r, g, b);
    const d = max - min || 1;
    let h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
    h = Math.round((h * 60 + 360) % 360);
    const lin = (v) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return [h, 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)];
  }, property);
}
async function hueNear(page, expected, what) {
  await page.waitForFunction(() =>
    document.querySelector('#probe-card')?.shadowRoot?.querySelector('[part~=card]'),
  );
  const [hue] = await colorOf(page, '#probe-accent', 'color');
  const off = Math.min(Math.abs(hue - expected), 360 - Math.abs(hue - expected));
  if (off > 15) fail(`${what}: accent hue ${hue}°, expected about ${expected}°`);
}
async function checkReadmeTheme(page) {
  same(await page.evaluate(() => document.documentElement.dataset.theme), 'dark', 'data-theme');
  await hueNear(page, 172, 'accent derived from --hd-brand #0f7b6c');
  const [, surface] = await colorOf(page, '#probe-surface', 'backgroundColor');
  if (surface > 0.1) fail(`dark theme surface luminance ${surface.toFixed(2)}`);
}
async function checkBrand(page) {
  await hueNear(page, 172, 'accent derived from --hd-brand #0f7b6c');
}
async function checkAcme(page) {
  await hueNear(page, 18, 'light accent from Acme orange #c2410c');
  same(
    await page.locator('#probe-surface').evaluate((el) => getComputedStyle(el).borderRadius),
    '4px',
    '--hd-radius-m',
  );
  const font = await page
    .locator('#probe-card')
    .evaluate((el) => getComputedStyle(el.shadowRoot.querySelector('[part~=card]')).fontFamily);
  if (!font.startsWith('Inter')) fail(`card font-family is ${font}`);
  await page.evaluate(() => document.querySelector('#probe-peek').show('t-1006'));
  await eventually(
    () =>
      page
        .locator('#probe-peek')
        .evaluate((el) => getComputedStyle(el.shadowRoot.querySelector('[part~=panel]')).maxWidth),
    '1100px',
    'hd-ticket-peek::part(panel) max-width',
  );
  await page.evaluate(() => document.querySelector('#probe-peek').hide());
  await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
  await hueNear(page, 27, 'dark accent from #fb923c');
}
