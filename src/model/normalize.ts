/**
 * Defensive normalisation of adapter answers — the one place where data from a backend (or a
 * host's hand-written adapter) is made to fit the data model before an element renders it.
 * Pure functions, no DOM.
 *
 * Adapters are untrusted about shape as much as about content: a field may be missing, `null`,
 * of the wrong type (a number where a string belongs, a string where a list or a number
 * belongs), a date may be unparsable ('yesterday', NaN), a count negative, an enum value one the
 * contract does not know. The rules, the same for every field:
 * - Text: a string stays as it is (content is escaped by lit, never trusted); a finite number
 *   becomes its digits; anything else becomes `''` (the element shows its placeholder).
 * - Times: a parsable ISO string stays; epoch milliseconds and `Date`s become ISO strings;
 *   anything else becomes `''` (required fields) or is left out (optional ones).
 * - Counts: whole numbers ≥ 0 (numeric strings accepted); anything else is "unknown".
 * - Flags: only `true` is true.
 * - Lists: non-arrays are empty; entries that are not objects are dropped; ids missing from
 *   list entries are made up (so keyed rendering stays stable) and duplicates made unique.
 * - Enums (status, priority, channel, thread item kind): a value the contract does not know
 *   becomes {@link UNKNOWN} (status, priority, channel); an unknown thread item kind becomes an
 *   event item without text. The translation tables have an "unknown" label for them.
 * - A ticket or thread item without an id gets the id it was asked for / a made-up one.
 *
 * {@link guardAdapter} applies these to every answer of an adapter; the elements read through it.
 */
import {
  PRIORITIES,
  REMOTE_SESSION_STATUSES,
  TICKET_STATUSES,
  type AdapterEvent,
  type AdapterListener,
  type Agent,
  type Asset,
  type Attachment,
  type Contract,
  type CustomerChannel,
  type CustomerHistory,
  type HelpdeskAdapter,
  type Macro,
  type MacroActions,
  type Note,
  type Page,
  type RemoteSession,
  type SavedView,
  type Sentinel,
  type Sla,
  type ThreadItem,
  type ThreadPage,
  type Ticket,
  type TicketContext,
  type TicketSummary,
  type TimeEntry,
  type TimeInfo,
} from '../adapter/types.js';

/**
 * What an enum field holds after normalisation when the adapter sent a value the contract does
 * not know. It is typed as the enum (the model types stay the contract's); every label table
 * (`msg.common.status`, `statusLower`, `priority`, `priorityLower`) has an entry for it.
 */
export const UNKNOWN = 'unknown' as const;

type Obj = Record<string, unknown>;
/** How each field of `T` is read from whatever the adapter sent (`undefined` leaves it out). */
type Spec<T> = { [K in keyof T]-?: (v: unknown) => T[K] };

const CHANNELS: readonly CustomerChannel[] = ['email', 'agent', 'portal'];
const SENTINEL_POSTURES = ['secure', 'at_risk', 'compromised'] as const;
const PRESENCE = ['viewing', 'typing', 'left'] as const;
/** Date.parse accepts ±8.64e15 ms; beyond that there is no date. */
const MAX_TIME = 8.64e15;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const obj = (v: unknown): Obj => (isObj(v) ? v : {});

/** Reads `v` field by field with `spec`; fields read as `undefined` are left out. */
function shape<T>(v: unknown, spec: Spec<T>): T {
  const r = obj(v);
  const out: Obj = {};
  for (const key in spec) {
    const value = spec[key](r[key]);
    if (value !== undefined) out[key] = value;
  }
  return out as T;
}

/** A string as it is, a finite number as its digits, else `''`. */
export function text(v: unknown): string {
  if (typeof v === 'string') return v;
  return (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'bigint' ? String(v) : '';
}

/** {@link text}, or `undefined` when it is empty. */
export const optText = (v: unknown): string | undefined => text(v) || undefined;

/** An ISO time (a parsable string as it is; epoch ms or a Date as ISO), else `''`. */
export function time(v: unknown): string {
  if (typeof v === 'string') return Number.isNaN(Date.parse(v)) ? '' : v;
  const ms = v instanceof Date ? v.getTime() : typeof v === 'number' ? v : NaN;
  return Math.abs(ms) <= MAX_TIME ? new Date(ms).toISOString() : '';
}

const optTime = (v: unknown) => time(v) || undefined;

/** A finite number (numeric strings accepted), else `undefined`. */
export function num(v: unknown): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() ? Number(v) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

/** A whole number ≥ 0 (numeric strings accepted), else `undefined`. */
export function count(v: unknown): number | undefined {
  const n = num(v);
  return n !== undefined && n >= 0 ? Math.floor(n) : undefined;
}

/** A number ≥ 0, else `undefined`. */
const amount = (v: unknown) => {
  const n = num(v);
  return n !== undefined && n >= 0 ? n : undefined;
};
/** An unknown amount that must never read as 0 (a percentage, minutes): `NaN`, shown as "—". */
const unknownAsNaN = (v: unknown) => num(v) ?? NaN;
const flag = (v: unknown) => v === true;
const optFlag = (v: unknown) => (typeof v === 'boolean' ? v : undefined);
const optString = (v: unknown) => (typeof v === 'string' && v ? v : undefined);

const oneOf =
  <T extends string>(allowed: readonly T[]) =>
  (v: unknown): T =>
    (allowed as readonly unknown[]).includes(v) ? (v as T) : (UNKNOWN as T);

/** Only the known values of a list of enum values (`undefined` for no list). */
const known =
  <T extends string>(allowed: readonly T[]) =>
  (v: unknown): T[] | undefined =>
    Array.isArray(v)
      ? v.filter((x): x is T => (allowed as readonly unknown[]).includes(x))
      : undefined;

/** The entries of a list that are objects, read with `each`; ids made unique. */
function list<T>(v: unknown, each: (item: Obj, index: number) => T): T[] {
  const out: T[] = [];
  if (Array.isArray(v)) v.forEach((item, i) => isObj(item) && out.push(each(item, i)));
  return out;
}

/** {@link list} of things with ids: a missing id is made up (`<prefix><n>`), duplicates `…~2`. */
function withIds<T extends { id: string }>(
  v: unknown,
  prefix: string,
  each: (item: Obj) => T,
): T[] {
  const seen = new Set<string>();
  return list(v, (item, i) => {
    const out = each(item);
    const base = out.id || `${prefix}${i + 1}`;
    let id = base;
    for (let n = 2; seen.has(id); n++) id = `${base}~${n}`;
    seen.add(id);
    out.id = id;
    return out;
  });
}

/** Non-empty texts of a list. */
const texts = (v: unknown): string[] => (Array.isArray(v) ? v.map(text).filter(Boolean) : []);
const optTexts = (v: unknown) => (Array.isArray(v) ? texts(v) : undefined);

export const normalizeStatus = oneOf(TICKET_STATUSES);
export const normalizePriority = oneOf(PRIORITIES);

/** A positive ticket number (numeric strings accepted), else 0 (shown as "#—"). */
export function ticketNumber(v: unknown): number {
  return count(v) || 0;
}

export const normalizeSla = (v: unknown): Sla =>
  shape<Sla>(v, {
    firstResponseDueAt: optTime,
    resolutionDueAt: optTime,
    firstResponseAt: optTime,
    warnedAt: optTime,
    businessHours: optFlag,
  });

const ATTACHMENT: Spec<Attachment> = {
  name: text,
  // an unknown size is no size (-1: `formatBytes` gives "")
  size: (v) => count(v) ?? -1,
  type: text,
  url: optString,
};
export const normalizeAttachments = (v: unknown): Attachment[] =>
  list(v, (a) => shape(a, ATTACHMENT));

const NOTE: Spec<Note> = {
  id: text,
  at: time,
  author: text,
  body: text,
  attachments: normalizeAttachments,
};

const SUMMARY: Spec<TicketSummary> = {
  id: text,
  number: ticketNumber,
  subject: text,
  status: normalizeStatus,
  priority: normalizePriority,
  assigneeId: (v) => optText(v) ?? null,
  customerId: text,
  contactName: text,
  updatedAt: time,
  createdAt: optTime,
  sla: normalizeSla,
  unread: flag,
  tags: texts,
  teamId: optText,
  projectId: optText,
};

/** One inbox row. `fallbackId` is used when it has no id. */
export function normalizeSummary(v: unknown, fallbackId = ''): TicketSummary {
  const t = shape(v, SUMMARY);
  t.id ||= fallbackId;
  return t;
}

export const normalizeAgent = (v: unknown): Agent =>
  shape<Agent>(v, { id: text, name: text, avatarUrl: optString, teamIds: optTexts });

/** A full ticket. `requestedId` is its id when the answer has none. */
export function normalizeTicket(v: unknown, requestedId = ''): Ticket {
  const summary = normalizeSummary(v, requestedId);
  const t = shape<Omit<Ticket, keyof TicketSummary>>(v, {
    contact: (c) =>
      shape(c, {
        name: (name) => text(name) || summary.contactName,
        email: (email) => (typeof email === 'string' && email) || undefined,
      }),
    client: optText,
    assignee: (a) => (isObj(a) && text(a.id) ? normalizeAgent(a) : undefined),
    firstResponseAt: optTime,
    internalNotes: (notes) => withIds(notes, 'note-', (n) => shape(n, NOTE)),
    assetId: optText,
  });
  return { ...summary, ...t };
}

const ITEM_KINDS = ['customer', 'reply', 'note', 'event'] as const;
/** The fields of every kind of thread item (each kind reads those `ITEM_FIELDS` names). */
const ITEM: Record<string, (v: unknown) => unknown> = {
  id: text,
  at: time,
  author: text,
  body: text,
  bodyHtml: optString,
  channel: oneOf(CHANNELS),
  attachments: normalizeAttachments,
  event: (v: unknown) => text(v) || UNKNOWN,
  text,
};
const ITEM_FIELDS: Record<(typeof ITEM_KINDS)[number], string[]> = {
  customer: ['author', 'body', 'bodyHtml', 'channel', 'attachments'],
  reply: ['author', 'body', 'attachments'],
  note: ['author', 'body', 'attachments'],
  event: ['event', 'text'],
};

/** One thread item; an unknown kind becomes an event without text (shown as unsupported). */
export function normalizeThreadItem(v: unknown, fallbackId = ''): ThreadItem {
  const r = obj(v);
  const known = (ITEM_KINDS as readonly unknown[]).includes(r.kind);
  const kind = known ? (r.kind as ThreadItem['kind']) : 'event';
  const out: Obj = { kind, id: text(r.id) || fallbackId, at: time(r.at) };
  for (const key of ITEM_FIELDS[kind]) {
    const value = ITEM[key](known ? r[key] : undefined);
    if (value !== undefined) out[key] = value;
  }
  return out as unknown as ThreadItem;
}

/** A page of the thread; items without an id get `<ticketId>~item-<n>`. */
export function normalizeThreadPage(v: unknown, ticketId = ''): ThreadPage {
  const r = obj(v);
  return {
    items: withIds(r.items, `${ticketId}~item-`, (item) => normalizeThreadItem(item)),
    hasMore: r.hasMore === true,
  };
}

/**
 * A page of inbox rows. The total is the adapter's when it is a count, else the rows on the
 * page (an unknown total is never shown as 0, NaN or negative).
 */
export function normalizePage(v: unknown): Page<TicketSummary> {
  const r = obj(v);
  const items = withIds(r.items, 'row-', (t) => normalizeSummary(t));
  return { items, total: count(r.total) ?? items.length };
}

/** View counts: only values that are counts (unknown views show no count). */
export function normalizeCounts(v: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, value] of Object.entries(obj(v))) {
    const n = count(value);
    if (n !== undefined) out[key] = n;
  }
  return out;
}

const ASSET: Spec<Asset> = {
  id: text,
  name: text,
  os: optText,
  cpu: unknownAsNaN,
  ram: unknownAsNaN,
  disk: unknownAsNaN,
  compliance: (v) =>
    list(v, (c) => ({ label: text(c.label), ok: c.ok === true })).filter((c) => c.label),
};

const TIME_ENTRY: Spec<TimeEntry> = {
  id: text,
  agentName: text,
  // unknown minutes: shown as "—" and left out of the total
  minutes: unknownAsNaN,
  note: optText,
  at: time,
};

export const normalizeTimeInfo = (v: unknown): TimeInfo =>
  shape<TimeInfo>(v, {
    entries: (e) => withIds(e, 'entry-', (x) => shape(x, TIME_ENTRY)),
    runningSince: optTime,
  });

const ifObj =
  <T>(read: (v: Obj) => T) =>
  (v: unknown): T | undefined =>
    isObj(v) ? read(v) : undefined;

const CONTEXT: Spec<TicketContext> = {
  sla: normalizeSla,
  asset: ifObj((a) => shape(a, ASSET)),
  sentinel: ifObj((s) =>
    shape<Sentinel>(s, { posture: oneOf(SENTINEL_POSTURES), findings: texts }),
  ),
  time: ifObj(normalizeTimeInfo),
  contract: ifObj((c) =>
    shape<Contract>(c, {
      name: text,
      billing: optText,
      hoursIncluded: amount,
      hoursUsed: amount,
    }),
  ),
  related: (v) => withIds(v, 'related-', (t) => normalizeSummary(t)),
  summary: ifObj((s) =>
    text(s.text) ? { text: text(s.text), updatedAt: time(s.updatedAt) } : undefined,
  ),
};

export const normalizeContext = (v: unknown): TicketContext => shape(v, CONTEXT);

const LAST_TICKET: Spec<CustomerHistory['lastTickets'][number]> = {
  id: text,
  number: ticketNumber,
  subject: text,
  status: normalizeStatus,
};

/**
 * A customer history. An unknown total counts the listed last tickets; closed tickets are never
 * more than the total.
 */
export function normalizeHistory(v: unknown): CustomerHistory {
  const r = obj(v);
  const lastTickets = withIds(r.lastTickets, 'ticket-', (t) => shape(t, LAST_TICKET));
  const ticketsTotal = count(r.ticketsTotal) ?? lastTickets.length;
  return shape<CustomerHistory>(r, {
    id: text,
    name: text,
    vip: flag,
    ticketsTotal: () => ticketsTotal,
    ticketsClosed: (c) => Math.min(count(c) ?? 0, ticketsTotal),
    csatAvg: num,
    firstResponseMs: count,
    lastTickets: () => lastTickets,
  });
}

const MACRO_ACTIONS: Spec<MacroActions> = {
  status: (v) => known(TICKET_STATUSES)([v])?.[0],
  priority: (v) => known(PRIORITIES)([v])?.[0],
  assigneeId: optText,
};

export const normalizeMacros = (v: unknown): Macro[] =>
  withIds(v, 'macro-', (m) =>
    shape<Macro>(m, {
      id: text,
      title: text,
      body: text,
      actions: ifObj((a) => {
        const actions = shape(a, MACRO_ACTIONS);
        return Object.keys(actions).length ? actions : undefined;
      }),
    }),
  );

/** Agents with an id (an agent without one cannot be assigned). */
export const normalizeAgents = (v: unknown): Agent[] => list(v, normalizeAgent).filter((a) => a.id);

const VIEW_FILTER: Spec<SavedView['filter']> = {
  tags: optTexts,
  teamId: optText,
  projectId: optText,
  status: known(TICKET_STATUSES),
  priority: known(PRIORITIES),
};

/** Saved views with an id; a view without a name is named by its id. */
export const normalizeSavedViews = (v: unknown): SavedView[] =>
  list(v, (r) => {
    const id = text(r.id);
    return { id, name: text(r.name) || id, filter: shape(r.filter, VIEW_FILTER) };
  }).filter((view) => view.id);

export function normalizeRemoteSession(v: unknown, fallbackId = ''): RemoteSession {
  const session = shape<RemoteSession>(v, {
    id: text,
    status: oneOf(REMOTE_SESSION_STATUSES),
    ticketId: optText,
  });
  session.id ||= fallbackId;
  return session;
}

/** A live event with its payload normalised; `undefined` for something that is no event. */
export function normalizeEvent(v: unknown): AdapterEvent | undefined {
  if (!isObj(v)) return undefined;
  const ticketId = text(v.ticketId);
  switch (v.type) {
    case 'ticket.updated':
      return isObj(v.ticket) && text(v.ticket.id)
        ? { type: v.type, ticket: normalizeTicket(v.ticket) }
        : undefined;
    case 'thread.appended':
      return ticketId && isObj(v.item)
        ? { type: v.type, ticketId, item: normalizeThreadItem(v.item, `${ticketId}~live`) }
        : undefined;
    case 'summary.updated': {
      const s = obj(v.summary);
      return {
        type: v.type,
        ticketId,
        summary: { text: text(s.text), updatedAt: time(s.updatedAt) },
      };
    }
    case 'session.updated':
      return isObj(v.session)
        ? { type: v.type, session: normalizeRemoteSession(v.session) }
        : undefined;
    case 'presence': {
      const state = oneOf(PRESENCE)(v.state);
      return state === (UNKNOWN as string)
        ? undefined
        : { type: v.type, ticketId, agentId: text(v.agentId), state };
    }
    default:
      // an event type this version does not know: passed on as it is (elements ignore it)
      return v as unknown as AdapterEvent;
  }
}

// ---- the adapter guard ---------------------------------------------------------------------

type AnyFn = (...args: never[]) => unknown;
/** How each method's answer is normalised (from its arguments where an id is needed). */
const ANSWERS: Partial<
  Record<keyof HelpdeskAdapter, (value: unknown, args: unknown[]) => unknown>
> = {
  me: normalizeAgent,
  listAgents: normalizeAgents,
  listTickets: normalizePage,
  countViews: normalizeCounts,
  getTicket: (v, [id]) => normalizeTicket(v, text(id)),
  updateTicket: (v, [id]) => normalizeTicket(v, text(id)),
  listThread: (v, [id]) => normalizeThreadPage(v, text(id)),
  sendReply: (v, [id]) => normalizeThreadItem(v, `${text(id)}~sent`),
  addInternalNote: (v) => {
    const r = obj(v);
    return { note: shape(r.note, NOTE), total: count(r.total) ?? 0 };
  },
  getCustomerHistory: normalizeHistory,
  getTicketContext: normalizeContext,
  startRemoteSession: (v) => normalizeRemoteSession(v),
  getRemoteSession: (v, [id]) => normalizeRemoteSession(v, text(id)),
  assist: text,
  listMacros: normalizeMacros,
  listSavedViews: normalizeSavedViews,
  saveView: (v, [view]) => normalizeSavedViews([isObj(v) ? v : view])[0] ?? view,
  toggleTimer: normalizeTimeInfo,
};

const guarded = new WeakMap<HelpdeskAdapter, HelpdeskAdapter>();
const guards = new WeakSet<HelpdeskAdapter>();

/**
 * The adapter with every answer (and every `subscribe` event) normalised by the functions
 * above. Methods the adapter lacks stay absent (optional capabilities still hide their UI);
 * rejections pass through unchanged. One guard per adapter (cached), and guarding a guard
 * returns it.
 */
export function guardAdapter(adapter: HelpdeskAdapter): HelpdeskAdapter;
export function guardAdapter(adapter: HelpdeskAdapter | undefined): HelpdeskAdapter | undefined;
export function guardAdapter(adapter: HelpdeskAdapter | undefined): HelpdeskAdapter | undefined {
  if (!adapter || guards.has(adapter)) return adapter;
  let guard = guarded.get(adapter);
  if (guard) return guard;
  const methods = new Map<PropertyKey, AnyFn>();
  guard = new Proxy(adapter, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      let fn = methods.get(key);
      if (fn && (fn as { raw?: unknown }).raw === value) return fn;
      const raw = value as (...args: unknown[]) => unknown;
      const answer = ANSWERS[key as keyof HelpdeskAdapter];
      if (key === 'subscribe') {
        fn = (listener: AdapterListener) =>
          raw.call(target, (event: unknown) => {
            const normalized = normalizeEvent(event);
            if (normalized) listener(normalized);
          });
      } else if (answer) {
        fn = (...args: unknown[]) =>
          Promise.resolve(raw.apply(target, args)).then((v) => answer(v, args));
      } else {
        fn = (...args: unknown[]) => raw.apply(target, args);
      }
      Object.assign(fn, { raw });
      methods.set(key, fn);
      return fn;
    },
  });
  guarded.set(adapter, guard);
  guards.add(guard);
  return guard;
}
