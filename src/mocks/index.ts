/**
 * `hd-cockpit/mocks`: the demo data generator and the hd-cockpit REST API (docs/rest-api.yaml)
 * mocked with msw, for Storybook, the demo page and tests.
 */
export * from './demo-data.js';
export {
  createHandlers,
  createMockBackend,
  DEMO_CSRF_TOKEN,
  type MockBackend,
  type MockBackendOptions,
  type MockEventStream,
} from './handlers.js';
export { startMockApi, type MockApi, type StartMockApiOptions } from './browser.js';
