import { expect } from '@open-wc/testing';
import { http, HttpResponse, type RequestHandler } from 'msw';
import {
  createRestAdapter,
  PROBLEM_STATUS,
  type RestAdapterOptions,
} from '../src/adapter/rest/index.js';
import {
  ADAPTER_ERROR_CODES,
  AdapterError,
  isAbortError,
  type ActionContext,
  type HelpdeskAdapter,
} from '../src/adapter/types.js';
import { DEMO_IDS } from '../src/mocks/index.js';
import { disposeBackends, serveBackend } from './helpers/mock-api.js';

const ctx: ActionContext = { origin: 'peek', actorId: DEMO_IDS.me };
const TOKEN = 'demo-csrf-token';

/** A fetch that records every request the adapter makes, then lets it through. */
function recordingFetch() {
  const requests: Request[] = [];
  const fetchSpy = (request: Request) => {
    requests.push(request.clone());
    return fetch(request);
  };
  return { requests, fetch: fetchSpy };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  throw new Error('expected the promise to reject');
}

async function adapterError(promise: Promise<unknown>): Promise<AdapterError> {
  const err = await rejection(promise);
  expect(err).to.be.instanceOf(AdapterError);
  return err as AdapterError;
}

/** Runs every write of the contract once. */
async function everyWrite(adapter: HelpdeskAdapter) {
  await adapter.updateTicket(DEMO_IDS.printerTicket, { priority: 'low' }, ctx);
  await adapter.addInternalNote(DEMO_IDS.printerTicket, { body: 'Toner ordered' }, ctx);
  await adapter.sendReply(DEMO_IDS.printerTicket, { body: 'A technician is on the way' }, ctx);
  await adapter.startRemoteSession(DEMO_IDS.remoteSessionTicket, ctx);
  await adapter.toggleTimer!(DEMO_IDS.vpnTicket, ctx);
  await adapter.assist!({ ticketId: DEMO_IDS.vpnTicket, mode: 'draft', target: 'reply', text: '' });
  await adapter.saveView!({ id: 'sv-new', name: 'Printers', filter: { tags: ['printer'] } });
  await adapter.deleteView!('sv-new');
}

describe('createRestAdapter', () => {
  afterEach(disposeBackends);

  function rest(options: Partial<RestAdapterOptions> = {}) {
    return createRestAdapter({
      baseUrl: '/api',
      csrfToken: TOKEN,
      ...options,
    } as RestAdapterOptions);
  }

  describe('CSRF', () => {
    it('sends X-CSRF-Token on every mutating request and on no read', async () => {
      await serveBackend();
      const spy = recordingFetch();
      const adapter = rest({ fetch: spy.fetch });
      await everyWrite(adapter);
      await adapter.getTicket(DEMO_IDS.printerTicket);
      await adapter.listTickets({ view: 'my_open', page: 1, pageSize: 5 });
      const writes = spy.requests.filter((r) => r.method !== 'GET');
      expect(writes.map((r) => r.method).sort()).to.deep.equal([
        'DELETE',
        'PATCH',
        'POST',
        'POST',
        'POST',
        'POST',
        'POST',
        'PUT',
      ]);
      for (const r of writes)
        expect(r.headers.get('X-CSRF-Token'), `${r.method} ${r.url}`).to.equal(TOKEN);
      for (const r of spy.requests.filter((q) => q.method === 'GET')) {
        expect(r.headers.get('X-CSRF-Token'), r.url).to.equal(null);
      }
    });

    it('reads the token from getCsrfToken on every write (a rotated token is used)', async () => {
      const backend = await serveBackend({ csrfToken: 'first' });
      let token = 'first';
      const adapter = rest({ csrfToken: undefined, getCsrfToken: async () => token });
      await adapter.updateTicket(DEMO_IDS.vpnTicket, { priority: 'low' }, ctx);
      token = 'second';
      const err = await adapterError(
        adapter.updateTicket(DEMO_IDS.vpnTicket, { priority: 'high' }, ctx),
      );
      expect(err.code).to.equal('forbidden');
      expect(
        backend.adapter.snapshot().tickets.find((t) => t.id === DEMO_IDS.vpnTicket)!.priority,
      ).to.equal('low');
    });

    it('a write without the right token is refused with 403 forbidden and changes nothing', async () => {
      const backend = await serveBackend();
      const before = (await rest().getTicket(DEMO_IDS.vpnTicket)).internalNotes.length;
      const err = await adapterError(
        rest({ csrfToken: 'stolen' }).addInternalNote(DEMO_IDS.vpnTicket, { body: 'x' }, ctx),
      );
      expect(err.code).to.equal('forbidden');
      expect(err.message).to.equal('Missing or invalid CSRF token');
      expect(
        backend.adapter.snapshot().tickets.find((t) => t.id === DEMO_IDS.vpnTicket)!.internalNotes,
      ).to.have.length(before);
    });

    it('never sends the token to another origin, not even through a redirect', async () => {
      const seenByOtherHost: (string | null)[] = [];
      await serveBackend(
        { baseUrl: 'https://helpdesk.example.test/api' },
        http.all('https://elsewhere.example.test/*', ({ request }) => {
          seenByOtherHost.push(request.headers.get('X-CSRF-Token'));
          return HttpResponse.json({});
        }),
        // the redirect is answered on the page's origin: WebKit fails a cross-origin
        // `redirect: 'manual'` fetch that a service worker answers with a 3xx ("Load failed")
        // instead of returning an opaque redirect, which a real cross-origin server does
        http.patch('/api/tickets/moved', () =>
          HttpResponse.json(null, {
            status: 307,
            headers: { Location: 'https://elsewhere.example.test/steal' },
          }),
        ),
      );
      const spy = recordingFetch();
      const adapter = rest({
        baseUrl: 'https://helpdesk.example.test/api',
        fetch: spy.fetch,
        // a host header must not smuggle the token anywhere either
        headers: { 'X-CSRF-Token': 'from-headers', 'X-Tenant': 'acme' },
      });
      // the configured API origin (not the page's) gets the token on writes
      await adapter.updateTicket(DEMO_IDS.vpnTicket, { priority: 'low' }, ctx);
      expect(spy.requests[0].headers.get('X-CSRF-Token')).to.equal(TOKEN);
      expect(spy.requests[0].headers.get('X-Tenant')).to.equal('acme');
      await adapter.me();
      expect(spy.requests[1].headers.get('X-CSRF-Token')).to.equal(null);
      // a write redirected to another host is not followed
      const local = rest({ fetch: spy.fetch, headers: { 'X-CSRF-Token': 'from-headers' } });
      const err = await adapterError(local.updateTicket('moved', { priority: 'low' }, ctx));
      expect(spy.requests[2].headers.get('X-CSRF-Token')).to.equal(TOKEN);
      expect(err.code).to.equal('unavailable');
      expect(seenByOtherHost).to.deep.equal([]);
      // control: the other host's mock sees what reaches it, header included (called directly:
      // WebKit does not follow a service worker's mocked redirect to another origin at all)
      await fetch('https://elsewhere.example.test/steal', {
        method: 'PATCH',
        headers: { 'X-CSRF-Token': 'leaked' },
      });
      expect(seenByOtherHost).to.deep.equal(['leaked']);
    });
  });

  describe('errors', () => {
    for (const code of ADAPTER_ERROR_CODES.filter((c) => c !== 'network')) {
      it(`maps a ${PROBLEM_STATUS[code]} problem with code ${code} to AdapterError('${code}') with the server's detail`, async () => {
        await serveBackend(
          {},
          http.post('/api/tickets/:id/replies', () =>
            HttpResponse.json(
              {
                type: `urn:hd-cockpit:problem:${code}`,
                title: 'Title',
                status: PROBLEM_STATUS[code],
                code,
                detail: `Detail of ${code}`,
              },
              {
                status: PROBLEM_STATUS[code],
                headers: { 'Content-Type': 'application/problem+json' },
              },
            ),
          ),
        );
        const err = await adapterError(rest().sendReply(DEMO_IDS.vpnTicket, { body: 'Hi' }, ctx));
        expect(err.code).to.equal(code);
        expect(err.message).to.equal(`Detail of ${code}`);
      });
    }

    it('maps a network failure to network', async () => {
      await serveBackend(
        {},
        http.get('/api/me', () => HttpResponse.error()),
      );
      const err = await adapterError(rest().me());
      expect(err.code).to.equal('network');
      expect(err.message).to.equal(
        'Could not reach the server. Check your connection and try again.',
      );
    });

    it('keeps the title when a problem has no detail, and maps bare statuses', async () => {
      const handlers: RequestHandler[] = [
        http.get('/api/agents', () =>
          HttpResponse.json(
            { title: 'Session expired', status: 401 },
            { status: 401, headers: { 'Content-Type': 'application/problem+json' } },
          ),
        ),
        http.get(
          '/api/macros',
          () =>
            new HttpResponse('<h1>Bad gateway</h1>', { status: 502, statusText: 'Bad Gateway' }),
        ),
        http.get('/api/saved-views', () => new HttpResponse(null, { status: 504 })),
        http.get('/api/me', () => HttpResponse.text('not json', { status: 200 })),
      ];
      await serveBackend({}, ...handlers);
      const adapter = rest();
      const expired = await adapterError(adapter.listAgents());
      expect([expired.code, expired.message]).to.deep.equal(['forbidden', 'Session expired']);
      const gateway = await adapterError(adapter.listMacros!());
      expect([gateway.code, gateway.message]).to.deep.equal([
        'unavailable',
        'The server answered 502 Bad Gateway',
      ]);
      const timeout = await adapterError(adapter.listSavedViews!());
      expect(timeout.code).to.equal('network');
      const garbled = await adapterError(adapter.me());
      expect([garbled.code, garbled.message]).to.deep.equal([
        'unavailable',
        'The server sent a response that is not JSON.',
      ]);
    });

    it('the "No email account is configured" tenant refuses replies with 422 no_email_account', async () => {
      await serveBackend({ emailAccountConfigured: false });
      const err = await adapterError(rest().sendReply(DEMO_IDS.vpnTicket, { body: 'Hi' }, ctx));
      expect(err.code).to.equal('no_email_account');
      expect(err.message).to.equal('No email account is configured');
    });

    it('injected failures reach the client as unavailable', async () => {
      await serveBackend({ failureRate: 1 });
      const err = await adapterError(rest().listAgents());
      expect(err.code).to.equal('unavailable');
    });
  });

  describe('abort and timeout', () => {
    it('an aborted read rejects with AbortError, not an AdapterError', async () => {
      await serveBackend({ latencyMs: 5000 });
      const controller = new AbortController();
      const started = performance.now();
      const pending = rest().getTicket(DEMO_IDS.vpnTicket, { signal: controller.signal });
      setTimeout(() => controller.abort(), 20);
      const err = await rejection(pending);
      expect(isAbortError(err), String(err)).to.equal(true);
      expect(err).not.to.be.instanceOf(AdapterError);
      expect(performance.now() - started).to.be.below(2000);
    });

    it('passes the signal through to fetch', async () => {
      await serveBackend({ latencyMs: 5000 });
      const sent: Request[] = [];
      const controller = new AbortController();
      const adapter = rest({ fetch: (r) => (sent.push(r), fetch(r)) });
      const pending = adapter.listThread(DEMO_IDS.vpnTicket, { signal: controller.signal });
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(sent[0].signal.aborted).to.equal(false);
      controller.abort();
      expect(sent[0].signal.aborted).to.equal(true);
      expect(isAbortError(await rejection(pending))).to.equal(true);
    });

    it('a request slower than timeoutMs fails with network', async () => {
      await serveBackend({ latencyMs: 5000 });
      const err = await adapterError(rest({ timeoutMs: 100 }).listAgents());
      expect(err.code).to.equal('network');
      expect(err.message).to.equal('The server did not answer within 0.1 s. Try again.');
    });
  });

  describe('requests', () => {
    it('sends files as multipart/form-data and metadata as JSON', async () => {
      // read the form where the server receives it: WebKit cannot read back the body of a
      // Request made from FormData with a File in the page (see docs/browsers.md)
      const received: FormData[] = [];
      await serveBackend(
        {},
        http.post('/api/tickets/:id/replies', async ({ request }) => {
          received.push(await request.clone().formData());
          return undefined; // on to the mock backend
        }),
      );
      const spy = recordingFetch();
      const adapter = rest({ fetch: spy.fetch });
      const file = new File(['0123456789'], 'screenshot.png', { type: 'image/png' });
      const item = await adapter.sendReply(
        DEMO_IDS.vpnTicket,
        { body: 'See attached', attachments: [file] },
        ctx,
      );
      expect(spy.requests[0].headers.get('Content-Type')).to.match(
        /^multipart\/form-data; boundary=/,
      );
      expect(received).to.have.length(1);
      const form = received[0];
      expect(form.get('body')).to.equal('See attached');
      expect((form.get('attachments') as File).name).to.equal('screenshot.png');
      expect(item.kind === 'reply' && item.attachments).to.deep.equal([
        { name: 'screenshot.png', size: 10, type: 'image/png' },
      ]);

      const meta = {
        name: 'invoice.pdf',
        size: 2048,
        type: 'application/pdf',
        url: 'https://files.example/1',
      };
      const { note } = await adapter.addInternalNote(
        DEMO_IDS.vpnTicket,
        { body: 'Invoice', attachments: [meta] },
        ctx,
      );
      expect(spy.requests[1].headers.get('Content-Type')).to.equal('application/json');
      expect(note.attachments).to.deep.equal([meta]);
    });

    it('sends the action context as X-Action-Origin / X-Actor-Id', async () => {
      const backend = await serveBackend();
      const spy = recordingFetch();
      await rest({ fetch: spy.fetch }).updateTicket(
        DEMO_IDS.vpnTicket,
        { status: 'pending' },
        { origin: 'bulk', actorId: 'agent-mei' },
      );
      expect(spy.requests[0].headers.get('X-Action-Origin')).to.equal('bulk');
      expect(spy.requests[0].headers.get('X-Actor-Id')).to.equal('agent-mei');
      const call = backend.adapter.calls.find((c) => c.method === 'updateTicket')!;
      expect(call.args[2]).to.deep.equal({ origin: 'bulk', actorId: 'agent-mei' });
    });

    it('encodes ids in paths', async () => {
      await serveBackend();
      const spy = recordingFetch();
      await rejection(rest({ fetch: spy.fetch }).getTicket('a/b?c#d'));
      expect(new URL(spy.requests[0].url).pathname).to.equal('/api/tickets/a%2Fb%3Fc%23d');
    });

    it('refuses ids that are not one path segment ("", ".", "..") before any request', async () => {
      await serveBackend();
      const spy = recordingFetch();
      const adapter = rest({ fetch: spy.fetch });
      for (const id of ['', '.', '..']) {
        const attempts: [string, Promise<unknown>][] = [
          ['getTicket', adapter.getTicket(id)],
          ['listThread', adapter.listThread(id)],
          ['updateTicket', adapter.updateTicket(id, { status: 'resolved' }, ctx)],
          ['addInternalNote', adapter.addInternalNote(id, { body: 'x' }, ctx)],
          ['sendReply', adapter.sendReply(id, { body: 'x' }, ctx)],
          ['getCustomerHistory', adapter.getCustomerHistory(id)],
          ['getTicketContext', adapter.getTicketContext!(id)],
          ['startRemoteSession', adapter.startRemoteSession!(id, ctx)],
          ['getRemoteSession', adapter.getRemoteSession!(id)],
          ['saveView', adapter.saveView!({ id, name: 'x', filter: {} })],
          ['deleteView', adapter.deleteView!(id)],
          ['toggleTimer', adapter.toggleTimer!(id, ctx)],
        ];
        for (const [method, attempt] of attempts) {
          const err = await adapterError(attempt);
          expect(err.code, `${method}(${JSON.stringify(id)})`).to.equal('validation');
        }
      }
      expect(spy.requests.map((r) => `${r.method} ${new URL(r.url).pathname}`)).to.deep.equal([]);
      await adapter.getTicket(DEMO_IDS.printerTicket);
      expect(spy.requests, 'a valid id still goes through').to.have.length(1);
    });

    it('leaves out the capabilities listed in disable, and needs a CSRF token', () => {
      const adapter = rest({ disable: ['assist', 'subscribe', 'toggleTimer'] });
      expect(adapter.assist).to.equal(undefined);
      expect(adapter.subscribe).to.equal(undefined);
      expect(adapter.toggleTimer).to.equal(undefined);
      expect(adapter.listMacros).to.be.a('function');
      expect(() => createRestAdapter({ baseUrl: '/api' } as RestAdapterOptions)).to.throw(
        /csrfToken/,
      );
    });

    it('injects latency on the mock backend', async () => {
      await serveBackend({ latencyMs: 300 });
      const started = performance.now();
      await rest().me();
      expect(performance.now() - started).to.be.at.least(280);
    });
  });
});
