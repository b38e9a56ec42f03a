import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { HdTicketPeek } from '../src/components/ticket-peek/peek.js';
import type { AdapterListener } from '../src/adapter/types.js';
import { NO_ADAPTER_MESSAGE } from '../src/components/base/hd-element.js';
import { THEMES } from '../src/tokens/themes.js';
import {
  DEMO_IDS,
  button,
  callCount,
  deepActiveElement,
  demoAdapter,
  loaded,
  mountPeek,
  nameOf,
  region,
  text,
  threadLoaded,
} from './peek-helpers.js';

const shiftTab = async () => {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
};
const dialogOf = (peek: HdTicketPeek) => peek.shadowRoot!.querySelector('dialog')!;
const inside = (peek: HdTicketPeek, el: Element | null) => {
  let node: Node | null = el;
  while (node) {
    if (node === peek) return true;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return false;
};

describe('<hd-ticket-peek>', () => {
  afterEach(async () => {
    await setViewport({ width: 1280, height: 800 });
  });

  describe('open and close', () => {
    it('show() opens a modal dialog labelled by the subject, fires hd-peek-open and moves focus in', async () => {
      const { peek, opener } = await mountPeek();
      opener.focus();
      const opened = oneEvent(peek, 'hd-peek-open');
      peek.show(DEMO_IDS.printerTicket);
      expect((await opened).detail.ticketId).to.equal(DEMO_IDS.printerTicket);
      await loaded(peek);

      const dialog = dialogOf(peek);
      expect(dialog.matches(':modal')).to.equal(true);
      expect(dialog.localName).to.equal('dialog');
      expect(dialog.getAttribute('role')).to.equal('dialog');
      expect(dialog.getAttribute('aria-modal')).to.equal('true');
      const title = peek.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!);
      expect(text(title)).to.equal('Printer on 3rd floor offline');
      expect(peek.hasAttribute('open')).to.equal(true);
      expect(inside(peek, deepActiveElement())).to.equal(true);
      expect(deepActiveElement()).to.equal(button(peek.shadowRoot!, 'Close'));
    });

    it('the Close button closes with reason "close" and focus returns to the opener', async () => {
      const { peek, opener } = await mountPeek({ open: true });
      const closed = oneEvent(peek, 'hd-peek-close');
      button(peek.shadowRoot!, 'Close').click();
      expect((await closed).detail.reason).to.equal('close');
      await peek.updateComplete;
      expect(dialogOf(peek).open).to.equal(false);
      expect(peek.open).to.equal(false);
      expect(document.activeElement).to.equal(opener);
    });

    it('a click on the scrim closes with reason "scrim"', async () => {
      const { peek, opener } = await mountPeek({ open: true });
      const closed = oneEvent(peek, 'hd-peek-close');
      // the panel is inset on the right; the far left of the viewport is scrim
      await sendMouse({ type: 'click', position: [8, 400] });
      expect((await closed).detail.reason).to.equal('scrim');
      expect(document.activeElement).to.equal(opener);
    });

    it('a click inside the panel does not close it', async () => {
      const { peek } = await mountPeek({ open: true });
      const title = peek.shadowRoot!.querySelector('#peek-title')!;
      const r = title.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(r.left + 5), Math.round(r.top + 5)] });
      await peek.updateComplete;
      expect(peek.open).to.equal(true);
    });

    it('Escape closes with reason "escape" and focus returns to the opener', async () => {
      const { peek, opener } = await mountPeek({ open: true });
      const closed = oneEvent(peek, 'hd-peek-close');
      await sendKeys({ press: 'Escape' });
      expect((await closed).detail.reason).to.equal('escape');
      expect(document.activeElement).to.equal(opener);
    });

    it('hide() closes with reason "api"; removing the open attribute does too', async () => {
      const { peek } = await mountPeek({ open: true });
      let closed = oneEvent(peek, 'hd-peek-close');
      peek.hide();
      expect((await closed).detail).to.deep.equal({ reason: 'api', ticketId: DEMO_IDS.vpnTicket });

      peek.show();
      await loaded(peek);
      closed = oneEvent(peek, 'hd-peek-close');
      peek.removeAttribute('open');
      expect((await closed).detail.reason).to.equal('api');
    });

    it('the page behind does not scroll while open and gets its own overflow back', async () => {
      document.documentElement.style.overflow = 'auto';
      try {
        const { peek } = await mountPeek({ open: true });
        expect(getComputedStyle(document.documentElement).overflow).to.equal('hidden');
        peek.hide();
        await peek.updateComplete;
        expect(document.documentElement.style.overflow).to.equal('auto');
      } finally {
        document.documentElement.style.overflow = '';
      }
    });

    it('the open attribute alone opens it (declarative use)', async () => {
      const adapter = demoAdapter();
      const el = await fixture<HTMLElement>(
        html`<hd-provider .adapter=${adapter}>
          <hd-ticket-peek ticket-id=${DEMO_IDS.printerTicket} open></hd-ticket-peek>
        </hd-provider>`,
      );
      const peek = el.querySelector('hd-ticket-peek')!;
      await loaded(peek);
      expect(dialogOf(peek).matches(':modal')).to.equal(true);
      peek.hide();
    });

    it('switching tickets quickly shows the last one and aborts the earlier load', async () => {
      const adapter = demoAdapter({ latencyMs: 40 });
      const { peek } = await mountPeek({ adapter });
      peek.show(DEMO_IDS.printerTicket);
      await peek.updateComplete;
      peek.show(DEMO_IDS.htmlEmailTicket);
      await loaded(peek, 'Phishing email — I clicked the link');
      const first = adapter.calls.find(
        (c) => c.method === 'getTicket' && c.args[0] === DEMO_IDS.printerTicket,
      )!;
      expect((first.args[1] as { signal: AbortSignal }).signal.aborted).to.equal(true);
      // and nothing of the first ticket shows up later
      await new Promise((r) => setTimeout(r, 120));
      expect(text(peek.shadowRoot!.querySelector('#peek-title'))).to.equal(
        'Phishing email — I clicked the link',
      );
    });

    it('shows a loading skeleton while the ticket loads', async () => {
      const adapter = demoAdapter({ latencyMs: 400 });
      const { peek } = await mountPeek({ adapter });
      peek.show();
      await peek.updateComplete;
      const status = peek.shadowRoot!.querySelector('[part="loading"][role="status"]');
      expect(text(status)).to.equal('Loading ticket…');
      expect(peek.shadowRoot!.querySelectorAll('.bone').length).to.be.greaterThan(2);
      await loaded(peek);
      expect(peek.shadowRoot!.querySelector('[part="loading"]')).to.equal(null);
    });

    it('shows the adapter error with Retry, and Retry loads the ticket', async () => {
      const adapter = demoAdapter({
        failures: { methods: ['getTicket'], code: 'network', message: 'Backend unreachable' },
      });
      const { peek } = await mountPeek({ adapter });
      peek.show();
      await waitUntil(() => peek.shadowRoot!.querySelector('[role="alert"]'));
      expect(text(peek.shadowRoot!.querySelector('[role="alert"]'))).to.contain(
        'Backend unreachable',
      );
      adapter.setFailures(undefined);
      button(peek.shadowRoot!, 'Retry').click();
      await loaded(peek, 'VPN drops every 10 minutes');
    });

    it('without any adapter it shows the inline error, not a blank panel', async () => {
      const el = await fixture<HdTicketPeek>(html`<hd-ticket-peek ticket-id="x"></hd-ticket-peek>`);
      el.show();
      await el.updateComplete;
      const alert = el.shadowRoot!.querySelector('[role="alert"]');
      expect(text(alert)).to.equal(NO_ADAPTER_MESSAGE);
      expect(button(el.shadowRoot!, 'Close')).to.exist;
      el.hide();
    });

    it('works with its own .adapter and inside a host shadow root (focus returns there)', async () => {
      const adapter = demoAdapter();
      const host = document.createElement('div');
      document.body.append(host);
      const shadow = host.attachShadow({ mode: 'open' });
      shadow.innerHTML = `<button id="open">Open</button><hd-ticket-peek></hd-ticket-peek>`;
      const peek = shadow.querySelector('hd-ticket-peek')!;
      peek.adapter = adapter;
      const openButton = shadow.querySelector<HTMLButtonElement>('#open')!;
      openButton.focus();
      peek.show(DEMO_IDS.printerTicket);
      await loaded(peek, 'Printer on 3rd floor offline');
      expect(dialogOf(peek).matches(':modal')).to.equal(true);
      const closed = oneEvent(peek, 'hd-peek-close');
      await sendKeys({ press: 'Escape' });
      expect((await closed).detail.reason).to.equal('escape');
      expect(shadow.activeElement).to.equal(openButton);
      host.remove();
    });

    it('activating a related ticket switches the peek; a cancelled hd-ticket-open keeps it', async () => {
      const { peek, root } = await mountPeek({ open: true, ticketId: DEMO_IDS.adaOpenTicket });
      const related = region(peek, 'Related tickets')!;
      const first = related.querySelector('button')!;
      const subject = text(first.querySelector('.subject'));

      const veto = (e: Event) => e.preventDefault();
      root.addEventListener('hd-ticket-open', veto, { once: true });
      first.click();
      await new Promise((r) => setTimeout(r));
      await peek.updateComplete;
      expect(peek.ticketId).to.equal(DEMO_IDS.adaOpenTicket);

      const switched = oneEvent(peek, 'hd-peek-open');
      first.click();
      const { detail } = await switched;
      expect(detail.ticketId).to.not.equal(DEMO_IDS.adaOpenTicket);
      await loaded(peek, subject);
      expect(deepActiveElement(), 'focus stays in the dialog').to.equal(
        button(peek.shadowRoot!, 'Close'),
      );
    });

    it('subscribes while open and unsubscribes on close and on disconnect', async () => {
      const adapter = demoAdapter();
      const active = new Set<AdapterListener>();
      const subscribe = adapter.subscribe.bind(adapter);
      adapter.subscribe = (listener) => {
        active.add(listener);
        const off = subscribe(listener);
        return () => {
          active.delete(listener);
          off();
        };
      };
      const { peek } = await mountPeek({ adapter });
      expect(active.size).to.equal(0);
      peek.show();
      await loaded(peek);
      expect(active.size).to.equal(1);
      peek.hide();
      await peek.updateComplete;
      expect(active.size).to.equal(0);
      peek.show();
      await loaded(peek);
      expect(active.size).to.equal(1);
      peek.remove();
      expect(active.size).to.equal(0);
      expect(document.documentElement.style.overflow).to.equal('');
    });
  });

  describe('focus trap', () => {
    it('Tab walks every control once (into the composer shadow root) and wraps; Shift+Tab reverses', async () => {
      const { peek } = await mountPeek({ open: true });
      await threadLoaded(peek);
      const close = button(peek.shadowRoot!, 'Close');
      expect(deepActiveElement()).to.equal(close);
      const seen: Element[] = [];
      for (let i = 0; i < 80; i++) {
        await sendKeys({ press: 'Tab' });
        const active = deepActiveElement()!;
        expect(inside(peek, active), `Tab ${i} left the dialog`).to.equal(true);
        if (active === close) break;
        seen.push(active);
      }
      expect(deepActiveElement(), 'Tab from the last control wraps to the first').to.equal(close);
      const composer = peek.shadowRoot!.querySelector('hd-composer')!;
      expect(
        seen.some((el) => el.getRootNode() === composer.shadowRoot),
        'into the composer',
      ).to.equal(true);
      const names = seen.map(nameOf);
      for (const name of ['Status: open', 'Internal notes (2)', 'Start session']) {
        expect(names, `reaches "${name}"`).to.include(name);
      }
      expect(new Set(seen).size, 'no control is visited twice').to.equal(seen.length);

      await shiftTab();
      expect(deepActiveElement(), 'Shift+Tab from the first goes to the last').to.equal(
        seen[seen.length - 1],
      );
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(close);
    });
  });

  describe('layout', () => {
    const box = (peek: HdTicketPeek, part: string) =>
      peek.shadowRoot!.querySelector(`[part~="${part}"]`)!.getBoundingClientRect();

    it('puts the thread left and the context stack right on a wide panel', async () => {
      await setViewport({ width: 1280, height: 800 });
      const { peek } = await mountPeek({ open: true });
      const thread = box(peek, 'thread');
      const context = box(peek, 'context');
      expect(context.left).to.be.at.least(thread.right - 1);
      expect(thread.width).to.be.greaterThan(context.width);
      expect(Math.abs(context.top - thread.top)).to.be.lessThan(2);
    });

    it('stacks into one column when the viewport makes the panel narrower than 680px', async () => {
      await setViewport({ width: 640, height: 800 });
      const { peek } = await mountPeek({ open: true });
      expect(box(peek, 'panel').width).to.be.lessThan(680);
      const main = peek.shadowRoot!.querySelector('.main')!.getBoundingClientRect();
      const context = box(peek, 'context');
      expect(context.top).to.be.at.least(main.bottom - 1);
      expect(Math.abs(context.left - main.left)).to.be.lessThan(2);
    });

    it('stacks in a narrow host region on a wide viewport (a container query, not a media query)', async () => {
      await setViewport({ width: 1280, height: 800 });
      const adapter = demoAdapter();
      const el = await fixture<HTMLElement>(
        html`<hd-provider .adapter=${adapter} style="--hd-peek-width: 560px">
          <hd-ticket-peek></hd-ticket-peek>
        </hd-provider>`,
      );
      const peek = el.querySelector('hd-ticket-peek')!;
      peek.show(DEMO_IDS.vpnTicket);
      await loaded(peek);
      expect(Math.round(box(peek, 'panel').width)).to.equal(560);
      const main = peek.shadowRoot!.querySelector('.main')!.getBoundingClientRect();
      expect(box(peek, 'context').top).to.be.at.least(main.bottom - 1);

      el.style.setProperty('--hd-peek-width', '900px');
      await waitUntil(() => box(peek, 'context').top < main.bottom - 1);
      expect(box(peek, 'context').left).to.be.at.least(box(peek, 'thread').right - 1);
      peek.hide();
    });
  });

  describe('accessibility', () => {
    for (const theme of THEMES) {
      it(`passes axe in the ${theme} theme (loaded ticket, notes open, popover open)`, async () => {
        const adapter = demoAdapter();
        const el = await fixture<HTMLElement>(
          html`<hd-provider .adapter=${adapter} data-theme=${theme}>
            <hd-ticket-peek></hd-ticket-peek>
          </hd-provider>`,
        );
        const peek = el.querySelector('hd-ticket-peek')!;
        peek.show(DEMO_IDS.htmlEmailTicket);
        await loaded(peek);
        await threadLoaded(peek);
        button(peek.shadowRoot!, /^Internal notes/).click();
        await peek.updateComplete;
        expect(callCount(adapter, 'getTicketContext')).to.equal(1);
        await expect(peek).to.be.accessible();
        button(peek.shadowRoot!, /^Status:/).click();
        await waitUntil(() => peek.shadowRoot!.querySelector('hd-peek-picker')!.isOpen);
        await expect(peek).to.be.accessible();
        peek.hide();
      });
    }

    it('passes axe while loading and in the error state', async () => {
      const slow = demoAdapter({ latencyMs: 2000 });
      const { peek } = await mountPeek({ adapter: slow });
      peek.show();
      await peek.updateComplete;
      await expect(peek).to.be.accessible();
      peek.hide();

      const failing = demoAdapter({
        failures: { methods: ['getTicketContext'], code: 'forbidden' },
      });
      const second = await mountPeek({ adapter: failing });
      second.peek.show();
      await waitUntil(() => second.peek.shadowRoot!.querySelector('[role="alert"]'));
      await expect(second.peek).to.be.accessible();
      second.peek.hide();
    });
  });
});
