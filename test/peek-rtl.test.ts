/**
 * Right to left: a label with its own base direction (`dir="auto"`: a Latin subject, name or
 * asset on an RTL page) still lines up with its container's start, like the labels around it;
 * message bodies keep their natural alignment.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import type { HdTicketPeek } from '../src/components/ticket-peek/peek.js';
import { DEMO_IDS, deepQueryAll, mountPeek, region, threadLoaded } from './peek-helpers.js';

/** Where the text of `el` is drawn (not its box, which spans the whole line). */
function inkOf(el: Element): DOMRect {
  const range = document.createRange();
  range.selectNodeContents(el);
  return range.getBoundingClientRect();
}

/** The part of the text of `el` that shows (a cut subject overflows its box, hidden). */
function visibleInkOf(el: Element): { left: number; right: number } {
  const ink = inkOf(el);
  const box = el.getBoundingClientRect();
  return { left: Math.max(ink.left, box.left), right: Math.min(ink.right, box.right) };
}

const TOLERANCE = 2;

async function openIn(dir: 'rtl' | 'ltr', ticketId: string) {
  document.documentElement.dir = dir;
  const mounted = await mountPeek({ open: true, ticketId });
  return mounted;
}

const q = (peek: HdTicketPeek, sel: string) => peek.shadowRoot!.querySelector<HTMLElement>(sel)!;

describe('<hd-ticket-peek> right to left', () => {
  afterEach(() => document.documentElement.removeAttribute('dir'));

  it('the subject lines up with the #number and the contact line at the start (right)', async () => {
    const { peek } = await openIn('rtl', DEMO_IDS.vpnTicket);
    const number = inkOf(q(peek, '.number'));
    const subject = inkOf(q(peek, '#peek-title'));
    const contact = q(peek, '.who').getBoundingClientRect();
    const close = q(peek, '.close').getBoundingClientRect();
    expect(subject.right).to.be.closeTo(number.right, TOLERANCE);
    expect(subject.right).to.be.closeTo(contact.right, TOLERANCE);
    expect(subject.left, 'the subject is not next to ×').to.be.greaterThan(close.right + 100);
  });

  it('asset name, time entry names and related subjects start at the right in their cards', async () => {
    const { peek } = await openIn('rtl', DEMO_IDS.vpnTicket);
    const asset = region(peek, 'Linked asset')!;
    const heading = inkOf(asset.querySelector('h3')!);
    expect(inkOf(asset.querySelector('.name')!).right).to.be.closeTo(heading.right, TOLERANCE);
    expect(inkOf(asset.querySelector('.os')!).right).to.be.closeTo(heading.right, TOLERANCE);

    const time = region(peek, 'Time + contract')!;
    const entry = time.querySelector('.entry')!;
    const name = entry.querySelector('[dir="auto"]')!;
    expect(inkOf(name).right).to.be.closeTo(name.getBoundingClientRect().right, TOLERANCE);

    // a finding's bar stands at the start (right) of its line, the text right next to it
    const finding = region(peek, 'RMM-Sentinel')!.querySelector('.findings li')!;
    const box = finding.getBoundingClientRect();
    expect(getComputedStyle(finding).borderRightStyle).to.equal('solid');
    expect(box.right - visibleInkOf(finding).right).to.be.within(0, 20);

    const related = region(peek, 'Related tickets')!;
    const subject = related.querySelector('.subject')!;
    const number = related.querySelector('.number')!.getBoundingClientRect();
    // the subject starts right next to the number (to its left), not at the far side
    expect(number.left - visibleInkOf(subject).right).to.be.within(0, 16);
  });

  it('the pinned history lists each subject right next to its #number', async () => {
    const { peek } = await openIn('rtl', DEMO_IDS.vpnTicket);
    await waitUntil(() =>
      peek.shadowRoot!.querySelector('hd-customer-history')?.shadowRoot?.querySelector('.ticket'),
    );
    const pin = peek.shadowRoot!.querySelector('hd-customer-history')!.shadowRoot!;
    const row = pin.querySelector('.ticket')!;
    const number = row.querySelector('.number')!.getBoundingClientRect();
    expect(number.left - visibleInkOf(row.querySelector('.subject')!).right).to.be.within(0, 16);
  });

  it('message bodies keep their natural alignment (a Latin body starts at the left)', async () => {
    const { peek, adapter } = await openIn('rtl', DEMO_IDS.vpnTicket);
    await threadLoaded(peek);
    adapter.emit({
      type: 'thread.appended',
      ticketId: DEMO_IDS.vpnTicket,
      item: {
        kind: 'customer',
        id: 'short-1',
        at: new Date().toISOString(),
        author: 'Marcus Lee',
        body: 'OK, thanks!',
        channel: 'email',
        attachments: [],
      },
    });
    await waitUntil(() => deepQueryAll(peek.shadowRoot!, '[data-id="short-1"] .body').length);
    const body = deepQueryAll(peek.shadowRoot!, '[data-id="short-1"] .body')[0];
    const box = body.getBoundingClientRect();
    const ink = inkOf(body);
    expect(ink.left - box.left, 'starts at the left').to.be.lessThan(10);
    expect(box.right - ink.right, 'not pushed to the right').to.be.greaterThan(20);
  });

  it('left to right is unchanged: subject and #number start at the left', async () => {
    const { peek } = await openIn('ltr', DEMO_IDS.vpnTicket);
    expect(inkOf(q(peek, '#peek-title')).left).to.be.closeTo(
      inkOf(q(peek, '.number')).left,
      TOLERANCE,
    );
  });
});
