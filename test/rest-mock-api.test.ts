import { expect } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { AdapterError, type AdapterEvent } from '../src/adapter/types.js';
import { createDemoData, DEMO_IDS, startMockApi, type MockApi } from '../src/mocks/index.js';
import { itIf, supports } from './helpers/features.js';
import { settleServiceWorker } from './helpers/mock-api.js';

// startMockApi is what the demo page and Storybook use: it starts its own msw worker, so it
// runs in a file of its own (one worker per page).
describe('startMockApi', () => {
  let api: MockApi | undefined;
  beforeEach(() => settleServiceWorker());
  afterEach(() => api?.stop());

  it('serves the API to the REST adapter it returns until stopped', async () => {
    api = await startMockApi({ data: createDemoData({ tickets: 20 }) });
    const { adapter, backend } = api;
    expect((await adapter.me()).name).to.equal('Sam Rivera');
    expect(
      (await adapter.listTickets({ view: 'all_open', page: 1, pageSize: 50 })).total,
    ).to.be.greaterThan(0);
    const ctx = { origin: 'peek' as const, actorId: DEMO_IDS.me };
    await adapter.updateTicket(DEMO_IDS.vpnTicket, { priority: 'low' }, ctx);
    expect((await backend.adapter.getTicket(DEMO_IDS.vpnTicket)).priority).to.equal('low');

    api.stop();
    api = undefined;
    expect(backend.adapter.activeTimerCount, 'no timers left').to.equal(0);
    // without the worker /api is the plain dev server, which has no such route
    const err = await adapter.me().catch((e: unknown) => e);
    expect(err).to.be.instanceOf(AdapterError);
    expect((err as AdapterError).code).to.equal('not_found');
  });

  itIf(supports.transferableStreams)('streams the backend events to that adapter', async () => {
    api = await startMockApi({
      data: createDemoData({ tickets: 20 }),
      remoteSession: { consentAfterMs: 5 },
    });
    const { adapter, backend } = api;
    const events: AdapterEvent[] = [];
    const off = adapter.subscribe!((e) => events.push(e));
    await waitUntil(() => backend.events.connections === 1, 'the event stream connects');
    const ctx = { origin: 'peek' as const, actorId: DEMO_IDS.me };
    const session = await adapter.startRemoteSession(DEMO_IDS.remoteSessionTicket, ctx);
    await waitUntil(
      () => events.some((e) => e.type === 'session.updated' && e.session.id === session.id),
      'the consent outcome arrives as an event',
    );
    off();
    await waitUntil(() => backend.events.connections === 0, 'unsubscribing closes the stream');

    api.stop();
    api = undefined;
    expect(backend.adapter.activeTimerCount, 'no timers left').to.equal(0);
  });

  it('mounts the API where baseUrl says, with the tenant and CSRF settings given', async () => {
    api = await startMockApi({
      baseUrl: '/helpdesk/v1',
      emailAccountConfigured: false,
      csrfToken: 'tok',
    });
    const err = (await api.adapter
      .sendReply(
        DEMO_IDS.vpnTicket,
        { body: 'Hello' },
        { origin: 'composer', actorId: DEMO_IDS.me },
      )
      .catch((e: unknown) => e)) as AdapterError;
    expect([err.code, err.message]).to.deep.equal([
      'no_email_account',
      'No email account is configured',
    ]);
    const note = await api.adapter.addInternalNote(
      DEMO_IDS.vpnTicket,
      { body: 'Checked' },
      { origin: 'composer', actorId: DEMO_IDS.me },
    );
    expect(note.note.body).to.equal('Checked');
  });
});
