// Writes dist/themes.css from src/tokens/themes.ts (the single source of the tokens).
import { build } from 'vite';
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const out = resolve('node_modules/.cache/hd-themes');
rmSync(out, { recursive: true, force: true });
await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    outDir: out,
    minify: false,
    lib: { entry: resolve('src/tokens/themes.ts'), formats: ['es'], fileName: () => 'themes.js' },
  },
});
const { themesCss } = await import(pathToFileURL(resolve(out, 'themes.js')).href);
mkdirSync('dist', { recursive: true });
writeFileSync('dist/themes.css', themesCss);
console.log(`dist/themes.css: ${themesCss.length} bytes`);
