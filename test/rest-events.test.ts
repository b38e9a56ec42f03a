import { aTimeout, expect } from '@open-wc/testing';
import { waitUntil as waitUntilFor } from './helpers/wait.js';
import { http, sse } from 'msw';
import { createRestAdapter } from '../src/adapter/rest/index.js';
import type { AdapterEvent, HelpdeskAdapter } from '../src/adapter/types.js';
import { DEMO_IDS, type MockBackend } from '../src/mocks/index.js';
import { itIf, supports } from './helpers/features.js';
import { disposeBackends, serveBackend } from './helpers/mock-api.js';

/** Reconnects involve timers and a service worker: allow for a busy machine. */
const waitUntil = (predicate: () => boolean, message: string) =>
  waitUntilFor(predicate, message, { timeout: 4000 });

const presence = (agentId: string): AdapterEvent => ({
  type: 'presence',
  ticketId: DEMO_IDS.vpnTicket,
  agentId,
  state: 'viewing',
});
const agents = (events: AdapterEvent[]) =>
  events.map((e) => (e.type === 'presence' ? e.agentId : e.type));

/** Records every connection attempt to the event stream (URL and Last-Event-ID header). */
function streamRequests(log: string[]) {
  return http.get('/api/events', ({ request }) => {
    const url = new URL(request.url);
    log.push(`${url.search || '-'} ${request.headers.get('Last-Event-ID') ?? '-'}`);
    // no response: the request goes on to the next handler (the stream)
  });
}

function adapterFor(backend: MockBackend): HelpdeskAdapter {
  return createRestAdapter({
    baseUrl: backend.baseUrl,
    csrfToken: backend.csrfToken!,
    reconnect: { initialMs: 50, maxMs: 200 },
  });
}

/**
 * Every case streams server-sent events from msw's service worker: where the engine cannot
 * transfer a ReadableStream (WebKit), msw buffers the body and an open stream never arrives.
 */
const itStreams = itIf(supports.transferableStreams);

describe('createRestAdapter subscribe (GET /events over EventSource)', () => {
  afterEach(disposeBackends);

  itStreams(
    'delivers the backend events of a write to every listener over one connection',
    async () => {
      const backend = await serveBackend({ sseRetryMs: 50 });
      const adapter = adapterFor(backend);
      const first: AdapterEvent[] = [];
      const second: AdapterEvent[] = [];
      const off1 = adapter.subscribe!((e) => first.push(e));
      const off2 = adapter.subscribe!((e) => second.push(e));
      await waitUntil(() => backend.events.connections === 1, 'the stream connects');
      await adapter.updateTicket(
        DEMO_IDS.vpnTicket,
        { priority: 'low' },
        { origin: 'peek', actorId: DEMO_IDS.me },
      );
      await waitUntil(
        () => first.some((e) => e.type === 'ticket.updated'),
        'ticket.updated arrives',
      );
      const event = first.find((e) => e.type === 'ticket.updated')!;
      expect(event.type === 'ticket.updated' && event.ticket.priority).to.equal('low');
      await waitUntil(
        () => second.length === first.length,
        'the second listener gets the same events',
      );
      expect(second).to.deep.equal(first);
      expect(backend.events.connections).to.equal(1);
      off1();
      off2();
    },
  );

  itStreams(
    'after a dropped stream, reconnects and replays the missed events exactly once',
    async () => {
      const log: string[] = [];
      const backend = await serveBackend({ sseRetryMs: 50 }, streamRequests(log));
      const adapter = adapterFor(backend);
      const events: AdapterEvent[] = [];
      const off = adapter.subscribe!((e) => events.push(e));
      await waitUntil(() => backend.events.connections === 1, 'the stream connects');
      backend.adapter.emit(presence('a'));
      await waitUntil(() => events.length === 1, 'the first event arrives');

      backend.events.drop();
      expect(backend.events.connections).to.equal(0);
      backend.adapter.emit(presence('b')); // sent while nobody is connected
      backend.adapter.emit(presence('c'));
      await waitUntil(() => backend.events.connections === 1, 'the browser reconnects');
      backend.adapter.emit(presence('d'));
      await waitUntil(() => events.length >= 4, 'the missed events and the new one arrive');
      expect(agents(events)).to.deep.equal(['a', 'b', 'c', 'd']);
      // the reconnect told the server where it stopped
      expect(log).to.deep.equal(['- -', '?lastEventId=1 -']);
      off();
    },
  );

  itStreams('drops events a server sends again after a reconnect', async () => {
    const lastIds: (string | null)[] = [];
    const backend = await serveBackend(
      {},
      sse<{ presence: string }>('/api/events', ({ client, request }) => {
        lastIds.push(new URL(request.url).searchParams.get('lastEventId'));
        // a careless server: always replays everything it has
        client.send({ id: '1', event: 'presence', data: JSON.stringify(presence('a')) });
        client.send({ id: '2', event: 'presence', data: JSON.stringify(presence('b')) });
        if (lastIds.length === 1)
          client.close(); // the stream ends normally
        else client.send({ id: '3', event: 'presence', data: JSON.stringify(presence('c')) });
      }),
    );
    const events: AdapterEvent[] = [];
    const off = adapterFor(backend).subscribe!((e) => events.push(e));
    await waitUntil(() => events.length >= 3, 'the new event arrives after the reconnect');
    expect(agents(events)).to.deep.equal(['a', 'b', 'c']);
    expect(lastIds).to.deep.equal([null, '2']);
    off();
  });

  itStreams(
    'keeps retrying while the stream is refused, then resumes from the last id',
    async () => {
      const log: string[] = [];
      const backend = await serveBackend({ sseRetryMs: 50 }, streamRequests(log));
      const events: AdapterEvent[] = [];
      const off = adapterFor(backend).subscribe!((e) => events.push(e));
      await waitUntil(() => backend.events.connections === 1, 'the stream connects');
      backend.adapter.emit(presence('a'));
      await waitUntil(() => events.length === 1, 'the first event arrives');

      backend.events.failNextConnections(1); // the first retry gets a 503
      backend.events.drop();
      backend.adapter.emit(presence('b'));
      await waitUntil(
        () => events.length === 2,
        'the missed event arrives over the new connection',
      );
      expect(agents(events)).to.deep.equal(['a', 'b']);
      expect(log).to.deep.equal(['- -', '?lastEventId=1 -', '?lastEventId=1 -']);
      off();
    },
  );

  itStreams(
    'closes the stream when the last listener unsubscribes, and delivers nothing after',
    async () => {
      const backend = await serveBackend();
      const adapter = adapterFor(backend);
      const gone: AdapterEvent[] = [];
      const offA = adapter.subscribe!((e) => gone.push(e));
      const offB = adapter.subscribe!(() => {});
      await waitUntil(() => backend.events.connections === 1, 'the stream connects');
      offA();
      offA(); // a second call is harmless
      expect(backend.events.connections, 'one listener left').to.equal(1);
      offB();
      await waitUntil(() => backend.events.connections === 0, 'the stream closes');
      backend.adapter.emit(presence('late'));

      const later: AdapterEvent[] = [];
      const offC = adapter.subscribe!((e) => later.push(e));
      await waitUntil(() => backend.events.connections === 1, 'a new subscription reconnects');
      backend.adapter.emit(presence('marker'));
      await waitUntil(() => later.length === 1, 'the new listener gets new events');
      expect(agents(later)).to.deep.equal(['marker']);
      expect(gone).to.deep.equal([]);
      offC();
    },
  );

  itStreams('stops reconnecting once unsubscribed during the back-off', async () => {
    const log: string[] = [];
    const backend = await serveBackend({ sseRetryMs: 50 }, streamRequests(log));
    const off = adapterFor(backend).subscribe!(() => {});
    await waitUntil(() => backend.events.connections === 1, 'the stream connects');
    backend.events.failNextConnections(1000);
    backend.events.drop();
    await waitUntil(() => log.length >= 3, 'the adapter keeps retrying while subscribed');
    off();
    const attempts = log.length;
    await aTimeout(500); // proving an absence: several back-off periods (max 200 ms) pass
    expect(log.length).to.equal(attempts);
    expect(backend.events.connections).to.equal(0);
  });
});
