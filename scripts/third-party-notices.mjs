// Writes docs/third-party-notices.md: the licence of every package the CDN bundle
// (dist/cdn/hd-cockpit.js) inlines, at the installed version. Part of `npm run build`, so the
// file follows dependency updates; the bundle's one-line banner points to it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const BUNDLED = [
  'lit',
  'lit-html',
  'lit-element',
  '@lit/reactive-element',
  '@lit/context',
  '@lit/task',
  '@floating-ui/core',
  '@floating-ui/dom',
  '@floating-ui/utils',
  'dompurify',
];
const parts = BUNDLED.map((name) => {
  const dir = join('node_modules', name); // not every package exports its package.json
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const text = readFileSync(join(dir, 'LICENSE'), 'utf8').trim();
  return `## ${name} ${pkg.version} (${pkg.license})\n\n\`\`\`text\n${text}\n\`\`\`\n`;
});
writeFileSync(
  'docs/third-party-notices.md',
  '# Third-party notices\n\n' +
    'The self-contained CDN bundle `dist/cdn/hd-cockpit.js` includes the packages below; their\n' +
    'licences follow. (The npm library build keeps them as dependencies instead.)\n\n' +
    parts.join('\n'),
);
