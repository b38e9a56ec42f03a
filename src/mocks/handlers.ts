import { http, HttpResponse, sse, type HttpHandler } from 'msw';
import { createMemoryAdapter, type MemoryAdapter } from '../adapter/memory/index.js';
import type {
  Failures,
  Latency,
  MemoryAdapterOptions,
  RemoteSessionScript,
} from '../adapter/memory/index.js';
import {
  AdapterError,
  isAbortError,
  type ActionContext,
  type AdapterEvent,
  type Attachment,
  type OutgoingMessage,
  type SavedView,
  type TicketPatch,
} from '../adapter/types.js';
import { CSRF_HEADER } from '../adapter/rest/http.js';
import { PROBLEM_STATUS, problemFor } from '../adapter/rest/problem.js';
import { createDemoData, type DemoData } from './demo-data.js';

/** The CSRF token the mock expects unless `csrfToken` says otherwise. */
export const DEMO_CSRF_TOKEN = 'demo-csrf-token';

/** Options of {@link createMockBackend} / {@link createHandlers}. */
export interface MockBackendOptions {
  /** Where the API is mounted: a path on the page's origin or an absolute URL. Default `/api`. */
  baseUrl?: string;
  /** The data set (deep-copied). Default `createDemoData()`. */
  data?: DemoData;
  /** Serve an existing memory adapter instead of creating one (`data`, `latencyMs`... are then ignored). */
  adapter?: MemoryAdapter;
  /** Delay of every response: ms, or `[min, max]` with seeded jitter. Default 0. */
  latencyMs?: Latency;
  /** Share of requests (0..1) that fail with 503 `unavailable`, picked by a seeded PRNG. */
  failureRate?: number;
  /** Targeted failures (code, methods, ticket ids), as for the memory adapter. */
  failures?: Failures;
  /** False = the "No email account is configured" tenant: replies fail with 422. Default true. */
  emailAccountConfigured?: boolean;
  /** Expected `X-CSRF-Token` on mutating requests; `null` turns the check off. Default {@link DEMO_CSRF_TOKEN}. */
  csrfToken?: string | null;
  /** Seed of latency jitter and failures. Default 1. */
  seed?: number;
  /** The backend's clock (default: the data's `now`, advancing in real time). */
  now?: MemoryAdapterOptions['now'];
  /** How remote sessions play out (consent delay and outcome). */
  remoteSession?: RemoteSessionScript;
  /** Simulate other people working (customer messages, presence, summaries) every N ms. */
  liveFeedMs?: number;
  /** `retry:` sent to EventSource clients: their reconnect delay after a drop. Default 1000. */
  sseRetryMs?: number;
  /** How many past events the stream keeps for `Last-Event-ID` replays. Default 500. */
  eventBufferSize?: number;
}

/** Test and demo controls of the mocked event stream. */
export interface MockEventStream {
  /** Number of open event-stream connections. */
  readonly connections: number;
  /** Id of the newest event sent (or queued), '' before the first. */
  readonly lastEventId: string;
  /** Ends every open stream with a network error, as a dropped connection would. */
  drop(): void;
  /** Answers the next `count` connection attempts with 503 instead of a stream. */
  failNextConnections(count: number): void;
}

export interface MockBackend {
  /** The msw handlers: pass them to `setupWorker(...)`, `worker.use(...)` or Storybook's `parameters.msw.handlers`. */
  handlers: HttpHandler[];
  /** The memory adapter holding the state (emit events, snapshot data, inspect `calls`). */
  adapter: MemoryAdapter;
  baseUrl: string;
  csrfToken: string | null;
  events: MockEventStream;
  /** Stops timers (live feed, remote sessions) and closes open streams. */
  dispose(): void;
}

type Respond = (request: Request, params: Record<string, string>) => Promise<unknown>;

function problemResponse(error: AdapterError, instance?: string) {
  const problem = problemFor(error.code, error.message, instance);
  return HttpResponse.json(problem, {
    status: PROBLEM_STATUS[error.code],
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

const invalid = (message: string) => new AdapterError('validation', message);

function actionContext(request: Request): ActionContext {
  return {
    origin: (request.headers.get('X-Action-Origin') ?? '') as ActionContext['origin'],
    actorId: request.headers.get('X-Actor-Id') ?? '',
  };
}

async function jsonBody<T>(request: Request): Promise<T> {
  try {
    return (await request.json()) as T;
  } catch {
    throw invalid('The request body must be JSON');
  }
}

/** A reply or note body: JSON `{body, attachments?}` or multipart `body` + `attachments` files. */
async function messageBody(request: Request): Promise<OutgoingMessage> {
  const type = request.headers.get('Content-Type') ?? '';
  if (type.startsWith('multipart/form-data')) {
    const form = await request.formData();
    const body = form.get('body');
    const files = form.getAll('attachments').filter((f): f is File => typeof f !== 'string');
    return { body: typeof body === 'string' ? body : '', attachments: files };
  }
  const json = await jsonBody<{ body?: unknown; attachments?: unknown }>(request);
  if (typeof json?.body !== 'string') throw invalid('"body" must be a string');
  if (json.attachments !== undefined && !Array.isArray(json.attachments)) {
    throw invalid('"attachments" must be an array');
  }
  return { body: json.body, attachments: json.attachments as Attachment[] | undefined };
}

function intParam(url: URL, name: string, required: boolean): number | undefined {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === '') {
    if (required) throw invalid(`Query parameter "${name}" is required`);
    return undefined;
  }
  const value = Number(raw);
  if (!Number.isInteger(value)) throw invalid(`Query parameter "${name}" must be an integer`);
  return value;
}

/**
 * The hd-cockpit REST API (docs/rest-api.yaml) as msw handlers over a memory adapter, so the
 * REST adapter sees exactly the memory adapter's semantics: problem+json errors, CSRF checks,
 * latency and failure injection, the "no email account" tenant and the SSE event stream.
 */
export function createMockBackend(options: MockBackendOptions = {}): MockBackend {
  const baseUrl = (options.baseUrl ?? '/api').replace(/\/+$/, '');
  const csrfToken = options.csrfToken === undefined ? DEMO_CSRF_TOKEN : options.csrfToken;
  const adapter =
    options.adapter ??
    createMemoryAdapter({
      data: withTenant(options.data ?? createDemoData(), options.emailAccountConfigured),
      latencyMs: options.latencyMs,
      seed: options.seed,
      now: options.now,
      remoteSession: options.remoteSession,
      failures: [
        ...(options.failures ? [options.failures].flat() : []),
        ...(options.failureRate ? [{ rate: options.failureRate }] : []),
      ],
    });
  if (options.liveFeedMs) adapter.startLiveFeed({ intervalMs: options.liveFeedMs });

  const stream = createStreamHub(
    adapter,
    options.sseRetryMs ?? 1000,
    options.eventBufferSize ?? 500,
  );

  const route = (
    method: 'get' | 'post' | 'put' | 'patch' | 'delete',
    path: string,
    respond: Respond,
    status = 200,
  ) =>
    http[method](`${baseUrl}${path}`, async ({ request, params }) => {
      const url = new URL(request.url);
      try {
        if (
          method !== 'get' &&
          csrfToken !== null &&
          request.headers.get(CSRF_HEADER) !== csrfToken
        ) {
          throw new AdapterError('forbidden', 'Missing or invalid CSRF token');
        }
        const result = await respond(request, params as Record<string, string>);
        if (result === undefined) return new HttpResponse(null, { status: 204 });
        return HttpResponse.json(result, { status });
      } catch (err) {
        if (isAbortError(err)) return new HttpResponse(null, { status: 499 });
        return problemResponse(AdapterError.from(err), url.pathname);
      }
    });

  const signal = (request: Request) => ({ signal: request.signal });

  const handlers: HttpHandler[] = [
    route('get', '/me', (r) => adapter.me(signal(r))),
    route('get', '/agents', (r) => adapter.listAgents(signal(r))),
    route('get', '/tickets', (r) => {
      const url = new URL(r.url);
      const view = url.searchParams.get('view');
      if (!view) throw invalid('Query parameter "view" is required');
      const page = intParam(url, 'page', true)!;
      const pageSize = intParam(url, 'pageSize', true)!;
      return adapter.listTickets({ view, page, pageSize }, signal(r));
    }),
    route('get', '/views/counts', (r) =>
      adapter.countViews(new URL(r.url).searchParams.getAll('view'), signal(r)),
    ),
    route('get', '/tickets/:ticketId', (r, p) => adapter.getTicket(p.ticketId, signal(r))),
    route('patch', '/tickets/:ticketId', async (r, p) =>
      adapter.updateTicket(p.ticketId, await jsonBody<TicketPatch>(r), actionContext(r)),
    ),
    route('get', '/tickets/:ticketId/thread', (r, p) => {
      const url = new URL(r.url);
      const before = url.searchParams.get('before') ?? undefined;
      return adapter.listThread(p.ticketId, {
        ...signal(r),
        before,
        limit: intParam(url, 'limit', false),
      });
    }),
    route(
      'post',
      '/tickets/:ticketId/notes',
      async (r, p) => adapter.addInternalNote(p.ticketId, await messageBody(r), actionContext(r)),
      201,
    ),
    route(
      'post',
      '/tickets/:ticketId/replies',
      async (r, p) => adapter.sendReply(p.ticketId, await messageBody(r), actionContext(r)),
      201,
    ),
    route('get', '/tickets/:ticketId/context', (r, p) =>
      adapter.getTicketContext(p.ticketId, signal(r)),
    ),
    route(
      'post',
      '/tickets/:ticketId/remote-sessions',
      (r, p) => adapter.startRemoteSession(p.ticketId, actionContext(r)),
      201,
    ),
    route('post', '/tickets/:ticketId/timer/toggle', (r, p) =>
      adapter.toggleTimer(p.ticketId, actionContext(r)),
    ),
    route('get', '/remote-sessions/:sessionId', (r, p) =>
      adapter.getRemoteSession(p.sessionId, signal(r)),
    ),
    route('get', '/customers/:customerId/history', (r, p) =>
      adapter.getCustomerHistory(p.customerId, signal(r)),
    ),
    route('post', '/assist', async (r) => {
      const req = await jsonBody<Parameters<MemoryAdapter['assist']>[0]>(r);
      return { text: await adapter.assist(req, signal(r)) };
    }),
    route('get', '/macros', (r) => adapter.listMacros(signal(r))),
    route('get', '/saved-views', (r) => adapter.listSavedViews(signal(r))),
    route('put', '/saved-views/:viewId', async (r, p) => {
      const view = await jsonBody<SavedView>(r);
      if (view?.id !== undefined && view.id !== p.viewId) {
        throw invalid('The view id in the body differs from the one in the path');
      }
      return adapter.saveView({ ...view, id: p.viewId });
    }),
    route('delete', '/saved-views/:viewId', async (_r, p) => {
      await adapter.deleteView(p.viewId);
      return undefined;
    }),
  ];
  // msw's sse() needs EventSource (absent in Node 20): without it there is no event stream
  if (typeof EventSource !== 'undefined') {
    handlers.push(
      http.get(`${baseUrl}/events`, ({ request }) => stream.refuse(request)),
      sse<Record<AdapterEvent['type'], string>>(`${baseUrl}/events`, ({ client, request }) => {
        stream.connect(client, request);
      }),
    );
  }

  return {
    handlers,
    adapter,
    baseUrl,
    csrfToken,
    events: stream.controls,
    dispose() {
      adapter.dispose();
      stream.dispose();
    },
  };
}

/** The msw handlers of a fresh mock backend (see {@link createMockBackend} for the options). */
export function createHandlers(options: MockBackendOptions = {}): HttpHandler[] {
  return createMockBackend(options).handlers;
}

function withTenant(data: DemoData, emailAccountConfigured: boolean | undefined): DemoData {
  if (emailAccountConfigured === undefined) return data;
  return { ...data, tenant: { ...data.tenant, emailAccountConfigured } };
}

interface StreamClient {
  send(message: { id?: string; event?: string; data?: unknown; retry?: number }): void;
  error(): void;
  close(): void;
}

/**
 * Numbers the memory adapter's events, keeps the newest for `Last-Event-ID` replays and fans
 * them out to every open stream.
 */
function createStreamHub(adapter: MemoryAdapter, retryMs: number, bufferSize: number) {
  const clients = new Set<StreamClient>();
  const buffer: { id: number; event: AdapterEvent }[] = [];
  let nextId = 1;
  let refusals = 0;
  let unsubscribe: (() => void) | undefined;

  const frame = (entry: { id: number; event: AdapterEvent }) => ({
    id: String(entry.id),
    event: entry.event.type,
    data: JSON.stringify(entry.event),
  });

  function listen() {
    unsubscribe ??= adapter.subscribe((event) => {
      const entry = { id: nextId++, event };
      buffer.push(entry);
      if (buffer.length > bufferSize) buffer.shift();
      for (const client of clients) client.send(frame(entry));
    });
  }

  return {
    refuse(request: Request) {
      if (refusals <= 0 || request.headers.get('accept') !== 'text/event-stream') return undefined;
      refusals--;
      return problemResponse(
        new AdapterError('unavailable', 'The event stream is temporarily unavailable'),
        new URL(request.url).pathname,
      );
    },
    connect(client: StreamClient, request: Request) {
      listen();
      const url = new URL(request.url);
      const last = request.headers.get('Last-Event-ID') ?? url.searchParams.get('lastEventId');
      client.send({ retry: retryMs });
      if (last && /^\d+$/.test(last)) {
        for (const entry of buffer) if (entry.id > Number(last)) client.send(frame(entry));
      }
      clients.add(client);
      // msw closes the client when the EventSource goes away (stream cancelled or request
      // aborted): forget it then, so nothing is written to a dead stream.
      const close = client.close.bind(client);
      client.close = () => {
        clients.delete(client);
        close();
      };
    },
    dispose() {
      unsubscribe?.();
      unsubscribe = undefined;
      for (const client of clients) client.close();
      clients.clear();
    },
    controls: {
      get connections() {
        return clients.size;
      },
      get lastEventId() {
        return buffer.length ? String(buffer[buffer.length - 1].id) : '';
      },
      drop() {
        for (const client of [...clients]) client.error();
        clients.clear();
      },
      failNextConnections(count: number) {
        refusals = Math.max(0, count);
      },
    } satisfies MockEventStream,
  };
}
