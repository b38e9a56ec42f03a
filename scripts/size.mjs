// Bundle budget (issue 8). Prints gzip sizes (level 9) of the CDN bundle and of each element
// entry bundled *with its dependencies*, and fails when a budget is exceeded. Run after
// `npm run build`.
//
// How an entry is measured: as a host's production build would ship it, i.e. minified the way the
// CDN bundle is. Each entry is built with the CDN config of vite.config.ts (mode `cdn`: lit & co
// inlined in their production builds, whitespace minified too, the CSS/HTML in lit templates
// minified by scripts/vite-minify-lit.ts) with only the library entry swapped, and the code the
// entry loads up front is counted: its chunk plus the chunks it imports statically. Chunks
// loaded on demand with `import()` (the German table) are not part of the entry's first load;
// they are printed on their own lines. The npm library build itself stays unminified ESM, and a
// host's bundler minifies it; measuring that unminified text would count whitespace and comments
// no browser receives (docs/decisions.md, Package). The budgets themselves are the issue's and
// are not changed here.
import { build } from 'vite';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';

const KB = 1024;
const budgets = { cdn: 60 * KB, inbox: 35 * KB };
// A missed budget is not hidden: it is printed as OVER on every run. While the CDN bundle is over
// its 60 KB target (issue 8 stays open until it is met), CI enforces this ceiling instead, so
// the bundle cannot grow unnoticed: lower it whenever the bundle shrinks; raise it only for a
// user-facing fix, with the reason recorded in docs/performance.md ("Bundle budget").
const ceilings = { cdn: 83.8 * KB };
const cdnPath = 'dist/cdn/hd-cockpit.js';
const cdnGerman = 'dist/cdn/hd-cockpit-de.js';
if (!existsSync(cdnPath)) {
  console.error(`${cdnPath} is missing: run \`npm run build\` first.`);
  process.exit(1);
}

const gz = (code) => gzipSync(code, { level: 9 }).length;
const fmt = (n) => `${(n / KB).toFixed(1)} KB`;

/** `entry` built like the CDN bundle: { first: code loaded up front, lazy: [name, code][] }. */
async function bundled(entry) {
  const result = await build({
    configFile: resolve('vite.config.ts'),
    mode: 'cdn',
    logLevel: 'silent',
    build: {
      write: false,
      sourcemap: false,
      lib: { entry: resolve(entry), fileName: () => 'entry.js' },
    },
  });
  const chunks = (Array.isArray(result) ? result : [result])
    .flatMap((r) => r.output)
    .filter((o) => o.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const first = new Set();
  const visit = (chunk) => {
    if (first.has(chunk)) return;
    first.add(chunk);
    for (const name of chunk.imports) visit(byName.get(name));
  };
  chunks.filter((c) => c.isEntry).forEach(visit);
  return {
    first: [...first].map((c) => c.code).join('\n'),
    lazy: chunks.filter((c) => !first.has(c)).map((c) => [c.fileName, c.code]),
  };
}

const rows = [
  [
    'cdn (dist/cdn/hd-cockpit.js, everything)',
    gz(readFileSync(cdnPath)),
    budgets.cdn,
    ceilings.cdn,
  ],
];
if (existsSync(cdnGerman)) {
  rows.push(['  + hd-cockpit-de.js (German, on demand)', gz(readFileSync(cdnGerman))]);
}
const perEntry = {
  inbox: 'src/components/inbox/define.ts',
  'ticket-peek': 'src/components/ticket-peek/define.ts',
  composer: 'src/components/composer/define.ts',
  'customer-history': 'src/components/customer-history/define.ts',
  provider: 'src/components/provider/define.ts',
  'adapters/rest': 'src/adapter/rest/index.ts',
};
for (const [name, entry] of Object.entries(perEntry)) {
  if (!existsSync(entry)) continue;
  const { first, lazy } = await bundled(entry);
  rows.push([`${name} (with its dependencies)`, gz(first), budgets[name]]);
  for (const [file, code] of lazy) rows.push([`  + ${file} (on demand)`, gz(code)]);
}

let over = 0;
let missed = 0;
for (const [name, size, budget, ceiling] of rows) {
  let verdict = '';
  if (budget && size <= budget) verdict = `ok (budget ${fmt(budget)})`;
  else if (budget && ceiling && size <= ceiling) {
    verdict = `OVER budget ${fmt(budget)} (target missed; CI ceiling ${fmt(ceiling)})`;
    missed++;
  } else if (budget) {
    verdict = `OVER budget ${fmt(budget)}${ceiling ? ` and over the CI ceiling ${fmt(ceiling)}` : ''}`;
    over++;
  }
  console.log(`${name.padEnd(48)} ${fmt(size).padStart(9)} gzip  ${verdict}`);
}
if (missed) console.log(`${missed} bundle(s) over target but within their CI ceiling`);
if (over) {
  console.error(`${over} bundle(s) over budget`);
  process.exit(1);
}
