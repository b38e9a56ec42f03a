/**
 * "Next unread ticket": finds the first unread ticket after a position in a view's order,
 * wrapping around to the top, reading the view in chunks (the order does not depend on the
 * page size, so a chunk's absolute positions map back to any page).
 */
import type { HelpdeskAdapter, TicketSummary } from '../../adapter/types.js';

export interface WalkOptions {
  view: string;
  /** Absolute index (0-based) to start looking at. */
  start: number;
  /** Tickets already in memory: absolute index of the first one, and the items. */
  known?: { offset: number; items: readonly TicketSummary[] };
  /** Tickets to pass over (e.g. another agent is viewing them). */
  skip?: (ticket: TicketSummary) => boolean;
  signal?: AbortSignal;
  /** Tickets per request (default 100). */
  chunk?: number;
}

export interface WalkHit {
  ticket: TicketSummary;
  /** Absolute index in the view. */
  index: number;
}

const wanted = (t: TicketSummary, skip?: (t: TicketSummary) => boolean) => t.unread && !skip?.(t);

/** The next unread ticket at or after `start` (wrapping), or undefined when there is none. */
export async function findNextUnread(
  adapter: HelpdeskAdapter,
  o: WalkOptions,
): Promise<WalkHit | undefined> {
  const chunk = Math.max(1, o.chunk ?? 100);
  const known = o.known;
  // first the rows on screen after the start (no request needed)
  if (known) {
    for (let i = Math.max(0, o.start - known.offset); i < known.items.length; i++) {
      if (wanted(known.items[i], o.skip))
        return { ticket: known.items[i], index: known.offset + i };
    }
  }
  const cache = new Map<number, TicketSummary[]>();
  let total = Infinity;
  const at = async (index: number): Promise<TicketSummary | undefined> => {
    const page = Math.floor(index / chunk);
    let items = cache.get(page);
    if (!items) {
      const res = await adapter.listTickets(
        { view: o.view, page: page + 1, pageSize: chunk },
        { signal: o.signal },
      );
      total = res.total;
      items = res.items;
      cache.set(page, items);
    }
    return items[index - page * chunk];
  };
  // make sure `total` is known, then visit every index once, starting at `start`
  const start = Math.max(0, o.start);
  await at(Math.min(start, Number.MAX_SAFE_INTEGER));
  if (total === 0) return undefined;
  const first = start >= total ? 0 : start;
  for (let step = 0; step < total; step++) {
    const index = (first + step) % total;
    if (known && index >= known.offset && index < known.offset + known.items.length) {
      const t = known.items[index - known.offset];
      if (wanted(t, o.skip)) return { ticket: t, index };
      continue;
    }
    const t = await at(index);
    if (t && wanted(t, o.skip)) return { ticket: t, index };
  }
  return undefined;
}
