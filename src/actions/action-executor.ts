/**
 * The one path every UI write takes: it calls the adapter with an ActionContext, turns any
 * rejection into an AdapterError (never throws), and dispatches the audit events of DESIGN.md
 * from the host element: one `hd-action-executed` per ticket per action, and for bulk runs
 * `hd-bulk-action-started` / `hd-bulk-action-completed` around them. A failure never aborts a
 * batch.
 */
import { AdapterError, type ActionContext } from '../adapter/types.js';
import {
  HdActionExecutedEvent,
  HdBulkActionCompletedEvent,
  HdBulkActionStartedEvent,
  type ActionName,
  type ActionResultDetail,
} from '../events/index.js';

export type ActionOutcome<T> =
  | { ok: true; value: T; detail: ActionResultDetail }
  | { ok: false; error: AdapterError; detail: ActionResultDetail };

export interface BulkOutcome {
  action: ActionName;
  ok: number;
  failed: number;
  results: ActionResultDetail[];
}

export interface BulkOptions {
  /** Writes in flight at once (default 4). */
  concurrency?: number;
  /** Called after each ticket settles, with the number done so far. */
  onProgress?: (done: number, total: number) => void;
}

/** Yields to the event loop so a long batch never blocks input or paint. */
const yieldToMain = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class ActionExecutor {
  constructor(private readonly host: EventTarget) {}

  /** Runs one write for one ticket and reports it. Resolves with the outcome; never rejects. */
  async execute<T>(
    action: ActionName,
    ticketId: string,
    ctx: ActionContext,
    run: (ctx: ActionContext) => Promise<T>,
  ): Promise<ActionOutcome<T>> {
    const base = { action, ticketId, origin: ctx.origin, actorId: ctx.actorId };
    try {
      const value = await run(ctx);
      const detail: ActionResultDetail = { ...base, ok: true };
      this.host.dispatchEvent(new HdActionExecutedEvent(detail));
      return { ok: true, value, detail };
    } catch (err) {
      const error = AdapterError.from(err);
      const detail: ActionResultDetail = { ...base, ok: false, error };
      this.host.dispatchEvent(new HdActionExecutedEvent(detail));
      return { ok: false, error, detail };
    }
  }

  /** Runs one write per ticket, a few at a time, yielding between them. */
  async executeBulk(
    action: ActionName,
    ticketIds: readonly string[],
    ctx: ActionContext,
    run: (ticketId: string, ctx: ActionContext) => Promise<unknown>,
    options: BulkOptions = {},
  ): Promise<BulkOutcome> {
    const ids = [...ticketIds];
    this.host.dispatchEvent(new HdBulkActionStartedEvent({ action, ticketIds: ids }));
    const results: ActionResultDetail[] = new Array(ids.length);
    const concurrency = Math.max(1, options.concurrency ?? 4);
    let next = 0;
    let done = 0;
    const worker = async () => {
      while (next < ids.length) {
        const index = next++;
        const id = ids[index];
        const outcome = await this.execute(action, id, ctx, (c) => run(id, c));
        results[index] = outcome.detail;
        done++;
        options.onProgress?.(done, ids.length);
        await yieldToMain();
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, ids.length) }, worker));
    const ok = results.filter((r) => r.ok).length;
    const outcome: BulkOutcome = { action, ok, failed: results.length - ok, results };
    this.host.dispatchEvent(new HdBulkActionCompletedEvent(outcome));
    return outcome;
  }
}
