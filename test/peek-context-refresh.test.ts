/**
 * The parts of the peek's context that show the ticket's own status or booked hours follow a
 * successful change in place: the pinned customer history after a status change, the contract
 * hours after the timer booked time — with the draft and the elements kept, no skeleton.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { waitUntil } from './helpers/wait.js';
import type { HdTicketPeek } from '../src/components/ticket-peek/peek.js';
import type { HdPeekPicker } from '../src/components/ticket-peek/picker.js';
import { en } from '../src/i18n/en.js';
import { DEMO_IDS, button, demoAdapter, mountPeek, region, text } from './peek-helpers.js';

const pin = (peek: HdTicketPeek) =>
  peek.shadowRoot!.querySelector('hd-customer-history')!.shadowRoot!;
const pinnedLine = (peek: HdTicketPeek, number: string) =>
  [...pin(peek).querySelectorAll('li')].map(text).find((t) => t.includes(number)) ?? '';

/** Types a draft into the peek's composer and returns its textarea. */
async function typeDraft(peek: HdTicketPeek, draft: string) {
  const composer = peek.shadowRoot!.querySelector('hd-composer')!;
  await composer.updateComplete;
  const textarea = composer.shadowRoot!.querySelector('textarea')!;
  textarea.focus();
  await sendKeys({ type: draft });
  return textarea;
}

/** Records whether the peek ever showed its loading skeleton. */
function watchSkeleton(peek: HdTicketPeek) {
  let seen = false;
  const observer = new MutationObserver(() => {
    if (peek.shadowRoot!.querySelector('.bone, [part="loading"]')) seen = true;
  });
  observer.observe(peek.shadowRoot!, { childList: true, subtree: true });
  return () => {
    observer.disconnect();
    return seen;
  };
}

describe('<hd-ticket-peek> context follows its own changes', () => {
  it('setting Status to Pending updates the ticket in the pinned customer history', async () => {
    const { peek } = await mountPeek({ open: true, ticketId: DEMO_IDS.adaOpenTicket });
    await waitUntil(() => pinnedLine(peek, '#1006'), 'no pinned line for #1006');
    expect(pinnedLine(peek, '#1006')).to.match(/^open #1006 Password reset/);
    const textarea = await typeDraft(peek, 'Half-written');
    const done = watchSkeleton(peek);

    const status = peek.shadowRoot!.querySelector<HdPeekPicker>(
      'hd-peek-picker[data-field="status"]',
    )!;
    status.shadowRoot!.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status.isOpen);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });

    await waitUntil(
      () => /^pending #1006 Password reset/.test(pinnedLine(peek, '#1006')),
      'the pinned card still shows the old status',
    );
    expect(done(), 'no skeleton while refreshing').to.equal(false);
    expect(textarea.value).to.equal('Half-written');
  });

  it('a status change from another agent (ticket.updated) updates the pinned card too', async () => {
    const { peek, adapter } = await mountPeek({ open: true, ticketId: DEMO_IDS.adaOpenTicket });
    await waitUntil(() => pinnedLine(peek, '#1006'), 'no pinned line for #1006');
    await adapter.updateTicket(
      DEMO_IDS.adaOpenTicket,
      { status: 'resolved' },
      { origin: 'api', actorId: 'agent-priya' },
    );
    await waitUntil(
      () => /^resolved #1006/.test(pinnedLine(peek, '#1006')),
      'the pinned card still shows the old status',
    );
  });

  it('stopping the timer refreshes the contract hours in place', async () => {
    // the memory adapter books a stopped timer's minutes on the customer's contract
    const adapter = demoAdapter();
    const { peek } = await mountPeek({ adapter, open: true, ticketId: DEMO_IDS.vpnTicket });
    const card = peek.shadowRoot!.querySelector('hd-peek-time-card')!;
    expect(text(region(peek, 'Time + contract'))).to.contain('31.5 of 40 h used');
    const textarea = await typeDraft(peek, 'Draft stays');
    const done = watchSkeleton(peek);

    button(region(peek, 'Time + contract')!, 'Stop timer').click();
    await waitUntil(
      () => text(region(peek, 'Time + contract')).includes('Start timer'),
      'the timer did not stop',
    );
    const booked = (await adapter.getTicketContext(DEMO_IDS.vpnTicket)).contract!.hoursUsed!;
    expect(booked, 'the adapter booked the time').to.be.greaterThan(31.5);
    await waitUntil(
      () => text(region(peek, 'Time + contract')).includes(en.cards.time.hoursUsed(booked, 40)),
      'the contract hours did not follow the booked time',
    );
    expect(text(region(peek, 'Time + contract'))).to.contain('Start timer');
    expect(peek.shadowRoot!.querySelector('hd-peek-time-card')).to.equal(card);
    expect(done(), 'no skeleton while refreshing').to.equal(false);
    expect(textarea.value).to.equal('Draft stays');
  });
});
