// Runs the test suite in Chromium, Firefox ESR and WebKitGTK (MiniBrowser), one engine after the
// other (each its own @web/test-runner process), then prints per-engine results, the feature-test
// skips, and ONE closing line `N passed, N failed` over all engines (also written to the file
// named by HD_COUNT_FILE). Exits non-zero when any engine fails or is missing.
//
//   node scripts/test-all.mjs                      # all three engines
//   node scripts/test-all.mjs webkit               # one engine (several: `firefox webkit`)
//   node scripts/test-all.mjs webkit --files 'test/inbox*.test.ts'   # options go to wtr
//
// A missing engine: as root on Debian its packages are installed (like ensure-browser.mjs),
// otherwise the message names the apt packages. Every engine runs under `timeout`
// (HD_ENGINE_TIMEOUT seconds, default 600); WebKit also under `xvfb-run -a` (MiniBrowser has no
// headless mode). See docs/browsers.md.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// the package's exports hide dist/bin.js: it sits next to the main entry (dist/index.js)
const wtrBin = join(dirname(createRequire(import.meta.url).resolve('@web/test-runner')), 'bin.js');
const engineTimeout = Number(process.env.HD_ENGINE_TIMEOUT) || 600;

const ENGINES = {
  chromium: {
    label: 'Chromium',
    config: 'wtr/chromium.config.js',
    needs: [{ path: process.env.CHROME_PATH || '/usr/bin/chromium', env: 'CHROME_PATH' }],
    packages: ['chromium', 'chromium-driver'],
  },
  firefox: {
    label: 'Firefox ESR',
    config: 'wtr/firefox.config.js',
    needs: [{ path: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr', env: 'FIREFOX_PATH' }],
    packages: ['firefox-esr'],
  },
  webkit: {
    label: 'WebKitGTK (MiniBrowser)',
    config: 'wtr/webkit.config.js',
    needs: [
      {
        path: process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver',
        env: 'WEBKIT_DRIVER_PATH',
      },
      {
        path:
          process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        env: 'MINIBROWSER_PATH',
      },
      { path: '/usr/bin/xvfb-run' },
      { path: '/usr/bin/xauth' },
    ],
    packages: ['webkit2gtk-driver', 'xvfb', 'xauth'],
    display: true,
  },
};

/** Leading engine names pick engines; everything from the first option on goes to wtr. */
function parseArgs(argv) {
  const names = [];
  let i = 0;
  for (; i < argv.length && !argv[i].startsWith('-'); i++) {
    if (!(argv[i] in ENGINES)) {
      console.error(`Unknown engine "${argv[i]}". Engines: ${Object.keys(ENGINES).join(', ')}`);
      process.exit(2);
    }
    names.push(argv[i]);
  }
  const wtrArgs = argv.slice(argv[i] === '--' ? i + 1 : i);
  return { engines: names.length ? names : Object.keys(ENGINES), wtrArgs };
}

const missingOf = (engine) => engine.needs.filter((n) => !existsSync(n.path));

/** Returns null when the engine is usable, else the message to print. */
function ensureEngine(engine) {
  let missing = missingOf(engine);
  if (!missing.length) return null;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const overridden = missing.some((n) => n.env && process.env[n.env]);
  if (isRoot && existsSync('/usr/bin/apt-get') && !overridden) {
    const pkgs = engine.packages.join(' ');
    console.log(`${engine.label} is missing: installing Debian packages ${pkgs} ...`);
    try {
      execFileSync('sh', ['-c', `apt-get update -qq && apt-get install -y -qq ${pkgs}`], {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    } catch {
      // reported below as still missing
    }
    missing = missingOf(engine);
    if (!missing.length) return null;
  }
  const hint = (n) =>
    !n.env ? '' : process.env[n.env] ? ` (from ${n.env})` : ` (or set ${n.env})`;
  const paths = missing.map((n) => n.path + hint(n)).join(', ');
  return (
    `${engine.label} is not installed: missing ${paths}.\n` +
    `  Debian/Ubuntu: sudo apt-get install -y ${engine.packages.join(' ')}`
  );
}

let current = null;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    // `timeout` runs in its own process group: pass the signal on so it stops the whole run
    current?.kill('SIGTERM');
    process.exit(130);
  });
}

function runEngine(name, engine, wtrArgs, countFile, skippedFile, failedFile) {
  const wtr = [process.execPath, wtrBin, '--config', engine.config, ...wtrArgs];
  const display = engine.display
    ? ['xvfb-run', '-a', '-s', '-screen 0 1920x1080x24 -nolisten tcp', ...wtr]
    : wtr;
  const command = ['timeout', '-k', '15', String(engineTimeout), ...display];
  const started = Date.now();
  return new Promise((resolve) => {
    current = spawn(command[0], command.slice(1), {
      cwd: root,
      stdio: 'inherit',
      env: {
        ...process.env,
        HD_COUNT_FILE: countFile,
        HD_SKIPPED_FILE: skippedFile,
        HD_FAILED_FILE: failedFile,
      },
    });
    current.on('close', (code, signal) => {
      current = null;
      resolve({ code: code ?? 1, signal, seconds: (Date.now() - started) / 1000 });
    });
  });
}

const readLines = (file) =>
  existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];

/** Reads the count reporter's line `N passed, N failed[, N skipped]` and the tests' names. */
function readCounts(countFile, skippedFile, failedFile) {
  if (!existsSync(countFile)) return null;
  const line = readFileSync(countFile, 'utf8').trim();
  const m = /^(\d+) passed, (\d+) failed(?:, (\d+) skipped)?/.exec(line);
  if (!m) return null;
  return {
    line,
    passed: Number(m[1]),
    failed: Number(m[2]),
    skipped: Number(m[3] ?? 0),
    skippedTitles: readLines(skippedFile),
    failedTitles: readLines(failedFile),
  };
}

const { engines, wtrArgs } = parseArgs(process.argv.slice(2));
const tmp = mkdtempSync(join(tmpdir(), 'hd-test-all-'));
const results = [];
for (const name of engines) {
  const engine = ENGINES[name];
  const problem = ensureEngine(engine);
  if (problem) {
    console.error(`\n${problem}`);
    results.push({ name, engine, missing: problem });
    continue;
  }
  console.log(`\n=== ${engine.label}: wtr --config ${engine.config} ${wtrArgs.join(' ')}`);
  const countFile = join(tmp, `${name}.count`);
  const skippedFile = join(tmp, `${name}.skipped`);
  const failedFile = join(tmp, `${name}.failed`);
  const run = await runEngine(name, engine, wtrArgs, countFile, skippedFile, failedFile);
  results.push({ name, engine, run, counts: readCounts(countFile, skippedFile, failedFile) });
}
rmSync(tmp, { recursive: true, force: true });

let passed = 0;
let failed = 0;
const lines = ['', 'Engines:'];
const skipLines = [];
const failLines = [];
for (const { name, engine, missing, run, counts } of results) {
  const label = `  ${name.padEnd(9)}`;
  if (missing) {
    failed += 1; // a missing engine is a failure, visible in the closing line
    lines.push(`${label}MISSING: sudo apt-get install -y ${engine.packages.join(' ')}`);
    continue;
  }
  const time = `${run.seconds.toFixed(1)} s`;
  if (!counts) {
    failed += 1;
    const why = run.code === 124 ? `timed out after ${engineTimeout} s` : `exit ${run.code}`;
    lines.push(`${label}no result (${why}, ${time})`);
    continue;
  }
  passed += counts.passed;
  failed += counts.failed;
  // wtr failed although every test passed (e.g. a timeout or a browser crash): count it
  if (run.code !== 0 && counts.failed === 0) failed += 1;
  const exit = run.code !== 0 ? `, exit ${run.code}` : '';
  lines.push(`${label}${counts.line} (${time}${exit})`);
  skipLines.push(`  ${name}: ${counts.skipped}`);
  for (const title of counts.skippedTitles) skipLines.push(`    - ${title}`);
  for (const title of counts.failedTitles) failLines.push(`  ${name}: ${title}`);
}
console.log(lines.join('\n'));
console.log(`Feature-test skips:\n${skipLines.join('\n') || '  none'}`);
if (failLines.length) console.log(`Failed tests:\n${failLines.join('\n')}`);

const closing = `${passed} passed, ${failed} failed`;
if (process.env.HD_COUNT_FILE) writeFileSync(process.env.HD_COUNT_FILE, closing + '\n');
if (process.env.HD_FAILED_FILE) {
  writeFileSync(process.env.HD_FAILED_FILE, failLines.map((l) => l.trim() + '\n').join(''));
}
console.log(`\n${closing}`);
const ok =
  failed === 0 && results.every((r) => !r.missing && r.counts && r.run.code === 0) && passed > 0;
process.exit(ok ? 0 : 1);
