// The scratch app's Vite config: the one docs/frameworks.md shows (extracted to samples/), plus
// the pages to build.
import { mergeConfig } from 'vite';
import { readFileSync } from 'node:fs';
import docsConfig from './samples/frameworks-vite-config.ts';

const pages: Record<string, string> = JSON.parse(readFileSync('pages.json', 'utf8'));

export default mergeConfig(docsConfig, {
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    target: 'es2022',
    chunkSizeWarningLimit: 5000,
    rollupOptions: { input: pages },
  },
});
