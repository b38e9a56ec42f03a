import { expect } from '@open-wc/testing';
import { createMemoryAdapter } from '../adapter/memory/index.js';
import { createDemoData, DEMO_IDS } from '../mocks/demo-data.js';
import {
  AdapterError,
  type AdapterEvent,
  type HelpdeskAdapter,
  type ThreadItem,
} from '../adapter/types.js';
import {
  UNKNOWN,
  count,
  guardAdapter,
  normalizeHistory,
  normalizePage,
  normalizeThreadPage,
  normalizeTicket,
  text,
  time,
} from './normalize.js';

describe('normalize: values', () => {
  it('keeps text, turns numbers into digits and everything else into ""', () => {
    expect(text('Ada')).to.equal('Ada');
    expect(text(12345)).to.equal('12345');
    for (const junk of [null, undefined, NaN, Infinity, true, {}, ['Ada']]) {
      expect(text(junk), String(junk)).to.equal('');
    }
  });

  it('keeps parsable times, converts epoch ms and drops the rest', () => {
    expect(time('2026-03-04T12:00:00Z')).to.equal('2026-03-04T12:00:00Z');
    expect(time(Date.parse('2026-03-04T12:00:00Z'))).to.equal('2026-03-04T12:00:00.000Z');
    for (const junk of ['yesterday', NaN, 1e20, null, {}, '']) {
      expect(time(junk), String(junk)).to.equal('');
    }
  });

  it('reads counts as whole numbers ≥ 0, else as unknown', () => {
    expect(count('7')).to.equal(7);
    expect(count(3.9)).to.equal(3);
    for (const junk of [-3, NaN, null, '', 'many', {}]) {
      expect(count(junk), String(junk)).to.equal(undefined);
    }
  });
});

describe('normalize: records', () => {
  it('drops page entries that are no tickets and makes ids unique', () => {
    const page = normalizePage({
      items: [null, { id: 'a' }, 42, { id: 'a' }, {}],
      total: -5,
    });
    expect(page.items.map((t) => t.id)).to.deep.equal(['a', 'a~2', 'row-5']);
    expect(page.total, 'unknown total: the rows').to.equal(3);
    expect(page.items[0]).to.include({ subject: '', status: UNKNOWN, priority: UNKNOWN });
    expect(page.items[0].sla).to.deep.equal({});
    expect(page.items[0].tags).to.deep.equal([]);
  });

  it('gives a ticket without id the requested one and valid fields their values', () => {
    const t = normalizeTicket(
      { number: '1003', status: 'open', contact: { name: null, email: 42 }, contactName: 'Ada' },
      't-9',
    );
    expect(t).to.include({ id: 't-9', number: 1003, status: 'open' });
    expect(t.contact).to.deep.equal({ name: 'Ada' });
    expect(t.internalNotes).to.deep.equal([]);
  });

  it('turns an unknown thread item kind into an event without text', () => {
    const { items, hasMore } = normalizeThreadPage(
      {
        items: [
          { kind: 'alien', body: 'x' },
          { kind: 'customer', id: 'c', channel: 'pigeon' },
        ],
      },
      't-1',
    );
    expect(hasMore).to.equal(false);
    expect(items[0]).to.deep.equal({
      kind: 'event',
      id: 't-1~item-1',
      at: '',
      event: UNKNOWN,
      text: '',
    });
    expect(items[1]).to.include({ kind: 'customer', channel: UNKNOWN, author: '', body: '' });
  });

  it('never counts more closed tickets than tickets', () => {
    const h = normalizeHistory({ ticketsTotal: 2, ticketsClosed: 9, lastTickets: 'none' });
    expect(h).to.include({ ticketsTotal: 2, ticketsClosed: 2, vip: false });
    expect(h.lastTickets).to.deep.equal([]);
  });
});

describe('guardAdapter', () => {
  const memory = () => createMemoryAdapter({ data: createDemoData() });

  it('is cached per adapter, guards a guard as itself, and keeps the identity of methods', () => {
    const adapter = memory();
    const guard = guardAdapter(adapter);
    expect(guardAdapter(adapter)).to.equal(guard);
    expect(guardAdapter(guard)).to.equal(guard);
    expect(guard.getTicket).to.equal(guard.getTicket);
    expect(guardAdapter(undefined)).to.equal(undefined);
  });

  it('answers like the adapter for well-formed data', async () => {
    const adapter = memory();
    const raw = await adapter.getTicket(DEMO_IDS.vpnTicket);
    const guarded = await guardAdapter(adapter).getTicket(DEMO_IDS.vpnTicket);
    // nothing a well-formed answer sends is changed
    for (const [key, value] of Object.entries(guarded)) {
      expect(value, key).to.deep.equal(raw[key as keyof typeof raw]);
    }
    const page = await adapter.listTickets({ view: 'all_open', page: 1, pageSize: 50 });
    const guardedPage = await guardAdapter(adapter).listTickets({
      view: 'all_open',
      page: 1,
      pageSize: 50,
    });
    expect(guardedPage).to.deep.equal(page);
  });

  it('leaves optional methods absent and passes rejections on unchanged', async () => {
    const error = new AdapterError('not_found', 'No such ticket');
    const adapter = {
      getTicket: () => Promise.reject(error),
    } as unknown as HelpdeskAdapter;
    const guard = guardAdapter(adapter);
    expect(guard.listMacros).to.equal(undefined);
    expect(guard.subscribe).to.equal(undefined);
    const err = await guard.getTicket('x').catch((e: unknown) => e);
    expect(err).to.equal(error);
  });

  it('normalises subscribe events and drops what is no event', () => {
    let emit: (e: unknown) => void = () => {};
    const adapter = {
      subscribe: (listener: (e: unknown) => void) => {
        emit = listener;
        return () => {};
      },
    } as unknown as HelpdeskAdapter;
    const seen: AdapterEvent[] = [];
    guardAdapter(adapter).subscribe!((e) => seen.push(e));
    emit(null);
    emit({ type: 'thread.appended', ticketId: 't-1', item: { kind: 'note', body: 5 } });
    emit({ type: 'presence', ticketId: 't-1', agentId: 'a', state: 'dancing' });
    expect(seen).to.have.length(1);
    const item = (seen[0] as { item: ThreadItem }).item;
    expect(item).to.deep.equal({
      kind: 'note',
      id: 't-1~live',
      at: '',
      author: '',
      body: '5',
      attachments: [],
    });
  });
});
