/**
 * Storybook for designers and host developers (set up by hand; see README "Storybook").
 * Build: `npm run build-storybook` (writes storybook-static/); the CI check
 * `node scripts/check-stories.mjs` opens every story in every theme in headless Chromium.
 */
import type { StorybookConfig } from '@storybook/web-components-vite';

// Telemetry off here and via STORYBOOK_DISABLE_TELEMETRY=1: on a closed network every build
// would otherwise wait for the telemetry request to time out.
process.env.STORYBOOK_DISABLE_TELEMETRY ??= '1';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // public/ holds mockServiceWorker.js: served at /mockServiceWorker.js, the scope of iframe.html
  staticDirs: ['../public'],
  docs: { defaultName: 'Docs' },
  // the preview bundles every element, msw and axe: big chunks are expected here
  viteFinal: (vite) => ({ ...vite, build: { ...vite.build, chunkSizeWarningLimit: 4000 } }),
};

export default config;
