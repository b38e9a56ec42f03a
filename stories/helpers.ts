/**
 * Story helpers: where a story's data comes from, and the latency / failure controls.
 *
 * The global `withData` decorator (.storybook/data.ts) reads `parameters.hd` and wraps the story
 * in `<hd-provider>` with the adapter it asks for. Stories opt in:
 *
 * ```ts
 * export const Slow: Story = {
 *   parameters: memoryParams({ latencyMs: 1200 }),        // memory adapter, in the page
 * };
 * export const OverRest: Story = {
 *   ...dataControls({ latencyMs: 300, failureRate: 0.2 }), // latency / failure controls
 *   parameters: mswParams(),                              // REST adapter → msw → mock backend
 * };
 * ```
 *
 * Story args `latencyMs` and `failureRate` (see {@link dataControls}) override the options, and
 * changing them in the Controls panel rebuilds the adapter / msw handlers live. Stories that
 * build their own adapter can use {@link memoryAdapter} directly; stories without
 * `parameters.hd` are rendered as they are (no provider), e.g. "No adapter" stories.
 */
import type { HttpHandler } from 'msw';
import type { ArgTypes } from '@storybook/web-components-vite';
import { createMemoryAdapter, type MemoryAdapter } from '../src/adapter/memory/index.js';
import type { MockBackendOptions } from '../src/mocks/handlers.js';
import { createDemoData, type DemoData } from '../src/mocks/demo-data.js';
import type { Flags } from '../src/model/flags.js';

/**
 * Data options of both sources: the mock backend's options (the memory adapter ignores the
 * HTTP-only ones: `csrfToken`, `sseRetryMs`, `eventBufferSize`). The API root is per story.
 */
export type StoryDataOptions = Omit<MockBackendOptions, 'adapter' | 'baseUrl' | 'data'> & {
  /**
   * The data set, or a function making it when the story is shown — e.g.
   * `() => createDemoData({ now: Date.now() })` for times relative to now. A function also keeps
   * the (large) data out of the parameters Storybook sends to the manager.
   */
  data?: DemoData | (() => DemoData);
};

/** The data set of the options: the function called, or the demo data by default. */
export function resolveData(options: StoryDataOptions = {}): DemoData {
  const { data } = options;
  return typeof data === 'function' ? data() : (data ?? createDemoData());
}

/** `parameters.hd`: read by the global `withData` decorator. */
export interface HdStoryParameters {
  /** `memory`: a memory adapter in the page. `msw`: the REST adapter against msw handlers. */
  source: 'memory' | 'msw';
  options?: StoryDataOptions;
  /** msw only: extra handlers, matched before the mock backend's (see {@link mswParams}). */
  handlers?: HttpHandler[] | ((baseUrl: string) => HttpHandler[]);
  /** Provider flags. Default `{ agentInbox: true }` (the inbox is on in every story). */
  flags?: Partial<Flags>;
}

/** The args {@link dataControls} adds; the decorator reads them. */
export interface DataArgs {
  /** Delay of every adapter call / mocked response in ms. */
  latencyMs?: number;
  /** Share (0..1) of calls that fail with "unavailable". */
  failureRate?: number;
}

/** `parameters` for a story whose data comes from a memory adapter (through `<hd-provider>`). */
export function memoryParams(
  options: StoryDataOptions = {},
  flags?: Partial<Flags>,
): { hd: HdStoryParameters } {
  return { hd: { source: 'memory', options, flags } };
}

/**
 * `parameters` for a story whose data comes over HTTP: a REST adapter → msw (service worker) →
 * the story's own mock backend (`createMockBackend(options)`), mounted at `sb-api/<story-id>`
 * next to iframe.html, so a docs page can show several such stories side by side.
 *
 * `handlers` override single endpoints and win over the mock backend; pass a function to get the
 * story's API root:
 * ```ts
 * parameters: mswParams({}, (api) => [
 *   http.get(`${api}/tickets/:id/context`, () => HttpResponse.json({}, { status: 500 })),
 * ]),
 * ```
 */
export function mswParams(
  options: StoryDataOptions = {},
  handlers?: HttpHandler[] | ((baseUrl: string) => HttpHandler[]),
  flags?: Partial<Flags>,
): { hd: HdStoryParameters } {
  return { hd: { source: 'msw', options, handlers, flags } };
}

/** argTypes of the latency / failure controls. */
export const dataArgTypes: Partial<ArgTypes<DataArgs>> = {
  latencyMs: {
    name: 'latencyMs',
    description: 'Delay of every adapter call or mocked HTTP response (ms)',
    control: { type: 'range', min: 0, max: 5000, step: 50 },
    table: { category: 'Data (story only)' },
  },
  failureRate: {
    name: 'failureRate',
    description: 'Share of calls that fail with "unavailable" (0 = none, 1 = all)',
    control: { type: 'range', min: 0, max: 1, step: 0.05 },
    table: { category: 'Data (story only)' },
  },
};

/** `{args, argTypes}` to spread into a story or meta: live latency and failure controls. */
export function dataControls(initial: DataArgs = {}): {
  args: DataArgs;
  argTypes: Partial<ArgTypes<DataArgs>>;
} {
  return { args: { latencyMs: 0, failureRate: 0, ...initial }, argTypes: dataArgTypes };
}

/** Options with a story's `latencyMs` / `failureRate` args laid over them. */
export function withDataArgs(
  options: StoryDataOptions = {},
  args: DataArgs = {},
): StoryDataOptions {
  const next = { ...options };
  if (typeof args.latencyMs === 'number') next.latencyMs = args.latencyMs;
  if (typeof args.failureRate === 'number') next.failureRate = args.failureRate;
  return next;
}

/**
 * A memory adapter over the demo data with the same options the mock backend takes
 * (`failureRate`, `emailAccountConfigured`, `liveFeedMs`... included).
 */
export function memoryAdapter(options: StoryDataOptions = {}): MemoryAdapter {
  let data = resolveData(options);
  if (options.emailAccountConfigured !== undefined) {
    data = {
      ...data,
      tenant: { ...data.tenant, emailAccountConfigured: options.emailAccountConfigured },
    };
  }
  const failures = [
    ...(options.failures ? [options.failures].flat() : []),
    ...(options.failureRate ? [{ rate: options.failureRate }] : []),
  ];
  const adapter = createMemoryAdapter({
    data,
    latencyMs: options.latencyMs,
    failures: failures.length ? failures : undefined,
    seed: options.seed,
    now: options.now,
    remoteSession: options.remoteSession,
  });
  if (options.liveFeedMs) adapter.startLiveFeed({ intervalMs: options.liveFeedMs });
  return adapter;
}
