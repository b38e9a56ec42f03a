/**
 * Keyboard focus inside the peek never falls to <body> when the control just used goes away,
 * is replaced or becomes disabled: it moves to the control that took its place (or the nearest
 * heading). Every control is used with a real Enter key press.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { waitUntil } from './helpers/wait.js';
import type { HdTicketPeek } from '../src/components/ticket-peek/peek.js';
import type { HdPeekRemoteCard } from '../src/components/ticket-peek/cards/remote-card.js';
import type { ThreadItem } from '../src/adapter/types.js';
import {
  DEMO_IDS,
  button,
  deepActiveElement,
  demoAdapter,
  loaded,
  mountPeek,
  nameOf,
  region,
  text,
  threadLoaded,
  threadOf,
} from './peek-helpers.js';

const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

/** Samples the deep focus every frame; `stop()` says whether it ever sat on <body>. */
function watchFocus() {
  let fellToBody = false;
  let on = true;
  const tick = () => {
    if (!on) return;
    const active = deepActiveElement();
    if (!active || active === document.body) fellToBody = true;
    requestAnimationFrame(tick);
  };
  tick();
  return {
    stop() {
      on = false;
      return fellToBody;
    },
  };
}

/** Focuses `el` and presses Enter on it, as a keyboard user does. */
async function enterOn(el: HTMLElement) {
  el.focus();
  expect(deepActiveElement(), 'the control took focus').to.equal(el);
  await sendKeys({ press: 'Enter' });
}

const focusedName = () => {
  const active = deepActiveElement();
  return active && active !== document.body ? nameOf(active) : '<body>';
};

describe('<hd-ticket-peek> focus after a control goes away', () => {
  it('Stop timer ↔ Start timer: focus stays on the timer button through both toggles', async () => {
    // a backend that takes a moment: the button is busy while the toggle is in flight
    const adapter = demoAdapter({ latencyMs: 120 });
    const { peek } = await mountPeek({ adapter, open: true, ticketId: DEMO_IDS.vpnTicket });
    const watch = watchFocus();
    await enterOn(button(region(peek, 'Time + contract')!, 'Stop timer'));
    await waitUntil(() => focusedName() === 'Start timer', 'focus did not move there');
    await enterOn(button(region(peek, 'Time + contract')!, 'Start timer'));
    await waitUntil(() => focusedName() === 'Stop timer', 'focus did not move there');
    await frame();
    expect(watch.stop(), 'focus fell to <body> on the way').to.equal(false);
  });

  it('Start session: focus moves to the card heading while consent is pending, never to <body>', async () => {
    const adapter = demoAdapter({ remoteSession: { consentAfterMs: 60_000, outcome: 'active' } });
    const { peek } = await mountPeek({ adapter, open: true, ticketId: DEMO_IDS.vpnTicket });
    const remote = peek.shadowRoot!.querySelector<HdPeekRemoteCard>('hd-peek-remote-card')!;
    const watch = watchFocus();
    await enterOn(button(region(peek, 'Remote actions')!, 'Start session'));
    await waitUntil(() => remote.currentSession?.status === 'awaiting_consent');
    await remote.updateComplete;
    await frame();
    expect(button(region(peek, 'Remote actions')!, 'Start session').disabled).to.equal(true);
    const active = deepActiveElement()!;
    expect(active.localName).to.equal('h3');
    expect(text(active)).to.equal('Remote actions');
    expect(watch.stop(), 'focus fell to <body> on the way').to.equal(false);
  });

  it('Start session on an immediately active session: focus moves to "Remote desktop"', async () => {
    const adapter = demoAdapter();
    const start = adapter.startRemoteSession.bind(adapter);
    adapter.startRemoteSession = async (id, ctx) => ({
      ...(await start(id, ctx)),
      status: 'active',
    });
    const { peek } = await mountPeek({ adapter, open: true, ticketId: DEMO_IDS.vpnTicket });
    await enterOn(button(region(peek, 'Remote actions')!, 'Start session'));
    await waitUntil(() => focusedName() === 'Remote desktop', 'focus did not move there');
  });

  it('Take ownership: focus moves to the assignee picker that now shows the agent', async () => {
    const { peek } = await mountPeek({ open: true, ticketId: DEMO_IDS.printerTicket });
    const watch = watchFocus();
    await enterOn(button(peek.shadowRoot!, 'Take ownership'));
    await waitUntil(() => focusedName() === 'Assignee: Sam Rivera', 'focus did not move there');
    await frame();
    expect(watch.stop(), 'focus fell to <body> on the way').to.equal(false);
  });

  it('Internal notes toggle keeps focus while it expands and collapses', async () => {
    const { peek } = await mountPeek({ open: true, ticketId: DEMO_IDS.vpnTicket });
    const toggle = button(peek.shadowRoot!, 'Internal notes (2)');
    await enterOn(toggle);
    await peek.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(deepActiveElement()).to.equal(toggle);
    await sendKeys({ press: 'Enter' });
    await peek.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(deepActiveElement()).to.equal(toggle);
  });

  it('Retry after a failed refresh: focus moves to the ticket heading when the error goes', async () => {
    const adapter = demoAdapter();
    const { peek } = await mountPeek({ adapter, open: true, ticketId: DEMO_IDS.vpnTicket });
    adapter.setFailures({ methods: ['getTicket'], code: 'network', message: 'Backend down' });
    peek.reload();
    await waitUntil(() => peek.shadowRoot!.querySelector('.refresh-error'), 'no refresh error');
    adapter.setFailures(undefined);
    await enterOn(button(peek.shadowRoot!, 'Retry'));
    await waitUntil(() => !peek.shadowRoot!.querySelector('.refresh-error'));
    await peek.updateComplete;
    const active = deepActiveElement()!;
    expect(active.id).to.equal('peek-title');
    expect(text(active)).to.equal('VPN drops every 10 minutes');
  });

  it('Retry on a failed thread: focus goes to the placeholder, then to the conversation', async () => {
    const adapter = demoAdapter({
      failures: { methods: ['listThread'], code: 'network', message: 'Thread offline' },
    });
    const { peek } = await mountPeek({ adapter, open: true, ticketId: DEMO_IDS.vpnTicket });
    const shadow = () => threadOf(peek).shadowRoot!;
    await waitUntil(() => shadow().querySelector('[role="alert"]'), 'no thread error');
    adapter.setFailures(undefined);
    const watch = watchFocus();
    await enterOn(button(shadow(), 'Retry'));
    await threadLoaded(peek);
    await frame();
    expect(deepActiveElement()).to.equal(shadow().querySelector('[part="scroller"]'));
    expect(watch.stop(), 'focus fell to <body> on the way').to.equal(false);
  });

  it('"jump to latest" hands focus to the conversation when it disappears', async () => {
    const adapter = demoAdapter({ longThread: 200 });
    const { peek } = await mountPeek({ adapter, open: true, ticketId: DEMO_IDS.longThreadTicket });
    await threadLoaded(peek);
    const sc = threadOf(peek).shadowRoot!.querySelector<HTMLElement>('.scroller')!;
    sc.scrollTop = sc.scrollHeight - sc.clientHeight - 400;
    await new Promise((r) => sc.addEventListener('scroll', r, { once: true }));
    await frame();
    const item = {
      kind: 'customer',
      id: 'n1',
      at: new Date().toISOString(),
      author: 'Marcus Lee',
      body: 'Still slow',
      channel: 'email',
      attachments: [],
    } as ThreadItem;
    adapter.emit({ type: 'thread.appended', ticketId: DEMO_IDS.longThreadTicket, item });
    await threadOf(peek).updateComplete;
    await enterOn(button(threadOf(peek).shadowRoot!, '1 new message — jump to latest'));
    await threadOf(peek).updateComplete;
    expect(deepActiveElement()).to.equal(sc);
  });

  it('a related ticket opened by keyboard keeps focus inside the dialog', async () => {
    const { peek } = await mountPeek({ open: true, ticketId: DEMO_IDS.adaOpenTicket });
    const related = region(peek, 'Related tickets')!.querySelector('button')!;
    const subject = text(related.querySelector('.subject'));
    await enterOn(related);
    await loaded(peek as HdTicketPeek, subject);
    const active = deepActiveElement()!;
    expect(active).not.to.equal(document.body);
    expect(peek.shadowRoot!.contains(active) || active.getRootNode() !== document).to.equal(true);
  });
});
