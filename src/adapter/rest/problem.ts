import { ADAPTER_ERROR_CODES, AdapterError, type AdapterErrorCode } from '../types.js';

/**
 * RFC 9457 problem details as the hd-cockpit REST API sends them (`application/problem+json`).
 * `code` maps 1:1 to `AdapterError` codes; see docs/rest-api.yaml.
 */
export interface Problem {
  /** A URI identifying the problem type: `urn:hd-cockpit:problem:<code>`. */
  type: string;
  /** Short summary; shown to agents when `detail` is absent. */
  title: string;
  status: number;
  /** The message shown to agents verbatim. */
  detail?: string;
  instance?: string;
  code: AdapterErrorCode;
}

/** The HTTP status each error code is sent with. */
export const PROBLEM_STATUS: Readonly<Record<AdapterErrorCode, number>> = {
  validation: 400,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  no_email_account: 422,
  no_contact_email: 422,
  dispatch_failed: 502,
  unavailable: 503,
  network: 504,
};

/** The `title` of each problem type (RFC 9457: the same for every occurrence of a type). */
export const PROBLEM_TITLE: Readonly<Record<AdapterErrorCode, string>> = {
  validation: 'Invalid request',
  forbidden: 'Forbidden',
  not_found: 'Not found',
  conflict: 'Conflict',
  no_email_account: 'No email account is configured',
  no_contact_email: 'The contact has no email address',
  dispatch_failed: 'The message could not be delivered',
  unavailable: 'Service unavailable',
  network: 'Upstream timeout',
};

/** The problem `type` URI of a code. */
export function problemType(code: AdapterErrorCode): string {
  return `urn:hd-cockpit:problem:${code}`;
}

/** Builds the problem body for an error (used by the msw mock backend). */
export function problemFor(code: AdapterErrorCode, detail: string, instance?: string): Problem {
  const problem: Problem = {
    type: problemType(code),
    title: PROBLEM_TITLE[code],
    status: PROBLEM_STATUS[code],
    code,
  };
  if (detail) problem.detail = detail;
  if (instance) problem.instance = instance;
  return problem;
}

function isErrorCode(value: unknown): value is AdapterErrorCode {
  return typeof value === 'string' && (ADAPTER_ERROR_CODES as readonly string[]).includes(value);
}

/** The code for an HTTP status when the body carries none (a proxy page, a bare 500 ...). */
export function codeForStatus(status: number): AdapterErrorCode {
  if (status === 401 || status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'not_found';
  if (status === 409 || status === 412) return 'conflict';
  if (status === 408 || status === 504) return 'network';
  if (status >= 400 && status < 500 && status !== 429) return 'validation';
  return 'unavailable';
}

/**
 * Maps a failed HTTP response body (parsed JSON or `undefined`) to an `AdapterError`, keeping
 * the server's `detail` (or `title`) as the message agents see.
 */
export function errorFromResponse(
  status: number,
  statusText: string,
  body: unknown,
  cause?: unknown,
): AdapterError {
  const p = (body && typeof body === 'object' ? body : {}) as Partial<Record<string, unknown>>;
  const code = isErrorCode(p.code) ? p.code : codeForStatus(status);
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v : undefined);
  const message =
    text(p.detail) ??
    text(p.title) ??
    text(p.message) ??
    `The server answered ${status}${statusText ? ` ${statusText}` : ''}`;
  return new AdapterError(code, message, cause ?? body);
}
