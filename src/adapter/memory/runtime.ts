import { AdapterError, type AdapterErrorCode } from '../types.js';
import type { Rng } from '../../mocks/prng.js';
import { abortError, DEFAULT_ERROR_MESSAGES } from './errors.js';

/** Injected latency: a fixed number of ms, or `[min, max]` with seeded jitter. */
export type Latency = number | readonly [min: number, max: number];

/**
 * One simulated-failure rule. A call matches when its method is in `methods` (any method when
 * omitted) and, if `ticketIds` is given, it is a write to one of those tickets. A matching
 * call fails with probability `rate` — default 1 when `methods` or `ticketIds` narrow the rule,
 * else 0 — and rejects with `AdapterError(code, message)` (default `unavailable` and the
 * code's default message). Failing writes change nothing.
 *
 * @example every updateTicket for tickets X and Y fails with a conflict
 * ```ts
 * { methods: ['updateTicket'], ticketIds: ['X', 'Y'], code: 'conflict',
 *   message: 'Ticket was changed by someone else' }
 * ```
 */
export interface FailureRule {
  rate?: number;
  methods?: string[];
  ticketIds?: string[];
  code?: AdapterErrorCode;
  message?: string;
}

/** One rule or several (the first matching rule that fires wins). */
export type Failures = FailureRule | FailureRule[];

/** Methods that write and take a ticket id as first argument. */
export const TICKET_WRITES = [
  'updateTicket',
  'addInternalNote',
  'sendReply',
  'startRemoteSession',
  'toggleTimer',
] as const;

/** Picks the delay of one call. */
export function latencyFor(latency: Latency, rng: Rng): number {
  if (typeof latency === 'number') return Math.max(0, latency);
  const [min, max] = latency;
  return Math.max(0, min + rng() * (max - min));
}

/**
 * Waits `ms` (0 → one microtask). Rejects with an `AbortError` DOMException as soon as `signal`
 * aborts, including when it is already aborted.
 */
export function wait(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(abortError());
  if (ms <= 0) {
    return Promise.resolve().then(() => {
      if (signal?.aborted) throw abortError();
    });
  }
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The error a call should fail with under `failures`, or undefined. */
export function failureFor(
  failures: Failures | undefined,
  method: string,
  ticketId: string | undefined,
  rng: Rng,
): AdapterError | undefined {
  if (!failures) return undefined;
  for (const rule of Array.isArray(failures) ? failures : [failures]) {
    if (rule.methods && !rule.methods.includes(method)) continue;
    if (rule.ticketIds && (ticketId === undefined || !rule.ticketIds.includes(ticketId))) continue;
    const rate = rule.rate ?? (rule.methods || rule.ticketIds ? 1 : 0);
    if (rate <= 0 || (rate < 1 && rng() >= rate)) continue;
    const code = rule.code ?? 'unavailable';
    return new AdapterError(code, rule.message ?? DEFAULT_ERROR_MESSAGES[code]);
  }
  return undefined;
}
