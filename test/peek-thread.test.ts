import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import type { HdTicketPeek } from '../src/components/ticket-peek/peek.js';
import type { HdPeekEmailBody } from '../src/components/ticket-peek/email-body.js';
import { STEP, WINDOW } from '../src/components/ticket-peek/thread.js';
import type { ThreadItem } from '../src/adapter/types.js';
import {
  DEMO_IDS,
  button,
  buttons,
  callCount,
  deepQueryAll,
  demoAdapter,
  loaded,
  mountPeek,
  text,
  threadLoaded,
  threadOf,
} from './peek-helpers.js';

const items = (peek: HdTicketPeek) => [
  ...threadOf(peek).shadowRoot!.querySelectorAll<HTMLElement>('.item'),
];
const scrollerOf = (peek: HdTicketPeek) =>
  threadOf(peek).shadowRoot!.querySelector<HTMLElement>('.scroller')!;
const atBottom = (sc: HTMLElement) => sc.scrollHeight - sc.scrollTop - sc.clientHeight < 8;
const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

function customer(id: string, extra: Partial<ThreadItem> = {}): ThreadItem {
  return {
    kind: 'customer',
    id,
    at: new Date().toISOString(),
    author: 'Marcus Lee',
    body: 'Plain body',
    channel: 'email',
    attachments: [],
    ...extra,
  } as ThreadItem;
}

describe('<hd-ticket-peek> thread', () => {
  it('renders the four kinds distinctly, newest at the bottom', async () => {
    const { peek, adapter } = await mountPeek({ open: true, ticketId: DEMO_IDS.vpnTicket });
    await threadLoaded(peek);
    const page = await adapter.listThread(DEMO_IDS.vpnTicket, { limit: 50 });
    const kinds = items(peek).map((i) => i.dataset.kind);
    expect(kinds).to.deep.equal(page.items.map((i) => i.kind));
    expect(new Set(kinds)).to.deep.equal(new Set(['customer', 'reply', 'note', 'event']));

    const style = (kind: string) => {
      const el = items(peek).find((i) => i.dataset.kind === kind)!;
      const bubble = el.querySelector('.bubble') ?? el;
      return getComputedStyle(bubble).backgroundColor;
    };
    const backgrounds = new Set(['customer', 'reply', 'note'].map(style));
    expect(backgrounds.size, 'customer, reply and note bubbles look different').to.equal(3);
    const event = items(peek).find((i) => i.dataset.kind === 'event')!;
    expect(event.querySelector('.bubble')).to.equal(null);
    expect(text(items(peek).find((i) => i.dataset.kind === 'note'))).to.contain('Internal note');
    const last = page.items[page.items.length - 1];
    expect(items(peek).at(-1)!.dataset.id).to.equal(last.id);
    expect(atBottom(scrollerOf(peek))).to.equal(true);
  });

  it('marks RMM-agent messages "via agent (mTLS)" with a lock icon and text', async () => {
    const { peek } = await mountPeek({ open: true, ticketId: DEMO_IDS.agentChannelTicket });
    await threadLoaded(peek);
    const secure = deepQueryAll(threadOf(peek).shadowRoot!, '.channel.secure');
    expect(secure.length).to.be.greaterThan(0);
    expect(text(secure[0])).to.equal('via agent (mTLS)');
    expect(secure[0].querySelector('svg[aria-hidden="true"]')).to.exist;
  });

  it('renders email HTML only through the sanitizer; remote images wait for "Load remote images"', async () => {
    const { peek } = await mountPeek({ open: true, ticketId: DEMO_IDS.htmlEmailTicket });
    await threadLoaded(peek);
    const body = deepQueryAll(threadOf(peek).shadowRoot!, 'hd-peek-email-body')[0];
    expect(body).to.exist;
    const email = body.shadowRoot!.querySelector('.email')!;
    expect(email.querySelector('script, style, form, iframe, [style], [onclick]')).to.equal(null);
    expect(email.querySelector('img')).to.equal(null);
    expect(email.querySelectorAll('.hd-remote-image').length).to.be.greaterThan(0);
    expect(email.querySelectorAll('a').length, 'links in the demo email').to.be.greaterThan(0);
    for (const a of email.querySelectorAll('a')) {
      expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(a.getAttribute('target')).to.equal('_blank');
    }
    button(body.shadowRoot!, /^Load remote images/).click();
    await (body as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(body.shadowRoot!.querySelectorAll('.email img').length).to.be.greaterThan(0);
    expect(buttons(body.shadowRoot!, /^Load remote images/).length).to.equal(0);
  });

  it('asks again for remote images when the email body is replaced in place', async () => {
    const first = '<p>First</p><img src="https://cdn.example/first.png" alt="first">';
    const body = await fixture<HdPeekEmailBody>(
      html`<hd-peek-email-body .html=${first}></hd-peek-email-body>`,
    );
    const root = body.shadowRoot!;
    button(root, /^Load remote images/).click();
    await body.updateComplete;
    expect(root.querySelector('.email img')!.getAttribute('src')).to.equal(
      'https://cdn.example/first.png',
    );

    body.html = '<p>Edited</p><img src="https://tracker.example/pixel.gif" alt="pixel">';
    await body.updateComplete;
    expect(text(root.querySelector('.email'))).to.contain('Edited');
    expect(root.querySelector('.email img'), 'the new image waits for consent').to.equal(null);
    expect(text(root.querySelector('.hd-remote-image'))).to.equal('Remote image blocked: pixel');
    expect(buttons(root, /^Load remote images/).length).to.equal(1);
  });

  it('renders hostile text as text: bodies and attachment names never become markup', async () => {
    const { peek, adapter } = await mountPeek({ open: true });
    await threadLoaded(peek);
    const evil = '<img src=x onerror="window.hdPwned=1">';
    adapter.emit({
      type: 'thread.appended',
      ticketId: DEMO_IDS.vpnTicket,
      item: customer('evil-1', {
        body: `Hi ${evil}`,
        attachments: [
          { name: `${evil}.pdf`, size: 2048, type: 'application/pdf', url: 'javascript:alert(1)' },
          { name: 'log.txt', size: 1536, type: 'text/plain', url: 'https://files.example/log.txt' },
        ],
      } as Partial<ThreadItem>),
    });
    await threadOf(peek).updateComplete;
    const item = items(peek).at(-1)!;
    expect(item.querySelector('img')).to.equal(null);
    expect(text(item.querySelector('.body'))).to.equal(`Hi ${evil}`);
    const files = [...item.querySelectorAll('.attachment')];
    expect(text(files[0])).to.contain(`${evil}.pdf`);
    expect(text(files[0])).to.contain('2 KB · application/pdf');
    expect(files[0].querySelector('a'), 'javascript: URLs are not linked').to.equal(null);
    expect(files[1].querySelector('a')!.getAttribute('href')).to.equal(
      'https://files.example/log.txt',
    );
    expect(text(files[1])).to.contain('1.5 KB · text/plain');
    expect((window as { hdPwned?: number }).hdPwned).to.equal(undefined);
  });

  it('opens a 2,000-item thread fast: one page is fetched and only a window is rendered', async () => {
    const adapter = demoAdapter({ longThread: 2000 });
    const { peek } = await mountPeek({ adapter, ticketId: DEMO_IDS.longThreadTicket });
    const started = performance.now();
    peek.show();
    await loaded(peek);
    await threadLoaded(peek);
    const elapsed = performance.now() - started;
    expect(elapsed, `opened in ${Math.round(elapsed)}ms`).to.be.lessThan(1500);
    const calls = adapter.calls.filter((c) => c.method === 'listThread');
    expect(calls.length).to.equal(1);
    expect((calls[0].args[1] as { limit: number }).limit).to.be.at.most(100);
    expect(items(peek).length).to.be.at.most(WINDOW);
    expect(atBottom(scrollerOf(peek))).to.equal(true);
  });

  it('loads older pages with `before` as the agent scrolls up, keeping the visible message in place', async () => {
    const adapter = demoAdapter({ longThread: 400 });
    const { peek } = await mountPeek({ adapter, open: true, ticketId: DEMO_IDS.longThreadTicket });
    await threadLoaded(peek);
    const sc = scrollerOf(peek);
    const firstId = items(peek)[0].dataset.id!;
    const before = items(peek).length;
    const anchor = items(peek)[0];
    const offsetOf = () => anchor.getBoundingClientRect().top - sc.getBoundingClientRect().top;
    sc.scrollTop = 0;
    const offsetBefore = offsetOf();
    await waitUntil(() => callCount(adapter, 'listThread') >= 2, 'no older page requested');
    const call = adapter.calls.filter((c) => c.method === 'listThread')[1];
    expect((call.args[1] as { before: string }).before).to.equal(firstId);
    await waitUntil(() => items(peek).length > before);
    await frame();
    await frame();
    // the previously first message is still where the agent was looking, not pushed down
    expect(Math.abs(offsetOf() - offsetBefore)).to.be.lessThan(24);
    expect(items(peek)[0].dataset.id).to.not.equal(firstId);
    expect(sc.scrollTop).to.be.greaterThan(200);
  });

  it('reveals already-loaded items in steps when the adapter returns a huge page', async () => {
    const adapter = demoAdapter({ longThread: 1000 });
    const listThread = adapter.listThread.bind(adapter);
    adapter.listThread = (id, opts) => listThread(id, { ...opts, limit: 1000 });
    const { peek } = await mountPeek({ adapter, open: true, ticketId: DEMO_IDS.longThreadTicket });
    await threadLoaded(peek);
    expect(items(peek).length).to.equal(WINDOW);
    expect(threadOf(peek).renderedCount).to.equal(WINDOW);
    scrollerOf(peek).scrollTop = 0;
    await waitUntil(() => items(peek).length === WINDOW + STEP);
    expect(callCount(adapter, 'listThread')).to.equal(1);
  });

  it('sticks to the bottom for new messages when at the bottom, otherwise offers a jump', async () => {
    const adapter = demoAdapter({ longThread: 200 });
    const { peek } = await mountPeek({ adapter, open: true, ticketId: DEMO_IDS.longThreadTicket });
    await threadLoaded(peek);
    const sc = scrollerOf(peek);
    adapter.emit({
      type: 'thread.appended',
      ticketId: DEMO_IDS.longThreadTicket,
      item: customer('n1'),
    });
    await threadOf(peek).updateComplete;
    await frame();
    expect(items(peek).at(-1)!.dataset.id).to.equal('n1');
    await frame();
    expect(atBottom(sc)).to.equal(true);

    sc.scrollTop = sc.scrollHeight - sc.clientHeight - 400;
    await new Promise((r) => sc.addEventListener('scroll', r, { once: true }));
    await frame();
    await frame();
    // the message the agent is reading (the first one showing at the top of the thread)
    const box = sc.getBoundingClientRect();
    const reading = items(peek).find((i) => i.getBoundingClientRect().bottom > box.top + 20)!;
    const readingTop = reading.getBoundingClientRect().top;
    adapter.emit({
      type: 'thread.appended',
      ticketId: DEMO_IDS.longThreadTicket,
      item: customer('n2'),
    });
    adapter.emit({ type: 'thread.appended', ticketId: 'some-other-ticket', item: customer('x') });
    await threadOf(peek).updateComplete;
    await frame();
    // it stays where it was on screen (scroll anchoring may adjust scrollTop for items above
    // whose estimated size became real; the agent sees no jump)
    expect(Math.abs(reading.getBoundingClientRect().top - readingTop)).to.be.lessThan(2);
    expect(reading.isConnected).to.equal(true);
    const jump = button(threadOf(peek).shadowRoot!, '1 new message — jump to latest');
    jump.click();
    await threadOf(peek).updateComplete;
    expect(atBottom(sc)).to.equal(true);
    expect(items(peek).some((i) => i.dataset.id === 'x')).to.equal(false);
  });

  it('pulls in no history while hidden, and is back at the newest message when shown', async () => {
    const adapter = demoAdapter({ longThread: 400 });
    const { peek } = await mountPeek({ adapter, open: true, ticketId: DEMO_IDS.longThreadTicket });
    await threadLoaded(peek);
    const thread = threadOf(peek);
    const rendered = thread.renderedCount;
    thread.style.display = 'none'; // e.g. the host collapses the pane while messages arrive
    await frame();
    adapter.emit({
      type: 'thread.appended',
      ticketId: DEMO_IDS.longThreadTicket,
      item: customer('h1'),
    });
    await thread.updateComplete;
    await frame();
    await frame();
    expect(callCount(adapter, 'listThread'), 'older pages fetched while hidden').to.equal(1);
    expect(thread.renderedCount).to.equal(rendered + 1);
    thread.style.display = '';
    await frame();
    await frame();
    const sc = scrollerOf(peek);
    expect(sc.scrollHeight, 'the thread is shown again').to.be.greaterThan(sc.clientHeight);
    expect(items(peek).at(-1)!.dataset.id).to.equal('h1');
    expect(atBottom(sc)).to.equal(true);
  });

  it('shows Retry when the thread or an older page fails', async () => {
    const adapter = demoAdapter({
      longThread: 300,
      failures: { methods: ['listThread'], code: 'network', message: 'Thread offline' },
    });
    const { peek } = await mountPeek({ adapter, open: true, ticketId: DEMO_IDS.longThreadTicket });
    const shadow = () => threadOf(peek).shadowRoot!;
    await waitUntil(() => shadow().querySelector('[role="alert"]'));
    expect(text(shadow().querySelector('[role="alert"]'))).to.contain('Thread offline');
    adapter.setFailures(undefined);
    button(shadow(), 'Retry').click();
    await threadLoaded(peek);

    adapter.setFailures({ methods: ['listThread'], code: 'network', message: 'Older offline' });
    scrollerOf(peek).scrollTop = 0;
    await waitUntil(() => shadow().querySelector('[role="alert"]'));
    expect(text(shadow().querySelector('[role="alert"]'))).to.contain('Older offline');
    adapter.setFailures(undefined);
    const count = items(peek).length;
    button(shadow(), 'Retry').click();
    await waitUntil(() => items(peek).length > count);
  });

  it('pins the customer history atop the thread when the flag is on and the customer has history', async () => {
    const on = await mountPeek({ open: true, ticketId: DEMO_IDS.adaOpenTicket });
    const pinned = on.peek.shadowRoot!.querySelector('[part="thread"] hd-customer-history');
    expect(pinned).to.exist;
    expect(
      text((pinned as Element).shadowRoot!.querySelector('h2, h3, [part="title"]')),
    ).to.contain('Ada');
    on.peek.hide();

    const off = await mountPeek({
      open: true,
      ticketId: DEMO_IDS.adaOpenTicket,
      flags: { customerHistoryPin: false },
    });
    expect(off.peek.shadowRoot!.querySelector('hd-customer-history')).to.equal(null);
    expect(callCount(off.adapter, 'getCustomerHistory')).to.equal(0);
    off.peek.hide();
  });

  it('does not pin the card for a first-time customer', async () => {
    const adapter = demoAdapter();
    const getHistory = adapter.getCustomerHistory.bind(adapter);
    adapter.getCustomerHistory = async (id, opts) => ({
      ...(await getHistory(id, opts)),
      ticketsTotal: 1,
      ticketsClosed: 0,
    });
    const { peek } = await mountPeek({ adapter, open: true, ticketId: DEMO_IDS.adaOpenTicket });
    expect(peek.shadowRoot!.querySelector('hd-customer-history')).to.equal(null);
  });
});
