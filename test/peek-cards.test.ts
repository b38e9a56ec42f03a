import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { HdTicketPeek } from '../src/components/ticket-peek/peek.js';
import type { HdPeekRemoteCard } from '../src/components/ticket-peek/cards/remote-card.js';
import type { HdPeekSlaCard } from '../src/components/ticket-peek/cards/sla-card.js';
import type { HdPeekTimeCard } from '../src/components/ticket-peek/cards/time-card.js';
import type { HdPeekSummaryCard } from '../src/components/ticket-peek/cards/summary-card.js';
import type { HdActionExecutedEvent, HdRemoteActionEvent } from '../src/events/index.js';
import type { MemoryAdapter } from '../src/adapter/memory/index.js';
import type { HelpdeskAdapter, TicketContext } from '../src/adapter/types.js';
import {
  DEMO_IDS,
  button,
  buttons,
  callCount,
  demoAdapter,
  loaded,
  mountPeek,
  nameOf,
  region,
  text,
} from './peek-helpers.js';

const MIN = 60_000;
const iso = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();
const card = <T extends Element>(peek: HdTicketPeek, tag: string) =>
  peek.shadowRoot!.querySelector(tag) as T | null;

/** The context of a ticket, as the peek got it. */
const contextOf = (adapter: MemoryAdapter, id: string) =>
  adapter.getTicketContext(id) as Promise<TicketContext>;

/** A demo ticket id whose context lacks `key` (for "hidden when there is no data"). */
async function ticketWithout(adapter: MemoryAdapter, key: keyof TicketContext): Promise<string> {
  for (const t of adapter.snapshot().tickets) {
    const ctx = await contextOf(adapter, t.id);
    const value = ctx[key];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) return t.id;
  }
  throw new Error(`no demo ticket without ${key}`);
}

describe('<hd-ticket-peek> context cards', () => {
  describe('SLA', () => {
    it('shows first response and resolution targets, breached state and the stamped response', async () => {
      const { peek } = await mountPeek({ open: true, ticketId: DEMO_IDS.vpnTicket });
      const sla = region(peek, 'SLA')!;
      expect(sla).to.exist;
      expect(text(sla)).to.contain('Breached');
      expect(text(sla.querySelector('[data-target="resolution"]'))).to.match(/^Overdue by /);
      expect(text(sla.querySelector('[data-target="first-response"]'))).to.contain('Responded');
    });

    it('shows "At risk" for a warned ticket and a pending first response', async () => {
      const { peek } = await mountPeek({ open: true, ticketId: DEMO_IDS.printerTicket });
      const sla = region(peek, 'SLA')!;
      expect(text(sla.querySelector('[part="state"]'))).to.contain('At risk');
      expect(text(sla.querySelector('[data-target="first-response"]'))).to.match(/^Pending /);
    });

    it('counts down every second from its data, without refetching', async () => {
      const el = await fixture<HdPeekSlaCard>(
        html`<hd-peek-sla-card
          .sla=${{ resolutionDueAt: iso(2 * MIN + 30_000), firstResponseDueAt: iso(-MIN) }}
          status="open"
        ></hd-peek-sla-card>`,
      );
      const timer = () =>
        text(el.shadowRoot!.querySelector('[data-target="resolution"] [role="timer"]'));
      const first = timer();
      expect(first).to.match(/^Due in 2m (29|30)s$/);
      expect(text(el.shadowRoot!.querySelector('[part="state"]'))).to.contain('Breached');
      await waitUntil(() => timer() !== first, 'the countdown did not tick', { timeout: 2500 });
      expect(timer()).to.match(/^Due in 2m 2\ds$/);
      expect(el.clock.running).to.equal(true);
      el.remove();
      expect(el.clock.running, 'no timer survives the card').to.equal(false);
    });

    it('stops the clock for a resolved ticket, and is hidden without targets', async () => {
      const el = await fixture<HdPeekSlaCard>(
        html`<hd-peek-sla-card
          .sla=${{ resolutionDueAt: iso(-MIN) }}
          status="resolved"
        ></hd-peek-sla-card>`,
      );
      expect(text(el.shadowRoot!.querySelector('[part="state"]'))).to.equal('Clock stopped');
      expect(el.clock.running).to.equal(false);
      el.sla = {};
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('section')).to.equal(null);
    });
  });

  describe('Linked asset and RMM-Sentinel', () => {
    it('shows the asset tiles (bar + text), compliance pills and the compromised posture', async () => {
      const { peek, adapter } = await mountPeek({ open: true, ticketId: DEMO_IDS.htmlEmailTicket });
      const { asset, sentinel } = await contextOf(adapter, DEMO_IDS.htmlEmailTicket);
      const assetCard = region(peek, 'Linked asset')!;
      expect(text(assetCard)).to.contain(asset!.name);
      for (const metric of ['cpu', 'ram', 'disk'] as const) {
        const tile = assetCard.querySelector(`[data-metric="${metric}"]`)!;
        expect(text(tile.querySelector('.tile-value'))).to.equal(`${Math.round(asset![metric])}%`);
        const bar = tile.querySelector<HTMLElement>('.bar > span')!;
        const track = tile.querySelector<HTMLElement>('.bar')!;
        const ratio = bar.getBoundingClientRect().width / track.clientWidth;
        expect(ratio).to.be.closeTo(asset![metric] / 100, 0.05);
      }
      const pills = [...assetCard.querySelectorAll('.pills li')].map(text);
      const failing = asset!.compliance.find((c) => !c.ok)!;
      expect(pills).to.include(`✕${failing.label}: failing`);

      const sentinelCard = region(peek, 'RMM-Sentinel')!;
      expect(sentinel!.posture).to.equal('compromised');
      expect(text(sentinelCard.querySelector('[part="posture"]'))).to.contain('Compromised');
      expect(sentinelCard.querySelectorAll('.findings li').length).to.equal(
        sentinel!.findings.length,
      );
    });

    it('shows each posture as text', async () => {
      const el = await fixture(html`<hd-peek-sentinel-card></hd-peek-sentinel-card>`);
      const posture = el as HTMLElement & { sentinel: unknown; updateComplete: Promise<unknown> };
      for (const [value, label] of [
        ['secure', 'Secure'],
        ['at_risk', 'At risk'],
        ['compromised', 'Compromised'],
      ]) {
        posture.sentinel = { posture: value, findings: [] };
        await posture.updateComplete;
        expect(text(el.shadowRoot!.querySelector('[part="posture"]'))).to.contain(label);
      }
      expect(text(el.shadowRoot!.querySelector('.findings'))).to.equal('No findings.');
    });

    it('hides the asset, sentinel and remote cards cleanly for a ticket without a device', async () => {
      const adapter = demoAdapter();
      const id = await ticketWithout(adapter, 'asset');
      const { peek } = await mountPeek({ adapter, open: true, ticketId: id });
      expect(region(peek, 'Linked asset')).to.equal(undefined);
      expect(region(peek, 'RMM-Sentinel')).to.equal(undefined);
      expect(region(peek, 'Remote actions')).to.equal(undefined);
      expect(card(peek, 'hd-peek-asset-card')).to.equal(null);
    });
  });

  describe('AI summary', () => {
    it('shows the text and "Updated N min ago", and updates in place from summary.updated', async () => {
      const { peek, adapter } = await mountPeek({ open: true, ticketId: DEMO_IDS.vpnTicket });
      adapter.emit({
        type: 'summary.updated',
        ticketId: DEMO_IDS.vpnTicket,
        summary: { text: 'VPN client bug; update pending.', updatedAt: iso(-5 * MIN) },
      });
      await peek.updateComplete;
      const summary = region(peek, 'AI summary')!;
      const element = card<HdPeekSummaryCard>(peek, 'hd-peek-summary-card')!;
      expect(text(summary.querySelector('.text'))).to.equal('VPN client bug; update pending.');
      expect(text(summary.querySelector('.updated'))).to.equal('Updated 5 min ago');
      const calls = callCount(adapter, 'getTicketContext');
      adapter.emit({
        type: 'summary.updated',
        ticketId: DEMO_IDS.vpnTicket,
        summary: { text: 'Fixed by client 4.3.', updatedAt: iso(0) },
      });
      await peek.updateComplete;
      expect(card(peek, 'hd-peek-summary-card')).to.equal(element);
      expect(text(region(peek, 'AI summary')!.querySelector('.text'))).to.equal(
        'Fixed by client 4.3.',
      );
      expect(text(region(peek, 'AI summary')!.querySelector('.updated'))).to.equal(
        'Updated just now',
      );
      expect(callCount(adapter, 'getTicketContext')).to.equal(calls);
    });

    it('is hidden when the ticket has no summary', async () => {
      const adapter = demoAdapter();
      const id = await ticketWithout(adapter, 'summary');
      const { peek } = await mountPeek({ adapter, open: true, ticketId: id });
      expect(region(peek, 'AI summary')).to.equal(undefined);
    });
  });

  describe('Time + contract', () => {
    it('shows the running timer ticking, logged entries and the contract', async () => {
      const el = await fixture<HdPeekTimeCard>(
        html`<hd-peek-time-card
          .time=${{
            runningSince: iso(-65_000),
            entries: [
              {
                id: 'e1',
                agentName: 'Sam Rivera',
                minutes: 90,
                note: 'Remote fix',
                at: iso(-3600_000),
              },
            ],
          }}
          .contract=${{ name: 'Managed services', billing: '40 h / month', hoursIncluded: 40, hoursUsed: 12 }}
        ></hd-peek-time-card>`,
      );
      const clock = () => text(el.shadowRoot!.querySelector('.clock'));
      const first = clock();
      expect(first).to.match(/^0:01:0[5-6]$/);
      await waitUntil(() => clock() !== first, 'the timer did not tick', { timeout: 2500 });
      const body = text(el.shadowRoot!.querySelector('section'));
      expect(body).to.contain('Logged · 1h 30m');
      expect(body).to.contain('Sam Rivera');
      expect(body).to.contain('Managed services');
      expect(body).to.contain('12 of 40 h used');
      // no adapter with toggleTimer: no Start/Stop button
      expect(el.shadowRoot!.querySelector('button')).to.equal(null);
      el.remove();
      expect(el.clock.running).to.equal(false);
    });

    it('Stop / Start timer go through adapter.toggleTimer (origin peek) and update in place', async () => {
      const { peek, adapter } = await mountPeek({ open: true, ticketId: DEMO_IDS.vpnTicket });
      const time = region(peek, 'Time + contract')!;
      expect(time.querySelector('[role="timer"]')).to.exist;
      const entries = time.querySelectorAll('.entry').length;
      const executed = oneEvent(peek, 'hd-action-executed') as Promise<HdActionExecutedEvent>;
      button(time, 'Stop timer').click();
      expect((await executed).detail).to.include({
        action: 'toggle_timer',
        origin: 'peek',
        ok: true,
      });
      await waitUntil(() => buttons(region(peek, 'Time + contract')!, 'Start timer').length === 1);
      const after = region(peek, 'Time + contract')!;
      expect(after.querySelector('[role="timer"]')).to.equal(null);
      expect(after.querySelectorAll('.entry').length).to.equal(entries + 1);
      button(after, 'Start timer').click();
      await waitUntil(() => region(peek, 'Time + contract')!.querySelector('[role="timer"]'));
      expect(callCount(adapter, 'toggleTimer')).to.equal(2);
    });

    it('shows the adapter message when toggling fails', async () => {
      const adapter = demoAdapter({
        failures: { methods: ['toggleTimer'], code: 'forbidden', message: 'Timers are locked' },
      });
      const { peek } = await mountPeek({ adapter, open: true, ticketId: DEMO_IDS.vpnTicket });
      button(region(peek, 'Time + contract')!, 'Stop timer').click();
      await waitUntil(() => region(peek, 'Time + contract')!.querySelector('[role="alert"]'));
      expect(text(region(peek, 'Time + contract')!.querySelector('[role="alert"]'))).to.equal(
        'Timers are locked',
      );
      expect(button(region(peek, 'Time + contract')!, 'Stop timer')).to.exist;
    });
  });

  describe('Related tickets', () => {
    it('lists the related tickets as buttons', async () => {
      const { peek, adapter } = await mountPeek({ open: true, ticketId: DEMO_IDS.adaOpenTicket });
      const { related } = await contextOf(adapter, DEMO_IDS.adaOpenTicket);
      const list = region(peek, 'Related tickets')!;
      expect([...list.querySelectorAll('button')].map(nameOf)).to.deep.equal(
        related.map((t) => `#${t.number} ${t.subject} ${t.status}`),
      );
    });

    it('is hidden when there are none', async () => {
      const adapter = demoAdapter();
      const getContext = adapter.getTicketContext.bind(adapter);
      adapter.getTicketContext = async (id, opts) => ({
        ...(await getContext(id, opts)),
        related: [],
      });
      const { peek } = await mountPeek({ adapter, open: true, ticketId: DEMO_IDS.adaOpenTicket });
      expect(region(peek, 'Related tickets')).to.equal(undefined);
      expect(card(peek, 'hd-peek-related-card')).to.equal(null);
    });
  });
});

describe('<hd-ticket-peek> remote session', () => {
  const POLL = 40;

  async function openRemote(adapter: MemoryAdapter) {
    const mounted = await mountPeek({
      adapter,
      open: true,
      ticketId: DEMO_IDS.remoteSessionTicket,
    });
    const remote = card<HdPeekRemoteCard>(mounted.peek, 'hd-peek-remote-card')!;
    remote.pollInterval = POLL;
    return { ...mounted, remote };
  }
  const status = (remote: HdPeekRemoteCard) =>
    remote.shadowRoot!.querySelector('[part="session-status"]')?.getAttribute('data-status');

  for (const outcome of ['active', 'denied', 'expired'] as const) {
    it(`Start session → awaiting consent → ${outcome}, followed by polling getRemoteSession`, async () => {
      const adapter = demoAdapter({ remoteSession: { consentAfterMs: 150, outcome } });
      // polling alone must carry the state: no subscribe
      (adapter as { subscribe?: HelpdeskAdapter['subscribe'] }).subscribe = undefined;
      const { peek, remote } = await openRemote(adapter);
      const changes: string[] = [];
      peek.addEventListener('hd-remote-session-change', (e) =>
        changes.push(e.detail.session.status),
      );
      const executed = oneEvent(peek, 'hd-action-executed') as Promise<HdActionExecutedEvent>;
      button(remote.shadowRoot!, 'Start session').click();
      expect((await executed).detail).to.include({
        action: 'start_remote_session',
        origin: 'peek',
        ok: true,
      });
      await waitUntil(() => status(remote) === 'awaiting_consent');
      expect(text(remote.shadowRoot!.querySelector('[role="status"]'))).to.equal(
        'Waiting for the customer to consent…',
      );
      expect(button(remote.shadowRoot!, 'Start session').disabled).to.equal(true);
      await waitUntil(() => status(remote) === outcome, `never reached ${outcome}`, {
        timeout: 2000,
      });
      expect(callCount(adapter, 'getRemoteSession')).to.be.greaterThan(0);
      expect(changes).to.deep.equal(['awaiting_consent', outcome]);
      const desktop = button(remote.shadowRoot!, 'Remote desktop');
      expect(desktop.disabled).to.equal(outcome !== 'active');
      if (outcome === 'active') {
        const launched = oneEvent(peek, 'hd-remote-action') as Promise<HdRemoteActionEvent>;
        button(remote.shadowRoot!, 'Shell').click();
        expect((await launched).detail.tool).to.equal('shell');
        expect(remote.polling, 'an active session is still followed').to.equal(true);
      } else {
        expect(remote.polling, 'a finished session is not polled').to.equal(false);
        expect(button(remote.shadowRoot!, 'Start session').disabled).to.equal(false);
      }
      peek.hide();
    });
  }

  it('follows session.updated events too', async () => {
    const adapter = demoAdapter({ remoteSession: { consentAfterMs: 60, outcome: 'denied' } });
    const { remote } = await openRemote(adapter);
    remote.pollInterval = 60_000; // only the event can move it within the test
    button(remote.shadowRoot!, 'Start session').click();
    await waitUntil(() => status(remote) === 'awaiting_consent');
    await waitUntil(() => status(remote) === 'denied', 'session.updated not applied', {
      timeout: 2000,
    });
    expect(text(remote.shadowRoot!.querySelector('[role="status"]'))).to.equal(
      'The customer denied the session.',
    );
  });

  it('shows the adapter message when the session cannot start', async () => {
    const adapter = demoAdapter({
      failures: { methods: ['startRemoteSession'], code: 'unavailable', message: 'Agent offline' },
    });
    const { remote } = await openRemote(adapter);
    button(remote.shadowRoot!, 'Start session').click();
    await waitUntil(() => remote.shadowRoot!.querySelector('[role="alert"]'));
    expect(text(remote.shadowRoot!.querySelector('[role="alert"]'))).to.equal('Agent offline');
    expect(remote.polling).to.equal(false);
  });

  const closePaths: [string, (peek: HdTicketPeek) => Promise<void>][] = [
    ['the Close button', async (peek) => button(peek.shadowRoot!, 'Close').click()],
    ['the scrim', async () => sendMouse({ type: 'click', position: [8, 400] })],
    [
      'Escape',
      async (peek) => {
        button(peek.shadowRoot!, 'Close').focus();
        await sendKeys({ press: 'Escape' });
      },
    ],
    ['hide()', async (peek) => peek.hide()],
    ['switching to another ticket', async (peek) => peek.show(DEMO_IDS.printerTicket)],
    ['removing the element', async (peek) => peek.remove()],
  ];

  for (const [path, close] of closePaths) {
    it(`closing mid-consent by ${path} tears the polling down (no timer survives)`, async () => {
      const adapter = demoAdapter({ remoteSession: { consentAfterMs: 60_000 } });
      const { peek, remote } = await openRemote(adapter);
      const timeouts = new Set<number>();
      const realSet = window.setTimeout;
      const realClear = window.clearTimeout;
      const spySet = ((fn: () => void, ms?: number) => {
        if (ms !== POLL) return realSet(fn, ms);
        const id = realSet(() => {
          timeouts.delete(id);
          fn();
        }, ms);
        timeouts.add(id);
        return id;
      }) as typeof window.setTimeout;
      const spyClear = ((id?: number) => {
        if (id !== undefined) timeouts.delete(id);
        realClear(id);
      }) as typeof window.clearTimeout;
      window.setTimeout = spySet;
      window.clearTimeout = spyClear;
      try {
        button(remote.shadowRoot!, 'Start session').click();
        await waitUntil(() => callCount(adapter, 'getRemoteSession') >= 2, 'not polling');
        expect(status(remote)).to.equal('awaiting_consent');
        await close(peek);
        await peek.updateComplete;
        expect(remote.isConnected).to.equal(false);
        expect(remote.polling).to.equal(false);
        expect(timeouts.size, 'a poll timer is still pending').to.equal(0);
        const calls = callCount(adapter, 'getRemoteSession');
        await new Promise((r) => realSet(r, POLL * 5));
        expect(callCount(adapter, 'getRemoteSession'), 'polling went on').to.equal(calls);
        // every poll timer that was scheduled was cleared or has fired: none is pending
        await new Promise((r) => realSet(r, POLL * 2));
        expect(callCount(adapter, 'getRemoteSession')).to.equal(calls);
      } finally {
        window.setTimeout = realSet;
        window.clearTimeout = realClear;
        adapter.dispose();
      }
      if (peek.isConnected && peek.open) {
        await loaded(peek);
        peek.hide();
      }
    });
  }
});
