import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { setViewport } from '@web/test-runner-commands';
import {
  ME,
  MIN,
  button,
  expectFocus,
  chip,
  deferred,
  inboxData,
  loaded,
  maybeButton,
  mountInbox,
  nameOf,
  row,
  rowIds,
  rows,
  text,
  wrap,
  checkbox,
} from './inbox-helpers.js';
import { createMemoryAdapter } from '../src/adapter/memory/index.js';
import { NO_ADAPTER_MESSAGE } from '../src/components/base/hd-element.js';
import type { HdInbox } from '../src/components/inbox/inbox.js';
import type { ListTicketsQuery, ReadOptions, Ticket } from '../src/adapter/types.js';

describe('<hd-inbox>', () => {
  describe('properties', () => {
    it('defaults to my_open, 10 per page, and reflects the view', async () => {
      const { inbox, root } = await mountInbox();
      expect(inbox.view).to.equal('my_open');
      expect(inbox.pageSize).to.equal(10);
      expect(inbox.getAttribute('view')).to.equal('my_open');
      expect(rowIds(root)).to.deep.equal(Array.from({ length: 10 }, (_, i) => `t-${i + 1}`));
      inbox.view = 'all_open';
      await inbox.updateComplete;
      expect(inbox.getAttribute('view')).to.equal('all_open');
    });

    it('page and page-size attributes pick the page', async () => {
      const { inbox, root } = await mountInbox({ pageSize: 4 });
      inbox.setAttribute('page', '3');
      await waitUntil(() => rowIds(root)[0] === 't-9');
      expect(rowIds(root)).to.deep.equal(['t-9', 't-10', 't-11', 't-12']);
      expect(text(root.querySelector('.page-label'))).to.equal('Page 3 of 7');
    });
  });

  describe('rows', () => {
    it('show checkbox, priority, SLA and unassigned flags, number, subject, contact, time, unread', async () => {
      const now = Date.now();
      const data = inboxData(
        3,
        (t, i) => {
          if (i === 0) {
            t.priority = 'high';
            t.unread = true;
            t.sla = { warnedAt: new Date(now - MIN).toISOString() };
            t.updatedAt = new Date(now - 5 * MIN).toISOString();
          }
          if (i === 1) {
            t.priority = 'urgent';
            t.sla = { resolutionDueAt: new Date(now - 10 * MIN).toISOString() };
            t.updatedAt = new Date(now - 3 * 60 * MIN).toISOString();
          }
          if (i === 2) {
            t.assigneeId = null;
            t.updatedAt = new Date(now - 2 * 24 * 60 * MIN).toISOString();
          }
        },
        now,
      );
      const { root } = await mountInbox({ data, view: 'all_open' });
      const [first, second, third] = rows(root);
      expect(nameOf(first.querySelector('input[type="checkbox"]')!)).to.equal(
        'Select ticket #2001 — Ticket 1',
      );
      expect(first.querySelector('[aria-label="Priority: high"]')).to.exist;
      expect(first.querySelector('[aria-label="SLA at risk"]')).to.exist;
      expect(first.querySelector('[aria-label="Unread"]')).to.exist;
      expect(text(first.querySelector('.open'))).to.equal('#2001 Ticket 1');
      expect(text(first.querySelector('.contact'))).to.equal('Contact 1');
      expect(text(first.querySelector('time'))).to.equal('5m ago');

      expect(second.querySelector('[aria-label="Priority: urgent"]')).to.exist;
      expect(second.querySelector('[aria-label="SLA breached"]')).to.exist;
      expect(second.querySelector('[aria-label="Unread"]')).to.be.null;
      expect(text(second.querySelector('time'))).to.equal('3h ago');

      expect(third.querySelector('[aria-label="Unassigned"]')).to.exist;
      expect(third.querySelector('[aria-label^="SLA"]')).to.be.null;
      expect(text(third.querySelector('time'))).to.equal('2d ago');
    });

    it('trims a long subject with an ellipsis and keeps the full title in a tooltip', async () => {
      const long = 'The printer on the third floor prints every page twice and then jams '.repeat(
        4,
      );
      const data = inboxData(2, (t, i) => i === 0 && (t.subject = long));
      const { root } = await mountInbox({ data });
      const open = row(root, 't-1').querySelector<HTMLElement>('.open')!;
      const subject = open.querySelector<HTMLElement>('.subject')!;
      // the tooltip sits on the trimmed text, not on the button (it would be read twice there)
      expect(subject.title).to.equal(long);
      expect(open.hasAttribute('title')).to.equal(false);
      expect(getComputedStyle(subject).textOverflow).to.equal('ellipsis');
      expect(subject.scrollWidth).to.be.greaterThan(subject.clientWidth);
    });

    it('renders customer text as text, never as markup', async () => {
      const data = inboxData(1, (t) => {
        t.subject = '<img src=x onerror="window.__pwned=1">';
        t.contactName = '<b>bold</b>';
      });
      const { root } = await mountInbox({ data });
      expect(text(row(root, 't-1').querySelector('.subject'))).to.equal(
        '<img src=x onerror="window.__pwned=1">',
      );
      expect(root.querySelector('.list img, .list b')).to.be.null;
    });

    it('activating a row dispatches a cancelable hd-ticket-open', async () => {
      const { inbox, root } = await mountInbox();
      const clicked = oneEvent(inbox, 'hd-ticket-open');
      row(root, 't-3').querySelector<HTMLElement>('.contact')!.click();
      const event = await clicked;
      expect(event.detail).to.deep.equal({ ticketId: 't-3' });
      expect(event.cancelable).to.equal(true);
      expect(event.composed && event.bubbles).to.equal(true);
      await inbox.updateComplete;
      expect(row(root, 't-3').classList.contains('current')).to.equal(true);

      // a host that vetoes: the row does not become the current one
      inbox.addEventListener('hd-ticket-open', (e) => e.preventDefault(), { once: true });
      row(root, 't-5').querySelector<HTMLElement>('.open')!.click();
      await inbox.updateComplete;
      expect(row(root, 't-5').classList.contains('current')).to.equal(false);
    });
  });

  describe('views', () => {
    it('shows the built-in chips with live counts from countViews', async () => {
      const data = inboxData(12, (t, i) => {
        if (i < 3) t.assigneeId = null;
        if (i === 4) t.priority = 'urgent';
      });
      const { root, adapter } = await mountInbox({ data });
      await waitUntil(() => root.querySelector('[role="tab"] .count'));
      const tabs = [...root.querySelectorAll('[role="tab"]')].map((t) => text(t));
      expect(tabs).to.deep.equal([
        'My open 9',
        'Unassigned 3',
        'Overdue 0',
        'High 1',
        'All open 12',
      ]);
      expect(chip(root, 'My open').getAttribute('aria-selected')).to.equal('true');
      const counted = adapter.calls.find((c) => c.method === 'countViews')!;
      expect(counted.args[0]).to.deep.equal([
        'my_open',
        'unassigned',
        'overdue',
        'high_priority',
        'all_open',
      ]);
    });

    it('switching views is in place: old rows stay (dimmed, busy) until new ones arrive', async () => {
      const data = inboxData(12, (t, i) => i < 3 && (t.assigneeId = null));
      const { inbox, root } = await mountInbox({ data, latencyMs: 150 });
      const list = root.querySelector('.list');
      const changed = oneEvent(inbox, 'hd-view-change');
      chip(root, 'Unassigned').click();
      expect((await changed).detail).to.deep.equal({ view: 'unassigned' });
      await inbox.updateComplete;
      const panel = root.querySelector('[role="tabpanel"]')!;
      expect(panel.getAttribute('aria-busy')).to.equal('true');
      expect(panel.classList.contains('busy'), 'old rows are dimmed').to.equal(true);
      expect(rows(root)).to.have.length(9); // still the old view, no flash of emptiness
      expect(root.querySelector('.skeleton')).to.be.null;
      await loaded(inbox);
      expect(rowIds(root)).to.deep.equal(['t-1', 't-2', 't-3']);
      expect(root.querySelector('.list')).to.equal(list); // same list element, not rebuilt
      expect(inbox.getAttribute('view')).to.equal('unassigned');
    });

    it('stale responses never win: the earlier request is aborted and ignored', async () => {
      const data = inboxData(12, (t, i) => i < 3 && (t.assigneeId = null));
      const base = createMemoryAdapter({ data });
      const slow = deferred();
      const signals: (AbortSignal | undefined)[] = [];
      // a backend that ignores aborts and answers my_open last
      const adapter = wrap(base, {
        listTickets: async (q: ListTicketsQuery, opts?: ReadOptions) => {
          signals.push(opts?.signal);
          const result = await base.listTickets(q);
          if (q.view === 'my_open') await slow.promise;
          return result;
        },
      });
      const { inbox, root } = await mountInbox({ adapter: base, use: adapter, wait: false });
      await waitUntil(() => signals.length === 1);
      await waitUntil(() => root.querySelector('[role="tab"]'));
      chip(root, 'Unassigned').click();
      await loaded(inbox);
      expect(rowIds(root)).to.deep.equal(['t-1', 't-2', 't-3']);
      expect(signals[0]!.aborted).to.equal(true);
      slow.resolve();
      await aTimeout(20); // let the stale answer land, if it were to
      await inbox.updateComplete;
      expect(rowIds(root)).to.deep.equal(['t-1', 't-2', 't-3']);
      expect(text(root.querySelector('.total'))).to.equal('3 tickets');
    });
  });

  describe('pagination', () => {
    it('pages with Previous page / Next page, shows Page N of M and the total', async () => {
      const { inbox, root } = await mountInbox();
      const nav = root.querySelector('[part="pagination"]')!;
      expect(text(nav)).to.include('Page 1 of 3');
      expect(text(nav)).to.include('25 tickets');
      const prev = button(root, 'Previous page');
      const next = button(root, 'Next page');
      expect(prev.getAttribute('aria-disabled')).to.equal('true');
      next.focus();
      next.click();
      await waitUntil(() => rowIds(root)[0] === 't-11');
      expect(inbox.page).to.equal(2);
      expect(text(root.querySelector('.page-label'))).to.equal('Page 2 of 3');
      expectFocus(root, next); // focus stays on the pager
      next.click();
      await waitUntil(() => rowIds(root)[0] === 't-21');
      expect(rows(root)).to.have.length(5);
      expect(next.getAttribute('aria-disabled')).to.equal('true');
      next.click(); // past the end: nothing happens, focus stays
      await inbox.updateComplete;
      expect(inbox.page).to.equal(3);
      expectFocus(root, next);
      prev.click();
      await waitUntil(() => rowIds(root)[0] === 't-11');
    });

    it('keeps the scroll position when a ticket is toggled or changes live', async () => {
      const { inbox, root, adapter } = await mountInbox({ pageSize: 25 });
      inbox.style.setProperty('--hd-inbox-max-height', '200px');
      const list = root.querySelector<HTMLElement>('.list')!;
      list.scrollTop = 400;
      const top = list.scrollTop;
      expect(top).to.be.greaterThan(0);
      checkbox(root, 't-12').click();
      await inbox.updateComplete;
      const ticket = (await adapter.getTicket('t-13')) as Ticket;
      adapter.emit({ type: 'ticket.updated', ticket: { ...ticket, unread: true } });
      await inbox.updateComplete;
      expect(row(root, 't-13').querySelector('[aria-label="Unread"]')).to.exist;
      expect(root.querySelector('.list')).to.equal(list);
      expect(list.scrollTop).to.equal(top);
    });

    it('has no pager when everything fits on one page', async () => {
      const { root } = await mountInbox({ data: inboxData(10) });
      expect(root.querySelector('[part="pagination"]')).to.be.null;
      expect(text(root.querySelector('.total'))).to.equal('10 tickets');
    });
  });

  describe('states', () => {
    it('shows a loading skeleton first', async () => {
      const { inbox, root } = await mountInbox({ latencyMs: 200, wait: false });
      await inbox.updateComplete;
      expect(root.querySelector('.skeleton')).to.exist;
      expect(text(root.querySelector('[role="tabpanel"]'))).to.include('Loading tickets');
      await loaded(inbox);
      expect(root.querySelector('.skeleton')).to.be.null;
    });

    it('shows "Nothing here — all caught up" for an empty view', async () => {
      const { root } = await mountInbox({ data: inboxData(0) });
      expect(text(root.querySelector('[part="empty"]'))).to.equal('Nothing here — all caught up');
      expect(root.querySelector('.select-page')!.hasAttribute('disabled')).to.equal(true);
    });

    it('shows the adapter error with Retry, and Retry recovers', async () => {
      const adapter = createMemoryAdapter({
        data: inboxData(3),
        failures: { methods: ['listTickets'], code: 'network', message: 'Backend is down' },
      });
      const { inbox, root } = await mountInbox({ adapter, wait: false });
      await waitUntil(() => root.querySelector('[role="alert"]'));
      expect(text(root.querySelector('[role="alert"]'))).to.include('Backend is down');
      adapter.setFailures(undefined);
      button(root, 'Retry').click();
      await loaded(inbox);
      expect(rows(root)).to.have.length(3);
      expect(root.querySelector('[role="alert"]')).to.be.null;
    });

    it('shows the missing-adapter error', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<hd-provider feature-agent-inbox><hd-inbox></hd-inbox></hd-provider>`,
      );
      const inbox = wrapper.querySelector('hd-inbox')!;
      await inbox.updateComplete;
      expect(text(inbox.shadowRoot!.querySelector('[role="alert"]'))).to.equal(NO_ADAPTER_MESSAGE);
    });

    it('fits a narrow screen without sideways scrolling', async () => {
      await setViewport({ width: 360, height: 700 });
      try {
        const { root } = await mountInbox();
        const base = root.querySelector<HTMLElement>('.base')!;
        expect(base.scrollWidth).to.be.at.most(base.clientWidth);
        const first = rows(root)[0];
        expect(first.scrollWidth).to.be.at.most(first.clientWidth + 1);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });

  describe('feature flag', () => {
    it('off: renders the legacy slot, makes no adapter call and runs no timer', async () => {
      const adapter = createMemoryAdapter({ data: inboxData(3) });
      const intervals: unknown[] = [];
      const realSetInterval = window.setInterval;
      window.setInterval = ((...args: Parameters<typeof setInterval>) => {
        intervals.push(args[1]);
        return realSetInterval(...args);
      }) as typeof setInterval;
      let inbox: HdInbox;
      try {
        const wrapper = await fixture<HTMLElement>(
          html`<div>
            <hd-inbox .adapter=${adapter}><p slot="legacy">Old queue</p></hd-inbox>
          </div>`,
        );
        inbox = wrapper.querySelector('hd-inbox')!;
        await inbox.updateComplete;
        await aTimeout(30);
      } finally {
        window.setInterval = realSetInterval;
      }
      expect(intervals, 'intervals started').to.deep.equal([]);
      const slot = inbox.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="legacy"]')!;
      expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Old queue']);
      expect(inbox.shadowRoot!.querySelector('[role="tab"], .list')).to.be.null;
      expect(adapter.calls).to.deep.equal([]);
    });

    it('off without legacy content: a short notice', async () => {
      const adapter = createMemoryAdapter({ data: inboxData(3) });
      const inbox = await fixture<HdInbox>(html`<hd-inbox .adapter=${adapter}></hd-inbox>`);
      expect(text(inbox.shadowRoot!.querySelector('[part="notice"]'))).to.equal(
        'The agent inbox is not enabled here.',
      );
      expect(adapter.calls).to.deep.equal([]);
    });
  });

  describe('live updates', () => {
    it('updates rows in place and refreshes counts when tickets change', async () => {
      const { inbox, root, adapter } = await mountInbox({ data: inboxData(5) });
      await waitUntil(() => text(chip(root, 'My open')) === 'My open 5');
      const before = row(root, 't-2');
      const ticket = (await adapter.getTicket('t-2')) as Ticket;
      adapter.emit({ type: 'ticket.updated', ticket: { ...ticket, subject: 'Renamed live' } });
      await inbox.updateComplete;
      expect(row(root, 't-2')).to.equal(before);
      expect(text(before.querySelector('.subject'))).to.equal('Renamed live');

      // a change made elsewhere that takes a ticket out of the view
      await adapter.updateTicket('t-4', { status: 'closed' }, { origin: 'api', actorId: ME });
      await waitUntil(() => !rowIds(root).includes('t-4'), 'closed ticket left the view');
      await waitUntil(() => text(chip(root, 'My open')) === 'My open 4');
      expect(row(root, 't-2')).to.equal(before);
    });

    it('marks tickets another agent is viewing, from presence events', async () => {
      const { inbox, root, adapter } = await mountInbox({ data: inboxData(3) });
      adapter.emit({ type: 'presence', ticketId: 't-2', agentId: 'agent-priya', state: 'viewing' });
      await inbox.updateComplete;
      expect(row(root, 't-2').querySelector('[aria-label="Another agent is viewing"]')).to.exist;
      adapter.emit({ type: 'presence', ticketId: 't-2', agentId: 'agent-priya', state: 'left' });
      await inbox.updateComplete;
      expect(row(root, 't-2').querySelector('[aria-label="Another agent is viewing"]')).to.be.null;
    });

    it('unsubscribes and stops its timers on disconnect, and resumes on reconnect', async () => {
      const realSetInterval = window.setInterval;
      const realClearInterval = window.clearInterval;
      const live = new Set<number>();
      window.setInterval = ((fn: TimerHandler, ms?: number) => {
        const id = realSetInterval(fn, ms);
        live.add(id);
        return id;
      }) as typeof window.setInterval;
      window.clearInterval = ((id?: number) => {
        live.delete(id!);
        realClearInterval(id);
      }) as typeof window.clearInterval;
      try {
        const base = createMemoryAdapter({ data: inboxData(3) });
        let listeners = 0;
        const adapter = wrap(base, {
          subscribe: (listener) => {
            listeners++;
            const off = base.subscribe(listener);
            return () => {
              listeners--;
              off();
            };
          },
        });
        const { inbox, root } = await mountInbox({ adapter: base, use: adapter });
        expect(listeners).to.equal(1);
        expect(live.size).to.be.greaterThan(0);
        const parent = inbox.parentElement!;
        inbox.remove();
        expect(listeners).to.equal(0);
        expect(live.size).to.equal(0);
        // events after disconnect change nothing
        const ticket = (await base.getTicket('t-1')) as Ticket;
        base.emit({ type: 'ticket.updated', ticket: { ...ticket, subject: 'While away' } });
        expect(text(row(root, 't-1').querySelector('.subject'))).to.equal('Ticket 1');
        parent.append(inbox);
        await loaded(inbox);
        expect(listeners).to.equal(1);
        expect(text(row(root, 't-1').querySelector('.subject'))).to.equal('Ticket 1');
      } finally {
        window.setInterval = realSetInterval;
        window.clearInterval = realClearInterval;
      }
    });
  });

  describe('performance', () => {
    it('renders only the page of 10,000 matches, and unchanged data touches no DOM', async () => {
      const { inbox, root } = await mountInbox({ data: inboxData(10_000) });
      expect(rows(root)).to.have.length(10);
      expect(text(root.querySelector('.page-label'))).to.equal('Page 1 of 1000');
      const mutations: MutationRecord[] = [];
      const observer = new MutationObserver((m) => mutations.push(...m));
      observer.observe(root, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
      inbox.requestUpdate();
      await inbox.updateComplete;
      inbox.refresh();
      await loaded(inbox);
      await inbox.updateComplete;
      observer.disconnect();
      expect(
        mutations.map((m) => `${m.type} ${(m.target as Element).className ?? ''}`),
      ).to.deep.equal([]);
      expect(maybeButton(root, 'Next page')).to.exist;
    });
  });
});
