/**
 * What a screen-reader user hears from <hd-ticket-peek>: live regions are watched with a
 * MutationObserver the way a screen reader hears them (a region on the page whose text changes
 * to something new; see `watchAnnouncements`). The ticket's loading is announced, every new
 * message from someone else is heard (also a second one with the same text), the agent's own
 * sends are confirmed once (by the composer), and presence chips read as separate phrases.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { waitUntil } from './helpers/wait.js';
import { LeakTracker } from './helpers/leak-tracker.js';
import '../src/locales/de.js';
import type { HdTicketPeek } from '../src/components/ticket-peek/peek.js';
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
  watchAnnouncements,
} from './peek-helpers.js';

const ticketId = DEMO_IDS.vpnTicket;
const dialogOf = (peek: HdTicketPeek) => peek.shadowRoot!.querySelector('dialog')!;

let seq = 0;
function message(kind: 'customer' | 'reply' | 'note', author: string): ThreadItem {
  seq++;
  return {
    kind,
    id: `live-${seq}`,
    at: new Date().toISOString(),
    author,
    body: `Live message ${seq}`,
    ...(kind === 'customer' ? { channel: 'email' } : {}),
    attachments: [],
  } as ThreadItem;
}

describe('<hd-ticket-peek> screen-reader announcements', () => {
  const stops: (() => void)[] = [];
  const listen = (root: ShadowRoot) => {
    const heard = watchAnnouncements(root);
    stops.push(heard.stop);
    return heard;
  };
  afterEach(() => stops.splice(0).forEach((stop) => stop()));

  describe('opening', () => {
    it('announces "Ticket #1008 loaded: <subject>" once loaded; focus stays on Close', async () => {
      const adapter = demoAdapter({ latencyMs: 150 });
      const { peek, opener } = await mountPeek({ adapter });
      opener.focus();
      peek.show();
      await peek.updateComplete;
      // what the user hears on opening: the dialog named "Loading ticket…", then "Close"
      expect(nameOf(dialogOf(peek))).to.equal('Loading ticket…');
      expect(deepActiveElement()).to.equal(button(peek.shadowRoot!, 'Close'));
      const heard = listen(peek.shadowRoot!);

      await loaded(peek);
      await waitUntil(() => heard.said.length > 0, 'the loaded ticket was never announced');
      expect(heard.said).to.deep.equal(['Ticket #1008 loaded: VPN drops every 10 minutes']);
      expect(nameOf(dialogOf(peek))).to.equal('VPN drops every 10 minutes');
      // the agent's focus was not moved: initial focus stays on "Close"
      expect(deepActiveElement()).to.equal(button(peek.shadowRoot!, 'Close'));
    });

    it('announces the next ticket after switching to a related one, and again after a reopen', async () => {
      const { peek } = await mountPeek({ ticketId: DEMO_IDS.adaOpenTicket });
      peek.show();
      await peek.updateComplete;
      const heard = listen(peek.shadowRoot!);
      await loaded(peek);
      await waitUntil(() => heard.said.length === 1, 'the first ticket was not announced');

      const related = region(peek, 'Related tickets')!.querySelector('button')!;
      const subject = text(related.querySelector('.subject'));
      related.click();
      await loaded(peek, subject);
      await waitUntil(() => heard.said.length === 2, 'the related ticket was not announced');
      expect(heard.said[1]).to.match(new RegExp(`^Ticket #\\d+ loaded: ${subject}$`));
      expect(heard.said[1]).not.to.equal(heard.said[0]);

      // closed and opened again on the same ticket: heard again (the region starts empty)
      peek.hide();
      await peek.updateComplete;
      peek.show();
      await peek.updateComplete;
      const again = listen(peek.shadowRoot!);
      await loaded(peek, subject);
      await waitUntil(() => again.said.length === 1, 'the reopened ticket was not announced');
      expect(again.said[0]).to.equal(heard.said[1]);
    });

    it('announces the loaded ticket in German under lang="de"', async () => {
      const adapter = demoAdapter();
      const root = await fixture<HTMLElement>(
        html`<div lang="de">
          <hd-provider .adapter=${adapter}>
            <hd-ticket-peek ticket-id=${ticketId}></hd-ticket-peek>
          </hd-provider>
        </div>`,
      );
      const peek = root.querySelector('hd-ticket-peek')!;
      peek.show();
      await peek.updateComplete;
      const heard = listen(peek.shadowRoot!);
      await loaded(peek);
      await waitUntil(() => heard.said.length > 0, 'nothing was announced');
      expect(heard.said).to.deep.equal(['Ticket #1008 geladen: VPN drops every 10 minutes']);
      peek.hide();
    });
  });

  describe('live messages', () => {
    it('a second message from the same author is heard again; a burst is heard once', async () => {
      const { peek, adapter } = await mountPeek({ open: true, ticketId });
      await threadLoaded(peek);
      const heard = listen(threadOf(peek).shadowRoot!);
      const push = (item: ThreadItem) => adapter.emit({ type: 'thread.appended', ticketId, item });

      push(message('customer', 'Marcus Lee'));
      await waitUntil(() => heard.said.length === 1, 'the first message was not announced');
      push(message('customer', 'Marcus Lee'));
      await waitUntil(() => heard.said.length === 2, 'the second message was not announced');
      expect(heard.said).to.deep.equal([
        'New message from Marcus Lee',
        'New message from Marcus Lee',
      ]);

      // a colleague's second reply in a row is heard too
      push(message('reply', 'Priya Natarajan'));
      await waitUntil(() => heard.said.length === 3, 'the colleague reply was not announced');
      push(message('reply', 'Priya Natarajan'));
      await waitUntil(() => heard.said.length === 4, 'the second colleague reply was not heard');
      expect(heard.said.slice(2)).to.deep.equal([
        'New reply from Priya Natarajan',
        'New reply from Priya Natarajan',
      ]);

      // three at once (two from one author): one announcement naming each author once
      push(message('customer', 'Marcus Lee'));
      push(message('note', 'Mei Chen'));
      push(message('customer', 'Marcus Lee'));
      await waitUntil(() => heard.said.length === 5, 'the burst was not announced');
      // a later message proves the burst was not queued behind as more announcements
      push(message('reply', 'Jonas Weber'));
      await waitUntil(() => heard.said.length >= 6, 'the message after the burst was not heard');
      expect(heard.said.slice(4)).to.deep.equal([
        'New internal note from Mei Chen New message from Marcus Lee',
        'New reply from Jonas Weber',
      ]);
    });
  });

  describe("the agent's own sends", () => {
    it('a reply sent with Ctrl+Enter is confirmed by the composer only', async () => {
      const { peek, adapter } = await mountPeek({ open: true, ticketId });
      await threadLoaded(peek);
      const composer = peek.shadowRoot!.querySelector('hd-composer')!;
      await composer.updateComplete;
      const inThread = listen(threadOf(peek).shadowRoot!);
      const inComposer = listen(composer.shadowRoot!);

      composer.shadowRoot!.querySelector('textarea')!.focus();
      await sendKeys({ type: 'Please reinstall the VPN client' });
      await sendKeys({ press: 'Control+Enter' });
      await waitUntil(
        () => inComposer.said.includes('✓ Reply sent to the customer.'),
        'the composer did not confirm the reply',
      );
      await waitUntil(() =>
        [...threadOf(peek).shadowRoot!.querySelectorAll('.item')].some((i) =>
          text(i).includes('Please reinstall the VPN client'),
        ),
      );
      // a colleague answers right after: that is heard, and it is the only thing the thread says
      adapter.emit({
        type: 'thread.appended',
        ticketId,
        item: message('reply', 'Priya Natarajan'),
      });
      await waitUntil(() => inThread.said.length > 0, 'the colleague reply was not announced');
      expect(inThread.said).to.deep.equal(['New reply from Priya Natarajan']);
      expect(inComposer.said.filter((s) => s.includes('Reply sent'))).to.have.length(1);
    });

    it('an internal note added in the composer is confirmed by the composer only', async () => {
      const { peek, adapter } = await mountPeek({ open: true, ticketId });
      await threadLoaded(peek);
      const composer = peek.shadowRoot!.querySelector('hd-composer')!;
      await composer.updateComplete;
      const inThread = listen(threadOf(peek).shadowRoot!);
      const inComposer = listen(composer.shadowRoot!);
      const items = () => threadOf(peek).shadowRoot!.querySelectorAll('.item').length;
      const before = items();

      button(composer.shadowRoot!, 'Internal note').click();
      await composer.updateComplete;
      composer.shadowRoot!.querySelector('textarea')!.focus();
      await sendKeys({ type: 'Checked the firewall logs' });
      await sendKeys({ press: 'Control+Enter' });
      await waitUntil(
        () => inComposer.said.some((s) => /Internal note added/.test(s)),
        'the composer did not confirm the note',
      );
      await waitUntil(() => items() === before + 1, 'the note did not reach the thread');
      adapter.emit({ type: 'thread.appended', ticketId, item: message('customer', 'Marcus Lee') });
      await waitUntil(() => inThread.said.length > 0, 'the customer message was not announced');
      expect(inThread.said).to.deep.equal(['New message from Marcus Lee']);
    });
  });

  describe('teardown', () => {
    it('drops pending announcements (their timers) when the peek leaves the page', async () => {
      const tracker = new LeakTracker();
      tracker.install();
      try {
        const { root, peek, adapter } = await mountPeek({ ticketId });
        peek.show();
        await threadLoaded(peek);
        // both regions now have a text on its way: the loaded ticket and a new message
        adapter.emit({ type: 'thread.appended', ticketId, item: message('customer', 'Ada') });
        const pending = () =>
          tracker.outstanding().timers.filter((t) => t.includes('/ticket-peek/announcer.'));
        expect(pending(), 'an announcement is on its way').not.to.be.empty;
        root.remove();
        expect(pending()).to.deep.equal([]);
      } finally {
        tracker.uninstall();
      }
    });
  });

  describe('presence', () => {
    it('reads each chip as its own phrase, and the chips look as before', async () => {
      const { peek, adapter } = await mountPeek({ open: true, ticketId });
      adapter.emit({ type: 'presence', ticketId, agentId: 'agent-jonas', state: 'viewing' });
      adapter.emit({ type: 'presence', ticketId, agentId: 'agent-mei', state: 'viewing' });
      await peek.updateComplete;
      const presence = peek.shadowRoot!.querySelector<HTMLElement>('[part="presence"]')!;
      // the text a screen reader gets (the visually hidden separator included)
      expect(text(presence)).to.equal('Jonas Weber is viewing, Mei Chen is viewing');
      const chips = [...presence.querySelectorAll<HTMLElement>('.presence-chip')];
      expect(chips.map((c) => text(c))).to.deep.equal([
        'Jonas Weber is viewing',
        'Mei Chen is viewing',
      ]);
      // the separator takes no room: the chips sit the flex gap apart on one line (within the
      // pixel snapping of an engine: WebKit places the second chip up to 1 px off; a separator
      // in the flow would add a second gap of 4 px)
      const [a, b] = chips.map((c) => c.getBoundingClientRect());
      const gap = parseFloat(getComputedStyle(presence).columnGap);
      expect(gap).to.be.at.least(4);
      expect(b.top).to.equal(a.top);
      expect(Math.abs(b.left - a.right - gap)).to.be.lessThan(1.5);
    });
  });
});
