/**
 * The data model and the `HelpdeskAdapter` contract. A host app implements this interface for
 * its own backend (or uses the memory / REST adapters shipped with hd-cockpit) and injects it
 * through `<hd-provider .adapter>` or an element's own `.adapter` property.
 *
 * Field names are part of the public contract: see docs/adapter.md.
 */

/** Ticket lifecycle states, in workflow order. */
export const TICKET_STATUSES = ['open', 'pending', 'resolved', 'closed'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** Priorities, lowest first. */
export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** The built-in saved views, in chip order. */
export const BUILT_IN_VIEWS = [
  'my_open',
  'unassigned',
  'overdue',
  'high_priority',
  'all_open',
] as const;
export type BuiltInView = (typeof BUILT_IN_VIEWS)[number];

/**
 * A view key: a built-in view, or a filter view `by_tag:<tag>`, `by_team:<id>`,
 * `by_project:<id>`, or a custom saved view `saved:<id>`.
 */
export type ViewKey =
  | BuiltInView
  | `by_tag:${string}`
  | `by_team:${string}`
  | `by_project:${string}`
  | `saved:${string}`;

/** A staff member who can be assigned tickets. */
export interface Agent {
  id: string;
  name: string;
  avatarUrl?: string;
  teamIds?: string[];
}

/** Service-level targets of a ticket. All times are ISO 8601 strings. */
export interface Sla {
  firstResponseDueAt?: string;
  resolutionDueAt?: string;
  firstResponseAt?: string;
  /** Set when the backend raised an SLA warning for this ticket. */
  warnedAt?: string;
  businessHours?: boolean;
}

/** Derived SLA state, computed by `slaState()` in `model/sla.ts`. */
export type SlaState = 'ok' | 'at_risk' | 'breached';

/** One inbox row. */
export interface TicketSummary {
  id: string;
  /** Human ticket number shown as `#1012`. */
  number: number;
  subject: string;
  status: TicketStatus;
  priority: Priority;
  assigneeId: string | null;
  customerId: string;
  contactName: string;
  updatedAt: string;
  /**
   * Creation time (ISO). Optional; when present the UI can also flag "less than 25% of the SLA
   * target left" (see `slaState` in model/sla.ts), not only backend warnings.
   */
  createdAt?: string;
  sla: Sla;
  /** Unread by the current agent. */
  unread: boolean;
  tags: string[];
  teamId?: string;
  projectId?: string;
}

/** An internal (staff-only) note. */
export interface Note {
  id: string;
  at: string;
  author: string;
  body: string;
  attachments: Attachment[];
}

/** A file attached to a thread item or note. */
export interface Attachment {
  name: string;
  /** Size in bytes. */
  size: number;
  /** MIME type. */
  type: string;
  url?: string;
}

/** A full ticket, as the peek shows it. */
export interface Ticket extends TicketSummary {
  contact: { name: string; email?: string };
  client?: string;
  assignee?: Agent;
  firstResponseAt?: string;
  internalNotes: Note[];
  assetId?: string;
}

export type CustomerChannel = 'email' | 'agent' | 'portal';

/** A message from the customer. `channel: 'agent'` = sourced through the RMM agent over mTLS. */
export interface CustomerMessage {
  kind: 'customer';
  id: string;
  at: string;
  author: string;
  body: string;
  /** Original email HTML; rendered only through the sanitizer. */
  bodyHtml?: string;
  channel: CustomerChannel;
  attachments: Attachment[];
}

/** A technician reply, sent to the customer. */
export interface ReplyItem {
  kind: 'reply';
  id: string;
  at: string;
  author: string;
  body: string;
  attachments: Attachment[];
}

/** An internal note in the thread (staff only). */
export interface NoteItem {
  kind: 'note';
  id: string;
  at: string;
  author: string;
  body: string;
  attachments: Attachment[];
}

export type ThreadEventKind =
  | 'status_changed'
  | 'priority_changed'
  | 'assigned'
  | 'sla_warning'
  | 'sla_breached'
  | 'created'
  | (string & {});

/** A system event (status change, assignment, SLA warning, ...). */
export interface EventItem {
  kind: 'event';
  id: string;
  at: string;
  event: ThreadEventKind;
  text: string;
}

export type ThreadItem = CustomerMessage | ReplyItem | NoteItem | EventItem;

export interface CustomerHistory {
  id: string;
  name: string;
  vip: boolean;
  ticketsTotal: number;
  ticketsClosed: number;
  csatAvg?: number;
  firstResponseMs?: number;
  lastTickets: { id: string; number: number; subject: string; status: TicketStatus }[];
}

export interface Asset {
  id: string;
  name: string;
  os?: string;
  /** Utilisation in percent, 0..100. */
  cpu: number;
  ram: number;
  disk: number;
  compliance: { label: string; ok: boolean }[];
}

export type SentinelPosture = 'secure' | 'at_risk' | 'compromised';

export interface Sentinel {
  posture: SentinelPosture;
  findings: string[];
}

export interface TimeEntry {
  id: string;
  agentName: string;
  minutes: number;
  note?: string;
  at: string;
}

export interface TimeInfo {
  entries: TimeEntry[];
  /** ISO time when the current agent's running timer started, if one is running. */
  runningSince?: string;
}

export interface Contract {
  name: string;
  /** e.g. "Managed services — 40 h / month". */
  billing?: string;
  hoursIncluded?: number;
  hoursUsed?: number;
}

export interface TicketContext {
  sla: Sla;
  asset?: Asset;
  sentinel?: Sentinel;
  time?: TimeInfo;
  contract?: Contract;
  related: TicketSummary[];
  summary?: { text: string; updatedAt: string };
}

export const REMOTE_SESSION_STATUSES = [
  'awaiting_consent',
  'active',
  'denied',
  'expired',
  'ended',
] as const;
export type RemoteSessionStatus = (typeof REMOTE_SESSION_STATUSES)[number];

export interface RemoteSession {
  id: string;
  status: RemoteSessionStatus;
  ticketId?: string;
}

export interface MacroActions {
  status?: TicketStatus;
  priority?: Priority;
  assigneeId?: string;
}

export interface Macro {
  id: string;
  title: string;
  body: string;
  actions?: MacroActions;
}

export interface ViewFilter {
  tags?: string[];
  teamId?: string;
  projectId?: string;
  status?: TicketStatus[];
  priority?: Priority[];
}

export interface SavedView {
  id: string;
  name: string;
  filter: ViewFilter;
}

/** Where a write came from; every write carries one so it can be audited. */
export interface ActionContext {
  origin: 'bulk' | 'peek' | 'composer' | 'api';
  actorId: string;
}

export interface ReadOptions {
  signal?: AbortSignal;
}

export interface ListTicketsQuery {
  view: ViewKey | string;
  /** 1-based. */
  page: number;
  pageSize: number;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface ThreadPage {
  /** Oldest first. */
  items: ThreadItem[];
  /** True when older items exist before the first one returned. */
  hasMore: boolean;
}

export interface ListThreadOptions extends ReadOptions {
  /** Return items strictly older than the item with this id. */
  before?: string;
  limit?: number;
}

export interface TicketPatch {
  status?: TicketStatus;
  priority?: Priority;
  assigneeId?: string | null;
}

export interface OutgoingMessage {
  body: string;
  attachments?: File[] | Attachment[];
}

export interface AssistRequest {
  ticketId: string;
  mode: 'draft' | 'refine';
  target: 'reply' | 'note';
  text: string;
}

export type AdapterEvent =
  | { type: 'ticket.updated'; ticket: Ticket }
  | { type: 'thread.appended'; ticketId: string; item: ThreadItem }
  | { type: 'summary.updated'; ticketId: string; summary: { text: string; updatedAt: string } }
  | { type: 'session.updated'; session: RemoteSession }
  | {
      type: 'presence';
      ticketId: string;
      agentId: string;
      state: 'viewing' | 'typing' | 'left';
    };

export type AdapterListener = (event: AdapterEvent) => void;

/**
 * The data contract every backend implements. All methods return promises; reads accept an
 * optional `{signal}` (abort it and the promise rejects with an `AbortError` DOMException);
 * writes take an `ActionContext`. Optional methods (marked `?`) hide their UI when absent.
 * Every rejection other than an abort is an `AdapterError`.
 */
export interface HelpdeskAdapter {
  /** The signed-in agent. */
  me(opts?: ReadOptions): Promise<Agent>;
  listAgents(opts?: ReadOptions): Promise<Agent[]>;
  listTickets(query: ListTicketsQuery, opts?: ReadOptions): Promise<Page<TicketSummary>>;
  countViews(views: string[], opts?: ReadOptions): Promise<Record<string, number>>;
  getTicket(id: string, opts?: ReadOptions): Promise<Ticket>;
  listThread(id: string, opts?: ListThreadOptions): Promise<ThreadPage>;
  updateTicket(id: string, patch: TicketPatch, ctx: ActionContext): Promise<Ticket>;
  addInternalNote(
    id: string,
    note: OutgoingMessage,
    ctx: ActionContext,
  ): Promise<{ note: Note; total: number }>;
  /** Sends a reply; the backend delivers it to the customer as email. */
  sendReply(id: string, reply: OutgoingMessage, ctx: ActionContext): Promise<ThreadItem>;
  getCustomerHistory(customerId: string, opts?: ReadOptions): Promise<CustomerHistory>;
  getTicketContext(id: string, opts?: ReadOptions): Promise<TicketContext>;
  startRemoteSession(ticketId: string, ctx: ActionContext): Promise<RemoteSession>;
  getRemoteSession(sessionId: string, opts?: ReadOptions): Promise<RemoteSession>;
  assist?(req: AssistRequest, opts?: ReadOptions): Promise<string>;
  listMacros?(opts?: ReadOptions): Promise<Macro[]>;
  listSavedViews?(opts?: ReadOptions): Promise<SavedView[]>;
  saveView?(view: SavedView): Promise<SavedView>;
  deleteView?(id: string): Promise<void>;
  /** Start/stop the current agent's timer on a ticket; resolves with the updated time info. */
  toggleTimer?(ticketId: string, ctx: ActionContext): Promise<TimeInfo>;
  subscribe?(listener: AdapterListener): () => void;
}

export const ADAPTER_ERROR_CODES = [
  'no_email_account',
  'no_contact_email',
  'dispatch_failed',
  'network',
  'forbidden',
  'not_found',
  'conflict',
  'validation',
  'unavailable',
] as const;
export type AdapterErrorCode = (typeof ADAPTER_ERROR_CODES)[number];

/** The one error type adapters reject with. `message` is shown to agents verbatim. */
export class AdapterError extends Error {
  override readonly name = 'AdapterError';
  readonly code: AdapterErrorCode;
  override readonly cause?: unknown;

  constructor(code: AdapterErrorCode, message: string, cause?: unknown) {
    super(message);
    this.code = code;
    this.cause = cause;
  }

  /** Wraps anything thrown into an AdapterError (aborts are rethrown by callers, not wrapped). */
  static from(err: unknown): AdapterError {
    if (err instanceof AdapterError) return err;
    if (
      err &&
      typeof err === 'object' &&
      'code' in err &&
      typeof (err as { code: unknown }).code === 'string' &&
      (ADAPTER_ERROR_CODES as readonly string[]).includes((err as { code: string }).code)
    ) {
      const e = err as { code: AdapterErrorCode; message?: string };
      return new AdapterError(e.code, e.message || e.code, err);
    }
    const message = err instanceof Error ? err.message : String(err ?? 'Unknown error');
    return new AdapterError('unavailable', message || 'Unknown error', err);
  }
}

/** True for the rejection of an aborted read. */
export function isAbortError(err: unknown): boolean {
  return (
    (err instanceof DOMException && err.name === 'AbortError') ||
    (err instanceof Error && err.name === 'AbortError')
  );
}
