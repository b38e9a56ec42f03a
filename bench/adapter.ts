/**
 * The benchmark's data and adapters. The inbox scenarios run against `BenchAdapter`: 12,000
 * demo tickets (10,000 of them in "My open", 2,000 unassigned) whose views are filtered and
 * sorted once, so `listTickets` / `countViews` resolve on the next microtask with a slice —
 * the timings are the elements' rendering, not a backend's query work. Writes patch the
 * stored ticket, emit `ticket.updated` like a live backend, and re-filter the views lazily.
 * Everything else (peek reads) is delegated to a memory adapter over the same data.
 */
import { createMemoryAdapter, toSummary, type MemoryAdapter } from '../src/adapter/memory/index.js';
import { viewPredicate, type ViewContext } from '../src/model/views.js';
import { createDemoData, DEMO_LONG_THREAD_TICKET_ID } from '../src/mocks/demo-data.js';
import type { DemoData, DemoTicket } from '../src/mocks/demo-types.js';
import type {
  ActionContext,
  AdapterEvent,
  AdapterListener,
  Agent,
  HelpdeskAdapter,
  ListThreadOptions,
  ListTicketsQuery,
  OutgoingMessage,
  Page,
  ReadOptions,
  SavedView,
  Ticket,
  TicketPatch,
  TicketSummary,
} from '../src/adapter/types.js';

export const MY_OPEN = 10_000;
export const UNASSIGNED = 2_000;
export const LONG_THREAD = 2_000;
export { DEMO_LONG_THREAD_TICKET_ID };

/**
 * 12,000 generated tickets (priorities, unread flags, SLA states and tags as the demo
 * generator made them): the first 10,000 open or pending and assigned to the signed-in
 * agent, the rest open and unassigned. The long-thread ticket has a 2,000-item thread.
 */
export function inboxBenchData(): DemoData {
  const data = createDemoData({
    tickets: MY_OPEN + UNASSIGNED,
    now: Date.now(),
    longThread: LONG_THREAD,
  });
  data.tickets.forEach((t, i) => {
    if (t.status !== 'pending') t.status = 'open';
    t.assigneeId = i < MY_OPEN ? data.meId : null;
  });
  return data;
}

const resolved = <T>(value: T): Promise<T> => Promise.resolve().then(() => value);

function aborted(opts?: ReadOptions): Promise<never> | undefined {
  return opts?.signal?.aborted
    ? Promise.reject(new DOMException('The operation was aborted.', 'AbortError'))
    : undefined;
}

export class BenchAdapter implements HelpdeskAdapter {
  private readonly tickets = new Map<string, DemoTicket>();
  /** Every ticket in list order (newest first), sorted once. */
  private readonly ordered: DemoTicket[];
  private readonly views = new Map<
    string,
    { seen: number; items: DemoTicket[]; ids: Set<string> }
  >();
  /** Ids of written tickets, in order (views catch up from where they last looked). */
  private readonly changes: string[] = [];
  private readonly original = new Map<
    string,
    Pick<DemoTicket, 'status' | 'priority' | 'assigneeId'>
  >();
  private readonly listeners = new Set<AdapterListener>();
  private readonly ctx: ViewContext;
  private memoryAdapter?: MemoryAdapter;

  constructor(readonly data: DemoData) {
    for (const t of data.tickets) {
      this.tickets.set(t.id, t);
      this.original.set(t.id, { status: t.status, priority: t.priority, assigneeId: t.assigneeId });
    }
    const time = new Map(data.tickets.map((t) => [t.id, Date.parse(t.updatedAt)]));
    this.ordered = [...data.tickets].sort(
      (a, b) => time.get(b.id)! - time.get(a.id)! || b.number - a.number,
    );
    this.ctx = { meId: data.meId, now: Date.parse(data.now), savedViews: data.savedViews };
  }

  /**
   * The tickets of a view in list order. Filtered once; after writes only the written
   * tickets are checked again (a backend's index, not a scan per request).
   */
  viewTickets(view: string): DemoTicket[] {
    const matches = viewPredicate(view, this.ctx);
    let cached = this.views.get(view);
    if (!cached) {
      const items = this.ordered.filter(matches);
      cached = { seen: this.changes.length, items, ids: new Set(items.map((t) => t.id)) };
      this.views.set(view, cached);
    }
    if (cached.seen < this.changes.length) {
      const removed = new Set<string>();
      let enters = false;
      for (const id of new Set(this.changes.slice(cached.seen))) {
        const now = matches(this.tickets.get(id)!);
        if (cached.ids.has(id) && !now) removed.add(id);
        else if (!cached.ids.has(id) && now) enters = true;
      }
      // tickets only left the view (a bulk close): drop them; else (a reset) filter again
      if (enters) {
        cached.items = this.ordered.filter(matches);
        cached.ids = new Set(cached.items.map((t) => t.id));
      } else if (removed.size) {
        cached.items = cached.items.filter((t) => !removed.has(t.id));
        for (const id of removed) cached.ids.delete(id);
      }
      cached.seen = this.changes.length;
    }
    return cached.items;
  }

  /** Undoes every write (between benchmark runs). */
  reset(): void {
    for (const [id, fields] of this.original) {
      const t = this.tickets.get(id)!;
      if (
        t.status !== fields.status ||
        t.priority !== fields.priority ||
        t.assigneeId !== fields.assigneeId
      ) {
        Object.assign(t, fields);
        this.changes.push(id);
      }
    }
  }

  /** Delivers an event to every subscriber, as a live backend would. */
  emit(event: AdapterEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }

  /** The memory adapter over the same data, for the reads the inbox never makes. */
  private get memory(): MemoryAdapter {
    if (!this.memoryAdapter) {
      this.memoryAdapter = createMemoryAdapter({ data: this.data, latencyMs: 0 });
      this.memoryAdapter.subscribe((e) => this.emit(e));
    }
    return this.memoryAdapter;
  }

  me(opts?: ReadOptions): Promise<Agent> {
    return aborted(opts) ?? resolved(this.data.agents.find((a) => a.id === this.data.meId)!);
  }

  listAgents(opts?: ReadOptions): Promise<Agent[]> {
    return aborted(opts) ?? resolved(this.data.agents.map((a) => ({ ...a })));
  }

  listSavedViews(opts?: ReadOptions): Promise<SavedView[]> {
    return aborted(opts) ?? resolved(structuredClone(this.data.savedViews));
  }

  listTickets(query: ListTicketsQuery, opts?: ReadOptions): Promise<Page<TicketSummary>> {
    const all = this.viewTickets(query.view);
    const start = (query.page - 1) * query.pageSize;
    const items = all.slice(start, start + query.pageSize).map(toSummary);
    return aborted(opts) ?? resolved({ items, total: all.length });
  }

  countViews(views: string[], opts?: ReadOptions): Promise<Record<string, number>> {
    const counts = Object.fromEntries(views.map((v) => [v, this.viewTickets(v).length]));
    return aborted(opts) ?? resolved(counts);
  }

  updateTicket(id: string, patch: TicketPatch, _ctx: ActionContext): Promise<Ticket> {
    const ticket = this.tickets.get(id)!;
    Object.assign(ticket, patch);
    this.changes.push(id);
    const copy: Ticket = { ...ticket };
    return resolved(copy).then((t) => {
      this.emit({ type: 'ticket.updated', ticket: { ...t } });
      return t;
    });
  }

  // ---- delegated to the memory adapter --------------------------------------------------

  getTicket(id: string, opts?: ReadOptions) {
    return this.memory.getTicket(id, opts);
  }
  listThread(id: string, opts?: ListThreadOptions) {
    return this.memory.listThread(id, opts);
  }
  addInternalNote(id: string, note: OutgoingMessage, ctx: ActionContext) {
    return this.memory.addInternalNote(id, note, ctx);
  }
  sendReply(id: string, reply: OutgoingMessage, ctx: ActionContext) {
    return this.memory.sendReply(id, reply, ctx);
  }
  getCustomerHistory(customerId: string, opts?: ReadOptions) {
    return this.memory.getCustomerHistory(customerId, opts);
  }
  getTicketContext(id: string, opts?: ReadOptions) {
    return this.memory.getTicketContext(id, opts);
  }
  startRemoteSession(ticketId: string, ctx: ActionContext) {
    return this.memory.startRemoteSession(ticketId, ctx);
  }
  getRemoteSession(sessionId: string, opts?: ReadOptions) {
    return this.memory.getRemoteSession(sessionId, opts);
  }
  listMacros(opts?: ReadOptions) {
    return this.memory.listMacros(opts);
  }
  toggleTimer(ticketId: string, ctx: ActionContext) {
    return this.memory.toggleTimer(ticketId, ctx);
  }

  subscribe(listener: AdapterListener): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }
}

/** The peek scenarios: the demo data set (60 tickets) with a 2,000-message thread. */
export function peekBenchAdapter(): MemoryAdapter {
  return createMemoryAdapter({
    data: createDemoData({ now: Date.now(), longThread: LONG_THREAD }),
    latencyMs: 0,
  });
}
