import { AdapterError, type ActionContext } from '../types.js';
import { errorFromResponse } from './problem.js';

/** Methods that change state: they carry the CSRF header (to the configured origin only). */
const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type CsrfTokenSource = () => string | null | undefined | Promise<string | null | undefined>;

export interface HttpClientOptions {
  baseUrl: string;
  getCsrfToken: CsrfTokenSource;
  headers?: HeadersInit | (() => HeadersInit | Promise<HeadersInit>);
  fetch?: (request: Request) => Promise<Response>;
  credentials?: RequestCredentials;
  timeoutMs?: number;
}

export interface RequestOptions {
  query?: Record<string, string | number | readonly string[] | undefined>;
  /** A JSON body. */
  json?: unknown;
  /** A multipart body (attachments given as `File`s). */
  form?: FormData;
  signal?: AbortSignal;
  /** Attribution of a write, sent as `X-Action-Origin` / `X-Actor-Id`. */
  ctx?: ActionContext;
}

export const CSRF_HEADER = 'X-CSRF-Token';

/** Resolves a base URL (absolute, or relative to the page) without its trailing slash. */
export function resolveBaseUrl(baseUrl: string): URL {
  const base =
    typeof document !== 'undefined' && document.baseURI
      ? document.baseURI
      : globalThis.location?.href;
  const url = new URL(baseUrl, base);
  url.pathname = url.pathname.replace(/\/+$/, '');
  url.search = '';
  url.hash = '';
  return url;
}

function abortError(): DOMException {
  return new DOMException('The operation was aborted.', 'AbortError');
}

/**
 * The fetch core of the REST adapter: builds URLs under `baseUrl`, adds the CSRF header to
 * mutating requests whose origin is the configured one (and strips it from everything else),
 * applies the timeout, and maps every failure to an `AdapterError` (aborts stay `AbortError`s).
 */
export function createHttpClient(options: HttpClientOptions) {
  const base = resolveBaseUrl(options.baseUrl);
  const timeoutMs = options.timeoutMs ?? 30_000;
  const doFetch = options.fetch ?? ((request: Request) => fetch(request));

  function urlFor(path: string, query?: RequestOptions['query']): URL {
    const url = new URL(base.href + path);
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value === undefined) continue;
      if (Array.isArray(value)) for (const v of value) url.searchParams.append(key, v);
      else url.searchParams.set(key, String(value));
    }
    return url;
  }

  async function buildHeaders(method: HttpMethod, url: URL, opts: RequestOptions) {
    const extra = typeof options.headers === 'function' ? await options.headers() : options.headers;
    const headers = new Headers(extra);
    headers.set('Accept', 'application/json, application/problem+json');
    if (opts.json !== undefined) headers.set('Content-Type', 'application/json');
    if (opts.ctx) {
      headers.set('X-Action-Origin', opts.ctx.origin);
      headers.set('X-Actor-Id', opts.ctx.actorId);
    }
    // The token goes on writes to the configured origin and nowhere else, whatever `headers` says.
    headers.delete(CSRF_HEADER);
    if (MUTATING.has(method) && url.origin === base.origin) {
      const token = await options.getCsrfToken();
      if (token) headers.set(CSRF_HEADER, token);
    }
    return headers;
  }

  async function request<T>(
    method: HttpMethod,
    path: string,
    opts: RequestOptions = {},
  ): Promise<T> {
    const { signal } = opts;
    if (signal?.aborted) throw abortError();
    const url = urlFor(path, opts.query);
    // a throwing `headers` or `getCsrfToken` still rejects with an AdapterError
    const headers = await buildHeaders(method, url, opts).catch((err: unknown) => {
      throw AdapterError.from(err);
    });
    if (signal?.aborted) throw abortError();

    const controller = new AbortController();
    let timedOut = false;
    const onAbort = () => controller.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    const timer =
      timeoutMs > 0
        ? setTimeout(() => {
            timedOut = true;
            controller.abort();
          }, timeoutMs)
        : undefined;

    const fail = (err: unknown): never => {
      if (err instanceof AdapterError) throw err;
      if (signal?.aborted) throw abortError();
      if (timedOut) {
        throw new AdapterError(
          'network',
          `The server did not answer within ${Math.round(timeoutMs / 100) / 10} s. Try again.`,
          err,
        );
      }
      throw new AdapterError(
        'network',
        'Could not reach the server. Check your connection and try again.',
        err,
      );
    };

    try {
      const body = opts.form ?? (opts.json !== undefined ? JSON.stringify(opts.json) : undefined);
      let response: Response;
      try {
        response = await doFetch(
          new Request(url, {
            method,
            headers,
            body,
            credentials: options.credentials ?? 'same-origin',
            // A write is never forwarded by a redirect: the browser would copy the CSRF header
            // to wherever the redirect points.
            redirect: MUTATING.has(method) ? 'manual' : 'follow',
            signal: controller.signal,
          }),
        );
      } catch (err) {
        return fail(err);
      }
      if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
        throw new AdapterError(
          'unavailable',
          'The server redirected a write request; it was not sent on.',
          response,
        );
      }
      let text: string;
      try {
        text = await response.text();
      } catch (err) {
        return fail(err);
      }
      const type = response.headers.get('Content-Type') ?? '';
      const isJson = /[/+]json\b/i.test(type);
      if (!response.ok) {
        let problem: unknown;
        if (isJson && text) {
          try {
            problem = JSON.parse(text);
          } catch {
            problem = undefined;
          }
        }
        throw errorFromResponse(response.status, response.statusText, problem, problem ?? text);
      }
      if (!text) return undefined as T;
      try {
        return JSON.parse(text) as T;
      } catch (err) {
        throw new AdapterError('unavailable', 'The server sent a response that is not JSON.', err);
      }
    } finally {
      if (timer !== undefined) clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  return { base, request, urlFor };
}

export type HttpClient = ReturnType<typeof createHttpClient>;
