import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/provider/define.js';
import '../src/components/customer-history/define.js';
import type { HdCustomerHistory } from '../src/components/customer-history/customer-history.js';
import { createMemoryAdapter, type MemoryAdapter } from '../src/adapter/memory/index.js';
import { NO_ADAPTER_MESSAGE } from '../src/components/base/hd-element.js';
import { THEMES } from '../src/tokens/themes.js';
import { ADA_HISTORY } from '../src/mocks/demo-data.js';

const ada = ADA_HISTORY;

const root = (el: HdCustomerHistory) => el.shadowRoot!;
const text = (el: HdCustomerHistory) => root(el).textContent!.replace(/\s+/g, ' ').trim();

async function withAdapter(adapter: MemoryAdapter, attrs: { customerId: string }) {
  const provider = await fixture(
    html`<hd-provider .adapter=${adapter}
      ><hd-customer-history customer-id=${attrs.customerId}></hd-customer-history
    ></hd-provider>`,
  );
  return provider.querySelector('hd-customer-history')!;
}

const cardShown = (el: HdCustomerHistory) => () => !!root(el).querySelector('section.card');

describe('<hd-customer-history>', () => {
  describe('properties', () => {
    it('.history renders the card without any adapter', async () => {
      const el = await fixture<HdCustomerHistory>(
        html`<hd-customer-history .history=${ada}></hd-customer-history>`,
      );
      expect(text(el)).to.contain('Customer history — Ada');
      expect(text(el)).to.contain('ID 42');
      expect(text(el)).to.contain('💎 VIP');
      expect(text(el)).to.contain('7 tickets total (6 closed)');
      expect(text(el)).to.contain('4.8 CSAT avg');
      expect(text(el)).to.contain('12m first response');
      expect(root(el).querySelector('[role="alert"]')).to.equal(null);
    });

    it('variant="full" lists every last ticket; compact shows three and "+N more"', async () => {
      const many = {
        ...ada,
        lastTickets: Array.from({ length: 5 }, (_, i) => ({
          id: `t${i}`,
          number: i + 1,
          subject: `S${i}`,
          status: 'open' as const,
        })),
      };
      const el = await fixture<HdCustomerHistory>(
        html`<hd-customer-history .history=${many}></hd-customer-history>`,
      );
      expect(root(el).querySelectorAll('button.ticket')).to.have.length(3);
      expect(text(el)).to.contain('+2 more');
      el.variant = 'full';
      await el.updateComplete;
      expect(root(el).querySelectorAll('button.ticket')).to.have.length(5);
      expect(el.getAttribute('variant')).to.equal('full');
    });

    it('shows the no-adapter error only for customer-id without adapter and without .history', async () => {
      const el = await fixture<HdCustomerHistory>(
        html`<hd-customer-history customer-id="42"></hd-customer-history>`,
      );
      expect(root(el).querySelector('[role="alert"]')!.textContent).to.equal(NO_ADAPTER_MESSAGE);
      el.history = ada;
      await el.updateComplete;
      expect(root(el).querySelector('[role="alert"]')).to.equal(null);
      expect(text(el)).to.contain('Customer history — Ada');
    });

    it('untrusted names render as text', async () => {
      const el = await fixture<HdCustomerHistory>(
        html`<hd-customer-history
          .history=${{ ...ada, name: '<img src=x onerror="window.__hdPwned=1">' }}
        ></hd-customer-history>`,
      );
      expect(root(el).querySelector('img')).to.equal(null);
      expect(text(el)).to.contain('<img src=x onerror="window.__hdPwned=1">');
      expect((window as { __hdPwned?: number }).__hdPwned).to.equal(undefined);
    });
  });

  describe('adapter', () => {
    it('customer-id loads through getCustomerHistory, with a loading state first', async () => {
      const adapter = createMemoryAdapter({ latencyMs: 80 });
      const el = await withAdapter(adapter, { customerId: '42' });
      const status = root(el).querySelector('[part="loading"]')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.textContent).to.contain('Loading customer history…');
      await waitUntil(cardShown(el));
      expect(text(el)).to.contain('Customer history — Ada');
      expect(text(el)).to.contain('7 tickets total (6 closed)');
      expect(adapter.calls.filter((c) => c.method === 'getCustomerHistory')).to.have.length(1);
    });

    it('shows the adapter error with Retry, and Retry loads the card', async () => {
      const adapter = createMemoryAdapter({
        failures: { methods: ['getCustomerHistory'], code: 'network', message: 'Backend down' },
      });
      const el = await withAdapter(adapter, { customerId: '42' });
      await waitUntil(() => root(el).querySelector('[role="alert"]'));
      const alert = root(el).querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('Backend down');
      adapter.setFailures(undefined);
      const retry = [...alert.querySelectorAll('button')].find((b) => b.textContent === 'Retry')!;
      retry.click();
      await waitUntil(cardShown(el));
      expect(text(el)).to.contain('Customer history — Ada');
    });

    it('only the latest customer-id may write: a slow earlier load is aborted', async () => {
      const other = createMemoryAdapter()
        .snapshot()
        .customers.find((c) => c.id !== '42')!;
      const adapter = createMemoryAdapter({ latencyMs: 60 });
      const el = await withAdapter(adapter, { customerId: '42' });
      el.customerId = other.id;
      await waitUntil(cardShown(el));
      const first = adapter.calls.find((c) => c.method === 'getCustomerHistory')!;
      expect((first.args[1] as { signal: AbortSignal }).signal.aborted).to.equal(true);
      expect(text(el)).to.contain(`Customer history — ${other.name}`);
      expect(text(el)).not.to.contain('Customer history — Ada');
    });

    it('aborts a pending load when removed from the page, and loads again when re-added', async () => {
      const adapter = createMemoryAdapter({ latencyMs: 60 });
      const el = await withAdapter(adapter, { customerId: '42' });
      const parent = el.parentElement!;
      el.remove();
      const call = adapter.calls.find((c) => c.method === 'getCustomerHistory')!;
      expect((call.args[1] as { signal: AbortSignal }).signal.aborted).to.equal(true);
      parent.append(el);
      await waitUntil(cardShown(el));
      expect(text(el)).to.contain('Customer history — Ada');
    });
  });

  describe('events', () => {
    it('activating a last ticket dispatches a cancelable, composed hd-ticket-open', async () => {
      const el = await fixture<HdCustomerHistory>(
        html`<hd-customer-history .history=${ada}></hd-customer-history>`,
      );
      const button = root(el).querySelector<HTMLButtonElement>('button.ticket')!;
      setTimeout(() => button.click());
      const event = await oneEvent(document.body, 'hd-ticket-open');
      expect(event.detail).to.deep.equal({ ticketId: 't-1007' });
      expect(event.cancelable).to.equal(true);
      expect(event.composed).to.equal(true);
    });

    it('works by keyboard: Tab to a ticket and press Enter', async () => {
      const el = await fixture<HdCustomerHistory>(
        html`<hd-customer-history .history=${ada}></hd-customer-history>`,
      );
      const opened: string[] = [];
      el.addEventListener('hd-ticket-open', (e) => opened.push(e.detail.ticketId));
      root(el).querySelector<HTMLButtonElement>('button.ticket')!.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      expect(opened).to.deep.equal(['t-1006']);
    });
  });

  describe('accessibility', () => {
    for (const theme of THEMES) {
      it(`passes axe in the ${theme} theme (card, loading and error)`, async () => {
        // fixtureSync: a plain <div> fixture waits for an animation frame, which never comes
        // while the test page is a background tab (concurrent test files)
        const wrap = fixtureSync(
          html`<div data-theme=${theme} style="padding:8px">
            <hd-customer-history .history=${ada}></hd-customer-history>
            <hd-customer-history
              variant="full"
              .history=${{ ...ada, name: 'Grace', vip: false, lastTickets: [...ada.lastTickets, { id: 'p', number: 3, subject: 'Pending one', status: 'pending' }, { id: 'r', number: 4, subject: 'Resolved one', status: 'resolved' }] }}
            ></hd-customer-history>
            <hd-provider
              .adapter=${createMemoryAdapter({ failures: { methods: ['getCustomerHistory'] } })}
            >
              <hd-customer-history customer-id="42"></hd-customer-history>
            </hd-provider>
            <hd-provider .adapter=${createMemoryAdapter({ latencyMs: 10_000 })}>
              <hd-customer-history customer-id="42"></hd-customer-history>
            </hd-provider>
            <hd-customer-history customer-id="42"></hd-customer-history>
          </div>`,
        );
        const els = [...wrap.querySelectorAll('hd-customer-history')];
        await Promise.all(els.map((e) => e.updateComplete));
        await waitUntil(() => els[2].shadowRoot!.querySelector('[role="alert"]'));
        await expect(wrap).to.be.accessible();
      });
    }
  });
});
