import { expect } from '@open-wc/testing';
import { PRIORITIES, TICKET_STATUSES } from '../adapter/types.js';
import { customerHistoryFromData } from '../adapter/memory/queries.js';
import { ticketSlaState } from '../model/sla.js';
import { createDemoData, DEMO_IDS, DEMO_LONG_THREAD_TICKET_ID, DEMO_NOW } from './demo-data.js';

describe('createDemoData', () => {
  it('is deterministic: same seed, same data; another seed, other data', () => {
    const json = JSON.stringify(createDemoData());
    expect(JSON.stringify(createDemoData({ seed: 1 }))).to.equal(json);
    expect(JSON.stringify(createDemoData({ seed: 2 }))).to.not.equal(json);
  });

  it('uses neither Math.random nor the real clock', () => {
    const random = Math.random;
    const now = Date.now;
    Math.random = () => {
      throw new Error('Math.random used');
    };
    Date.now = () => {
      throw new Error('Date.now used');
    };
    try {
      expect(createDemoData().now).to.equal(DEMO_NOW);
    } finally {
      Math.random = random;
      Date.now = now;
    }
  });

  it('is plain serialisable data that survives a JSON round trip', () => {
    const data = createDemoData();
    expect(JSON.parse(JSON.stringify(data))).to.deep.equal(data);
  });

  it('follows the requested size and reference time', () => {
    expect(createDemoData({ tickets: 80 }).tickets.length).to.equal(80);
    expect(createDemoData({ tickets: 3 }).tickets.length).to.equal(17, 'hand-written tickets stay');
    const later = createDemoData({ now: '2027-01-01T00:00:00Z' });
    expect(later.now).to.equal('2027-01-01T00:00:00.000Z');
    expect(later.tickets.every((t) => t.updatedAt <= later.now)).to.equal(true);
  });

  it('has unique ids and consistent threads (oldest first, updatedAt = last item)', () => {
    const data = createDemoData();
    const ids = new Set<string>();
    for (const t of data.tickets) {
      const thread = data.threads[t.id];
      expect(thread.length, t.id).to.be.greaterThan(0);
      for (let i = 1; i < thread.length; i++)
        expect(thread[i].at >= thread[i - 1].at, t.id).to.equal(true);
      expect(t.updatedAt, t.id).to.equal(thread.at(-1)!.at);
      expect(t.updatedAt <= data.now, t.id).to.equal(true);
      expect(t.internalNotes.map((n) => n.id)).to.deep.equal(
        thread.filter((i) => i.kind === 'note').map((i) => i.id),
      );
      for (const item of thread) {
        expect(ids.has(item.id), item.id).to.equal(false);
        ids.add(item.id);
      }
      if (t.assetId)
        expect(
          data.assets.some((a) => a.id === t.assetId),
          t.id,
        ).to.equal(true);
      expect(data.customers.some((c) => c.id === t.customerId)).to.equal(true);
    }
    expect(new Set(data.tickets.map((t) => t.id)).size).to.equal(data.tickets.length);
    expect(data.agents[0].id).to.equal(data.meId);
    expect(data.agents[0].name).to.equal('Sam Rivera');
  });

  it('covers every status, priority and SLA state, unassigned and unread tickets', () => {
    const data = createDemoData();
    const statuses = new Set(data.tickets.map((t) => t.status));
    expect([...statuses].sort()).to.deep.equal([...TICKET_STATUSES].sort());
    expect([...new Set(data.tickets.map((t) => t.priority))].sort()).to.deep.equal(
      [...PRIORITIES].sort(),
    );
    const open = data.tickets.filter((t) => t.status === 'open' || t.status === 'pending');
    const states = new Set(open.map((t) => ticketSlaState(t, data.now)));
    expect([...states].sort()).to.deep.equal(['at_risk', 'breached', 'ok']);
    expect(open.some((t) => t.sla.warnedAt)).to.equal(true);
    expect(open.some((t) => t.assigneeId === null)).to.equal(true);
    expect(open.some((t) => t.unread)).to.equal(true);
    expect(data.tickets.some((t) => t.tags.length && t.teamId && t.projectId)).to.equal(true);
  });

  it('has every thread item kind, agent-channel messages, attachments and sanitizer bait', () => {
    const data = createDemoData();
    const items = Object.values(data.threads).flat();
    expect([...new Set(items.map((i) => i.kind))].sort()).to.deep.equal([
      'customer',
      'event',
      'note',
      'reply',
    ]);
    expect(items.some((i) => i.kind === 'customer' && i.channel === 'agent')).to.equal(true);
    expect(items.some((i) => i.kind !== 'event' && i.attachments.length)).to.equal(true);
    const html = data.threads[DEMO_IDS.htmlEmailTicket].find(
      (i) => i.kind === 'customer' && i.bodyHtml,
    );
    const bodyHtml = html?.kind === 'customer' ? html.bodyHtml! : '';
    expect(bodyHtml).to.contain('onclick=');
    expect(bodyHtml).to.match(/<img src="https:\/\//);
    expect(bodyHtml).to.contain('<script>');
  });

  it('has a contact without email, assets, sentinel postures, time, contracts, summaries, macros', () => {
    const data = createDemoData();
    const noEmail = data.tickets.find((t) => t.id === DEMO_IDS.noContactEmailTicket)!;
    expect(noEmail.contact.email).to.equal(undefined);
    expect([...new Set(data.assets.map((a) => a.sentinel.posture))].sort()).to.deep.equal([
      'at_risk',
      'compromised',
      'secure',
    ]);
    expect(
      data.assets.every((a) => [a.cpu, a.ram, a.disk].every((p) => p >= 0 && p <= 100)),
    ).to.equal(true);
    expect(data.assets.some((a) => a.compliance.some((c) => !c.ok))).to.equal(true);
    const contexts = Object.values(data.contexts);
    expect(contexts.some((c) => c.time?.entries.length)).to.equal(true);
    expect(contexts.some((c) => c.summary)).to.equal(true);
    expect(data.customers.some((c) => c.contract)).to.equal(true);
    expect(data.macros.some((m) => m.actions)).to.equal(true);
    expect(data.macros.some((m) => !m.actions)).to.equal(true);
    expect(data.savedViews.length).to.be.greaterThan(0);
  });

  it('gives Ada (id 42) exactly the documented history', () => {
    expect(customerHistoryFromData(createDemoData({ seed: 5, tickets: 120 }), '42')).to.deep.equal({
      id: '42',
      name: 'Ada',
      vip: true,
      ticketsTotal: 7,
      ticketsClosed: 6,
      csatAvg: 4.8,
      firstResponseMs: 720_000,
      lastTickets: [
        { id: DEMO_IDS.adaRefundTicket, number: 1007, subject: 'Refund issue', status: 'closed' },
        { id: DEMO_IDS.adaOpenTicket, number: 1006, subject: 'Password reset', status: 'open' },
      ],
    });
  });

  it('makes the long-thread ticket as long as asked, cheaply', () => {
    const started = performance.now();
    const data = createDemoData({ longThread: 2000 });
    expect(performance.now() - started).to.be.below(500);
    const thread = data.threads[DEMO_LONG_THREAD_TICKET_ID];
    expect(thread.length).to.equal(2000);
    expect(new Set(thread.map((i) => i.kind)).size).to.equal(4);
    expect(createDemoData().threads[DEMO_LONG_THREAD_TICKET_ID].length).to.be.below(20);
  });
});
