import { http } from 'msw';
import { createValidator, resolvePointer, type Schema, type SchemaIssue } from './json-schema.js';
import { mockWorker } from './mock-api.js';
import { parseYaml } from './yaml.js';

/** The parts of an OpenAPI 3.1 document the contract tests read. */
export interface OpenApiDoc {
  openapi: string;
  paths: Record<string, PathItem>;
  components: { schemas: Record<string, unknown>; [key: string]: unknown };
  [key: string]: unknown;
}

type Ref = { $ref: string };
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Record<string, unknown>;
}
interface MediaType {
  schema?: unknown;
  'x-event-schema'?: unknown;
}
interface ResponseObject {
  description: string;
  content?: Record<string, MediaType>;
}
export interface Operation {
  operationId: string;
  parameters?: (Parameter | Ref)[];
  requestBody?: { required?: boolean; content: Record<string, MediaType> } | Ref;
  responses: Record<string, ResponseObject | Ref>;
  security?: Record<string, string[]>[];
}
type PathItem = { parameters?: (Parameter | Ref)[] } & Partial<Record<Method, Operation>>;
export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export const SPEC_URL = '/docs/rest-api.yaml';

let cached: Promise<OpenApiDoc> | undefined;

/** Loads and parses docs/rest-api.yaml (served by the test runner from the repo root). */
export function loadSpec(): Promise<OpenApiDoc> {
  cached ??= fetch(SPEC_URL).then(async (res) => {
    if (!res.ok) throw new Error(`${SPEC_URL}: HTTP ${res.status}`);
    return parseYaml(await res.text()) as unknown as OpenApiDoc;
  });
  return cached;
}

export interface MatchedOperation {
  method: Method;
  template: string;
  operation: Operation;
  params: Parameter[];
  pathParams: Record<string, string>;
}

export class SpecChecker {
  readonly validator;
  readonly strictValidator;
  constructor(readonly doc: OpenApiDoc) {
    this.validator = createValidator(doc);
    this.strictValidator = createValidator(doc, { strict: true });
  }

  deref<T>(node: T | Ref): T {
    let n: unknown = node;
    while (n && typeof n === 'object' && '$ref' in n) n = resolvePointer(this.doc, (n as Ref).$ref);
    return n as T;
  }

  /** Every operation of the spec. */
  operations(): MatchedOperation[] {
    const list: MatchedOperation[] = [];
    for (const [template, item] of Object.entries(this.doc.paths)) {
      for (const method of ['get', 'post', 'put', 'patch', 'delete'] as Method[]) {
        const operation = item[method];
        if (!operation) continue;
        const params = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map((p) =>
          this.deref<Parameter>(p),
        );
        list.push({ method, template, operation, params, pathParams: {} });
      }
    }
    return list;
  }

  /** The operation serving `method` + `path` (the path below the API's base). */
  match(method: string, path: string): MatchedOperation | undefined {
    const candidates = this.operations().filter((o) => o.method === method.toLowerCase());
    // literal templates win over parameterised ones
    candidates.sort((a, b) => Number(a.template.includes('{')) - Number(b.template.includes('{')));
    for (const op of candidates) {
      const names: string[] = [];
      const pattern = op.template
        .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
        .replace(/\{(\w+)\}/g, (_m, name: string) => {
          names.push(name);
          return '([^/]+)';
        });
      const m = new RegExp(`^${pattern}$`).exec(path);
      if (!m) continue;
      const pathParams: Record<string, string> = {};
      names.forEach((n, i) => (pathParams[n] = decodeURIComponent(m[i + 1])));
      return { ...op, pathParams };
    }
    return undefined;
  }

  /** Checks a request (parameters, CSRF security, body) against its operation. */
  checkRequest(
    op: MatchedOperation,
    url: URL,
    headers: Headers,
    body: unknown,
    contentType: string,
  ): SchemaIssue[] {
    const issues: SchemaIssue[] = [];
    for (const p of op.params) {
      let value: unknown;
      if (p.in === 'header') value = headers.get(p.name) ?? undefined;
      else if (p.in === 'query') {
        const all = url.searchParams.getAll(p.name);
        const type = (this.deref(p.schema ?? {}) as { type?: string }).type;
        value = all.length === 0 ? undefined : type === 'array' ? all : all[0];
        if (typeof value === 'string' && (type === 'integer' || type === 'number'))
          value = Number(value);
      } else if (p.in === 'path') value = op.pathParams[p.name];
      if (value === undefined) {
        if (p.required) issues.push({ path: `${p.in}:${p.name}`, message: 'is required' });
        continue;
      }
      if (p.schema) issues.push(...this.validator.validate(p.schema, value, `${p.in}:${p.name}`));
    }
    const needsCsrf = op.operation.security?.some((s) => 'csrf' in s);
    if (needsCsrf && !headers.get('X-CSRF-Token')) {
      issues.push({ path: 'header:X-CSRF-Token', message: 'is required (csrf security)' });
    }
    const requestBody = op.operation.requestBody && this.deref(op.operation.requestBody);
    if (!requestBody) {
      if (body !== undefined)
        issues.push({ path: 'body', message: 'no request body is documented' });
      return issues;
    }
    if (body === undefined) {
      if (requestBody.required) issues.push({ path: 'body', message: 'is required' });
      return issues;
    }
    const media = requestBody.content[contentType];
    if (!media) {
      issues.push({ path: 'body', message: `content type ${contentType} is not documented` });
      return issues;
    }
    if (media.schema)
      issues.push(...this.strictValidator.validate(media.schema as Schema, body, 'body'));
    return issues;
  }

  /** Checks a response (documented status, content type, body schema in strict mode). */
  checkResponse(
    op: MatchedOperation,
    status: number,
    contentType: string,
    body: unknown,
  ): SchemaIssue[] {
    const declared = op.operation.responses[String(status)] ?? op.operation.responses.default;
    if (!declared) return [{ path: 'status', message: `${status} is not documented` }];
    const response = this.deref<ResponseObject>(declared);
    if (!response.content) {
      return body === undefined
        ? []
        : [{ path: 'body', message: `a ${status} response has no body in the spec` }];
    }
    const media = response.content[contentType];
    if (!media) {
      return [{ path: 'content-type', message: `${contentType} is not documented for ${status}` }];
    }
    if (contentType === 'text/event-stream') return [];
    return this.strictValidator.validate(media.schema as Schema, body, 'body');
  }
}

export interface SpecViolation {
  request: string;
  issues: SchemaIssue[];
}

/** A multipart form as the body the spec describes (files become `<file name>`). */
function formBody(form: FormData): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [key, value] of form) {
    const v = typeof value === 'string' ? value : `<file ${value.name}>`;
    if (key === 'attachments') ((body.attachments as unknown[]) ??= []).push(v);
    else body[key] = v;
  }
  return body;
}

/**
 * Multipart requests are read where the mock server receives them, not in the page: WebKit
 * cannot read back a `Request` made from `FormData` holding a `File` ("Unable to read form
 * data blob"; see docs/browsers.md). `METHOD url` → the checks waiting for that request.
 */
const awaitedForms = new Map<string, ((body: unknown) => void)[]>();
const formRecorder = http.all('*', async ({ request }) => {
  const waiting = awaitedForms.get(`${request.method} ${request.url}`);
  if (!waiting?.length) return undefined;
  const deliver = waiting.shift()!;
  try {
    deliver(formBody(await request.clone().formData()));
  } catch (err) {
    deliver(err instanceof Error ? err : new Error(String(err)));
  }
  return undefined; // on to the mock backend
});

/**
 * Starts waiting for the multipart body of `request` as the mock server receives it; call
 * `stop()` once the response is in (or the request failed), then `body()`.
 */
async function receivedForm(request: Request) {
  const worker = await mockWorker();
  if (!worker.listHandlers().includes(formRecorder)) worker.use(formRecorder);
  const key = `${request.method} ${request.url}`;
  let received: unknown;
  let arrived = false;
  const list = awaitedForms.get(key) ?? [];
  const deliver = (body: unknown) => {
    received = body;
    arrived = true;
  };
  list.push(deliver);
  awaitedForms.set(key, list);
  return {
    stop: () => {
      const i = list.indexOf(deliver);
      if (i >= 0) list.splice(i, 1);
    },
    body: (): unknown => {
      if (!arrived) throw new Error('the mock server did not receive the multipart body');
      if (received instanceof Error) throw received;
      return received;
    },
  };
}

/**
 * A `fetch` for `createRestAdapter({fetch})` that checks every request and response against
 * the spec. Violations are collected (a test asserts there are none); `covered` lists the
 * operationIds answered with a 2xx.
 */
export function specCheckingFetch(checker: SpecChecker, baseUrl: string) {
  const base = new URL(baseUrl, location.href);
  const basePath = base.pathname.replace(/\/+$/, '');
  const violations: SpecViolation[] = [];
  const covered = new Set<string>();
  const statuses = new Map<string, Set<number>>();

  /** A non-multipart request body (undefined when there is none). */
  async function parseRequestBody(request: Request): Promise<unknown> {
    // not `request.body`: Firefox has no `Request.prototype.body` (it is always undefined)
    if (request.method === 'GET' || request.method === 'HEAD') return undefined;
    const text = await request.clone().text();
    if (!text) return undefined;
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }

  async function checkedFetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const label = `${request.method} ${url.pathname}${url.search}`;
    const path = url.pathname.startsWith(basePath)
      ? url.pathname.slice(basePath.length)
      : url.pathname;
    const op = url.origin === base.origin ? checker.match(request.method, path) : undefined;
    if (!op) {
      violations.push({
        request: label,
        issues: [{ path: 'path', message: 'no operation in the spec' }],
      });
      return fetch(request);
    }
    const reqType = (request.headers.get('Content-Type') ?? '').split(';')[0].trim();
    const form = reqType === 'multipart/form-data' ? await receivedForm(request) : undefined;
    let reqBody = form ? undefined : await parseRequestBody(request);
    const response = await fetch(request).finally(() => form?.stop());
    try {
      if (form) reqBody = form.body();
    } catch (err) {
      violations.push({
        request: `${label} → ${response.status}`,
        issues: [{ path: 'body', message: `could not be read: ${String(err)}` }],
      });
    }
    const reqIssues = checker.checkRequest(op, url, request.headers, reqBody, reqType);
    const type = (response.headers.get('Content-Type') ?? '').split(';')[0].trim();
    let body: unknown;
    const text = await response.clone().text();
    if (text) {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
    }
    const resIssues = checker.checkResponse(op, response.status, type, body);
    // a request the spec forbids may be refused (that is the server's job): only report it
    // when the server accepted it
    const issues = [...(response.ok ? reqIssues : []), ...resIssues];
    if (issues.length) violations.push({ request: `${label} → ${response.status}`, issues });
    if (response.ok) covered.add(op.operation.operationId);
    const seen = statuses.get(op.operation.operationId) ?? new Set<number>();
    seen.add(response.status);
    statuses.set(op.operation.operationId, seen);
    return response;
  }

  return { fetch: checkedFetch, violations, covered, statuses };
}

export function formatViolations(violations: SpecViolation[]): string {
  return violations
    .map((v) => `${v.request}\n${v.issues.map((i) => `    ${i.path} ${i.message}`).join('\n')}`)
    .join('\n');
}
