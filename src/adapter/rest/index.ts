import {
  AdapterError,
  type ActionContext,
  type Agent,
  type AssistRequest,
  type CustomerHistory,
  type HelpdeskAdapter,
  type Macro,
  type Note,
  type OutgoingMessage,
  type Page,
  type RemoteSession,
  type SavedView,
  type ThreadItem,
  type ThreadPage,
  type Ticket,
  type TicketContext,
  type TicketSummary,
  type TimeInfo,
} from '../types.js';
import { createEventStream, type ReconnectOptions } from './events.js';
import { createHttpClient, type CsrfTokenSource, type RequestOptions } from './http.js';

export { CSRF_HEADER } from './http.js';
export type { CsrfTokenSource } from './http.js';
export type { ReconnectOptions } from './events.js';
export { EVENT_TYPES } from './events.js';
export {
  PROBLEM_STATUS,
  PROBLEM_TITLE,
  codeForStatus,
  errorFromResponse,
  problemFor,
  problemType,
  type Problem,
} from './problem.js';

/** Optional adapter methods a backend may not offer; listed ones are left off the adapter. */
export type OptionalRestMethod =
  | 'assist'
  | 'listMacros'
  | 'listSavedViews'
  | 'saveView'
  | 'deleteView'
  | 'toggleTimer'
  | 'subscribe';

interface RestAdapterBaseOptions {
  /**
   * Root of the REST API, absolute (`https://helpdesk.example.com/api`) or relative to the
   * page (`/api`). Its origin is the only one that ever receives the CSRF token.
   */
  baseUrl: string;
  /** Extra headers for every request (e.g. `Authorization`); may be a (async) function. */
  headers?: HeadersInit | (() => HeadersInit | Promise<HeadersInit>);
  /** Replaces `fetch` (called with one `Request`); handy for logging, tests or retries. */
  fetch?: (request: Request) => Promise<Response>;
  /** `fetch` credentials mode. Default `same-origin`; use `include` for a cross-origin API with cookies. */
  credentials?: RequestCredentials;
  /** Abort a request that takes longer, rejecting with `AdapterError('network')`. Default 30000; 0 = none. */
  timeoutMs?: number;
  /** Back-off of the event stream's own reconnects (see `subscribe`). */
  reconnect?: ReconnectOptions;
  /** EventSource implementation (default: the global one; without one `subscribe` is left off). */
  EventSource?: typeof EventSource;
  /** Optional capabilities the backend does not offer; the UI hides what is absent. */
  disable?: OptionalRestMethod[];
}

/** Options of `createRestAdapter`: the CSRF token either as a value or as a (async) getter. */
export type RestAdapterOptions = RestAdapterBaseOptions &
  (
    | { csrfToken: string; getCsrfToken?: never }
    | { getCsrfToken: CsrfTokenSource; csrfToken?: never }
  );

/**
 * An id as one path segment. Empty, `.` and `..` would not stay one segment (`/tickets/..`
 * resolves to the API root), so they are refused before any request.
 */
function enc(id: string): string {
  const value = String(id ?? '');
  if (value === '' || value === '.' || value === '..') {
    throw new AdapterError('validation', `Invalid id: "${value}".`);
  }
  return encodeURIComponent(value);
}

function isFile(value: unknown): value is Blob {
  return typeof Blob !== 'undefined' && value instanceof Blob;
}

/** JSON for metadata-only attachments, multipart/form-data when `File`s are given. */
function messageBody(message: OutgoingMessage): Pick<RequestOptions, 'json' | 'form'> {
  const attachments = (message.attachments ?? []) as unknown[];
  const files = attachments.filter(isFile);
  if (files.length === 0) return { json: { body: message.body, attachments } };
  if (files.length !== attachments.length) {
    throw new AdapterError('validation', 'Attachments must be all files or all already uploaded.');
  }
  const form = new FormData();
  form.append('body', message.body);
  for (const file of files) form.append('attachments', file, (file as File).name ?? 'attachment');
  return { form };
}

/**
 * A `HelpdeskAdapter` over the hd-cockpit REST API (docs/rest-api.yaml).
 *
 * ```ts
 * const adapter = createRestAdapter({ baseUrl: '/api', csrfToken: meta('csrf-token') });
 * document.querySelector('hd-provider').adapter = adapter;
 * ```
 *
 * Every failure rejects with an `AdapterError` whose message is the server's problem `detail`
 * (or `title`); aborted reads reject with an `AbortError`.
 */
export function createRestAdapter(options: RestAdapterOptions): HelpdeskAdapter {
  if (!options || typeof options.baseUrl !== 'string') {
    throw new TypeError('createRestAdapter: `baseUrl` is required');
  }
  const { csrfToken, getCsrfToken } = options as {
    csrfToken?: string;
    getCsrfToken?: CsrfTokenSource;
  };
  if (typeof csrfToken !== 'string' && typeof getCsrfToken !== 'function') {
    throw new TypeError('createRestAdapter: pass `csrfToken` or `getCsrfToken`');
  }
  const http = createHttpClient({
    baseUrl: options.baseUrl,
    getCsrfToken: getCsrfToken ?? (() => csrfToken),
    headers: options.headers,
    fetch: options.fetch,
    credentials: options.credentials,
    timeoutMs: options.timeoutMs,
  });
  const { request } = http;

  const adapter: HelpdeskAdapter = {
    me: (opts) => request<Agent>('GET', '/me', opts),
    listAgents: (opts) => request<Agent[]>('GET', '/agents', opts),
    listTickets: (query, opts) =>
      request<Page<TicketSummary>>('GET', '/tickets', {
        ...opts,
        query: { view: query.view, page: query.page, pageSize: query.pageSize },
      }),
    countViews: (views, opts) =>
      request<Record<string, number>>('GET', '/views/counts', { ...opts, query: { view: views } }),
    getTicket: async (id, opts) => request<Ticket>('GET', `/tickets/${enc(id)}`, opts),
    listThread: async (id, opts = {}) =>
      request<ThreadPage>('GET', `/tickets/${enc(id)}/thread`, {
        signal: opts.signal,
        query: { before: opts.before, limit: opts.limit },
      }),
    updateTicket: async (id, patch, ctx) =>
      request<Ticket>('PATCH', `/tickets/${enc(id)}`, { json: patch, ctx }),
    addInternalNote: async (id, note, ctx) =>
      request<{ note: Note; total: number }>('POST', `/tickets/${enc(id)}/notes`, {
        ...messageBody(note),
        ctx,
      }),
    sendReply: async (id, reply, ctx) =>
      request<ThreadItem>('POST', `/tickets/${enc(id)}/replies`, { ...messageBody(reply), ctx }),
    getCustomerHistory: async (customerId, opts) =>
      request<CustomerHistory>('GET', `/customers/${enc(customerId)}/history`, opts),
    getTicketContext: async (id, opts) =>
      request<TicketContext>('GET', `/tickets/${enc(id)}/context`, opts),
    startRemoteSession: async (ticketId, ctx) =>
      request<RemoteSession>('POST', `/tickets/${enc(ticketId)}/remote-sessions`, { ctx }),
    getRemoteSession: async (sessionId, opts) =>
      request<RemoteSession>('GET', `/remote-sessions/${enc(sessionId)}`, opts),
    assist: async (req: AssistRequest, opts) =>
      (await request<{ text: string }>('POST', '/assist', { ...opts, json: req })).text,
    listMacros: (opts) => request<Macro[]>('GET', '/macros', opts),
    listSavedViews: (opts) => request<SavedView[]>('GET', '/saved-views', opts),
    saveView: async (view) =>
      request<SavedView>('PUT', `/saved-views/${enc(view.id)}`, { json: view }),
    deleteView: async (id) => {
      await request<void>('DELETE', `/saved-views/${enc(id)}`);
    },
    toggleTimer: async (ticketId: string, ctx: ActionContext) =>
      request<TimeInfo>('POST', `/tickets/${enc(ticketId)}/timer/toggle`, { ctx }),
  };

  const EventSourceImpl =
    options.EventSource ?? (typeof EventSource === 'undefined' ? undefined : EventSource);
  if (EventSourceImpl) {
    const stream = createEventStream({
      url: http.urlFor('/events'),
      withCredentials: options.credentials === 'include',
      EventSource: EventSourceImpl,
      reconnect: options.reconnect,
    });
    adapter.subscribe = (listener) => stream.subscribe(listener);
  }

  for (const name of options.disable ?? []) delete adapter[name];
  return adapter;
}
