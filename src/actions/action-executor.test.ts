import { expect } from '@open-wc/testing';
import { ActionExecutor } from './action-executor.js';
import { AdapterError } from '../adapter/types.js';
import type { ActionResultDetail } from '../events/index.js';

function recorder(target: EventTarget) {
  const events: { type: string; detail: unknown }[] = [];
  for (const type of ['hd-action-executed', 'hd-bulk-action-started', 'hd-bulk-action-completed']) {
    target.addEventListener(type, (e) => events.push({ type, detail: (e as CustomEvent).detail }));
  }
  return events;
}

describe('ActionExecutor', () => {
  const ctx = { origin: 'bulk' as const, actorId: 'agent-1' };

  it('reports one successful write with the ActionContext', async () => {
    const host = document.createElement('div');
    const events = recorder(host);
    const outcome = await new ActionExecutor(host).execute(
      'close',
      't1',
      { ...ctx, origin: 'peek' },
      async (c) => {
        expect(c).to.deep.equal({ origin: 'peek', actorId: 'agent-1' });
        return 42;
      },
    );
    expect(outcome.ok).to.equal(true);
    if (outcome.ok) expect(outcome.value).to.equal(42);
    expect(events).to.deep.equal([
      {
        type: 'hd-action-executed',
        detail: { action: 'close', ticketId: 't1', origin: 'peek', actorId: 'agent-1', ok: true },
      },
    ]);
  });

  it('turns a rejection into an AdapterError outcome and still reports it', async () => {
    const host = document.createElement('div');
    const events = recorder(host);
    const outcome = await new ActionExecutor(host).execute('set_status', 't2', ctx, () =>
      Promise.reject(new AdapterError('conflict', 'Changed by someone else')),
    );
    expect(outcome.ok).to.equal(false);
    if (!outcome.ok) expect(outcome.error.message).to.equal('Changed by someone else');
    const detail = events[0].detail as ActionResultDetail;
    expect(detail.ok).to.equal(false);
    expect(detail.error?.code).to.equal('conflict');
  });

  it('bulk: one event per ticket, wrapped, failures counted and never aborting the batch', async () => {
    const host = document.createElement('div');
    const events = recorder(host);
    const progress: number[] = [];
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const outcome = await new ActionExecutor(host).executeBulk(
      'close',
      ids,
      ctx,
      async (id) => {
        if (id === 'c') throw new AdapterError('forbidden', 'Not allowed to close #c');
      },
      { onProgress: (done) => progress.push(done), concurrency: 2 },
    );
    expect(outcome.ok).to.equal(4);
    expect(outcome.failed).to.equal(1);
    expect(outcome.results.map((r) => r.ticketId)).to.deep.equal(ids);
    expect(outcome.results[2].error?.message).to.equal('Not allowed to close #c');
    expect(events[0]).to.deep.equal({
      type: 'hd-bulk-action-started',
      detail: { action: 'close', ticketIds: ids },
    });
    expect(events.filter((e) => e.type === 'hd-action-executed')).to.have.length(5);
    expect(events.at(-1)!.type).to.equal('hd-bulk-action-completed');
    expect(progress).to.deep.equal([1, 2, 3, 4, 5]);
  });

  it('a bulk of 500 writes yields to the event loop between writes', async () => {
    // Wall-clock task lengths are measured by `npm run bench` (bulk close of 500), not here:
    // this checks the mechanism — other work (a timer chain) keeps running during the batch.
    const host = document.createElement('div');
    const ids = Array.from({ length: 500 }, (_, i) => `t${i}`);
    let pings = 0;
    let pinging = true;
    const ping = () => {
      pings++;
      if (pinging) setTimeout(ping, 0);
    };
    ping();
    const outcome = await new ActionExecutor(host).executeBulk('close', ids, ctx, async () => {});
    pinging = false;
    expect(outcome.ok).to.equal(500);
    // 500 writes on 4 workers yield at least 125 times; a blocking loop would let 1 ping run
    expect(pings).to.be.greaterThan(100);
  });
});
