// Bundle budget (issue: performance). Prints gzip sizes of the CDN bundle and of each element
// entry bundled *with its dependencies* (lit, floating-ui, DOMPurify inlined), and fails when a
// budget is exceeded. Run after `npm run build`.
import { build } from 'vite';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';

const KB = 1024;
const budgets = { cdn: 60 * KB, inbox: 35 * KB };
const cdnPath = 'dist/cdn/hd-cockpit.js';
if (!existsSync(cdnPath)) {
  console.error(`${cdnPath} is missing: run \`npm run build\` first.`);
  process.exit(1);
}

const gz = (code) => gzipSync(code, { level: 9 }).length;
const fmt = (n) => `${(n / KB).toFixed(1)} KB`;

async function bundled(entry) {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry: resolve(entry), formats: ['es'], fileName: () => 'out.js' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  return outputs
    .filter((o) => o.type === 'chunk')
    .map((o) => o.code)
    .join('\n');
}

const rows = [['cdn (dist/cdn/hd-cockpit.js, everything)', gz(readFileSync(cdnPath)), budgets.cdn]];
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
  rows.push([`${name} (with its dependencies)`, gz(await bundled(entry)), budgets[name]]);
}

let over = 0;
for (const [name, size, budget] of rows) {
  const verdict = budget
    ? size <= budget
      ? `ok (budget ${fmt(budget)})`
      : `OVER budget ${fmt(budget)}`
    : '';
  if (budget && size > budget) over++;
  console.log(`${name.padEnd(48)} ${fmt(size).padStart(9)} gzip  ${verdict}`);
}
if (over) {
  console.error(`${over} bundle(s) over budget`);
  process.exit(1);
}
