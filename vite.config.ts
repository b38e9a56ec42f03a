import { defineConfig } from 'vite';
import { resolve } from 'node:path';

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
};

/** Peer-ish dependencies a host dedupes: kept external in the library build. */
const external = [/^lit(\/|$)/, /^@lit\//, /^@floating-ui\//, /^dompurify$/, /^msw(\/|$)/];

export default defineConfig(({ mode }) => {
  if (mode === 'cdn') {
    // The self-contained CDN bundle: every element, adapters and renderers, lit & co inlined.
    return {
      publicDir: false,
      define: { 'process.env.NODE_ENV': '"production"' },
      build: {
        outDir: 'dist/cdn',
        emptyOutDir: false,
        copyPublicDir: false,
        target: 'es2022',
        minify: true,
        sourcemap: true,
        lib: { entry: resolve('src/index.ts'), formats: ['es'], fileName: () => 'hd-cockpit.js' },
      },
    };
  }
  return {
    server: { port: 5173, strictPort: true },
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      copyPublicDir: false,
      target: 'es2022',
      minify: false,
      sourcemap: true,
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
