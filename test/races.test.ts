/**
 * Races: responses that arrive late and out of order while the agent switches inbox views and
 * pages, or peek tickets, faster than the backend answers. The adapter here holds every read
 * of interest until the test releases it, in any order, and either ignores cancellation (a
 * backend that answers anyway, with what was asked) or honours it (rejects with AbortError).
 *
 * Expected: only the last request's answer is ever shown (the final rows match the last view
 * and page; the peek shows the last ticket), every superseded request saw its AbortSignal
 * aborted, and a cancelled request never surfaces as an error.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import '../src/components/provider/define.js';
import '../src/components/inbox/define.js';
import type { HdInbox } from '../src/components/inbox/inbox.js';
import { createMemoryAdapter, type MemoryAdapter } from '../src/adapter/memory/index.js';
import type { HelpdeskAdapter } from '../src/adapter/types.js';
import { createMemoryStore } from '../src/model/state-store.js';
import { inboxData, rowIds, text } from './inbox-helpers.js';
import { DEMO_IDS, demoAdapter, mountPeek, threadLoaded, threadOf } from './peek-helpers.js';

interface Held {
  method: string;
  args: unknown[];
  signal?: AbortSignal;
  /** Answers now, with what the request asked for (even when it was cancelled). */
  release(): Promise<void>;
  settled: boolean;
}

/**
 * An adapter over `base` whose `methods` wait in `held` while `hold` is on. With
 * `honourAbort` a held read rejects with an AbortError as soon as its signal aborts.
 */
function controllable(base: MemoryAdapter, methods: string[], honourAbort = false) {
  const held: Held[] = [];
  const state = { hold: false };
  const adapter = Object.create(base) as HelpdeskAdapter & Record<string, unknown>;
  for (const method of methods) {
    const original = (base as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[
      method
    ].bind(base);
    adapter[method] = (...args: unknown[]) => {
      const last = args.at(-1) as { signal?: AbortSignal } | undefined;
      const signal = last && typeof last === 'object' ? last.signal : undefined;
      // the backend computes the answer without the signal: it does not know about the abort
      const plain = args.map((a) => (a === last && signal ? { ...last, signal: undefined } : a));
      if (!state.hold) return original(...args);
      return new Promise((resolve, reject) => {
        const entry: Held = {
          method,
          args,
          signal,
          settled: false,
          release: async () => {
            if (entry.settled) return;
            entry.settled = true;
            try {
              resolve(await original(...plain));
            } catch (err) {
              reject(err);
            }
          },
        };
        if (honourAbort && signal) {
          signal.addEventListener('abort', () => {
            if (entry.settled) return;
            entry.settled = true;
            reject(new DOMException('Aborted', 'AbortError'));
          });
        }
        held.push(entry);
      });
    };
  }
  return { adapter, held, state };
}

const settle = async (el: { updateComplete: Promise<unknown> }) => {
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
  }
};

describe('races: late and out-of-order responses', function () {
  this.timeout(30000);

  describe('inbox: switching views and pages faster than the backend answers', () => {
    /** Disjoint views: my open (normal), unassigned (normal), Priya's high-priority tickets. */
    const data = () =>
      inboxData(60, (t, i) => {
        if (i % 3 === 1) t.assigneeId = null;
        if (i % 3 === 2) {
          t.assigneeId = 'agent-priya';
          t.priority = 'high';
        }
      });

    async function setup(honourAbort: boolean) {
      const base = createMemoryAdapter({ data: data() });
      const { adapter, held, state } = controllable(base, ['listTickets'], honourAbort);
      const wrapper = await fixture<HTMLElement>(
        html`<hd-provider feature-agent-inbox .adapter=${adapter} .store=${createMemoryStore()}>
          <hd-inbox view="my_open" page-size="5"></hd-inbox>
        </hd-provider>`,
      );
      const inbox = wrapper.querySelector<HdInbox>('hd-inbox')!;
      await waitUntil(() => rowIds(inbox.shadowRoot!).length === 5, 'first page', {
        timeout: 4000,
      });
      await settle(inbox);
      return { base, inbox, root: inbox.shadowRoot!, held, state };
    }

    /** Clicks through views and pages like an agent in a hurry; returns what was asked. */
    async function hurry(inbox: HdInbox, root: ShadowRoot) {
      const chip = (key: string) =>
        root.querySelector<HTMLElement>(`[role="tab"][data-key="${key}"]`)!;
      const next = () => root.querySelector<HTMLElement>('[data-page="next"]')!;
      for (const key of ['unassigned', 'high_priority', 'all_open']) {
        chip(key).click();
        await inbox.updateComplete;
      }
      next().click();
      await inbox.updateComplete;
      next().click();
      await inbox.updateComplete;
    }

    async function expected(base: MemoryAdapter, view: string, page: number) {
      const res = await base.listTickets({ view, page, pageSize: 5 });
      return res.items.map((t) => t.id);
    }

    for (const honourAbort of [false, true]) {
      const backend = honourAbort
        ? 'a backend that honours aborts'
        : 'a backend that answers anyway';
      it(`the last view and page win, answered last-first (${backend})`, async () => {
        const { base, inbox, root, held, state } = await setup(honourAbort);
        state.hold = true;
        await hurry(inbox, root);
        const asked = held.map((h) => h.args[0] as { view: string; page: number });
        expect(asked.map((q) => `${q.view}#${q.page}`)).to.deep.equal([
          'unassigned#1',
          'high_priority#1',
          'all_open#1',
          'all_open#2',
          'all_open#3',
        ]);
        expect(
          held.map((h) => h.signal?.aborted),
          'every superseded request was aborted',
        ).to.deep.equal([true, true, true, true, false]);
        const final = await expected(base, 'all_open', 3);
        // the last answer first, then the stale ones
        for (const h of [...held].reverse()) {
          await h.release();
          await settle(inbox);
          expect(
            rowIds(root),
            `after answering ${h.args[0] && JSON.stringify(h.args[0])}`,
          ).to.deep.equal(final);
        }
        expect(text(root.querySelector('[role="tab"][aria-selected="true"] .chip-label'))).to.equal(
          'All open',
        );
        expect(text(root.querySelector('.page-label'))).to.equal('Page 3 of 12');
        expect(root.querySelector('.list-error'), 'a cancelled request is no error').to.equal(null);
        expect(inbox.view).to.equal('all_open');
      });

      it(`stale answers arriving first are never shown (${backend})`, async () => {
        const { base, inbox, root, held, state } = await setup(honourAbort);
        const before = rowIds(root);
        state.hold = true;
        await hurry(inbox, root);
        const stale = await Promise.all(
          held.slice(0, -1).map((h) => {
            const q = h.args[0] as { view: string; page: number };
            return expected(base, q.view, q.page);
          }),
        );
        // answer in a shuffled order, the last request last
        for (const index of [2, 0, 3, 1]) {
          await held[index].release();
          await settle(inbox);
          const shown = rowIds(root);
          for (const rows of stale) expect(shown, 'a stale page is shown').not.to.deep.equal(rows);
          expect(shown, 'the previous rows stay until the last answer').to.deep.equal(before);
          expect(root.querySelector('[role="tabpanel"]')!.getAttribute('aria-busy')).to.equal(
            'true',
          );
        }
        await held[4].release();
        await settle(inbox);
        expect(rowIds(root)).to.deep.equal(await expected(base, 'all_open', 3));
        expect(root.querySelector('[role="tabpanel"]')!.getAttribute('aria-busy')).to.equal(
          'false',
        );
        expect(root.querySelector('.list-error'), 'a cancelled request is no error').to.equal(null);
      });
    }
  });

  describe('peek: switching tickets faster than the backend answers', () => {
    const READS = [
      'getTicket',
      'getTicketContext',
      'listThread',
      'getCustomerHistory',
      'listAgents',
    ];
    const order = [DEMO_IDS.vpnTicket, DEMO_IDS.htmlEmailTicket, DEMO_IDS.printerTicket];

    for (const honourAbort of [false, true]) {
      const backend = honourAbort
        ? 'a backend that honours aborts'
        : 'a backend that answers anyway';
      it(`the last ticket wins, whatever order the answers come in (${backend})`, async () => {
        const base = demoAdapter();
        const { adapter, held, state } = controllable(base, READS, honourAbort);
        const { peek } = await mountPeek({
          adapter: adapter as unknown as MemoryAdapter,
          ticketId: DEMO_IDS.adaOpenTicket,
          open: true,
        });
        await threadLoaded(peek);
        const subjects = new Map(base.snapshot().tickets.map((t) => [t.id, t.subject]));
        const title = () => text(peek.shadowRoot!.querySelector('#peek-title'));

        state.hold = true;
        for (const id of order) {
          peek.show(id);
          await peek.updateComplete;
        }
        const last = order.at(-1)!;
        const forOld = held.filter((h) => h.args[0] !== last);
        expect(forOld.length, 'reads for the superseded tickets').to.be.greaterThan(0);
        for (const h of forOld) {
          expect(h.signal?.aborted, `${h.method}(${h.args[0]}) was aborted`).to.equal(true);
        }
        // the stale answers first: the peek never shows those tickets
        for (const h of forOld) {
          await h.release();
          await settle(peek);
          expect(title(), `after ${h.method}(${h.args[0]})`).not.to.be.oneOf(
            order.slice(0, -1).map((id) => subjects.get(id)),
          );
        }
        // then the last ticket's reads (and whatever they lead to), newest first
        for (let i = 0; i < 20 && held.some((h) => !h.settled); i++) {
          for (const h of held.filter((x) => !x.settled).reverse()) await h.release();
          await settle(peek);
        }
        await waitUntil(() => title() === subjects.get(last), 'the last ticket is shown');
        state.hold = false;
        await threadLoaded(peek);
        const items = [
          ...threadOf(peek).shadowRoot!.querySelectorAll<HTMLElement>('li.item[data-id]'),
        ];
        expect(items.length).to.be.greaterThan(0);
        const thread = base.snapshot().threads[last].map((i) => i.id);
        for (const li of items)
          expect(thread, 'a thread item of the last ticket').to.include(li.dataset.id);
        expect(peek.ticketId).to.equal(last);
        expect(
          peek.shadowRoot!.querySelector('.hd-error'),
          'a cancelled read is no error',
        ).to.equal(null);
      });
    }
  });
});
