import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { customElement } from 'lit/decorators.js';
import { html as litHtml, type LitElement } from 'lit';
import { HdElement, NO_ADAPTER_MESSAGE } from '../src/components/base/hd-element.js';
import '../src/components/provider/define.js';
import { HdProvider as HdProviderClass } from '../src/components/provider/provider.js';
import type { HdProvider } from '../src/components/provider/provider.js';
import '../src/components/ticket-peek/define.js';
import type { HdTicketPeek } from '../src/components/ticket-peek/peek.js';
import { DEMO_IDS, demoAdapter, loaded as peekLoaded } from './peek-helpers.js';
import type { Agent, HelpdeskAdapter } from '../src/adapter/types.js';
import { createMemoryStore } from '../src/model/state-store.js';

/** A minimal consumer that shows what it received from context. */
@customElement('test-consumer')
class TestConsumer extends HdElement {
  /** Like the elements do when they need the agent: ask (the provider then shares the answer). */
  async ask() {
    return this.currentAgent();
  }

  override render() {
    if (!this.effectiveAdapter) return this.renderNoAdapter();
    return litHtml`<span>agent:${this.contextAgent?.name ?? '-'} inbox:${String(this.flags.agentInbox)} pin:${String(this.flags.customerHistoryPin)}</span>`;
  }
}

const me: Agent = { id: 'a1', name: 'Sam Rivera' };
const fakeAdapter = (agent = me) => ({ me: async () => agent }) as unknown as HelpdeskAdapter;

describe('<hd-provider>', () => {
  it('reaches elements in the page that were upgraded before the provider was defined', async () => {
    // markup in the page, with a provider tag that is not defined yet (as when a bundle runs the
    // peek's define module before the provider's)
    const wrapper = await fixture<HTMLElement>(
      html`<hd-late-provider .adapter=${demoAdapter()} .store=${createMemoryStore()}>
        <hd-ticket-peek></hd-ticket-peek>
      </hd-late-provider>`,
    );
    const peek = wrapper.querySelector<HdTicketPeek>('hd-ticket-peek')!;
    await peek.updateComplete;
    customElements.define('hd-late-provider', class extends HdProviderClass {});
    peek.show(DEMO_IDS.vpnTicket);
    await peekLoaded(peek);
    expect(peek.shadowRoot!.textContent).to.not.include(NO_ADAPTER_MESSAGE);
  });

  it('makes no adapter call by itself (me() is asked by the elements that need the agent)', async () => {
    const calls: string[] = [];
    // every property is a method that records its call
    const adapter = new Proxy({} as HelpdeskAdapter, {
      get: (_t, key) =>
        typeof key !== 'string' || key === 'then' || key.startsWith('_')
          ? undefined
          : () => (calls.push(key), new Promise(() => {})),
    });
    const el = await fixture<HdProvider>(html`<hd-provider .adapter=${adapter}></hd-provider>`);
    await el.updateComplete;
    expect(calls).to.deep.equal([]);
  });

  it('a consumer without any adapter shows the clear inline error, not a blank box', async () => {
    const el = await fixture<TestConsumer>(html`<test-consumer></test-consumer>`);
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.equal(NO_ADAPTER_MESSAGE);
    expect(alert.getBoundingClientRect().height).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('provides the adapter, the current agent and default flags', async () => {
    const el = await fixture<HdProvider>(
      html`<hd-provider .adapter=${fakeAdapter()}><test-consumer></test-consumer></hd-provider>`,
    );
    const consumer = el.querySelector<TestConsumer>('test-consumer')!;
    await consumer.updateComplete;
    // nobody asked for the agent yet: the provider has not called me()
    expect(consumer.shadowRoot!.textContent).to.equal('agent:- inbox:false pin:true');
    const asker = document.createElement('test-consumer') as TestConsumer;
    el.append(asker);
    expect((await asker.ask()).name).to.equal('Sam Rivera');
    // ...and once one element has, every consumer gets it through the context
    await waitUntil(() => consumer.shadowRoot!.textContent!.includes('Sam Rivera'));
    expect(consumer.shadowRoot!.textContent).to.equal('agent:Sam Rivera inbox:false pin:true');
    expect(getComputedStyle(el).display).to.equal('contents');
  });

  it('flags: attributes override .flags which override the defaults', async () => {
    const el = await fixture<HdProvider>(
      html`<hd-provider
        feature-agent-inbox
        feature-customer-history-pin="false"
        .adapter=${fakeAdapter()}
        ><test-consumer></test-consumer
      ></hd-provider>`,
    );
    const consumer = el.querySelector<LitElement>('test-consumer')!;
    await waitUntil(() => consumer.shadowRoot!.textContent!.includes('inbox:true'));
    expect(consumer.shadowRoot!.textContent).to.contain('pin:false');
    el.removeAttribute('feature-agent-inbox');
    el.flags = { agentInbox: true, customerHistoryPin: true };
    await el.updateComplete;
    await consumer.updateComplete;
    expect(consumer.shadowRoot!.textContent).to.contain('inbox:true pin:false');
  });

  it("an element's own .adapter overrides the provider's; a new provider adapter reaches consumers", async () => {
    const el = await fixture<HdProvider>(
      html`<hd-provider .adapter=${fakeAdapter()}><test-consumer></test-consumer></hd-provider>`,
    );
    const consumer = el.querySelector<TestConsumer>('test-consumer')!;
    const own = fakeAdapter({ id: 'b', name: 'Own' });
    consumer.adapter = own;
    expect(consumer.effectiveAdapter).to.equal(own);
    consumer.adapter = undefined;
    const next = fakeAdapter({ id: 'c', name: 'Noor' });
    el.adapter = next;
    await el.updateComplete;
    await consumer.ask();
    await waitUntil(() => consumer.shadowRoot!.textContent!.includes('Noor'));
    expect(consumer.effectiveAdapter).to.equal(next);
  });

  it('provides the injected state store', async () => {
    const store = createMemoryStore();
    const el = await fixture<HdProvider>(
      html`<hd-provider .store=${store} .adapter=${fakeAdapter()}
        ><test-consumer></test-consumer
      ></hd-provider>`,
    );
    expect(el.querySelector<TestConsumer>('test-consumer')!.store).to.equal(store);
  });
});
