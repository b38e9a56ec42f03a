import { defineConfig } from 'vite';
import { resolve } from 'node:path';
import { minifyLitTemplates } from './scripts/vite-minify-lit.js';

/** Library entries: output name → source (see the exports map in package.json). */
export const entries: Record<string, string> = {
  index: 'src/index.ts',
  inbox: 'src/components/inbox/define.ts',
  'ticket-peek': 'src/components/ticket-peek/define.ts',
  composer: 'src/components/composer/define.ts',
  'customer-history': 'src/components/customer-history/define.ts',
  provider: 'src/components/provider/define.ts',
  cockpit: 'src/components/cockpit/define.ts',
  'adapters/memory': 'src/adapter/memory/index.ts',
  'adapters/rest': 'src/adapter/rest/index.ts',
  mocks: 'src/mocks/index.ts',
  testing: 'src/testing/index.ts',
  react: 'src/react/index.ts',
  'locales/de': 'src/locales/de.ts',
};

/** The licence notice at the top of the CDN bundle: ours and the bundled libraries'. */
const CDN_NOTICE =
  '/*! hd-cockpit (MIT) bundles lit, @lit/* (BSD-3-Clause), @floating-ui/* (MIT), DOMPurify ' +
  '(Apache-2.0 or MPL-2.0); licence texts: hd-cockpit/docs/third-party-notices.md */';

/**
 * Dependencies and (optional) peers a host dedupes: kept external in the library build. React
 * and msw are optional peers, needed only by `hd-cockpit/react` and `hd-cockpit/mocks`.
 */
const external = [
  /^lit(\/|$)/,
  /^@lit\//,
  /^@floating-ui\//,
  /^dompurify$/,
  /^msw(\/|$)/,
  /^react(-dom)?(\/|$)/,
];

export default defineConfig(({ mode }) => {
  if (mode === 'cdn') {
    // The self-contained CDN bundle: every element, adapters and renderers, lit & co inlined.
    // Size budget: `npm run size`; how it is minified: docs/decisions.md (Package).
    return {
      publicDir: false,
      define: { 'process.env.NODE_ENV': '"production"' },
      // production builds of lit & co whatever NODE_ENV says: never lit's `development` export
      resolve: { conditions: ['module', 'browser', 'production'] },
      plugins: [minifyLitTemplates()],
      build: {
        outDir: 'dist/cdn',
        emptyOutDir: false,
        copyPublicDir: false,
        target: 'es2022',
        minify: true,
        sourcemap: true,
        lib: { entry: resolve('src/index.ts'), formats: ['es'], fileName: () => 'hd-cockpit.js' },
        // Vite keeps whitespace (and pure annotations) in an ES-format library build so a
        // host's bundler can still tree-shake it; the CDN file goes to the browser as is.
        // The German table (an `import()` on first use) becomes a sibling file,
        // hd-cockpit-de.js, imported by a relative URL: a stable name a page can preload.
        rolldownOptions: {
          preserveEntrySignatures: 'allow-extension',
          output: {
            minify: true,
            // the file is final: no bundler downstream needs the tree-shaking hints
            comments: { annotation: false },
            chunkFileNames: 'hd-cockpit-[name].js',
            // the minifier drops the per-file licence headers (lit has one in every module):
            // one notice for everything the file bundles, kept after minification
            postBanner: CDN_NOTICE,
          },
        },
      },
    };
  }
  return {
    server: { port: 5173, strictPort: true },
    // `npm start` pre-bundles what the demo imports; left to itself vite scans every HTML file
    // in the tree (the interop fixtures import files their test run writes, storybook-static)
    // and prints a failed dependency scan on a fresh clone
    optimizeDeps: { entries: ['index.html'] },
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      copyPublicDir: false,
      target: 'es2022',
      minify: false,
      // unminified ESM reads as is; no maps in the package (docs/decisions.md). The CDN bundle
      // (minified) keeps its map, with the sources inlined.
      sourcemap: false,
      lib: {
        entry: Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, resolve(v)])),
        formats: ['es'],
      },
      rollupOptions: {
        external,
        output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  };
});
