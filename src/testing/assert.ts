import { ADAPTER_ERROR_CODES, type AdapterErrorCode } from '../adapter/types.js';

/**
 * A tiny assertion helper for the conformance suite. The suite ships in the package, so it
 * cannot depend on chai or any other dev dependency.
 */

/** Thrown by the helpers below; the message says what was expected. */
export class ConformanceError extends Error {
  override readonly name = 'ConformanceError';
}

function show(value: unknown): string {
  try {
    const json = JSON.stringify(value);
    if (json === undefined) return String(value);
    return json.length > 300 ? `${json.slice(0, 300)}…` : json;
  } catch {
    return String(value);
  }
}

export function ok(condition: unknown, message: string): asserts condition {
  if (!condition) throw new ConformanceError(message);
}

export function equal<T>(actual: T, expected: T, message: string): void {
  if (!Object.is(actual, expected)) {
    throw new ConformanceError(`${message}: expected ${show(expected)}, got ${show(actual)}`);
  }
}

/** Deep equality over JSON-like values (key order ignored). */
export function deepEqual(actual: unknown, expected: unknown, message: string): void {
  const norm = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(norm)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
              .map((k) => [k, norm((v as Record<string, unknown>)[k])]),
          )
        : v;
  if (JSON.stringify(norm(actual)) !== JSON.stringify(norm(expected))) {
    throw new ConformanceError(`${message}: expected ${show(expected)}, got ${show(actual)}`);
  }
}

/** Awaits a promise that must reject; returns the rejection. */
export async function rejects(promise: Promise<unknown>, message: string): Promise<unknown> {
  try {
    const value = await promise;
    throw new ConformanceError(
      `${message}: expected a rejection, but it resolved with ${show(value)}`,
    );
  } catch (err) {
    if (err instanceof ConformanceError) throw err;
    return err;
  }
}

/** Awaits a promise that must reject with an AdapterError of `code` and a non-empty message. */
export async function rejectsWithCode(
  promise: Promise<unknown>,
  code: AdapterErrorCode,
  message: string,
): Promise<void> {
  const err = (await rejects(promise, message)) as {
    code?: unknown;
    message?: unknown;
    name?: unknown;
  };
  ok(
    err &&
      typeof err === 'object' &&
      (ADAPTER_ERROR_CODES as readonly unknown[]).includes(err.code),
    `${message}: expected an AdapterError, got ${String((err as { name?: unknown })?.name)}: ${String(err?.message ?? err)}`,
  );
  equal(err.code, code, `${message}: error code`);
  ok(
    typeof err.message === 'string' && err.message.length > 0,
    `${message}: the error needs a message for agents`,
  );
}

/** Awaits a promise that must reject with an `AbortError`. */
export async function rejectsWithAbort(promise: Promise<unknown>, message: string): Promise<void> {
  const err = (await rejects(promise, message)) as { name?: unknown };
  equal(err?.name, 'AbortError', `${message}: rejection name`);
}
