/**
 * Leaks: the inbox is mounted and unmounted 200 times, and the peek opened and closed 200 times
 * (every fourth time closed before its data arrived; now and then with a popover open). After
 * that nothing the components started may be left: no pending timeout, interval or animation
 * frame, no listener on window / document / <html> / <body> or on a non-DOM event target (a
 * module-level bus, a media query), no observer on such a node, no adapter subscription
 * (test/helpers/leak-tracker.ts instruments the globals while the cycles run). Where the engine
 * lets a test force a garbage collection (Chromium), every unmounted element must be collected
 * too: the detached-element count is back to its baseline of zero.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/components/provider/define.js';
import '../src/components/inbox/define.js';
import '../src/components/ticket-peek/define.js';
import type { HdProvider } from '../src/components/provider/provider.js';
import type { HdInbox } from '../src/components/inbox/inbox.js';
import type { HdTicketPeek } from '../src/components/ticket-peek/peek.js';
import type { HdPeekPicker } from '../src/components/ticket-peek/picker.js';
import { createMemoryAdapter, type MemoryAdapter } from '../src/adapter/memory/index.js';
import { createDemoData, DEMO_IDS } from '../src/mocks/demo-data.js';
import { createMemoryStore } from '../src/model/state-store.js';
import type { AdapterListener, HelpdeskAdapter } from '../src/adapter/types.js';
import { LeakTracker } from './helpers/leak-tracker.js';
import { itIf } from './helpers/features.js';
import { inboxData } from './inbox-helpers.js';
import { deepQueryAll, text, threadOf } from './peek-helpers.js';

const CYCLES = 200;

/** A full garbage collection in the page (Chromium, over CDP); false where impossible. */
async function collectGarbage(): Promise<boolean> {
  let ok = false;
  for (let i = 0; i < 3; i++) {
    ok = (await executeServerCommand<boolean, undefined>('hd-collect-garbage')) === true;
    if (!ok) return false;
    await new Promise((r) => setTimeout(r, 0));
  }
  return ok;
}

const canCollectGarbage = await collectGarbage();
const NO_GC =
  'the engine lets no test force a garbage collection (Chromium only: CDP ' +
  'HeapProfiler.collectGarbage), so whether detached elements were freed cannot be measured';

/** The adapter, with its live subscriptions counted. */
function counted(base: MemoryAdapter) {
  const count = { subscribed: 0, unsubscribed: 0 };
  const adapter = Object.create(base) as HelpdeskAdapter;
  adapter.subscribe = (listener: AdapterListener) => {
    count.subscribed++;
    const unsubscribe = base.subscribe(listener);
    let done = false;
    return () => {
      if (!done) count.unsubscribed++;
      done = true;
      unsubscribe();
    };
  };
  const baseListeners = () => (base as unknown as { listeners: Set<unknown> }).listeners.size;
  return { adapter, count, baseListeners };
}

/**
 * Polls `predicate` every 2 ms (400 cycles at waitUntil's 50 ms would take minutes). Unlike
 * waitUntil it leaves no timer behind: waitUntil's pending timeout would keep the predicate,
 * and the element it reads, alive for seconds after the unmount.
 */
async function until(predicate: () => unknown, what: string): Promise<void> {
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > 4000) throw new Error(`Timeout: ${what}`);
    await new Promise((r) => setTimeout(r, 2));
  }
}

/** Lets pending 0-ms timers, microtasks and frames run out. */
async function settle() {
  await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  await new Promise((r) => setTimeout(r, 50));
}

interface Run {
  left: ReturnType<LeakTracker['outstanding']>;
  subscriptions: { subscribed: number; unsubscribed: number };
  adapterListeners: number;
  /** Elements that were unmounted (or removed from a closed peek) during the cycles. */
  detached: WeakRef<Element>[];
  /**
   * What a host keeps for the page's lifetime (the adapter, the store): held on purpose, so
   * that anything they retain (a logged listener, a stored element) shows up as a leak.
   */
  keptByHost: unknown[];
}

describe('leaks: 200 mount/unmount and open/close cycles', function () {
  this.timeout(60000);

  describe('<hd-inbox> mounted and unmounted 200 times', () => {
    let run: Run;

    before(async () => {
      const { adapter, count, baseListeners } = counted(
        createMemoryAdapter({ data: inboxData(30) }),
      );
      const store = createMemoryStore();
      const container = document.createElement('div');
      document.body.append(container);
      const detached: WeakRef<Element>[] = [];
      const tracker = new LeakTracker();

      const cycle = async (i: number) => {
        const provider = document.createElement('hd-provider') as HdProvider;
        provider.setAttribute('feature-agent-inbox', '');
        provider.adapter = adapter;
        provider.store = store;
        const inbox = document.createElement('hd-inbox') as HdInbox;
        inbox.setAttribute('page-size', '10');
        if (i % 2) inbox.setAttribute('view', 'all_open');
        provider.append(inbox);
        container.append(provider);
        await until(() => {
          const panel = inbox.shadowRoot?.querySelector('[role="tabpanel"]');
          return panel?.getAttribute('aria-busy') === 'false' && panel.querySelector('.list');
        }, 'the inbox did not load');
        const root = inbox.shadowRoot!;
        // work it a little: select a row, and every fifth time leave a popover open
        root.querySelector<HTMLInputElement>('.list > li[data-id] input.check')?.click();
        if (i % 5 === 0) {
          root.querySelector<HTMLButtonElement>('.help-button')!.click();
          await until(() => root.querySelector('#help:popover-open'), 'help popover');
        }
        await inbox.updateComplete;
        for (const el of [provider, inbox, ...deepQueryAll<Element>(root, '*')]) {
          detached.push(new WeakRef(el));
        }
        provider.remove();
      };

      await cycle(-1); // warm-up: one-time work (definitions, adopted theme sheet) is no leak
      detached.length = 0;
      tracker.install();
      try {
        for (let i = 0; i < CYCLES; i++) await cycle(i);
        await settle();
      } finally {
        tracker.uninstall();
      }
      container.remove();
      run = {
        left: tracker.outstanding(),
        subscriptions: { ...count },
        adapterListeners: baseListeners(),
        detached,
        keptByHost: [adapter, store],
      };
    });

    it('leaves no timeout, interval or animation frame', () => {
      expect(run.left.timers).to.deep.equal([]);
    });

    it('leaves no listener on window, document or a long-lived event target', () => {
      expect(run.left.listeners).to.deep.equal([]);
    });

    it('leaves no observer on the document', () => {
      expect(run.left.observers).to.deep.equal([]);
    });

    it('leaves no adapter subscription', () => {
      expect(run.subscriptions.subscribed, 'the inbox subscribes while mounted').to.be.at.least(
        CYCLES,
      );
      expect(run.subscriptions.unsubscribed).to.equal(run.subscriptions.subscribed);
      expect(run.adapterListeners, 'listeners left in the adapter').to.equal(0);
    });

    itIf(canCollectGarbage, NO_GC)('lets every unmounted element be collected', async () => {
      expect(await collectGarbage()).to.equal(true);
      const alive = run.detached.map((r) => r.deref()).filter((el): el is Element => !!el);
      expect(
        alive.map((el) => el.localName),
        `detached elements still alive out of ${run.detached.length}`,
      ).to.deep.equal([]);
    });
  });

  describe('<hd-ticket-peek> opened and closed 200 times', () => {
    let run: Run;
    let afterUnmount: ReturnType<LeakTracker['outstanding']>;
    let afterUnmountSubscriptions: number;

    before(async () => {
      const data = createDemoData({ now: Date.now() });
      const { adapter, count, baseListeners } = counted(createMemoryAdapter({ data }));
      const subjects = new Map(data.tickets.map((t) => [t.id, t.subject]));
      const ids = [
        DEMO_IDS.vpnTicket, // running timer, remote session card, asset
        DEMO_IDS.htmlEmailTicket, // sanitized email HTML
        DEMO_IDS.adaOpenTicket, // pinned customer history
        DEMO_IDS.printerTicket,
        DEMO_IDS.unassignedTicket,
      ];
      const container = document.createElement('div');
      document.body.append(container);
      const provider = document.createElement('hd-provider') as HdProvider;
      provider.adapter = adapter;
      provider.store = createMemoryStore();
      const opener = document.createElement('button');
      opener.textContent = 'Open';
      const peek = document.createElement('hd-ticket-peek') as HdTicketPeek;
      provider.append(opener, peek);
      container.append(provider);
      const detached: WeakRef<Element>[] = [];
      const tracker = new LeakTracker();

      const cycle = async (i: number) => {
        const id = ids[(i + ids.length) % ids.length];
        opener.focus();
        peek.show(id);
        await peek.updateComplete;
        if (i % 4 === 3) {
          peek.hide(); // closed before its data arrived
          await peek.updateComplete;
          return;
        }
        const root = peek.shadowRoot!;
        const subject = subjects.get(id)!;
        await until(
          () => text(root.querySelector('#peek-title')) === subject && threadOf(peek)?.loaded,
          `the peek did not load ${id}`,
        );
        if (i % 10 === 0) {
          const status = root.querySelector<HdPeekPicker>('hd-peek-picker[data-field="status"]')!;
          await status.openPopover(); // left open: closing the peek must clean it up
        }
        const panel = root.querySelector('.panel')!;
        for (const el of [panel, ...deepQueryAll<Element>(panel, '*')]) {
          detached.push(new WeakRef(el));
        }
        peek.hide();
        await peek.updateComplete;
      };

      await cycle(-1);
      detached.length = 0;
      tracker.install();
      try {
        for (let i = 0; i < CYCLES; i++) await cycle(i);
        await settle();
        run = {
          left: tracker.outstanding(),
          subscriptions: { ...count },
          adapterListeners: baseListeners(),
          detached,
          keptByHost: [adapter, provider.store],
        };
        container.remove();
        await settle();
        afterUnmount = tracker.outstanding();
        afterUnmountSubscriptions = baseListeners();
      } finally {
        tracker.uninstall();
      }
    });

    it('a closed peek leaves no timeout, interval or animation frame', () => {
      expect(run.left.timers).to.deep.equal([]);
    });

    it('a closed peek leaves no listener on window, document or a long-lived event target', () => {
      expect(run.left.listeners).to.deep.equal([]);
    });

    it('a closed peek leaves no observer on the document', () => {
      expect(run.left.observers).to.deep.equal([]);
    });

    it('a closed peek holds no adapter subscription', () => {
      expect(run.subscriptions.subscribed, 'the open peek subscribes').to.be.at.least(CYCLES / 2);
      expect(run.subscriptions.unsubscribed).to.equal(run.subscriptions.subscribed);
      expect(run.adapterListeners, 'listeners left in the adapter').to.equal(0);
    });

    it('nothing is left after the peek is unmounted either', () => {
      expect(afterUnmount).to.deep.equal({ timers: [], listeners: [], observers: [] });
      expect(afterUnmountSubscriptions).to.equal(0);
    });

    itIf(canCollectGarbage, NO_GC)(
      'lets the content of every closed peek be collected',
      async () => {
        expect(await collectGarbage()).to.equal(true);
        const alive = run.detached.map((r) => r.deref()).filter((el): el is Element => !!el);
        expect(
          alive.map((el) => el.localName),
          `detached elements still alive out of ${run.detached.length}`,
        ).to.deep.equal([]);
      },
    );
  });
});
