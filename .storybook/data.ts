/**
 * Story data: the `withData` decorator and the msw loader.
 *
 * A story opts in with `parameters.hd` (see stories/helpers.ts: `memoryParams()` /
 * `mswParams()`); the decorator then wraps it in `<hd-provider>` with
 * - `source: 'memory'`: a memory adapter over the demo data, made per story;
 * - `source: 'msw'`: the REST adapter against `sb-api/<story-id>` (next to iframe.html),
 *   answered by the msw service worker with the handlers of the story's own mock backend
 *   (`createMockBackend(options)`), below any handlers the story adds (`mswParams(options,
 *   handlers)`).
 * The story's `latencyMs` / `failureRate` args override the options; changing them in the
 * Controls panel rebuilds the adapter (and the msw handlers) and the elements reload. Each mount
 * (opening the story, Storybook's "Remount component") starts from fresh data; a theme or brand
 * switch re-renders over the same data. Stories without `parameters.hd` render as they are (no
 * provider, no adapter).
 */
import { html } from 'lit';
import type { Decorator, Loader, StoryContext } from '@storybook/web-components-vite';
import type { HttpHandler } from 'msw';
import type { SetupWorker } from 'msw/browser';
import { mswLoader } from 'msw-storybook-addon/csf3';
import type { HelpdeskAdapter } from '../src/adapter/types.js';
import type { Flags } from '../src/model/flags.js';
import { createRestAdapter } from '../src/adapter/rest/index.js';
import { createMockBackend, DEMO_CSRF_TOKEN, type MockBackend } from '../src/mocks/handlers.js';
import '../src/components/provider/define.js';
import {
  memoryAdapter,
  resolveData,
  withDataArgs,
  type DataArgs,
  type HdStoryParameters,
} from '../stories/helpers.js';

let worker: SetupWorker | undefined;

/** Starts the msw worker once per preview iframe (the addon calls this lazily). */
async function startWorker(): Promise<SetupWorker> {
  const { setupWorker } = await import('msw/browser');
  const w = setupWorker();
  await w.start({
    quiet: true,
    // Storybook's own files, fonts and images go to the network untouched
    onUnhandledRequest: 'bypass',
    // next to iframe.html (storybook-static/ root, or the sub-folder it is deployed to)
    serviceWorker: { url: new URL('mockServiceWorker.js', document.baseURI).pathname },
  });
  worker = w;
  return w;
}

const addonLoader = mswLoader(startWorker);

function hdParams(context: StoryContext): HdStoryParameters | undefined {
  return context.parameters.hd as HdStoryParameters | undefined;
}

/** `parameters.msw` as msw-storybook-addon accepts it: an array or `{handlers: [] | {}}`. */
function storyHandlers(context: StoryContext): HttpHandler[] {
  const param = context.parameters.msw as
    | HttpHandler[]
    | { handlers?: HttpHandler[] | Record<string, HttpHandler | HttpHandler[]> }
    | undefined;
  if (!param) return [];
  if (Array.isArray(param)) return param;
  const { handlers } = param;
  if (!handlers) return [];
  return (Array.isArray(handlers) ? handlers : Object.values(handlers)).flat().filter(Boolean);
}

const argsKey = (args: DataArgs) => JSON.stringify([args.latencyMs, args.failureRate]);

/**
 * Where a story's mock API lives: one prefix per story, so a docs page can show several; next to
 * iframe.html, inside the service worker's scope wherever Storybook is deployed.
 */
export const mockBaseUrl = (storyId: string) =>
  new URL(`sb-api/${storyId}`, document.baseURI).pathname;

interface StoryMock {
  key: string;
  /** The mount it was made for (see {@link isStale}). */
  signal: AbortSignal;
  backend: MockBackend;
  adapter: HelpdeskAdapter;
  handlers: HttpHandler[];
}
const mocks = new Map<string, StoryMock>();

/** Puts every live story backend (and its extra handlers) into the worker, after a reset. */
function applyMocks(): void {
  if (!worker) return;
  worker.resetHandlers();
  for (const m of mocks.values()) worker.use(...m.handlers);
}

/**
 * True when a story's cached data no longer fits: its data args changed, or the story was
 * mounted anew (a visit, Storybook's "Remount" button): every mount starts from fresh data,
 * re-renders (a theme or brand switch) keep it. Storybook makes a new `abortSignal` per mount.
 */
function isStale(
  entry: { key: string; signal: AbortSignal } | undefined,
  context: StoryContext,
): boolean {
  return (
    !entry ||
    entry.key !== argsKey(context.args as DataArgs) ||
    entry.signal !== context.abortSignal
  );
}

/** The story's mock backend: made on first use, per mount and when its data args change. */
function mockFor(context: StoryContext, hd: HdStoryParameters): StoryMock {
  const key = argsKey(context.args as DataArgs);
  let m = mocks.get(context.id);
  if (isStale(m, context)) {
    m?.backend.dispose();
    const baseUrl = mockBaseUrl(context.id);
    const options = withDataArgs(hd.options, context.args as DataArgs);
    const backend = createMockBackend({ ...options, data: resolveData(options), baseUrl });
    const extra = typeof hd.handlers === 'function' ? hd.handlers(baseUrl) : (hd.handlers ?? []);
    m = {
      key,
      signal: context.abortSignal,
      backend,
      // one use() call keeps this order and the first match wins: the story's handlers first
      handlers: [...extra, ...storyHandlers(context), ...backend.handlers],
      adapter: createRestAdapter({
        baseUrl,
        csrfToken: backend.csrfToken ?? DEMO_CSRF_TOKEN,
      }),
    };
    mocks.set(context.id, m);
    worker?.use(...m.handlers);
  }
  // in the canvas one story is shown at a time: stop the backends left behind
  if (context.viewMode === 'story') {
    for (const [id, other] of mocks) {
      if (id !== context.id) {
        other.backend.dispose();
        mocks.delete(id);
      }
    }
  }
  return m;
}

/**
 * Starts msw when a story needs it (`parameters.hd.source === 'msw'` or `parameters.msw`) — not
 * for memory-only stories — and installs the story's mock backend. The addon's loader resets
 * the handlers on every story render, so the live backends are put back afterwards (a docs page
 * renders several stories, each with its own backend under its own prefix).
 */
export const mswDataLoader: Loader = async (context) => {
  const hd = hdParams(context);
  const wantsMsw = hd?.source === 'msw' || context.parameters.msw !== undefined;
  if (!wantsMsw && !worker) return {};
  await addonLoader(context); // starts the worker once, resets, applies parameters.msw
  if (hd?.source === 'msw') {
    mockFor(context, hd);
    applyMocks();
  }
  return {};
};

const memoryAdapters = new Map<
  string,
  { key: string; signal: AbortSignal; adapter: ReturnType<typeof memoryAdapter> }
>();

function memoryAdapterFor(context: StoryContext, hd: HdStoryParameters) {
  const key = argsKey(context.args as DataArgs);
  let entry = memoryAdapters.get(context.id);
  if (isStale(entry, context)) {
    entry?.adapter.dispose();
    entry = {
      key,
      signal: context.abortSignal,
      adapter: memoryAdapter(withDataArgs(hd.options, context.args as DataArgs)),
    };
    memoryAdapters.set(context.id, entry);
  }
  if (context.viewMode === 'story') {
    for (const [id, other] of memoryAdapters) {
      if (id !== context.id) {
        other.adapter.dispose();
        memoryAdapters.delete(id);
      }
    }
  }
  return entry.adapter;
}

const flagsCache = new Map<string, Partial<Flags>>();
/** The same flags object for the same flags, so re-renders do not re-provide the context. */
function flagsFor(hd: HdStoryParameters): Partial<Flags> {
  const flags = { agentInbox: true, ...hd.flags };
  const key = JSON.stringify(flags);
  if (!flagsCache.has(key)) flagsCache.set(key, flags);
  return flagsCache.get(key)!;
}

/** Wraps stories that ask for data (`parameters.hd`) in `<hd-provider>` with their adapter. */
export const withData: Decorator = (story, context) => {
  const hd = hdParams(context);
  if (!hd) return story();
  const adapter =
    hd.source === 'memory' ? memoryAdapterFor(context, hd) : mockFor(context, hd).adapter;
  return html`<hd-provider .adapter=${adapter} .flags=${flagsFor(hd)}>${story()}</hd-provider>`;
};
