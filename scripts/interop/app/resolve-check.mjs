// Resolves every export of the installed hd-cockpit with Node's own resolver.
/* global URL -- Node global */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const pkg = JSON.parse(readFileSync('node_modules/hd-cockpit/package.json', 'utf8'));
const problems = [];
for (const [subpath, target] of Object.entries(pkg.exports)) {
  const specifier = 'hd-cockpit' + subpath.slice(1);
  try {
    const file = fileURLToPath(import.meta.resolve(specifier));
    if (!existsSync(file)) problems.push(`${specifier} → ${file} does not exist`);
  } catch (err) {
    problems.push(`${specifier}: ${err.message}`);
  }
  if (typeof target === 'object' && target.types) {
    const types = new URL(target.types, import.meta.resolve('hd-cockpit/package.json'));
    if (!existsSync(types)) problems.push(`${specifier} types ${target.types} do not exist`);
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`${Object.keys(pkg.exports).length} exports resolve`);
