import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/cockpit/define.js';
import '../src/components/provider/define.js';
import type { HdCockpit } from '../src/components/cockpit/cockpit.js';
import type { HdInbox } from '../src/components/inbox/inbox.js';
import type { HdTicketPeek } from '../src/components/ticket-peek/peek.js';
import { createMemoryAdapter } from '../src/adapter/memory/index.js';
import { createMemoryStore } from '../src/model/state-store.js';
import { inboxData, loaded as inboxLoaded, row, rowIds } from './inbox-helpers.js';
import { deepActiveElement, loaded as peekLoaded } from './peek-helpers.js';

async function mountCockpit(featureOn = true) {
  const adapter = createMemoryAdapter({ data: inboxData(12) });
  const cockpit = await fixture<HdCockpit>(
    html`<hd-cockpit
      ?feature-agent-inbox=${featureOn}
      .adapter=${adapter}
      .store=${createMemoryStore()}
      ><p slot="legacy">Old queue</p></hd-cockpit
    >`,
  );
  const inbox = cockpit.shadowRoot!.querySelector<HdInbox>('hd-inbox')!;
  const peek = cockpit.shadowRoot!.querySelector<HdTicketPeek>('hd-ticket-peek')!;
  return { cockpit, inbox, peek, adapter };
}

describe('<hd-cockpit>', () => {
  it('activating an inbox row opens that ticket in the peek; Escape closes it', async () => {
    const { inbox, peek } = await mountCockpit();
    await inboxLoaded(inbox);
    const target = row(inbox.shadowRoot!, 't-3');
    target.querySelector<HTMLElement>('[data-open], a, .title, [role="link"]')?.click() ??
      target.click();
    await waitUntil(() => peek.open, 'peek did not open');
    await peekLoaded(peek, 'Ticket 3');
    expect(peek.ticketId).to.equal('t-3');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !peek.open, 'peek did not close on Escape');
  });

  it('a ticket opened in the peek is read: its row is no longer unread and "Next unread" moves on', async () => {
    const adapter = createMemoryAdapter({
      data: inboxData(12, (t, i) => (t.unread = i === 1 || i === 4)), // t-2, t-5
    });
    const cockpit = await fixture<HdCockpit>(
      html`<hd-cockpit
        feature-agent-inbox
        .adapter=${adapter}
        .store=${createMemoryStore()}
      ></hd-cockpit>`,
    );
    const inbox = cockpit.shadowRoot!.querySelector<HdInbox>('hd-inbox')!;
    const peek = cockpit.shadowRoot!.querySelector<HdTicketPeek>('hd-ticket-peek')!;
    await inboxLoaded(inbox);
    const root = inbox.shadowRoot!;
    const next = [...root.querySelectorAll('button')].find(
      (b) => b.textContent!.trim() === 'Next unread',
    )!;
    const unreadRows = () =>
      [...root.querySelectorAll<HTMLElement>('li.unread')].map((r) => r.dataset.id);
    const [firstUnread, secondUnread] = unreadRows();
    expect(unreadRows()).to.have.length(2);

    next.click();
    await waitUntil(() => peek.open && peek.ticketId === firstUnread, 'first unread not opened');
    await peekLoaded(peek);
    await waitUntil(() => !unreadRows().includes(firstUnread), 'the opened ticket stayed unread');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !peek.open);

    next.click();
    await waitUntil(() => peek.open, 'the second Next unread opened nothing');
    expect(peek.ticketId, 'it did not move on to the next unread ticket').to.equal(secondUnread);
    await waitUntil(() => unreadRows().length === 0, 'the second ticket stayed unread');
  });

  it('closing the peek after its ticket left the view puts focus on the neighbouring row', async () => {
    const { inbox, peek, adapter } = await mountCockpit();
    await inboxLoaded(inbox);
    const root = inbox.shadowRoot!;
    const index = rowIds(root).indexOf('t-3');
    inbox.ui.focusRow(index);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => peek.open, 'peek did not open');
    await peekLoaded(peek, 'Ticket 3');
    // closed meanwhile (by this agent in the peek, or by a colleague): it leaves "My open"
    await adapter.updateTicket('t-3', { status: 'closed' }, { origin: 'peek', actorId: 'a-2' });
    await waitUntil(() => !rowIds(root).includes('t-3'), 'the closed ticket stayed in the view');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !peek.open, 'peek did not close on Escape');
    const active = deepActiveElement();
    expect(active?.getRootNode(), 'focus fell out of the inbox').to.equal(root);
    const focusedRow = active!.closest<HTMLElement>('li[data-id]');
    expect(focusedRow?.dataset.id).to.equal(rowIds(root)[index]);
  });

  it('a host that cancels hd-ticket-open keeps the peek closed', async () => {
    const { cockpit, inbox, peek } = await mountCockpit();
    await inboxLoaded(inbox);
    const opened: string[] = [];
    cockpit.addEventListener('hd-ticket-open', (e) => {
      opened.push(e.detail.ticketId);
      e.preventDefault();
    });
    row(inbox.shadowRoot!, 't-2').click();
    await waitUntil(() => opened.length === 1, 'no hd-ticket-open reached the host');
    await new Promise((r) => setTimeout(r, 50));
    expect(opened).to.deep.equal(['t-2']);
    expect(peek.open).to.equal(false);
  });

  it('with the agentInbox flag off it shows the host legacy content and calls no adapter', async () => {
    const { cockpit, inbox, adapter } = await mountCockpit(false);
    await inbox.updateComplete;
    const slot = inbox.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="legacy"]')!;
    const shown = slot
      .assignedElements({ flatten: true })
      .map((el) => el.textContent)
      .join('');
    expect(shown).to.equal('Old queue');
    expect(cockpit.querySelector('p')!.offsetParent).to.not.equal(null);
    expect(adapter.calls.map((c) => c.method)).to.deep.equal([]);
  });
});

describe('<hd-cockpit> inside a host provider', () => {
  it("uses the enclosing provider's adapter when it has none of its own", async () => {
    const adapter = createMemoryAdapter({ data: inboxData(3) });
    const host = await fixture<HTMLElement>(
      html`<hd-provider .adapter=${adapter} .store=${createMemoryStore()}>
        <hd-cockpit feature-agent-inbox></hd-cockpit>
      </hd-provider>`,
    );
    const cockpit = host.querySelector('hd-cockpit')!;
    await cockpit.updateComplete;
    const inbox = cockpit.shadowRoot!.querySelector<HdInbox>('hd-inbox')!;
    await inboxLoaded(inbox);
    expect(inbox.shadowRoot!.querySelectorAll('.list > li[data-id]').length).to.equal(3);
  });

  it('feature-agent-inbox="false" (how Vue writes a false binding) keeps the inbox off', async () => {
    const adapter = createMemoryAdapter({ data: inboxData(3) });
    const cockpit = await fixture<HdCockpit>(
      html`<hd-cockpit feature-agent-inbox="false" .adapter=${adapter}></hd-cockpit>`,
    );
    const inbox = cockpit.shadowRoot!.querySelector<HdInbox>('hd-inbox')!;
    await inbox.updateComplete;
    expect(inbox.shadowRoot!.querySelector('slot[name="legacy"]')).to.not.equal(null);
    expect(adapter.calls).to.deep.equal([]);
  });
});
