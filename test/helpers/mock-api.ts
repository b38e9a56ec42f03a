import { setupWorker, type SetupWorker } from 'msw/browser';
import type { RequestHandler } from 'msw';
import {
  createMockBackend,
  type MockBackend,
  type MockBackendOptions,
} from '../../src/mocks/index.js';

let worker: SetupWorker | undefined;
let starting: Promise<SetupWorker> | undefined;
const backends = new Set<MockBackend>();

/**
 * Waits until msw can start without reloading the page. msw reloads a page that is not
 * controlled by its worker while a worker registration exists; with several test files in
 * parallel that happens when this page loaded while another page was (un)registering the
 * worker. Wait for the registration to claim this page or to go away instead.
 */
export async function settleServiceWorker(timeoutMs = 5000): Promise<void> {
  const sw = navigator.serviceWorker;
  const deadline = performance.now() + timeoutMs;
  while (!sw.controller && performance.now() < deadline) {
    if ((await sw.getRegistrations()).length === 0) return;
    await new Promise((resolve) => {
      const timer = setTimeout(resolve, 50);
      sw.addEventListener('controllerchange', () => resolve(clearTimeout(timer)), { once: true });
    });
  }
}

/** The page's msw worker (started once per test file, served at /mockServiceWorker.js). */
export function mockWorker(): Promise<SetupWorker> {
  starting ??= (async () => {
    await settleServiceWorker();
    worker = setupWorker();
    await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
    return worker;
  })();
  return starting;
}

/**
 * Serves a fresh mock backend (replacing the previous one's handlers) and returns it.
 * `extra` handlers take precedence over the backend's.
 */
export async function serveBackend(
  options: MockBackendOptions = {},
  ...extra: RequestHandler[]
): Promise<MockBackend> {
  const w = await mockWorker();
  const backend = createMockBackend(options);
  backends.add(backend);
  w.resetHandlers(...extra, ...backend.handlers);
  return backend;
}

/** Disposes every backend served so far (call in afterEach). */
export function disposeBackends(): void {
  for (const backend of backends) backend.dispose();
  backends.clear();
}
