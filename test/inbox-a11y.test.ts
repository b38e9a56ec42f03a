import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { THEMES } from '../src/tokens/themes.js';
import { inboxStyles } from '../src/components/inbox/inbox.styles.js';
import { popoverStyles } from '../src/components/inbox/popover.styles.js';
import { createMemoryAdapter } from '../src/adapter/memory/index.js';
import { DEMO_IDS } from '../src/mocks/demo-data.js';
import { createDemoData } from '../src/mocks/demo-data.js';
import { button, checkbox, chip, inboxData, loaded, mountInbox, status } from './inbox-helpers.js';

describe('<hd-inbox> accessibility', () => {
  for (const theme of THEMES) {
    describe(`theme ${theme}`, () => {
      it('passes axe with demo rows, a selection, the bulk footer and a partial failure', async () => {
        const adapter = createMemoryAdapter({
          data: createDemoData({ now: Date.now() }),
          failures: { methods: ['updateTicket'], ticketIds: [DEMO_IDS.printerTicket] },
        });
        const { inbox, root } = await mountInbox({ adapter, theme, view: 'all_open' });
        await waitUntil(() => root.querySelector('[role="tab"] .count'));
        checkbox(root, DEMO_IDS.printerTicket).click();
        checkbox(root, DEMO_IDS.vpnTicket).click();
        await inbox.updateComplete;
        await expect(inbox).to.be.accessible();
        const completed = oneEvent(inbox, 'hd-bulk-action-completed');
        button(root, 'Priority: Low').click();
        await completed;
        await waitUntil(() => status(root).includes('1 failed'));
        await expect(inbox).to.be.accessible();
      });

      it('passes axe while loading, empty, failed, and with the popovers open', async () => {
        const slow = await mountInbox({ theme, latencyMs: 300, wait: false });
        await slow.inbox.updateComplete;
        await expect(slow.inbox).to.be.accessible();

        const empty = await mountInbox({ theme, data: inboxData(0) });
        await expect(empty.inbox).to.be.accessible();

        const failing = createMemoryAdapter({
          data: inboxData(2),
          failures: { methods: ['listTickets'], code: 'network' },
        });
        const failed = await mountInbox({ theme, adapter: failing, wait: false });
        await waitUntil(() => failed.root.querySelector('[role="alert"]'));
        await expect(failed.inbox).to.be.accessible();

        const { inbox, root } = await mountInbox({ theme });
        button(root, 'Keyboard shortcuts').click();
        await waitUntil(() => root.querySelector('[part="help"]')!.matches(':popover-open'));
        await expect(inbox).to.be.accessible();
        button(root, 'New view').click();
        await waitUntil(() => root.querySelector('[part="view-editor"]')!.matches(':popover-open'));
        await expect(inbox).to.be.accessible();
      });
    });
  }

  it('passes axe when the flag is off and without an adapter', async () => {
    const off = await fixture(html`<hd-inbox></hd-inbox>`);
    await expect(off).to.be.accessible();
    const wrapper = await fixture<HTMLElement>(
      html`<hd-provider feature-agent-inbox><hd-inbox></hd-inbox></hd-provider>`,
    );
    await expect(wrapper.querySelector('hd-inbox')!).to.be.accessible();
  });

  it('names controls uniquely and exposes the view chips as a tablist', async () => {
    const { inbox, root } = await mountInbox();
    const labels = [...root.querySelectorAll('.list input[type="checkbox"]')].map((c) =>
      c.getAttribute('aria-label'),
    );
    expect(new Set(labels).size).to.equal(labels.length);
    expect(root.querySelector('[role="tablist"]')!.getAttribute('aria-label')).to.equal('Views');
    const panel = root.querySelector('[role="tabpanel"]')!;
    expect(root.getElementById(panel.getAttribute('aria-labelledby')!)).to.equal(
      chip(root, 'My open'),
    );
    chip(root, 'High').click();
    await loaded(inbox);
    expect(root.getElementById(panel.getAttribute('aria-labelledby')!)).to.equal(
      chip(root, 'High'),
    );
  });

  it('uses only defined tokens (component hooks aside)', async () => {
    const { inbox } = await mountInbox();
    const used = new Set(
      [...(inboxStyles.cssText + popoverStyles.cssText).matchAll(/var\(\s*(--hd-[\w-]+)/g)].map(
        (m) => m[1],
      ),
    );
    const style = getComputedStyle(inbox);
    const missing = [...used].filter(
      (name) => !name.startsWith('--hd-inbox-') && style.getPropertyValue(name).trim() === '',
    );
    expect(missing).to.deep.equal([]);
    expect(used.size).to.be.greaterThan(20);
  });
});
