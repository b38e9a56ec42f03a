import type { Sla, SlaState, TicketStatus } from '../adapter/types.js';

/** A point in time: a `Date`, epoch milliseconds or an ISO 8601 string. */
export type TimeInput = Date | number | string;

/** "At risk" starts when less than this fraction of an SLA target is left. */
export const SLA_AT_RISK_FRACTION = 0.25;

/** One due time that is still pending. */
export interface PendingDue {
  kind: 'first_response' | 'resolution';
  /** Epoch milliseconds. */
  at: number;
}

/** Epoch milliseconds of a time input; `NaN` for an unparsable string. */
export function toMs(time: TimeInput): number {
  if (time instanceof Date) return time.getTime();
  if (typeof time === 'number') return time;
  return Date.parse(time);
}

/**
 * The due times that still matter: the first-response due time while there is no
 * `firstResponseAt` yet, and the resolution due time. Unparsable times are ignored.
 */
export function pendingDueTimes(sla: Sla): PendingDue[] {
  const due: PendingDue[] = [];
  if (sla.firstResponseDueAt && !sla.firstResponseAt) {
    due.push({ kind: 'first_response', at: toMs(sla.firstResponseDueAt) });
  }
  if (sla.resolutionDueAt) due.push({ kind: 'resolution', at: toMs(sla.resolutionDueAt) });
  return due.filter((d) => !Number.isNaN(d.at));
}

/**
 * The derived SLA state at `now`:
 * - `breached` — a pending due time (see {@link pendingDueTimes}) is in the past. A first
 *   response that was sent late no longer counts once it is sent.
 * - `at_risk` — the backend set `warnedAt`, or, when `start` (the ticket's creation time) is
 *   given, less than 25% of a pending target (due time − start) is left. Without `start` only
 *   `warnedAt` can make a ticket at risk (the target length is unknown).
 * - `ok` otherwise, including an Sla without any due time.
 *
 * The Sla alone does not know the ticket status; use {@link ticketSlaState} for tickets,
 * which stops the clock for resolved and closed tickets.
 */
export function slaState(sla: Sla, now: TimeInput, start?: TimeInput): SlaState {
  const t = toMs(now);
  const pending = pendingDueTimes(sla);
  if (pending.some((d) => d.at < t)) return 'breached';
  if (sla.warnedAt) return 'at_risk';
  if (start !== undefined) {
    const s = toMs(start);
    for (const d of pending) {
      const target = d.at - s;
      if (target > 0 && (d.at - t) / target < SLA_AT_RISK_FRACTION) return 'at_risk';
    }
  }
  return 'ok';
}

/**
 * Milliseconds from `now` to the nearest pending due time (negative when it is past), or
 * `undefined` when nothing is pending.
 */
export function slaRemainingMs(sla: Sla, now: TimeInput): number | undefined {
  const pending = pendingDueTimes(sla);
  if (!pending.length) return undefined;
  return Math.min(...pending.map((d) => d.at)) - toMs(now);
}

/** True for the statuses that stop the SLA clock and count as "not open". */
export function isClosedStatus(status: TicketStatus): boolean {
  return status === 'resolved' || status === 'closed';
}

/**
 * SLA state of a ticket: always `ok` once it is resolved or closed (the clock stopped),
 * otherwise {@link slaState} with the ticket's `createdAt` as start when it has one.
 */
export function ticketSlaState(
  ticket: { status: TicketStatus; sla: Sla; createdAt?: string },
  now: TimeInput,
): SlaState {
  if (isClosedStatus(ticket.status)) return 'ok';
  return slaState(ticket.sla, now, ticket.createdAt);
}
