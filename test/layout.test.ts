/**
 * Layout at the widths designers check in Storybook (375 / 680 / 1280 px): what the story
 * screenshots showed going wrong — cut-off view chips, squeezed subjects, a half-width send
 * error, a clipped pinned card, duplicate card landmarks — stays fixed.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { setViewport } from '@web/test-runner-commands';
import '../src/components/ticket-peek/define.js';
import { inboxData, mountInbox, row } from './inbox-helpers.js';
import { $, clickSend, mount as mountComposer, setDraft } from './composer-helpers.js';
import { DEMO_IDS, button, mountPeek, nameOf } from './peek-helpers.js';

const MIN = 60_000;
const iso = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();
const LONG_SUBJECT = 'Outlook crashes when opening the shared mailbox';

/** True when `el` is wholly inside `area` on screen (½ px for rounding). */
function within(el: Element, area: Element): boolean {
  const a = area.getBoundingClientRect();
  const b = el.getBoundingClientRect();
  return b.top >= a.top - 0.5 && b.bottom <= a.bottom + 0.5;
}

/** The peek at 1280×800 with its composer ready; `footer` is its scrolling composer area. */
async function peekComposerAt1280() {
  await setViewport({ width: 1280, height: 800 });
  const { peek } = await mountPeek({ open: true, ticketId: DEMO_IDS.agentChannelTicket });
  const composer = peek.shadowRoot!.querySelector('hd-composer')!;
  await composer.updateComplete;
  const footer = peek.shadowRoot!.querySelector<HTMLElement>('[part="footer"]')!;
  return { peek, composer, croot: composer.shadowRoot!, footer };
}

describe('layout at designer widths', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  describe('<hd-inbox>', () => {
    it('at 375px every view chip is whole on screen: the chips wrap, none is cut off', async () => {
      await setViewport({ width: 375, height: 800 });
      const { root } = await mountInbox();
      const tablist = root.querySelector<HTMLElement>('[role="tablist"]')!;
      const box = tablist.getBoundingClientRect();
      const chips = [...tablist.querySelectorAll('[role="tab"]')];
      expect(chips.length).to.be.at.least(5);
      for (const chip of chips) {
        const r = chip.getBoundingClientRect();
        expect(r.left, chip.textContent!).to.be.at.least(box.left - 0.5);
        expect(r.right, chip.textContent!).to.be.at.most(box.right + 0.5);
      }
      expect(tablist.scrollWidth).to.be.at.most(tablist.clientWidth);
    });

    it('at 375px a long subject gets two lines before it is cut', async () => {
      await setViewport({ width: 375, height: 800 });
      const data = inboxData(2, (t, i) => i === 0 && (t.subject = LONG_SUBJECT));
      const { root } = await mountInbox({ data });
      const subject = row(root, 't-1').querySelector<HTMLElement>('.subject')!;
      const lineHeight = parseFloat(getComputedStyle(subject).lineHeight);
      expect(subject.getBoundingClientRect().height).to.be.closeTo(2 * lineHeight, 2);
    });

    it('at 680px the subject keeps the row width: contact and time move under it', async () => {
      await setViewport({ width: 680, height: 800 });
      const data = inboxData(2, (t, i) => i === 0 && (t.subject = LONG_SUBJECT));
      const { root } = await mountInbox({ data });
      const r = row(root, 't-1');
      const subject = r.querySelector<HTMLElement>('.subject')!;
      expect(subject.scrollWidth, 'the whole subject shows').to.be.at.most(subject.clientWidth);
      const contact = r.querySelector('.contact')!.getBoundingClientRect();
      expect(contact.top).to.be.at.least(subject.getBoundingClientRect().bottom - 1);
    });

    it('on a 1280×720 screen the view editor stays inside the window and Save view is reachable', async () => {
      await setViewport({ width: 1280, height: 720 });
      const { inbox, root } = await mountInbox();
      inbox.style.marginTop = '220px'; // below a host's header, as in the demo
      [...root.querySelectorAll('button')]
        .find((b) => b.textContent!.trim() === 'New view')!
        .click();
      const editor = root.querySelector<HTMLElement>('[part="view-editor"]')!;
      await waitUntil(
        () =>
          editor.matches(':popover-open') && root.activeElement?.getAttribute('name') === 'name',
        'editor open, name field focused',
      );
      // an empty name: the error makes the form taller still
      const save = [...editor.querySelectorAll('button')].find(
        (b) => b.textContent!.trim() === 'Save view',
      )!;
      save.click();
      await waitUntil(() => editor.querySelector('[role="alert"]'), 'no name error');
      await new Promise((r) => requestAnimationFrame(r));
      await new Promise((r) => requestAnimationFrame(r));
      const box = editor.getBoundingClientRect();
      expect(box.top, 'editor top').to.be.at.least(0);
      expect(box.bottom, 'editor bottom').to.be.at.most(window.innerHeight);
      save.scrollIntoView({ block: 'nearest' });
      const s = save.getBoundingClientRect();
      expect(s.bottom).to.be.at.most(Math.min(box.bottom, window.innerHeight) + 0.5);
      expect(s.top).to.be.at.least(box.top - 0.5);
      inbox.style.marginTop = '';
    });

    it('the focus ring of a row keeps clear of its priority icon and SLA badge', async () => {
      await setViewport({ width: 1280, height: 800 });
      const data = inboxData(1, (t) => {
        t.priority = 'high';
        t.sla = { resolutionDueAt: iso(-MIN) };
      });
      const { root } = await mountInbox({ data });
      const r = row(root, 't-1');
      const open = r.querySelector<HTMLElement>('.open')!;
      // as after a keyboard move (the ring is :focus-visible only)
      open.focus({ focusVisible: true } as FocusOptions);
      expect(open.matches(':focus-visible')).to.equal(true);
      const style = getComputedStyle(open);
      const reach = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth);
      const ring = open.getBoundingClientRect();
      const icon = r.querySelector('.priority')!.getBoundingClientRect();
      const badge = r.querySelector('.flag')!.getBoundingClientRect();
      expect(ring.left - reach, 'ring reaches the priority icon').to.be.greaterThan(icon.right);
      expect(ring.right + reach, 'ring reaches the SLA badge').to.be.lessThan(badge.left);
    });

    for (const dir of ['ltr', 'rtl'] as const) {
      it(`at 680px in ${dir} the contact starts the line and the time ends it, whatever script the name is in`, async () => {
        await setViewport({ width: 680, height: 800 });
        document.documentElement.dir = dir;
        try {
          const data = inboxData(2, (t, i) => (t.contactName = i ? 'Ben Carter' : 'ليلى حداد'));
          const { root } = await mountInbox({ data });
          for (const id of ['t-1', 't-2']) {
            const r = row(root, id);
            const contact = r.querySelector('.contact')!.getBoundingClientRect();
            const time = r.querySelector('.updated')!.getBoundingClientRect();
            const [start, end] = dir === 'ltr' ? [contact, time] : [time, contact];
            expect(start.right, `${id}: no overlap`).to.be.at.most(end.left);
            const box = r.getBoundingClientRect();
            // the time sits at the row's end, the name right after the subject's start
            const subject = r.querySelector('.main')!.getBoundingClientRect();
            if (dir === 'ltr') {
              expect(contact.left).to.be.closeTo(subject.left, 1);
              expect(box.right - time.right).to.be.lessThan(box.width / 10);
            } else {
              expect(contact.right).to.be.closeTo(subject.right, 1);
              expect(time.left - box.left).to.be.lessThan(box.width / 10);
            }
          }
        } finally {
          document.documentElement.removeAttribute('dir');
        }
      });
    }
  });

  describe('<hd-composer>', () => {
    it('a send failure spans the composer, between the tools and the Send button', async () => {
      const { el } = await mountComposer({
        adapterOptions: {
          failures: {
            methods: ['sendReply'],
            code: 'dispatch_failed',
            message: 'SMTP relay refused the message (550 5.7.1)',
          },
        },
      });
      await setDraft(el, 'Hi Ada');
      await clickSend(el);
      await waitUntil(() => $(el, '[part="send-error"]'), 'no send error');
      const error = $(el, '[part="send-error"]')!.getBoundingClientRect();
      const message = $(el, 'textarea')!.getBoundingClientRect();
      expect(error.width).to.be.closeTo(message.width, 2);
      expect(error.top).to.be.at.least($(el, '.tools')!.getBoundingClientRect().bottom - 1);
      expect($(el, '[part="send"]')!.getBoundingClientRect().top).to.be.at.least(error.bottom - 1);
    });
  });

  describe('<hd-ticket-peek>', () => {
    it('the pinned customer history keeps its whole frame; a long card scrolls inside it', async () => {
      await setViewport({ width: 1280, height: 900 });
      const { peek } = await mountPeek({ open: true, ticketId: DEMO_IDS.vpnTicket });
      await waitUntil(
        () =>
          peek.shadowRoot!.querySelector('hd-customer-history')?.shadowRoot?.querySelector('li'),
        'no pinned card',
      );
      const pin = peek.shadowRoot!.querySelector<HTMLElement>('hd-customer-history')!;
      const card = pin.shadowRoot!.querySelector<HTMLElement>('[part="card"]')!;
      const frame = card.getBoundingClientRect();
      const box = pin.getBoundingClientRect();
      expect(frame.top).to.be.at.least(box.top - 0.5);
      expect(frame.bottom, 'the bottom border shows').to.be.at.most(box.bottom + 0.5);
      expect(card.scrollHeight, 'this card is taller than the pin').to.be.greaterThan(
        card.clientHeight,
      );
      expect(getComputedStyle(card).overflowY).to.equal('auto');
      peek.hide();
    });

    it('on a short screen (1280×800, German) Send fits under the conversation without scrolling', async () => {
      await setViewport({ width: 1280, height: 800 });
      const { peek } = await mountPeek({ open: true, ticketId: DEMO_IDS.agentChannelTicket });
      peek.lang = 'de';
      const shadow = peek.shadowRoot!;
      const composer = shadow.querySelector('hd-composer')!;
      await waitUntil(
        () => composer.shadowRoot!.querySelector('[part="send"]')?.textContent?.includes('senden'),
        'no German composer',
      );
      await new Promise((r) => requestAnimationFrame(r));
      const footer = shadow.querySelector<HTMLElement>('[part="footer"]')!.getBoundingClientRect();
      const send = composer.shadowRoot!.querySelector('[part="send"]')!.getBoundingClientRect();
      expect(send.bottom, 'Send is cut off').to.be.at.most(footer.bottom + 0.5);
      expect(
        shadow.querySelector('[part="thread"]')!.getBoundingClientRect().height,
      ).to.be.at.least(240);
      peek.hide();
      peek.removeAttribute('lang');
    });

    it('a growing composer and open notes never squeeze the conversation: the composer scrolls', async () => {
      await setViewport({ width: 1280, height: 900 });
      const { peek } = await mountPeek({ open: true, ticketId: DEMO_IDS.agentChannelTicket });
      const shadow = peek.shadowRoot!;
      const rect = (sel: string) => shadow.querySelector(sel)!.getBoundingClientRect();
      await waitUntil(() => shadow.querySelector('hd-customer-history'), 'no pinned card');
      const before = rect('hd-peek-thread').height;
      expect(before, 'the conversation starts tall').to.be.greaterThan(240);

      // an AI draft (the suggestion preview), then the internal notes
      const composer = shadow.querySelector('hd-composer')!;
      await composer.updateComplete;
      button(composer.shadowRoot!, /Draft/).click();
      await waitUntil(() => composer.shadowRoot!.querySelector('[part="assist"]'), 'no suggestion');
      button(shadow, /^Internal notes/).click();
      await peek.updateComplete;
      await new Promise((r) => requestAnimationFrame(r));

      const main = rect('.main');
      const pane = rect('[part="thread"]');
      const thread = rect('hd-peek-thread');
      expect(
        pane.height / main.height,
        'the conversation pane keeps half the column',
      ).to.be.at.least(0.49);
      // several messages stay readable below the pinned card (the pane gives up no more than
      // half the column, so that on a short screen Send still fits under the conversation)
      expect(thread.height, 'the messages below the pinned card stay readable').to.be.at.least(160);
      expect(thread.top).to.be.at.least(rect('hd-customer-history').bottom - 0.5);
      // the composer area scrolls on its own, and everything in it stays reachable
      const footer = shadow.querySelector<HTMLElement>('[part="footer"]')!;
      expect(footer.scrollHeight).to.be.greaterThan(footer.clientHeight);
      expect(footer.getBoundingClientRect().bottom).to.be.at.most(main.bottom + 0.5);
      const send = composer.shadowRoot!.querySelector<HTMLElement>('[part="send"]')!;
      send.scrollIntoView({ block: 'nearest' });
      const sendBox = send.getBoundingClientRect();
      expect(sendBox.bottom).to.be.at.most(footer.getBoundingClientRect().bottom + 0.5);
      expect(sendBox.top).to.be.at.least(footer.getBoundingClientRect().top - 0.5);
      peek.hide();
    });

    it('at 1280px a related ticket’s subject gets two lines in the context column before it is cut', async () => {
      await setViewport({ width: 1280, height: 800 });
      const { peek } = await mountPeek({ open: true, ticketId: DEMO_IDS.agentChannelTicket });
      const card = () => peek.shadowRoot!.querySelector('hd-peek-related-card')?.shadowRoot;
      await waitUntil(() => card()?.querySelector('.subject'), 'no related card');
      const subjects = [...card()!.querySelectorAll<HTMLElement>('.subject')];
      expect(subjects.length).to.be.at.least(3);
      const lineHeight = parseFloat(getComputedStyle(subjects[0]).lineHeight);
      const whole = (s: HTMLElement) =>
        s.scrollHeight <= s.clientHeight + 1 && s.scrollWidth <= s.clientWidth + 1;
      for (const s of subjects) {
        expect(s.getBoundingClientRect().height, s.title).to.be.at.most(2 * lineHeight + 1);
        // a subject of up to 40 characters fits in two lines of the ~20rem column
        if (s.title.length <= 40) expect(whole(s), `${s.title} is cut`).to.equal(true);
      }
      expect(subjects.filter((s) => s.title.length <= 40)).to.not.have.length(0);
      peek.hide();
    });

    it('on a 1280×800 screen the note confirmation and the Add note button stay in view', async () => {
      const { peek, composer, croot, footer } = await peekComposerAt1280();
      [...croot.querySelectorAll<HTMLElement>('[role="tab"]')]
        .find((t) => t.textContent!.includes('Internal note'))!
        .click();
      await composer.updateComplete;
      const ta = croot.querySelector<HTMLTextAreaElement>('textarea.message')!;
      ta.value = 'checked the logs, nothing new';
      ta.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await composer.updateComplete;
      // the agent scrolled up to read what they typed; the result line makes the area scroll
      footer.scrollTop = 0;
      const send = croot.querySelector<HTMLButtonElement>('[part="send"]')!;
      send.click();
      const confirmation = croot.querySelector<HTMLElement>('[part="confirmation"]')!;
      await waitUntil(() => confirmation.textContent!.includes('Internal note added'), 'no note');
      await waitUntil(
        () => within(send, footer) && within(confirmation, footer),
        'Add note or the result is cut off',
      );
      expect(footer.scrollHeight, 'the composer area scrolls').to.be.greaterThan(
        footer.clientHeight,
      );
      peek.hide();
    });

    it('on a 1280×800 screen an AI draft and its Accept button are scrolled into view', async () => {
      const { peek, croot, footer } = await peekComposerAt1280();
      button(croot, /Draft/).click();
      const preview = () => croot.querySelector<HTMLElement>('[part="assist"]');
      await waitUntil(() => preview()?.querySelector('.assist-text'), 'no suggestion');
      await waitUntil(() => within(preview()!, footer), 'the suggestion is not wholly in view');
      expect(within(button(croot, 'Accept')!, footer), 'Accept is cut off').to.equal(true);
      expect(button(croot, 'Accept')!.getBoundingClientRect().bottom).to.be.at.most(
        window.innerHeight,
      );
      peek.hide();
    });

    it('at 375px the panel is one column: a tall conversation, the composer under it, all scrolling', async () => {
      await setViewport({ width: 375, height: 800 });
      const { peek } = await mountPeek({ open: true, ticketId: DEMO_IDS.agentChannelTicket });
      const shadow = peek.shadowRoot!;
      const pane = shadow.querySelector('[part="thread"]')!.getBoundingClientRect();
      const footer = shadow.querySelector('[part="footer"]')!.getBoundingClientRect();
      const context = shadow.querySelector('[part="context"]')!.getBoundingClientRect();
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
      expect(pane.height, 'the conversation keeps at least 18rem').to.be.at.least(18 * rem - 1);
      expect(footer.top).to.be.at.least(pane.bottom - 0.5);
      expect(context.top, 'the context stack comes after, not beside').to.be.at.least(
        footer.bottom - 0.5,
      );
      const body = shadow.querySelector<HTMLElement>('.body')!;
      expect(body.scrollHeight).to.be.greaterThan(body.clientHeight);
      peek.hide();
    });

    it('context cards of one kind side by side get distinct region names from `label`', async () => {
      const el = await fixture<HTMLElement>(
        html`<div>
          <hd-peek-sla-card
            label="T-1008"
            .sla=${{ firstResponseDueAt: iso(40 * MIN) }}
          ></hd-peek-sla-card>
          <hd-peek-sla-card
            label="T-1012"
            .sla=${{ firstResponseDueAt: iso(-25 * MIN) }}
          ></hd-peek-sla-card>
          <hd-peek-sla-card .sla=${{ firstResponseDueAt: iso(90 * MIN) }}></hd-peek-sla-card>
        </div>`,
      );
      const cards = [...el.querySelectorAll<HTMLElement>('hd-peek-sla-card')];
      await Promise.all(
        cards.map((c) => (c as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete),
      );
      const names = cards.map((c) => nameOf(c.shadowRoot!.querySelector('section')!));
      expect(names).to.deep.equal(['SLA T-1008', 'SLA T-1012', 'SLA']);
      // the words are in the name only: the heading still reads "SLA"
      expect(cards[0].shadowRoot!.querySelector('h3')!.textContent).to.equal('SLA');
      await expect(el).to.be.accessible();
    });
  });
});
