/**
 * `hd-cockpit/adapters/memory`: an in-browser adapter over seeded demo data, with injectable
 * latency and failures, a live-event simulator and a call log for tests.
 */
import { MemoryHelpdeskAdapter, type MemoryAdapterOptions } from './adapter.js';

export {
  MemoryHelpdeskAdapter,
  type MemoryAdapterCall,
  type MemoryAdapterOptions,
  type RemoteSessionScript,
} from './adapter.js';
export type { FailureRule, Failures, Latency } from './runtime.js';
export type { LiveFeedOptions, PresenceState } from './live-feed.js';
export { DEFAULT_ERROR_MESSAGES } from './errors.js';
// the generator the adapter's default data comes from: `createDemoData({ now: Date.now() })`
// gives demo tickets dated around today (the default is a fixed date, for repeatable tests)
export { createDemoData } from '../../mocks/demo-data.js';
export {
  CUSTOMER_HISTORY_LAST_TICKETS,
  DEFAULT_THREAD_LIMIT,
  MAX_PAGE_SIZE,
  MAX_RELATED,
  countViewsFromData,
  customerHistoryFromData,
  findTicket,
  listTicketsFromData,
  relatedTickets,
  threadPage,
  ticketContextFromData,
  toSummary,
  toTicket,
} from './queries.js';

/** The memory adapter: every `HelpdeskAdapter` method plus test and demo controls. */
export type MemoryAdapter = MemoryHelpdeskAdapter;

/**
 * Creates a memory adapter.
 *
 * @example
 * ```ts
 * const adapter = createMemoryAdapter({ latencyMs: [60, 250] });
 * provider.adapter = adapter;
 * ```
 */
export function createMemoryAdapter(options: MemoryAdapterOptions = {}): MemoryAdapter {
  return new MemoryHelpdeskAdapter(options);
}
