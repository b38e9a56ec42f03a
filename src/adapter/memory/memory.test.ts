import { expect } from '@open-wc/testing';
import type { ActionContext, AdapterEvent } from '../types.js';
import { AdapterError } from '../types.js';
import {
  createDemoData,
  DEMO_IDS,
  DEMO_LONG_THREAD_TICKET_ID,
  DEMO_NOW,
} from '../../mocks/demo-data.js';
import { slaState } from '../../model/sla.js';
import { runAdapterConformance } from '../../testing/index.js';
import { createMemoryAdapter, type MemoryAdapter } from './index.js';

const NOW = Date.parse(DEMO_NOW);
const ctx: ActionContext = { origin: 'peek', actorId: DEMO_IDS.me };

async function rejection(promise: Promise<unknown>): Promise<AdapterError> {
  try {
    await promise;
  } catch (err) {
    return err as AdapterError;
  }
  throw new Error('expected a rejection');
}

function nextEvent(adapter: MemoryAdapter, type: AdapterEvent['type']): Promise<AdapterEvent> {
  return new Promise((resolve) => {
    const off = adapter.subscribe((e) => {
      if (e.type !== type) return;
      off();
      resolve(e);
    });
  });
}

runAdapterConformance(
  'memory adapter (frozen clock)',
  () => {
    const adapter = createMemoryAdapter({ now: NOW });
    return { adapter, dispose: () => adapter.dispose() };
  },
  { demoData: true, now: () => NOW },
);

runAdapterConformance(
  'memory adapter (running clock, jittered latency)',
  () => createMemoryAdapter({ latencyMs: [0, 3], seed: 9 }),
  { now: () => NOW + 3_600_000 },
);

describe('createMemoryAdapter', () => {
  let adapter: MemoryAdapter;
  afterEach(() => adapter?.dispose());

  describe('replies', () => {
    it('rejects with no_email_account when the tenant has no email account', async () => {
      adapter = createMemoryAdapter({ data: createDemoData({ emailAccountConfigured: false }) });
      const before = await adapter.listThread(DEMO_IDS.printerTicket);
      const err = await rejection(adapter.sendReply(DEMO_IDS.printerTicket, { body: 'Hi' }, ctx));
      expect(err).to.be.instanceOf(AdapterError);
      expect(err.code).to.equal('no_email_account');
      expect(err.message).to.equal('No email account is configured');
      expect((await adapter.listThread(DEMO_IDS.printerTicket)).items).to.deep.equal(before.items);
    });

    it('rejects with no_contact_email when the contact has no address', async () => {
      adapter = createMemoryAdapter();
      const err = await rejection(
        adapter.sendReply(DEMO_IDS.noContactEmailTicket, { body: 'Hi' }, ctx),
      );
      expect(err.code).to.equal('no_contact_email');
      expect(err.message).to.equal('This ticket has no contact email address');
    });

    it('stamps firstResponseAt on the first reply only', async () => {
      adapter = createMemoryAdapter({ now: NOW });
      const before = await adapter.getTicket(DEMO_IDS.printerTicket);
      expect(before.firstResponseAt).to.equal(undefined);
      const reply = await adapter.sendReply(DEMO_IDS.printerTicket, { body: 'On my way.' }, ctx);
      expect(reply).to.include({ kind: 'reply', author: 'Sam Rivera', body: 'On my way.' });
      const after = await adapter.getTicket(DEMO_IDS.printerTicket);
      expect(after.firstResponseAt).to.equal(reply.at);
      expect(after.sla.firstResponseAt).to.equal(reply.at);
      // once answered, the first-response target no longer threatens the SLA
      expect(slaState(after.sla, NOW + 45 * 60_000)).to.equal('at_risk');
      await adapter.sendReply(DEMO_IDS.printerTicket, { body: 'Fixed.' }, ctx);
      expect((await adapter.getTicket(DEMO_IDS.printerTicket)).firstResponseAt).to.equal(reply.at);
    });

    it('turns File attachments into attachment metadata', async () => {
      adapter = createMemoryAdapter();
      const file = new File(['hello world'], 'notes.txt', { type: 'text/plain' });
      const { note, total } = await adapter.addInternalNote(
        DEMO_IDS.vpnTicket,
        { body: 'See file', attachments: [file] },
        ctx,
      );
      expect(note.attachments).to.deep.equal([{ name: 'notes.txt', size: 11, type: 'text/plain' }]);
      const ticket = await adapter.getTicket(DEMO_IDS.vpnTicket);
      expect(total).to.equal(ticket.internalNotes.length);
      expect(ticket.internalNotes.at(-1)?.id).to.equal(note.id);
    });

    it('rejects empty notes and writes without an action context', async () => {
      adapter = createMemoryAdapter();
      expect(
        (await rejection(adapter.addInternalNote(DEMO_IDS.vpnTicket, { body: '  ' }, ctx))).code,
      ).to.equal('validation');
      const noCtx = undefined as unknown as ActionContext;
      const err = await rejection(
        adapter.updateTicket(DEMO_IDS.vpnTicket, { status: 'pending' }, noCtx),
      );
      expect(err.code).to.equal('validation');
      expect((await adapter.getTicket(DEMO_IDS.vpnTicket)).status).to.equal('open');
    });
  });

  describe('updateTicket', () => {
    it('appends event items and emits ticket.updated, then thread.appended', async () => {
      adapter = createMemoryAdapter({ now: NOW + 60_000 });
      const events: AdapterEvent[] = [];
      adapter.subscribe((e) => events.push(e));
      const ticket = await adapter.updateTicket(
        DEMO_IDS.printerTicket,
        { status: 'pending', assigneeId: DEMO_IDS.me },
        ctx,
      );
      expect(ticket.assignee?.name).to.equal('Sam Rivera');
      expect(ticket.updatedAt).to.equal(new Date(NOW + 60_000).toISOString());
      expect(events.map((e) => e.type)).to.deep.equal([
        'ticket.updated',
        'thread.appended',
        'thread.appended',
      ]);
      const texts = (await adapter.listThread(DEMO_IDS.printerTicket)).items
        .slice(-2)
        .map((i) => i.kind === 'event' && i.text);
      expect(texts).to.deep.equal([
        'Sam Rivera changed status from open to pending',
        'Sam Rivera took ownership',
      ]);
    });

    it('changes nothing for a patch that keeps every value', async () => {
      adapter = createMemoryAdapter({ now: NOW + 60_000 });
      const before = await adapter.getTicket(DEMO_IDS.vpnTicket);
      let events = 0;
      adapter.subscribe(() => events++);
      const after = await adapter.updateTicket(
        DEMO_IDS.vpnTicket,
        { status: 'open', priority: 'urgent' },
        ctx,
      );
      expect(after.updatedAt).to.equal(before.updatedAt);
      expect(events).to.equal(0);
    });
  });

  describe('failures', () => {
    it('fails every updateTicket for the listed tickets with the given code and message', async () => {
      adapter = createMemoryAdapter({
        failures: {
          methods: ['updateTicket'],
          ticketIds: [DEMO_IDS.vpnTicket, DEMO_IDS.printerTicket],
          code: 'conflict',
          message: 'Ticket was changed by someone else',
        },
      });
      for (const id of [DEMO_IDS.vpnTicket, DEMO_IDS.printerTicket]) {
        const err = await rejection(adapter.updateTicket(id, { status: 'closed' }, ctx));
        expect(err.code).to.equal('conflict');
        expect(err.message).to.equal('Ticket was changed by someone else');
        expect((await adapter.getTicket(id)).status).to.equal(
          'open',
          'a failed write changes nothing',
        );
      }
      await adapter.updateTicket(DEMO_IDS.adaOpenTicket, { status: 'closed' }, ctx);
      await adapter.addInternalNote(DEMO_IDS.vpnTicket, { body: 'notes still work' }, ctx);
      adapter.setFailures(undefined);
      expect(
        (await adapter.updateTicket(DEMO_IDS.vpnTicket, { status: 'closed' }, ctx)).status,
      ).to.equal('closed');
    });

    it('fails a seeded share of calls for a rate, the same way for the same seed', async () => {
      const pattern = async (seed: number) => {
        const a = createMemoryAdapter({ seed, failures: { rate: 0.5 } });
        const results = await Promise.allSettled(Array.from({ length: 40 }, () => a.listAgents()));
        return results.map((r) => r.status === 'rejected');
      };
      const first = await pattern(3);
      expect(first.filter(Boolean).length).to.be.within(8, 32);
      expect(await pattern(3)).to.deep.equal(first);
      adapter = createMemoryAdapter({ failures: { rate: 1 } });
      const err = await rejection(adapter.me());
      expect(err.code).to.equal('unavailable');
      expect(err.message).to.be.a('string').and.not.equal('');
    });
  });

  describe('latency and aborts', () => {
    it('waits the configured latency', async () => {
      adapter = createMemoryAdapter({ latencyMs: 40 });
      const started = performance.now();
      await adapter.listAgents();
      expect(performance.now() - started).to.be.at.least(35);
    });

    it('rejects promptly with AbortError when a slow read is aborted', async () => {
      adapter = createMemoryAdapter({ latencyMs: 10_000 });
      const controller = new AbortController();
      const started = performance.now();
      const pending = adapter.listTickets(
        { view: 'all_open', page: 1, pageSize: 10 },
        { signal: controller.signal },
      );
      controller.abort();
      const err = await rejection(pending);
      expect(err).to.be.instanceOf(DOMException);
      expect(err.name).to.equal('AbortError');
      expect(performance.now() - started).to.be.below(1000);
    });

    it('rejects an already aborted read without touching the data', async () => {
      adapter = createMemoryAdapter({ latencyMs: 10_000 });
      const err = await rejection(
        adapter.getTicket(DEMO_IDS.vpnTicket, { signal: AbortSignal.abort() }),
      );
      expect(err.name).to.equal('AbortError');
    });
  });

  describe('remote sessions', () => {
    it('moves from awaiting_consent to the scripted outcome and emits session.updated', async () => {
      adapter = createMemoryAdapter({ remoteSession: { consentAfterMs: 10, outcome: 'denied' } });
      const updated = nextEvent(adapter, 'session.updated');
      const session = await adapter.startRemoteSession(DEMO_IDS.remoteSessionTicket, ctx);
      expect(session).to.deep.equal({
        id: session.id,
        status: 'awaiting_consent',
        ticketId: DEMO_IDS.remoteSessionTicket,
      });
      const event = await updated;
      expect(event.type === 'session.updated' && event.session).to.deep.include({
        id: session.id,
        status: 'denied',
      });
      expect((await adapter.getRemoteSession(session.id)).status).to.equal('denied');
      expect(adapter.activeTimerCount).to.equal(0);
    });

    it('goes active by default, and dispose() clears pending timers', async () => {
      adapter = createMemoryAdapter();
      const session = await adapter.startRemoteSession(DEMO_IDS.remoteSessionTicket, ctx);
      expect(adapter.activeTimerCount).to.equal(1);
      adapter.dispose();
      expect(adapter.activeTimerCount).to.equal(0);
      expect((await adapter.getRemoteSession(session.id)).status).to.equal('awaiting_consent');
      const quick = createMemoryAdapter({ remoteSession: { consentAfterMs: 5 } });
      const updated = nextEvent(quick, 'session.updated');
      await quick.startRemoteSession(DEMO_IDS.remoteSessionTicket, ctx);
      expect(
        (await updated).type === 'session.updated' &&
          ((await updated) as { session: { status: string } }).session.status,
      ).to.equal('active');
      quick.dispose();
    });

    it('needs a linked device', async () => {
      adapter = createMemoryAdapter();
      const err = await rejection(adapter.startRemoteSession(DEMO_IDS.unassignedTicket, ctx));
      expect(err.code).to.equal('validation');
      expect(err.message).to.equal('No device is linked to this ticket');
    });
  });

  describe('events and live feed', () => {
    it('the live feed emits simulated events until stopped', async () => {
      adapter = createMemoryAdapter();
      const first = new Promise<AdapterEvent>((resolve) => adapter.subscribe(resolve));
      adapter.startLiveFeed({ intervalMs: 5, ticketIds: [DEMO_IDS.vpnTicket] });
      expect(adapter.activeTimerCount).to.equal(1);
      const event = await first;
      expect(
        (event as { ticketId?: string }).ticketId ??
          (event as { ticket?: { id: string } }).ticket?.id,
      ).to.equal(DEMO_IDS.vpnTicket);
      adapter.stopLiveFeed();
      expect(adapter.activeTimerCount).to.equal(0);
    });

    it('live feed steps cover customer messages, presence and summaries deterministically', async () => {
      adapter = createMemoryAdapter({ seed: 4 });
      const types = new Set<string>();
      const steps = Array.from({ length: 40 }, () =>
        adapter
          .liveFeedTick()
          .map((e) => e.type)
          .join('+'),
      );
      steps.forEach((s) => s.split('+').forEach((t) => types.add(t)));
      expect([...types].sort()).to.deep.equal([
        'presence',
        'summary.updated',
        'thread.appended',
        'ticket.updated',
      ]);
      const again = createMemoryAdapter({ seed: 4 });
      expect(
        Array.from({ length: 40 }, () =>
          again
            .liveFeedTick()
            .map((e) => e.type)
            .join('+'),
        ),
      ).to.deep.equal(steps);
      const presence = again.liveFeedTick([DEMO_IDS.vpnTicket]);
      expect(
        presence.every((e) => !('ticketId' in e) || e.ticketId === DEMO_IDS.vpnTicket),
      ).to.equal(true);
    });

    it('reading an unread ticket (getTicket) clears unread and tells subscribers, once', async () => {
      adapter = createMemoryAdapter({ seed: 2 });
      const { items } = await adapter.listTickets({ view: 'all_open', page: 1, pageSize: 100 });
      const unread = items.find((t) => t.unread);
      if (!unread) throw new Error('the demo data has no unread ticket');
      const events: AdapterEvent[] = [];
      const unsubscribe = adapter.subscribe((e) => events.push(e));
      await adapter.getTicket(unread.id);
      await adapter.getTicket(unread.id);
      unsubscribe();
      expect(events.map((e) => e.type)).to.deep.equal(['ticket.updated']);
      const [event] = events;
      expect(event.type === 'ticket.updated' && event.ticket.unread).to.equal(false);
      expect((await adapter.getTicket(unread.id)).unread).to.equal(false);
    });

    it('a customer message from the feed marks the ticket unread and lands in the thread', async () => {
      adapter = createMemoryAdapter({ seed: 2 });
      let appended: AdapterEvent | undefined;
      for (let i = 0; i < 50 && !appended; i++)
        appended = adapter.liveFeedTick().find((e) => e.type === 'thread.appended');
      if (appended?.type !== 'thread.appended') throw new Error('no customer message in 50 steps');
      expect(appended.item.kind).to.equal('customer');
      expect((await adapter.getTicket(appended.ticketId)).unread).to.equal(true);
      const thread = await adapter.listThread(appended.ticketId);
      expect(thread.items.at(-1)?.id).to.equal(appended.item.id);
    });

    it('unsubscribe stops delivery; emit() injects events for tests', async () => {
      adapter = createMemoryAdapter();
      const seen: AdapterEvent[] = [];
      const off = adapter.subscribe((e) => seen.push(e));
      const event: AdapterEvent = {
        type: 'presence',
        ticketId: 't-1',
        agentId: 'agent-mei',
        state: 'typing',
      };
      adapter.emit(event);
      expect(seen).to.deep.equal([event]);
      off();
      adapter.emit(event);
      adapter.liveFeedTick();
      await adapter.updateTicket(DEMO_IDS.vpnTicket, { priority: 'low' }, ctx);
      expect(seen.length).to.equal(1);
    });
  });

  describe('copies', () => {
    it('never hands out its own objects', async () => {
      adapter = createMemoryAdapter();
      const ticket = await adapter.getTicket(DEMO_IDS.vpnTicket);
      ticket.subject = 'changed';
      ticket.internalNotes.length = 0;
      ticket.sla.warnedAt = undefined;
      const page = await adapter.listTickets({ view: 'my_open', page: 1, pageSize: 50 });
      page.items.forEach((t) => (t.status = 'closed'));
      const thread = await adapter.listThread(DEMO_IDS.vpnTicket);
      thread.items.length = 0;
      const context = await adapter.getTicketContext(DEMO_IDS.vpnTicket);
      context.asset!.cpu = 0;
      (await adapter.listAgents())[0].name = 'X';
      const again = await adapter.getTicket(DEMO_IDS.vpnTicket);
      expect(again.subject).to.equal('VPN drops every 10 minutes');
      expect(again.internalNotes.length).to.be.greaterThan(0);
      expect(again.sla.warnedAt).to.be.a('string');
      expect(
        (await adapter.listTickets({ view: 'my_open', page: 1, pageSize: 50 })).total,
      ).to.equal(page.total);
      expect((await adapter.listThread(DEMO_IDS.vpnTicket)).items.length).to.be.greaterThan(0);
      expect((await adapter.getTicketContext(DEMO_IDS.vpnTicket)).asset!.cpu).to.equal(38);
      expect((await adapter.me()).name).to.equal('Sam Rivera');
    });

    it('deep-copies the data it is given', async () => {
      const data = createDemoData();
      adapter = createMemoryAdapter({ data });
      data.tickets[0].subject = 'mutated by the caller';
      await adapter.updateTicket(DEMO_IDS.vpnTicket, { status: 'closed' }, ctx);
      expect((await adapter.getTicket(data.tickets[0].id)).subject).to.not.equal(
        'mutated by the caller',
      );
      expect(data.tickets.find((t) => t.id === DEMO_IDS.vpnTicket)!.status).to.equal('open');
    });
  });

  describe('reads', () => {
    it('pages a 2000-item thread backwards, 50 at a time by default', async () => {
      adapter = createMemoryAdapter({ data: createDemoData({ longThread: 2000 }) });
      const newest = await adapter.listThread(DEMO_LONG_THREAD_TICKET_ID);
      expect(newest.items.length).to.equal(50);
      expect(newest.hasMore).to.equal(true);
      expect(newest.items.at(-1)!.id).to.equal(`${DEMO_LONG_THREAD_TICKET_ID}-1999`);
      const older = await adapter.listThread(DEMO_LONG_THREAD_TICKET_ID, {
        before: newest.items[0].id,
        limit: 100,
      });
      expect(older.items.length).to.equal(100);
      expect(older.items.at(-1)!.id).to.equal(`${DEMO_LONG_THREAD_TICKET_ID}-1949`);
      const oldest = await adapter.listThread(DEMO_LONG_THREAD_TICKET_ID, {
        before: `${DEMO_LONG_THREAD_TICKET_ID}-3`,
      });
      expect(oldest.items.map((i) => i.id)).to.deep.equal(
        [0, 1, 2].map((n) => `${DEMO_LONG_THREAD_TICKET_ID}-${n}`),
      );
      expect(oldest.hasMore).to.equal(false);
    });

    it('builds the ticket context from ticket, asset, customer and related tickets', async () => {
      adapter = createMemoryAdapter();
      const context = await adapter.getTicketContext(DEMO_IDS.vpnTicket);
      expect(context.asset).to.include({
        id: 'asset-lt-0142',
        name: 'LT-HARBOR-0142',
        cpu: 38,
        ram: 71,
        disk: 64,
      });
      expect(context.asset).to.not.have.property('customerId');
      expect(context.sentinel?.posture).to.equal('at_risk');
      expect(context.contract?.hoursIncluded).to.equal(40);
      expect(context.time?.runningSince).to.be.a('string');
      expect(context.summary?.text).to.contain('VPN');
      expect(context.related.length).to.be.within(1, 5);
      expect(
        context.related.every((t) => t.customerId === '11' && t.id !== DEMO_IDS.vpnTicket),
      ).to.equal(true);
    });

    it('stopping a timer books its minutes against the customer contract', async () => {
      adapter = createMemoryAdapter();
      const before = await adapter.getTicketContext(DEMO_IDS.vpnTicket);
      expect(before.time?.runningSince, 'the demo timer runs').to.be.a('string');
      const time = await adapter.toggleTimer(DEMO_IDS.vpnTicket, ctx);
      expect(time.runningSince).to.equal(undefined);
      const logged = time.entries[time.entries.length - 1]!.minutes;
      const after = await adapter.getTicketContext(DEMO_IDS.vpnTicket);
      expect(after.contract?.hoursUsed).to.be.closeTo(
        before.contract!.hoursUsed! + logged / 60,
        0.01,
      );
    });

    it('countViews rejects unknown views and counts saved views', async () => {
      adapter = createMemoryAdapter();
      expect((await rejection(adapter.countViews(['all_open', 'bogus']))).message).to.equal(
        'Unknown view "bogus"',
      );
      const counts = await adapter.countViews(['saved:sv-vpn', 'by_tag:vpn']);
      expect(counts['saved:sv-vpn']).to.equal(counts['by_tag:vpn']);
      expect(counts['saved:sv-vpn']).to.be.greaterThan(0);
    });

    it('validates paging', async () => {
      adapter = createMemoryAdapter();
      expect(
        (await rejection(adapter.listTickets({ view: 'all_open', page: 0, pageSize: 10 }))).code,
      ).to.equal('validation');
      expect(
        (await rejection(adapter.listTickets({ view: 'all_open', page: 1, pageSize: 0 }))).code,
      ).to.equal('validation');
    });
  });

  describe('optional capabilities', () => {
    it('toggleTimer starts and stops a timer and books the minutes', async () => {
      let clock = NOW;
      adapter = createMemoryAdapter({ now: () => clock });
      const started = await adapter.toggleTimer(DEMO_IDS.printerTicket, ctx);
      expect(started.runningSince).to.equal(new Date(NOW).toISOString());
      clock += 25 * 60_000;
      const stopped = await adapter.toggleTimer(DEMO_IDS.printerTicket, ctx);
      expect(stopped.runningSince).to.equal(undefined);
      expect(stopped.entries.at(-1)).to.include({ agentName: 'Sam Rivera', minutes: 25 });
      expect(
        (await adapter.getTicketContext(DEMO_IDS.printerTicket)).time?.entries.length,
      ).to.equal(1);
    });

    it('assist drafts and refines deterministically', async () => {
      adapter = createMemoryAdapter();
      const req = {
        ticketId: DEMO_IDS.adaOpenTicket,
        mode: 'draft',
        target: 'reply',
        text: '',
      } as const;
      const draft = await adapter.assist(req);
      expect(draft).to.match(/^Hi Ada,/);
      expect(draft).to.contain('Password reset');
      expect(await adapter.assist(req)).to.equal(draft);
      const refined = await adapter.assist({ ...req, mode: 'refine', text: 'i sent  a new link' });
      expect(refined).to.equal('Hi Ada,\n\nI sent a new link.\n\nBest regards,\nSam Rivera');
      const note = await adapter.assist({ ...req, target: 'note' });
      expect(note).to.match(/^Summary:/);
      expect(
        (await rejection(adapter.assist({ ...req, mode: 'refine', text: ' ' }))).code,
      ).to.equal('validation');
    });

    it('lists macros with and without actions', async () => {
      adapter = createMemoryAdapter();
      const macros = await adapter.listMacros();
      expect(macros.some((m) => m.actions?.status === 'resolved')).to.equal(true);
      expect(macros.some((m) => !m.actions)).to.equal(true);
    });

    it('saves, replaces and deletes saved views', async () => {
      adapter = createMemoryAdapter();
      const created = await adapter.saveView({ id: '', name: ' Mine ', filter: { tags: ['vpn'] } });
      expect(created.id).to.not.equal('');
      expect(created.name).to.equal('Mine');
      await adapter.saveView({ ...created, name: 'Renamed' });
      const views = await adapter.listSavedViews();
      expect(views.filter((v) => v.id === created.id).map((v) => v.name)).to.deep.equal([
        'Renamed',
      ]);
      expect((await rejection(adapter.saveView({ id: 'x', name: '', filter: {} }))).code).to.equal(
        'validation',
      );
      await adapter.deleteView(created.id);
      expect((await rejection(adapter.deleteView(created.id))).code).to.equal('not_found');
    });
  });

  describe('call log', () => {
    it('records every call with its arguments', async () => {
      adapter = createMemoryAdapter();
      await adapter.getTicket(DEMO_IDS.vpnTicket);
      await adapter.addInternalNote(DEMO_IDS.vpnTicket, { body: 'internal' }, ctx);
      expect(adapter.calls.map((c) => c.method)).to.deep.equal(['getTicket', 'addInternalNote']);
      expect(adapter.calls[1].args[0]).to.equal(DEMO_IDS.vpnTicket);
      expect(adapter.calls.some((c) => c.method === 'sendReply')).to.equal(false);
    });
  });
});
