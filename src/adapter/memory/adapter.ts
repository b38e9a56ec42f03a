import type {
  ActionContext,
  AdapterEvent,
  AdapterListener,
  Agent,
  AssistRequest,
  CustomerHistory,
  HelpdeskAdapter,
  ListThreadOptions,
  ListTicketsQuery,
  Macro,
  Note,
  OutgoingMessage,
  Page,
  ReadOptions,
  RemoteSession,
  SavedView,
  ThreadItem,
  ThreadPage,
  Ticket,
  TicketContext,
  TicketPatch,
  TicketSummary,
  TimeInfo,
} from '../types.js';
import { AdapterError } from '../types.js';
import { createDemoData } from '../../mocks/demo-data.js';
import type { DemoData } from '../../mocks/demo-types.js';
import { mulberry32, type Rng } from '../../mocks/prng.js';
import { assistText } from './assist.js';
import { DEFAULT_ERROR_MESSAGES, invalid, notFound } from './errors.js';
import { LiveFeedSimulator, type LiveFeedOptions } from './live-feed.js';
import {
  countViewsFromData,
  customerHistoryFromData,
  listTicketsFromData,
  threadPage,
  ticketContextFromData,
  toTicket,
} from './queries.js';
import {
  failureFor,
  latencyFor,
  wait,
  TICKET_WRITES,
  type Failures,
  type Latency,
} from './runtime.js';
import { checkContext, MemoryStore } from './store.js';

/** How remote sessions started on the memory adapter play out. */
export interface RemoteSessionScript {
  /** Delay before the customer's answer. Default 3000 ms. */
  consentAfterMs?: number;
  /** The state the session moves to. Default `active`. */
  outcome?: 'active' | 'denied' | 'expired';
}

/** Options of {@link createMemoryAdapter}. */
export interface MemoryAdapterOptions {
  /** The data set; deep-copied. Default `createDemoData()`. */
  data?: DemoData;
  /** Delay of every call: ms, or `[min, max]` with seeded jitter. Default 0 (one microtask). */
  latencyMs?: Latency;
  /** Simulated failures; see {@link FailureRule}. Change later with `setFailures()`. */
  failures?: Failures;
  /**
   * The adapter's clock: a fixed time, or a function read on every use. Default: starts at
   * `data.now` and advances with real time.
   */
  now?: Date | number | (() => Date | number);
  /** Seed of latency jitter, failure rates, the live feed. Default 1. */
  seed?: number;
  remoteSession?: RemoteSessionScript;
}

/** One entry of `adapter.calls`. */
export interface MemoryAdapterCall {
  method: string;
  args: unknown[];
}

function makeClock(now: MemoryAdapterOptions['now'], dataNow: string): () => number {
  if (typeof now === 'function') return () => +now();
  if (now !== undefined) return () => +now;
  const base = Date.parse(dataNow);
  const started = Date.now();
  return () => base + (Date.now() - started);
}

/**
 * An in-browser `HelpdeskAdapter` over a private copy of the demo data: the embedded default
 * backend, and the test double of every element test. Implements every method including the
 * optional ones. Results are copies; mutating them never changes the store.
 */
export class MemoryHelpdeskAdapter implements Required<HelpdeskAdapter> {
  /**
   * Every call made, in order: `{method, args}` (for tests: "was X ever called?"). `subscribe`
   * is logged without its listener.
   */
  readonly calls: MemoryAdapterCall[] = [];
  private readonly store: MemoryStore;
  private readonly rng: Rng;
  private readonly latency: Latency;
  private failures: Failures | undefined;
  private readonly sessionScript: Required<RemoteSessionScript>;
  private readonly sessions = new Map<string, RemoteSession>();
  private readonly listeners = new Set<AdapterListener>();
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private readonly feed: LiveFeedSimulator;
  private feedTimer: ReturnType<typeof setInterval> | undefined;

  constructor(options: MemoryAdapterOptions = {}) {
    const data = structuredClone(options.data ?? createDemoData());
    this.store = new MemoryStore(data, makeClock(options.now, data.now));
    this.rng = mulberry32(options.seed ?? 1);
    this.latency = options.latencyMs ?? 0;
    this.failures = options.failures;
    this.sessionScript = { consentAfterMs: 3000, outcome: 'active', ...options.remoteSession };
    this.feed = new LiveFeedSimulator(this.store, this.rng);
  }

  // ---- test and demo controls -------------------------------------------------------------

  /** Replaces the failure rules (undefined = no failures). */
  setFailures(failures: Failures | undefined): void {
    this.failures = failures;
  }

  /** A deep copy of the current data (for assertions and snapshots). */
  snapshot(): DemoData {
    return structuredClone(this.store.data);
  }

  /** Delivers an event to every subscriber, as if the backend pushed it. */
  emit(event: AdapterEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(structuredClone(event));
      } catch (err) {
        (globalThis.reportError ?? console.error)(err);
      }
    }
  }

  /** Starts simulating other people (customer messages, presence, summaries). */
  startLiveFeed({ intervalMs = 5000, ticketIds }: LiveFeedOptions = {}): void {
    this.stopLiveFeed();
    this.feedTimer = setInterval(() => this.liveFeedTick(ticketIds), intervalMs);
  }

  stopLiveFeed(): void {
    if (this.feedTimer !== undefined) clearInterval(this.feedTimer);
    this.feedTimer = undefined;
  }

  /** Runs one live-feed step now and emits its events; returns them. */
  liveFeedTick(ticketIds?: string[]): AdapterEvent[] {
    const events = this.feed.step(ticketIds);
    for (const event of events) this.emit(event);
    return events;
  }

  /** Number of timers the adapter has running (remote sessions + live feed); 0 after dispose(). */
  get activeTimerCount(): number {
    return this.timers.size + (this.feedTimer !== undefined ? 1 : 0);
  }

  /** Clears every timer and listener. The adapter still answers calls afterwards. */
  dispose(): void {
    this.stopLiveFeed();
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.listeners.clear();
  }

  // ---- HelpdeskAdapter ---------------------------------------------------------------------

  me(opts?: ReadOptions): Promise<Agent> {
    return this.read('me', [opts], opts, () => {
      const { agents, meId } = this.store.data;
      return agents.find((a) => a.id === meId) ?? agents[0];
    });
  }

  listAgents(opts?: ReadOptions): Promise<Agent[]> {
    return this.read('listAgents', [opts], opts, () => this.store.data.agents);
  }

  listTickets(query: ListTicketsQuery, opts?: ReadOptions): Promise<Page<TicketSummary>> {
    return this.read('listTickets', [query, opts], opts, () =>
      listTicketsFromData(this.store.data, query, this.store.now()),
    );
  }

  countViews(views: string[], opts?: ReadOptions): Promise<Record<string, number>> {
    return this.read('countViews', [views, opts], opts, () =>
      countViewsFromData(this.store.data, views, this.store.now()),
    );
  }

  /**
   * The ticket as it is; like a helpdesk backend, an agent reading it clears its `unread` flag
   * (a `ticket.updated` event tells every inbox, so "Next unread" moves on).
   */
  getTicket(id: string, opts?: ReadOptions): Promise<Ticket> {
    return this.read('getTicket', [id, opts], opts, () => {
      const ticket = this.store.ticket(id);
      const answer = toTicket(this.store.data, ticket);
      if (ticket.unread) {
        ticket.unread = false;
        this.emit({ type: 'ticket.updated', ticket: toTicket(this.store.data, ticket) });
      }
      return answer;
    });
  }

  listThread(id: string, opts?: ListThreadOptions): Promise<ThreadPage> {
    return this.read('listThread', [id, opts], opts, () => {
      this.store.ticket(id);
      return threadPage(this.store.data.threads[id] ?? [], opts);
    });
  }

  getCustomerHistory(customerId: string, opts?: ReadOptions): Promise<CustomerHistory> {
    return this.read('getCustomerHistory', [customerId, opts], opts, () =>
      customerHistoryFromData(this.store.data, customerId),
    );
  }

  getTicketContext(id: string, opts?: ReadOptions): Promise<TicketContext> {
    return this.read('getTicketContext', [id, opts], opts, () =>
      ticketContextFromData(this.store.data, id),
    );
  }

  getRemoteSession(sessionId: string, opts?: ReadOptions): Promise<RemoteSession> {
    return this.read('getRemoteSession', [sessionId, opts], opts, () => {
      const session = this.sessions.get(sessionId);
      if (!session) throw notFound('Remote session');
      return session;
    });
  }

  assist(req: AssistRequest, opts?: ReadOptions): Promise<string> {
    return this.read('assist', [req, opts], opts, () => {
      const ticket = this.store.ticket(req.ticketId);
      const me = this.store.agentName(this.store.data.meId);
      return assistText(req, ticket, me);
    });
  }

  listMacros(opts?: ReadOptions): Promise<Macro[]> {
    return this.read('listMacros', [opts], opts, () => this.store.data.macros);
  }

  listSavedViews(opts?: ReadOptions): Promise<SavedView[]> {
    return this.read('listSavedViews', [opts], opts, () => this.store.data.savedViews);
  }

  saveView(view: SavedView): Promise<SavedView> {
    return this.write('saveView', [view], undefined, undefined, () => {
      if (!view || typeof view.name !== 'string' || !view.name.trim()) {
        throw invalid('A saved view needs a name');
      }
      if (!view.filter || typeof view.filter !== 'object')
        throw invalid('A saved view needs a filter');
      const saved: SavedView = {
        id: view.id || this.store.nextId('sv'),
        name: view.name.trim(),
        filter: structuredClone(view.filter),
      };
      const views = this.store.data.savedViews;
      const index = views.findIndex((v) => v.id === saved.id);
      if (index >= 0) views[index] = saved;
      else views.push(saved);
      return saved;
    });
  }

  deleteView(id: string): Promise<void> {
    return this.write('deleteView', [id], undefined, undefined, () => {
      const views = this.store.data.savedViews;
      const index = views.findIndex((v) => v.id === id);
      if (index < 0) throw notFound('Saved view');
      views.splice(index, 1);
    });
  }

  updateTicket(id: string, patch: TicketPatch, ctx: ActionContext): Promise<Ticket> {
    return this.write('updateTicket', [id, patch, ctx], id, ctx, () => {
      const { ticket, events } = this.store.update(id, patch, ctx);
      const full = toTicket(this.store.data, ticket);
      if (events.length) {
        this.emit({ type: 'ticket.updated', ticket: full });
        for (const item of events) this.emit({ type: 'thread.appended', ticketId: id, item });
      }
      return full;
    });
  }

  addInternalNote(
    id: string,
    note: OutgoingMessage,
    ctx: ActionContext,
  ): Promise<{ note: Note; total: number }> {
    return this.write('addInternalNote', [id, note, ctx], id, ctx, () => {
      const { ticket, note: added } = this.store.addNote(id, note, ctx);
      const item = this.store.data.threads[id].at(-1)!;
      this.emit({ type: 'thread.appended', ticketId: id, item });
      this.emit({ type: 'ticket.updated', ticket: toTicket(this.store.data, ticket) });
      return { note: added, total: ticket.internalNotes.length };
    });
  }

  sendReply(id: string, reply: OutgoingMessage, ctx: ActionContext): Promise<ThreadItem> {
    return this.write('sendReply', [id, reply, ctx], id, ctx, () => {
      const target = this.store.ticket(id);
      if (!this.store.data.tenant.emailAccountConfigured) {
        throw new AdapterError('no_email_account', DEFAULT_ERROR_MESSAGES.no_email_account);
      }
      if (!target.contact.email) {
        throw new AdapterError('no_contact_email', DEFAULT_ERROR_MESSAGES.no_contact_email);
      }
      const { ticket, item } = this.store.reply(id, reply, ctx);
      this.emit({ type: 'thread.appended', ticketId: id, item });
      this.emit({ type: 'ticket.updated', ticket: toTicket(this.store.data, ticket) });
      return item;
    });
  }

  startRemoteSession(ticketId: string, ctx: ActionContext): Promise<RemoteSession> {
    return this.write('startRemoteSession', [ticketId, ctx], ticketId, ctx, () => {
      const ticket = this.store.ticket(ticketId);
      if (!ticket.assetId) throw invalid('No device is linked to this ticket');
      const session: RemoteSession = {
        id: this.store.nextId('rs'),
        status: 'awaiting_consent',
        ticketId,
      };
      this.sessions.set(session.id, session);
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        if (session.status !== 'awaiting_consent') return;
        session.status = this.sessionScript.outcome;
        this.emit({ type: 'session.updated', session });
      }, this.sessionScript.consentAfterMs);
      this.timers.add(timer);
      return session;
    });
  }

  toggleTimer(ticketId: string, ctx: ActionContext): Promise<TimeInfo> {
    return this.write('toggleTimer', [ticketId, ctx], ticketId, ctx, () =>
      this.store.toggleTimer(ticketId, ctx),
    );
  }

  subscribe(listener: AdapterListener): () => void {
    // logged without the listener: the log lives as long as the adapter and must not keep the
    // listener's element alive after it unsubscribed (test/leaks.test.ts)
    this.calls.push({ method: 'subscribe', args: [] });
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  // ---- plumbing ----------------------------------------------------------------------------

  private async read<T>(
    method: string,
    args: unknown[],
    opts: ReadOptions | undefined,
    op: () => T,
  ): Promise<T> {
    this.calls.push({ method, args });
    const signal = opts?.signal;
    await wait(latencyFor(this.latency, this.rng), signal);
    const failure = failureFor(this.failures, method, undefined, this.rng);
    if (failure) throw failure;
    return structuredClone(op());
  }

  private async write<T>(
    method: string,
    args: unknown[],
    ticketId: string | undefined,
    ctx: ActionContext | undefined,
    op: () => T,
  ): Promise<T> {
    this.calls.push({ method, args });
    await wait(latencyFor(this.latency, this.rng));
    if ((TICKET_WRITES as readonly string[]).includes(method)) checkContext(ctx);
    const failure = failureFor(this.failures, method, ticketId, this.rng);
    if (failure) throw failure;
    return structuredClone(op());
  }
}
