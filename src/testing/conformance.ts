import {
  BUILT_IN_VIEWS,
  type ActionContext,
  type AdapterEvent,
  type HelpdeskAdapter,
  type Ticket,
  type TicketSummary,
} from '../adapter/types.js';
import { slaState } from '../model/sla.js';
import { compareTicketsForList, isOpenTicket } from '../model/views.js';
import { deepEqual, equal, ok, rejectsWithAbort, rejectsWithCode } from './assert.js';
import { demoChecks } from './demo-checks.js';
import { testGlobals, type TestGlobals } from './globals.js';

/** What a conformance factory returns: the adapter and an optional teardown. */
export interface ConformanceSubject {
  adapter: HelpdeskAdapter;
  dispose?: () => void | Promise<void>;
}

/** Creates a fresh adapter over fresh data. Called before every test. */
export type ConformanceFactory = () =>
  ConformanceSubject | HelpdeskAdapter | Promise<ConformanceSubject | HelpdeskAdapter>;

/** Options of {@link runAdapterConformance}. */
export interface ConformanceOptions {
  /**
   * The clock the backend uses for "past a due time" (overdue view). Default `Date.now`. The
   * overdue check only needs this clock to be at or after the backend's.
   */
  now?: () => Date | number;
  /** Run the extra checks that need hd-cockpit's demo data (`createDemoData()`). Default false. */
  demoData?: boolean;
  /** How long to wait for a `subscribe` event after a write. Default 2000 ms. */
  eventTimeoutMs?: number;
  /** Page size used to read whole views. Default 50. */
  pageSize?: number;
  /**
   * Why `subscribe` cannot be checked where the suite runs (e.g. a mock server whose event
   * stream cannot reach this browser). The event check is then registered as skipped, with
   * `[skipped here: <reason>]` in its name, instead of running.
   */
  skipEvents?: string;
}

/** Context of the suite's own writes. */
export interface ConformanceContext {
  adapter: () => HelpdeskAdapter;
  ctx: () => Promise<ActionContext>;
  options: Required<Pick<ConformanceOptions, 'eventTimeoutMs' | 'pageSize'>> & ConformanceOptions;
}

const MISSING_ID = 'hd-conformance-missing-id';

/** Every item of a view, page by page. */
export async function readWholeView(
  adapter: HelpdeskAdapter,
  view: string,
  pageSize = 50,
): Promise<{ items: TicketSummary[]; total: number }> {
  const first = await adapter.listTickets({ view, page: 1, pageSize });
  const items = [...first.items];
  for (let page = 2; items.length < first.total; page++) {
    const next = await adapter.listTickets({ view, page, pageSize });
    equal(next.total, first.total, `${view} page ${page}: total must not change between pages`);
    ok(next.items.length > 0, `${view} page ${page}: empty page before reaching the total`);
    items.push(...next.items);
  }
  return { items, total: first.total };
}

/** An open ticket, preferring one whose contact has an email address when `withEmail`. */
async function openTicket(adapter: HelpdeskAdapter, withEmail = false): Promise<Ticket> {
  const { items } = await adapter.listTickets({ view: 'all_open', page: 1, pageSize: 50 });
  ok(items.length > 0, 'the data needs at least one open ticket (all_open is empty)');
  for (const summary of items) {
    const ticket = await adapter.getTicket(summary.id);
    if (!withEmail || ticket.contact.email) return ticket;
  }
  throw new Error('the data needs an open ticket whose contact has an email address');
}

function nextEvent(
  adapter: HelpdeskAdapter,
  match: (e: AdapterEvent) => boolean,
  timeoutMs: number,
): { promise: Promise<AdapterEvent>; cancel: () => void } {
  let unsubscribe = () => {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  const promise = new Promise<AdapterEvent>((resolve, reject) => {
    unsubscribe = adapter.subscribe!((event) => {
      if (match(event)) resolve(event);
    });
    timer = setTimeout(
      () => reject(new Error(`no matching event within ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  const cancel = () => {
    clearTimeout(timer);
    unsubscribe();
  };
  promise.then(cancel, cancel);
  return { promise, cancel };
}

/** `it.skip` with the reason appended to the test's name. */
function skipped(it: TestGlobals['it'], reason: string): TestGlobals['it'] {
  const skip = it.skip;
  if (!skip) throw new Error('skipEvents needs it.skip from the test framework');
  return (name, fn) => skip(`${name} [skipped here: ${reason}]`, fn);
}

/**
 * Registers a mocha-style suite (`describe`/`it`, also fine under jest or vitest globals) that
 * checks an adapter against the `HelpdeskAdapter` contract: view semantics, counts, paging,
 * list order, writes visible on re-read, error codes, aborts, thread paging and events.
 *
 * `factory` is called before **every** test (tests write), so it must return an adapter over
 * fresh data; `dispose` (if returned) runs after each test.
 */
export function runAdapterConformance(
  name: string,
  factory: ConformanceFactory,
  options: ConformanceOptions = {},
): void {
  const { describe, it, beforeEach, afterEach } = testGlobals();
  const opts = { eventTimeoutMs: 2000, pageSize: 50, ...options };
  const now = () => +(options.now ?? Date.now)();
  let subject: ConformanceSubject | undefined;
  const adapter = () => {
    if (!subject) throw new Error('the conformance factory did not run');
    return subject.adapter;
  };
  const ctx = async (): Promise<ActionContext> => ({
    origin: 'api',
    actorId: (await adapter().me()).id,
  });
  const whole = (view: string) => readWholeView(adapter(), view, opts.pageSize);

  describe(`HelpdeskAdapter conformance: ${name}`, () => {
    beforeEach(async () => {
      const made = await factory();
      subject =
        typeof (made as HelpdeskAdapter).me === 'function'
          ? { adapter: made as HelpdeskAdapter }
          : (made as ConformanceSubject);
    });
    afterEach(async () => {
      await subject?.dispose?.();
      subject = undefined;
    });

    describe('agents', () => {
      it('me() is one of listAgents()', async () => {
        const [me, agents] = await Promise.all([adapter().me(), adapter().listAgents()]);
        ok(
          typeof me.id === 'string' && me.id && typeof me.name === 'string',
          'me() needs id and name',
        );
        ok(
          agents.some((a) => a.id === me.id),
          `me() (${me.id}) must be in listAgents()`,
        );
      });
    });

    describe('views', () => {
      it('every built-in view holds only tickets that belong to it', async () => {
        const me = await adapter().me();
        const checks: Record<string, (t: TicketSummary) => boolean> = {
          my_open: (t) => t.assigneeId === me.id && isOpenTicket(t),
          unassigned: (t) => t.assigneeId === null && isOpenTicket(t),
          overdue: (t) =>
            isOpenTicket(t) && (!!t.sla.warnedAt || slaState(t.sla, now()) === 'breached'),
          high_priority: (t) =>
            isOpenTicket(t) && (t.priority === 'high' || t.priority === 'urgent'),
          all_open: (t) => isOpenTicket(t),
        };
        const allOpen = new Set((await whole('all_open')).items.map((t) => t.id));
        for (const view of BUILT_IN_VIEWS) {
          const { items } = await whole(view);
          for (const t of items) {
            ok(
              checks[view](t),
              `${view} must not contain #${t.number} (${t.status}, ${t.priority}, assignee ${t.assigneeId})`,
            );
            ok(allOpen.has(t.id), `${view} item #${t.number} must also be in all_open`);
          }
        }
      });

      it('lists are sorted by updatedAt (newest first), ties by number descending', async () => {
        const { items } = await whole('all_open');
        for (let i = 1; i < items.length; i++) {
          ok(
            compareTicketsForList(items[i - 1], items[i]) <= 0,
            `all_open order broken at #${items[i].number}`,
          );
        }
      });

      it('countViews equals the listTickets total of every view', async () => {
        const views: string[] = [...BUILT_IN_VIEWS];
        const { items } = await whole('all_open');
        const tag = items.find((t) => t.tags.length)?.tags[0];
        if (tag) views.push(`by_tag:${tag}`);
        const team = items.find((t) => t.teamId)?.teamId;
        if (team) views.push(`by_team:${team}`);
        for (const saved of (await adapter().listSavedViews?.()) ?? [])
          views.push(`saved:${saved.id}`);
        const counts = await adapter().countViews(views);
        for (const view of views) {
          const { total } = await adapter().listTickets({ view, page: 1, pageSize: 5 });
          equal(counts[view], total, `countViews["${view}"]`);
        }
      });

      it('filter views hold open tickets with that tag or team', async () => {
        const { items } = await whole('all_open');
        const tag = items.find((t) => t.tags.length)?.tags[0];
        if (tag) {
          const tagged = await whole(`by_tag:${tag}`);
          equal(
            tagged.total,
            items.filter((t) => t.tags.includes(tag)).length,
            `by_tag:${tag} total`,
          );
        }
        const team = items.find((t) => t.teamId)?.teamId;
        if (team) {
          const teamView = await whole(`by_team:${team}`);
          equal(
            teamView.total,
            items.filter((t) => t.teamId === team).length,
            `by_team:${team} total`,
          );
        }
      });

      it('pages do not overlap, add up to the total, and a page past the end is empty', async () => {
        const pageSize = 7;
        const first = await adapter().listTickets({ view: 'all_open', page: 1, pageSize });
        const seen = new Set<string>();
        const pages = Math.ceil(first.total / pageSize);
        for (let page = 1; page <= pages; page++) {
          const { items, total } = await adapter().listTickets({
            view: 'all_open',
            page,
            pageSize,
          });
          equal(total, first.total, `total on page ${page}`);
          ok(items.length <= pageSize, `page ${page} has more than pageSize items`);
          for (const t of items) {
            ok(!seen.has(t.id), `#${t.number} appears on two pages`);
            seen.add(t.id);
          }
        }
        equal(seen.size, first.total, 'union of all pages');
        const past = await adapter().listTickets({ view: 'all_open', page: pages + 1, pageSize });
        equal(past.items.length, 0, 'items on the page past the end');
        equal(past.total, first.total, 'total on the page past the end');
      });

      it('summaries carry no thread or internal notes', async () => {
        const { items } = await adapter().listTickets({ view: 'all_open', page: 1, pageSize: 5 });
        for (const t of items) {
          ok(!('internalNotes' in t), `summary #${t.number} must not carry internalNotes`);
          ok(
            Array.isArray(t.tags) && typeof t.unread === 'boolean' && t.sla,
            `summary #${t.number} shape`,
          );
        }
      });

      it('rejects an unknown view with validation', async () => {
        await rejectsWithCode(
          adapter().listTickets({ view: 'no_such_view', page: 1, pageSize: 5 }),
          'validation',
          'listTickets(unknown view)',
        );
      });
    });

    describe('tickets', () => {
      it('getTicket returns the ticket of a summary, and not_found for an unknown id', async () => {
        const { items } = await adapter().listTickets({ view: 'all_open', page: 1, pageSize: 1 });
        const ticket = await adapter().getTicket(items[0].id);
        equal(ticket.id, items[0].id, 'id');
        equal(ticket.number, items[0].number, 'number');
        equal(ticket.subject, items[0].subject, 'subject');
        ok(
          Array.isArray(ticket.internalNotes) && typeof ticket.contact?.name === 'string',
          'ticket shape',
        );
        await rejectsWithCode(
          adapter().getTicket(MISSING_ID),
          'not_found',
          'getTicket(unknown id)',
        );
      });

      it('updateTicket changes are visible in getTicket and listTickets', async () => {
        const ticket = await openTicket(adapter());
        const priority = ticket.priority === 'urgent' ? 'low' : 'urgent';
        const updated = await adapter().updateTicket(ticket.id, { priority }, await ctx());
        equal(updated.priority, priority, 'returned ticket priority');
        equal(
          (await adapter().getTicket(ticket.id)).priority,
          priority,
          'getTicket priority after update',
        );
        const listed = (await whole('all_open')).items.find((t) => t.id === ticket.id);
        equal(listed?.priority, priority, 'listTickets priority after update');
        const high = (await whole('high_priority')).items.some((t) => t.id === ticket.id);
        equal(high, priority === 'urgent', 'membership of high_priority after update');
      });

      it('closing a ticket removes it from all_open and from its count', async () => {
        const ticket = await openTicket(adapter());
        const before = (await adapter().countViews(['all_open'])).all_open;
        await adapter().updateTicket(ticket.id, { status: 'closed' }, await ctx());
        equal((await adapter().getTicket(ticket.id)).status, 'closed', 'status after close');
        const after = await whole('all_open');
        ok(!after.items.some((t) => t.id === ticket.id), 'closed ticket still in all_open');
        equal(after.total, before - 1, 'all_open total after close');
        equal(
          (await adapter().countViews(['all_open'])).all_open,
          before - 1,
          'all_open count after close',
        );
      });

      it('assigning to me and unassigning move the ticket between my_open and unassigned', async () => {
        const ticket = await openTicket(adapter());
        const c = await ctx();
        await adapter().updateTicket(ticket.id, { assigneeId: c.actorId }, c);
        ok(
          (await whole('my_open')).items.some((t) => t.id === ticket.id),
          'in my_open after assigning to me',
        );
        const unassigned = await adapter().updateTicket(ticket.id, { assigneeId: null }, c);
        equal(unassigned.assigneeId, null, 'assigneeId after unassigning');
        ok(
          (await whole('unassigned')).items.some((t) => t.id === ticket.id),
          'in unassigned after unassigning',
        );
      });

      it('updateTicket rejects bad values with validation and unknown ids with not_found', async () => {
        const ticket = await openTicket(adapter());
        const c = await ctx();
        const bad = { status: 'archived' } as unknown as { status: 'open' };
        await rejectsWithCode(
          adapter().updateTicket(ticket.id, bad, c),
          'validation',
          'updateTicket(bad status)',
        );
        const badPriority = { priority: 'meh' } as unknown as { priority: 'low' };
        await rejectsWithCode(
          adapter().updateTicket(ticket.id, badPriority, c),
          'validation',
          'updateTicket(bad priority)',
        );
        await rejectsWithCode(
          adapter().updateTicket(ticket.id, { assigneeId: MISSING_ID }, c),
          'validation',
          'updateTicket(unknown assignee)',
        );
        equal(
          (await adapter().getTicket(ticket.id)).status,
          ticket.status,
          'status after a rejected update',
        );
        await rejectsWithCode(
          adapter().updateTicket(MISSING_ID, { status: 'open' }, c),
          'not_found',
          'updateTicket(unknown id)',
        );
      });
    });

    describe('thread', () => {
      it('an internal note is appended to the thread and the total increments', async () => {
        const ticket = await openTicket(adapter());
        const body = `Conformance note ${Math.random().toString(36).slice(2)}`;
        const result = await adapter().addInternalNote(ticket.id, { body }, await ctx());
        equal(result.total, ticket.internalNotes.length + 1, 'total after one note');
        equal(result.note.body, body, 'note body');
        equal(
          (await adapter().getTicket(ticket.id)).internalNotes.length,
          result.total,
          'internalNotes after the note',
        );
        const { items } = await adapter().listThread(ticket.id, { limit: 5 });
        const last = items[items.length - 1];
        equal(last?.kind, 'note', 'kind of the newest thread item');
        equal(last.kind === 'note' ? last.body : undefined, body, 'body of the newest thread item');
        const second = await adapter().addInternalNote(
          ticket.id,
          { body: `${body} 2` },
          await ctx(),
        );
        equal(second.total, result.total + 1, 'total after a second note');
      });

      it('a reply is appended to the thread', async () => {
        const ticket = await openTicket(adapter(), true);
        const body = 'Conformance reply: thanks, looking into it.';
        const item = await adapter().sendReply(ticket.id, { body }, await ctx());
        equal(item.kind, 'reply', 'kind of the returned item');
        const { items } = await adapter().listThread(ticket.id, { limit: 5 });
        const last = items[items.length - 1];
        equal(last?.id, item.id, 'newest thread item is the reply');
        ok(
          (await adapter().getTicket(ticket.id)).firstResponseAt,
          'firstResponseAt is set after a reply',
        );
      });

      it('listThread pages backwards with before, oldest first, without gaps', async () => {
        const ticket = await openTicket(adapter());
        for (let i = 0; i < 3; i++) {
          await adapter().addInternalNote(ticket.id, { body: `Paging note ${i}` }, await ctx());
        }
        const all = await adapter().listThread(ticket.id, { limit: 1000 });
        equal(all.hasMore, false, 'hasMore of the whole thread');
        ok(all.items.length >= 4, 'thread needs at least 4 items');
        for (let i = 1; i < all.items.length; i++) {
          ok(
            Date.parse(all.items[i - 1].at) <= Date.parse(all.items[i].at),
            'thread items must be oldest first',
          );
        }
        const collected = [];
        let page = await adapter().listThread(ticket.id, { limit: 2 });
        equal(page.items.length, 2, 'items on the newest page');
        collected.unshift(...page.items);
        while (page.hasMore) {
          page = await adapter().listThread(ticket.id, { before: page.items[0].id, limit: 2 });
          ok(page.items.length > 0 && page.items.length <= 2, 'older page size');
          collected.unshift(...page.items);
        }
        deepEqual(
          collected.map((i) => i.id),
          all.items.map((i) => i.id),
          'pages joined = whole thread',
        );
        await rejectsWithCode(
          adapter().listThread(MISSING_ID),
          'not_found',
          'listThread(unknown id)',
        );
      });
    });

    describe('context', () => {
      it('getCustomerHistory and getTicketContext describe a ticket', async () => {
        const ticket = await openTicket(adapter());
        const history = await adapter().getCustomerHistory(ticket.customerId);
        equal(history.id, ticket.customerId, 'history id');
        ok(
          history.ticketsTotal >= 1 && history.ticketsClosed <= history.ticketsTotal,
          'history counts',
        );
        const context = await adapter().getTicketContext(ticket.id);
        ok(context.sla && Array.isArray(context.related), 'context has sla and related');
        ok(
          !context.related.some((t) => t.id === ticket.id),
          'related must not contain the ticket itself',
        );
        await rejectsWithCode(
          adapter().getCustomerHistory(MISSING_ID),
          'not_found',
          'getCustomerHistory(unknown id)',
        );
        await rejectsWithCode(
          adapter().getTicketContext(MISSING_ID),
          'not_found',
          'getTicketContext(unknown id)',
        );
      });
    });

    describe('aborts', () => {
      it('an already aborted signal rejects reads with AbortError', async () => {
        const controller = new AbortController();
        controller.abort();
        const signal = controller.signal;
        await rejectsWithAbort(
          adapter().listTickets({ view: 'all_open', page: 1, pageSize: 5 }, { signal }),
          'listTickets',
        );
        await rejectsWithAbort(adapter().countViews(['all_open'], { signal }), 'countViews');
        await rejectsWithAbort(adapter().me({ signal }), 'me');
      });

      it('aborting a read in flight rejects it with AbortError', async () => {
        const { items } = await adapter().listTickets({ view: 'all_open', page: 1, pageSize: 1 });
        const controller = new AbortController();
        const pending = adapter().getTicket(items[0].id, { signal: controller.signal });
        controller.abort();
        await rejectsWithAbort(pending, 'getTicket aborted in flight');
        const again = new AbortController();
        const list = adapter().listTickets(
          { view: 'all_open', page: 1, pageSize: 5 },
          { signal: again.signal },
        );
        again.abort();
        await rejectsWithAbort(list, 'listTickets aborted in flight');
      });
    });

    describe('optional capabilities', () => {
      const itEvents = opts.skipEvents ? skipped(it, opts.skipEvents) : it;
      itEvents('subscribe (when present) delivers ticket.updated for a write', async () => {
        if (!adapter().subscribe) return;
        const ticket = await openTicket(adapter());
        const priority = ticket.priority === 'low' ? 'high' : 'low';
        const { promise } = nextEvent(
          adapter(),
          (e) => e.type === 'ticket.updated' && e.ticket.id === ticket.id,
          opts.eventTimeoutMs,
        );
        await adapter().updateTicket(ticket.id, { priority }, await ctx());
        const event = await promise;
        equal(
          event.type === 'ticket.updated' ? event.ticket.priority : undefined,
          priority,
          'priority in the event',
        );
      });

      it('saved views (when present) round-trip and work as saved:<id> views', async () => {
        const a = adapter();
        if (!a.saveView || !a.listSavedViews || !a.deleteView) return;
        const saved = await a.saveView({
          id: 'conformance-view',
          name: 'Conformance',
          filter: { priority: ['urgent'] },
        });
        ok(
          (await a.listSavedViews()).some((v) => v.id === saved.id),
          'saved view is listed',
        );
        const { items } = await readWholeView(a, `saved:${saved.id}`);
        ok(
          items.every((t) => t.priority === 'urgent' && isOpenTicket(t)),
          'saved view filter applied',
        );
        await a.deleteView(saved.id);
        ok(!(await a.listSavedViews()).some((v) => v.id === saved.id), 'deleted view is gone');
        await rejectsWithCode(
          a.listTickets({ view: `saved:${saved.id}`, page: 1, pageSize: 5 }),
          'validation',
          'deleted saved view',
        );
      });

      it('listMacros (when present) returns macros with id, title and body', async () => {
        const macros = (await adapter().listMacros?.()) ?? [];
        for (const m of macros)
          ok(m.id && m.title && typeof m.body === 'string', `macro shape ${m.id}`);
      });
    });

    if (opts.demoData) demoChecks({ adapter, ctx, options: opts }, { describe, it });
  });
}
