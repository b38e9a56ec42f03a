import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import type { HdTicketPeek } from '../src/components/ticket-peek/peek.js';
import type { HdPeekPicker } from '../src/components/ticket-peek/picker.js';
import type { HdActionExecutedEvent } from '../src/events/index.js';
import { LeakTracker } from './helpers/leak-tracker.js';
import {
  DEMO_IDS,
  button,
  deepActiveElement,
  deepQueryAll,
  demoAdapter,
  mountPeek,
  nameOf,
  text,
  threadLoaded,
  threadOf,
} from './peek-helpers.js';

const ME = { origin: 'peek', actorId: DEMO_IDS.me };

function picker(peek: HdTicketPeek, field: 'status' | 'priority' | 'assignee') {
  return peek.shadowRoot!.querySelector<HdPeekPicker>(`hd-peek-picker[data-field="${field}"]`)!;
}
const trigger = (p: HdPeekPicker) => p.shadowRoot!.querySelector('button')!;
const options = (p: HdPeekPicker) => [...p.shadowRoot!.querySelectorAll('[role="option"]')];
const headerText = (peek: HdTicketPeek) => text(peek.shadowRoot!.querySelector('[part="header"]'));

describe('<hd-ticket-peek> header edits', () => {
  it('Status: a keyboard-operable listbox popover; the choice goes through the executor (origin peek)', async () => {
    const { peek, adapter } = await mountPeek({ open: true });
    const status = picker(peek, 'status');
    expect(nameOf(trigger(status))).to.equal('Status: open');
    trigger(status).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status.isOpen);
    const listbox = status.shadowRoot!.querySelector('[role="listbox"]')!;
    expect(trigger(status).getAttribute('aria-expanded')).to.equal('true');
    expect(options(status).map(nameOf)).to.deep.equal(['Open', 'Pending', 'Resolved', 'Closed']);
    expect(options(status)[0].getAttribute('aria-selected')).to.equal('true');
    expect(deepActiveElement()).to.equal(options(status)[0]);
    expect(listbox.getBoundingClientRect().top).to.be.at.least(
      trigger(status).getBoundingClientRect().bottom,
    );

    await sendKeys({ press: 'ArrowDown' });
    expect(deepActiveElement()).to.equal(options(status)[1]);
    const executed = oneEvent(peek, 'hd-action-executed') as Promise<HdActionExecutedEvent>;
    await sendKeys({ press: 'Enter' });
    expect(status.isOpen).to.equal(false);
    expect(deepActiveElement()).to.equal(trigger(status));
    const { detail } = await executed;
    expect(detail).to.include({ action: 'set_status', ticketId: DEMO_IDS.vpnTicket, ok: true });
    expect(detail.origin).to.equal('peek');
    const call = adapter.calls.findLast((c) => c.method === 'updateTicket')!;
    expect(call.args).to.deep.equal([DEMO_IDS.vpnTicket, { status: 'pending' }, ME]);
    await peek.updateComplete;
    expect(nameOf(trigger(picker(peek, 'status')))).to.equal('Status: pending');
    expect(adapter.snapshot().tickets.find((t) => t.id === DEMO_IDS.vpnTicket)!.status).to.equal(
      'pending',
    );
  });

  it('Escape inside an open popover closes only the popover; the next Escape closes the peek', async () => {
    const { peek } = await mountPeek({ open: true });
    let closes = 0;
    peek.addEventListener('hd-peek-close', () => closes++);
    const priority = picker(peek, 'priority');
    trigger(priority).click();
    await waitUntil(() => status(priority));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Escape' });
    await peek.updateComplete;
    expect(priority.isOpen).to.equal(false);
    expect(peek.open).to.equal(true);
    expect(closes).to.equal(0);
    expect(deepActiveElement()).to.equal(trigger(priority));
    expect(nameOf(trigger(priority))).to.equal('Priority: urgent');

    const closed = oneEvent(peek, 'hd-peek-close');
    await sendKeys({ press: 'Escape' });
    expect((await closed).detail.reason).to.equal('escape');
    expect(closes).to.equal(1);

    function status(p: HdPeekPicker) {
      return p.isOpen && deepActiveElement()?.getAttribute('role') === 'option';
    }
  });

  it('a click outside closes the popover without choosing', async () => {
    const { peek, adapter } = await mountPeek({ open: true });
    const status = picker(peek, 'status');
    trigger(status).click();
    await waitUntil(() => status.isOpen);
    peek
      .shadowRoot!.querySelector<HTMLElement>('#peek-title')!
      .dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await status.updateComplete;
    expect(status.isOpen).to.equal(false);
    expect(adapter.calls.some((c) => c.method === 'updateTicket')).to.equal(false);
  });

  it('a failed change shows the value optimistically, then reverts it and shows the adapter message', async () => {
    const adapter = demoAdapter({
      latencyMs: 60,
      failures: {
        methods: ['updateTicket'],
        code: 'conflict',
        message: 'Ticket was changed by someone else',
      },
    });
    const { peek } = await mountPeek({ adapter, open: true });
    const priority = picker(peek, 'priority');
    trigger(priority).click();
    await waitUntil(() => priority.isOpen);
    const executed = oneEvent(peek, 'hd-action-executed') as Promise<HdActionExecutedEvent>;
    (options(priority).find((o) => nameOf(o) === 'Low') as HTMLElement).click();
    await waitUntil(() => nameOf(trigger(picker(peek, 'priority'))) === 'Priority: low');
    const { detail } = await executed;
    expect(detail).to.include({ action: 'set_priority', ok: false });
    await waitUntil(() => nameOf(trigger(picker(peek, 'priority'))) === 'Priority: urgent');
    const alert = peek.shadowRoot!.querySelector('.field-error[data-field="priority"]')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(text(alert)).to.contain('Ticket was changed by someone else');
    // the error sits right under the field row
    expect(alert.previousElementSibling?.classList.contains('fields')).to.equal(true);

    // a later successful change clears the message
    adapter.setFailures(undefined);
    trigger(priority).click();
    await waitUntil(() => priority.isOpen);
    (options(priority).find((o) => nameOf(o) === 'High') as HTMLElement).click();
    await waitUntil(() => !peek.shadowRoot!.querySelector('.field-error'));
    expect(nameOf(trigger(picker(peek, 'priority')))).to.equal('Priority: high');
  });

  it('the assignee picker lists the agents and sends the real agent id', async () => {
    const { peek, adapter } = await mountPeek({ open: true });
    const assignee = picker(peek, 'assignee');
    expect(nameOf(trigger(assignee))).to.equal('Assignee: Sam Rivera');
    trigger(assignee).click();
    await waitUntil(() => assignee.isOpen);
    const agents = await adapter.listAgents();
    expect(options(assignee).map(nameOf)).to.deep.equal([
      'Unassigned',
      ...agents.map((a) => a.name),
    ]);
    (options(assignee).find((o) => nameOf(o) === 'Priya Natarajan') as HTMLElement).click();
    await waitUntil(() => adapter.calls.some((c) => c.method === 'updateTicket'));
    const call = adapter.calls.find((c) => c.method === 'updateTicket')!;
    expect(call.args[1]).to.deep.equal({ assigneeId: 'agent-priya' });
    await waitUntil(
      () => nameOf(trigger(picker(peek, 'assignee'))) === 'Assignee: Priya Natarajan',
    );
  });

  it('"Take ownership" assigns the current agent from me() (action take_ownership)', async () => {
    const { peek, adapter } = await mountPeek({ open: true, ticketId: DEMO_IDS.printerTicket });
    expect(nameOf(trigger(picker(peek, 'assignee')))).to.equal('Assignee: Unassigned');
    const executed = oneEvent(peek, 'hd-action-executed') as Promise<HdActionExecutedEvent>;
    button(peek.shadowRoot!, 'Take ownership').click();
    const { detail } = await executed;
    expect(detail).to.include({ action: 'take_ownership', origin: 'peek', ok: true });
    const call = adapter.calls.find((c) => c.method === 'updateTicket')!;
    expect(call.args).to.deep.equal([DEMO_IDS.printerTicket, { assigneeId: DEMO_IDS.me }, ME]);
    await peek.updateComplete;
    expect(nameOf(trigger(picker(peek, 'assignee')))).to.equal('Assignee: Sam Rivera');
    expect(deepQueryAll(peek.shadowRoot!, 'button').map(nameOf)).not.to.include('Take ownership');
  });

  it('"Internal notes (N)" expands the notes and counts a new note in place', async () => {
    const { peek, adapter } = await mountPeek({ open: true });
    const toggle = button(peek.shadowRoot!, 'Internal notes (2)');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await peek.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const panel = peek.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(panel.querySelectorAll('li').length).to.equal(2);

    await adapter.addInternalNote(
      DEMO_IDS.vpnTicket,
      { body: 'Checked the VPN logs' },
      {
        origin: 'api',
        actorId: 'agent-priya',
      },
    );
    await peek.updateComplete;
    expect(nameOf(toggle)).to.equal('Internal notes (3)');
    expect(text(panel)).to.contain('Checked the VPN logs');
  });

  it('shows presence of other agents ("… is viewing", "… is typing…") from presence events', async () => {
    const { peek, adapter } = await mountPeek({ open: true });
    const presence = () => text(peek.shadowRoot!.querySelector('[part="presence"]'));
    const ticketId = DEMO_IDS.vpnTicket;
    adapter.emit({ type: 'presence', ticketId, agentId: 'agent-priya', state: 'viewing' });
    await peek.updateComplete;
    expect(presence()).to.equal('Priya Natarajan is viewing');
    adapter.emit({ type: 'presence', ticketId, agentId: 'agent-priya', state: 'typing' });
    adapter.emit({
      type: 'presence',
      ticketId: DEMO_IDS.printerTicket,
      agentId: 'agent-mei',
      state: 'viewing',
    });
    adapter.emit({ type: 'presence', ticketId, agentId: DEMO_IDS.me, state: 'viewing' });
    await peek.updateComplete;
    expect(presence()).to.equal('Priya Natarajan is typing…');
    adapter.emit({ type: 'presence', ticketId, agentId: 'agent-priya', state: 'left' });
    await peek.updateComplete;
    expect(presence()).to.equal('');
  });

  it('warns in the composer when someone else replied since the agent opened the ticket', async () => {
    const { peek, adapter } = await mountPeek({ open: true });
    await threadLoaded(peek);
    const composer = peek.shadowRoot!.querySelector('hd-composer')!;
    expect(composer.staleWarning).to.equal(undefined);
    await adapter.sendReply(
      DEMO_IDS.vpnTicket,
      { body: 'On it from my side' },
      {
        origin: 'api',
        actorId: 'agent-jonas',
      },
    );
    await peek.updateComplete;
    expect(composer.staleWarning).to.contain('Jonas Weber replied');
    await composer.updateComplete;
    expect(text(composer.shadowRoot!.querySelector('[part="stale-warning"]'))).to.contain(
      'Jonas Weber replied',
    );
  });
});

describe('<hd-peek-picker> removed while it opens', () => {
  it('starts no outside-click listener or positioning and comes back closed', async () => {
    const choices = [
      { value: 'open', label: 'Open' },
      { value: 'pending', label: 'Pending' },
    ];
    const host = await fixture<HTMLDivElement>(
      html`<div>
        <hd-peek-picker label="Status" value="open" .options=${choices}></hd-peek-picker>
      </div>`,
    );
    const p = host.querySelector('hd-peek-picker')!;
    await p.updateComplete;
    const tracker = new LeakTracker();
    tracker.install();
    let left: ReturnType<LeakTracker['outstanding']>;
    try {
      const opening = p.openPopover();
      p.remove();
      await opening;
      await new Promise((r) => requestAnimationFrame(r));
      left = tracker.outstanding();
    } finally {
      tracker.uninstall();
    }
    expect(left.listeners, 'listeners left behind').to.deep.equal([]);
    expect(left.observers, 'observers left behind').to.deep.equal([]);

    host.append(p);
    await p.updateComplete;
    expect(p.isOpen).to.equal(false);
    expect(trigger(p).getAttribute('aria-expanded')).to.equal('false');
    expect(p.shadowRoot!.querySelector('[role="listbox"]')).to.equal(null);
    // and it still opens normally
    await p.openPopover();
    expect(options(p)).to.have.length(2);
    p.closePopover();
  });
});

describe('<hd-ticket-peek> in-place updates', () => {
  it('lifecycle changes re-render in place: same composer, same draft, same thread scroll, no skeleton', async () => {
    const adapter = demoAdapter({ longThread: 120 });
    const { peek } = await mountPeek({ adapter, open: true, ticketId: DEMO_IDS.longThreadTicket });
    await threadLoaded(peek);
    const thread = threadOf(peek);
    const scroller = thread.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
    const composer = peek.shadowRoot!.querySelector('hd-composer')!;
    await composer.updateComplete;
    const textarea = composer.shadowRoot!.querySelector('textarea')!;
    textarea.focus();
    await sendKeys({ type: 'Half-written answer' });
    expect(textarea.value).to.equal('Half-written answer');

    await waitUntil(() => scroller.scrollHeight > scroller.clientHeight + 400);
    scroller.scrollTop = scroller.scrollHeight - scroller.clientHeight - 300;
    await new Promise((r) => requestAnimationFrame(r));
    const scrollTop = scroller.scrollTop;

    let skeleton = false;
    const watch = new MutationObserver(() => {
      if (peek.shadowRoot!.querySelector('.bone, [part="loading"]')) skeleton = true;
    });
    watch.observe(peek.shadowRoot!, { childList: true, subtree: true });

    const id = DEMO_IDS.longThreadTicket;
    const other = { origin: 'api' as const, actorId: 'agent-mei' };
    await adapter.updateTicket(id, { status: 'pending', priority: 'urgent' }, other);
    await adapter.addInternalNote(id, { body: 'Looked at it' }, other);
    adapter.emit({
      type: 'summary.updated',
      ticketId: id,
      summary: { text: 'New summary', updatedAt: new Date().toISOString() },
    });
    adapter.emit({ type: 'presence', ticketId: id, agentId: 'agent-mei', state: 'typing' });
    await peek.updateComplete;
    await thread.updateComplete;
    watch.disconnect();

    expect(nameOf(trigger(picker(peek, 'status')))).to.equal('Status: pending');
    expect(nameOf(trigger(picker(peek, 'priority')))).to.equal('Priority: urgent');
    expect(headerText(peek)).to.contain('Mei Chen is typing…');
    expect(peek.shadowRoot!.querySelector('hd-composer')).to.equal(composer);
    expect(composer.shadowRoot!.querySelector('textarea')).to.equal(textarea);
    expect(textarea.value).to.equal('Half-written answer');
    expect(threadOf(peek)).to.equal(thread);
    expect(thread.shadowRoot!.querySelector('.scroller')).to.equal(scroller);
    expect(Math.abs(scroller.scrollTop - scrollTop)).to.be.lessThan(2);
    expect(skeleton).to.equal(false);
    // the new items did arrive, below the fold, with a way to jump to them
    expect(button(thread.shadowRoot!, /new messages? — jump to latest/)).to.exist;
  });

  it('a reply sent from the composer appears in the thread at the bottom', async () => {
    const { peek, adapter } = await mountPeek({ open: true });
    await threadLoaded(peek);
    const composer = peek.shadowRoot!.querySelector('hd-composer')!;
    await composer.updateComplete;
    composer.shadowRoot!.querySelector('textarea')!.focus();
    await sendKeys({ type: 'Please reinstall the VPN client 4.3' });
    button(composer.shadowRoot!, 'Send reply').click();
    const thread = threadOf(peek);
    await waitUntil(() =>
      [...thread.shadowRoot!.querySelectorAll('.item')].some((i) =>
        text(i).includes('Please reinstall the VPN client 4.3'),
      ),
    );
    const items = [...thread.shadowRoot!.querySelectorAll('.item')];
    expect(text(items[items.length - 1])).to.contain('Please reinstall the VPN client 4.3');
    expect(items.filter((i) => text(i).includes('reinstall the VPN client 4.3')).length).to.equal(
      1,
    );
    expect(adapter.calls.filter((c) => c.method === 'getTicket').length).to.be.at.most(2);
    const scroller = thread.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
    await waitUntil(() => scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 8);
  });
});
