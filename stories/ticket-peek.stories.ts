import { html, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { createDemoData, DEMO_IDS } from '../src/mocks/demo-data.js';
import {
  REMOTE_SESSION_STATUSES,
  type RemoteSession,
  type RemoteSessionStatus,
  type TicketContext,
} from '../src/adapter/types.js';
import '../src/components/provider/define.js';
import '../src/components/ticket-peek/define.js';
import type { HdTicketPeek } from '../src/components/ticket-peek/peek.js';
import {
  dataControls,
  memoryAdapter,
  memoryParams,
  type DataArgs,
  type StoryDataOptions,
} from './helpers.js';

/**
 * `<hd-ticket-peek>`: the slide-out for working one ticket. A modal dialog (top layer, inert
 * page, focus trapped and returned) with the identity header and its inline-edit popovers, the
 * live thread with the composer under it, and the context stack. Close it with the scrim,
 * Escape or "Close" (`hd-peek-close {reason}`); reopen with the story's "Open the peek" button.
 */
const meta: Meta<DataArgs> = {
  title: 'Elements/Ticket peek',
  component: 'hd-ticket-peek',
  parameters: {
    layout: 'fullscreen',
    // every story opens a modal dialog: give each its own iframe on the docs page
    docs: {
      story: { inline: false, iframeHeight: 760 },
      description: {
        component:
          'Two panes (thread left, context right) that stack into one column when the panel is ' +
          'narrower than 680px — a container query, so `--hd-peek-width` in a narrow host region ' +
          'collapses it too. Every write goes through the ActionExecutor with origin `peek`; a ' +
          'failed change reverts and shows the adapter message. Email HTML is rendered only ' +
          'through the DOMPurify sanitizer (remote images wait for "Load remote images").',
      },
    },
  },
};
export default meta;

type Story = StoryObj<DataArgs>;

/** Demo data generated for the real clock, so SLA countdowns and timers read naturally. */
const live = (options: StoryDataOptions & { longThread?: number } = {}): StoryDataOptions => {
  const { longThread, ...rest } = options;
  return { data: createDemoData({ now: new Date(), longThread }), ...rest };
};

/** The open peek on a ticket, plus a button that reopens it after closing. */
function peek(ticketId: string, style = ''): TemplateResult {
  const reopen = (e: Event) =>
    ((e.target as HTMLElement).nextElementSibling as HdTicketPeek).show(ticketId);
  return html`<div style="padding:1rem;${style}">
    <button type="button" class="hd-button" @click=${reopen}>Open the peek</button>
    <hd-ticket-peek ticket-id=${ticketId} open></hd-ticket-peek>
  </div>`;
}

// ---- the whole peek ----------------------------------------------------------------------

/** Urgent ticket with a breached SLA, a running timer, a linked laptop and related tickets. */
export const Default: Story = {
  ...dataControls(),
  parameters: memoryParams(live()),
  render: () => peek(DEMO_IDS.vpnTicket),
};

/** A phishing email: HTML through the sanitizer, remote images blocked until the agent allows them. */
export const HtmlEmail: Story = {
  parameters: memoryParams(live()),
  render: () => peek(DEMO_IDS.htmlEmailTicket),
};

/** A message sourced through the RMM agent over mTLS ("via agent (mTLS)"). */
export const AgentChannel: Story = {
  parameters: memoryParams(live()),
  render: () => peek(DEMO_IDS.agentChannelTicket),
};

/** Unassigned and at risk (warned): "Take ownership" is offered. */
export const UnassignedAtRisk: Story = {
  parameters: memoryParams(live()),
  render: () => peek(DEMO_IDS.printerTicket),
};

/** Without the customer-history pin (`customerHistoryPin` off). */
export const WithoutCustomerHistoryPin: Story = {
  parameters: memoryParams(live(), { customerHistoryPin: false }),
  render: () => peek(DEMO_IDS.adaOpenTicket),
};

/** 2,000 items: one page loads, older pages come as you scroll up. */
export const LongThread: Story = {
  parameters: memoryParams(live({ longThread: 2000 })),
  render: () => peek(DEMO_IDS.longThreadTicket),
};

/**
 * Other people at work (every 2 s): customer messages, "… is viewing / typing…" presence and
 * summary refreshes arrive in place — the draft and the scroll position stay.
 */
export const LiveUpdates: Story = {
  parameters: memoryParams(live({ liveFeedMs: 2000 })),
  render: () => peek(DEMO_IDS.vpnTicket),
};

/** Every header edit fails: the value shows, reverts, and the adapter message appears. */
export const FailingEdits: Story = {
  parameters: memoryParams(
    live({
      latencyMs: 400,
      failures: {
        methods: ['updateTicket'],
        code: 'conflict',
        message: 'Ticket was changed by someone else',
      },
    }),
  ),
  render: () => peek(DEMO_IDS.vpnTicket),
};

/** The panel in a narrow host region (`--hd-peek-width: 560px`): one stacked column. */
export const NarrowPanel: Story = {
  parameters: memoryParams(live()),
  render: () => peek(DEMO_IDS.vpnTicket, '--hd-peek-width: 560px'),
};

/** The loading skeleton (the adapter never answers). */
export const Loading: Story = {
  parameters: memoryParams(live({ latencyMs: 24 * 3600_000 })),
  render: () => peek(DEMO_IDS.vpnTicket),
};

/** The ticket cannot be loaded: the adapter's message and Retry. */
export const LoadError: Story = {
  parameters: memoryParams(
    live({
      failures: {
        methods: ['getTicket'],
        code: 'network',
        message: 'Network error. Check your connection and try again.',
      },
    }),
  ),
  render: () => peek(DEMO_IDS.vpnTicket),
};

/** No adapter anywhere: the inline error, never a blank panel. */
export const NoAdapter: Story = {
  render: () => peek(DEMO_IDS.vpnTicket),
};

/**
 * A ticket without SLA targets and a context without any card data: every card is left out and
 * the pane says "No further context for this ticket."
 */
export const EmptyContext: Story = {
  render: () => {
    const adapter = memoryAdapter(live());
    const getTicket = adapter.getTicket.bind(adapter);
    adapter.getTicket = async (id, opts) => ({ ...(await getTicket(id, opts)), sla: {} });
    adapter.getTicketContext = async (): Promise<TicketContext> => ({ sla: {}, related: [] });
    return html`<hd-provider .adapter=${adapter}>${peek(DEMO_IDS.adaOpenTicket)}</hd-provider>`;
  },
};

// ---- remote sessions -----------------------------------------------------------------------

const startSession = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const peekEl = await waitFor(() => canvasElement.querySelector('hd-ticket-peek'));
  const card = await waitFor(() => peekEl.shadowRoot?.querySelector('hd-peek-remote-card'));
  const start = await waitFor(() =>
    [...(card.shadowRoot?.querySelectorAll('button') ?? [])].find(
      (b) => b.textContent?.trim() === 'Start session',
    ),
  );
  start.click();
};

/** Start session → awaiting consent → the customer accepts after 3 s (Remote desktop / Shell enable). */
export const RemoteSessionAccepted: Story = {
  parameters: memoryParams(live({ remoteSession: { consentAfterMs: 3000, outcome: 'active' } })),
  render: () => peek(DEMO_IDS.remoteSessionTicket),
  play: startSession,
};

/** The customer denies the session. */
export const RemoteSessionDenied: Story = {
  parameters: memoryParams(live({ remoteSession: { consentAfterMs: 3000, outcome: 'denied' } })),
  render: () => peek(DEMO_IDS.remoteSessionTicket),
  play: startSession,
};

/** Nobody answers: the consent request expires. */
export const RemoteSessionExpired: Story = {
  parameters: memoryParams(live({ remoteSession: { consentAfterMs: 3000, outcome: 'expired' } })),
  render: () => peek(DEMO_IDS.remoteSessionTicket),
  play: startSession,
};

/** Every state of the Remote actions card, side by side (each card's session is scripted). */
export const RemoteSessionStates: Story = {
  parameters: { layout: 'padded' },
  render: () => {
    const states: (RemoteSessionStatus | 'none')[] = ['none', ...REMOTE_SESSION_STATUSES];
    const cards = states.map((status) => {
      const adapter = memoryAdapter(live());
      if (status !== 'none') {
        const session: RemoteSession = {
          id: `rs-${status}`,
          status,
          ticketId: DEMO_IDS.remoteSessionTicket,
        };
        adapter.startRemoteSession = async () => session;
        adapter.getRemoteSession = async () => session;
      }
      return html`<div>
        <p class="label">${status}</p>
        <hd-peek-remote-card
          label=${status}
          .adapter=${adapter}
          ticket-id=${DEMO_IDS.remoteSessionTicket}
          data-status=${status}
        ></hd-peek-remote-card>
      </div>`;
    });
    return grid(cards);
  },
  play: async ({ canvasElement }) => {
    const cards = await waitFor(() => {
      const all = canvasElement.querySelectorAll('hd-peek-remote-card:not([data-status="none"])');
      return all.length ? all : undefined;
    });
    for (const card of cards) {
      await (card as HTMLElement & { start(): Promise<void> }).start();
    }
  },
};

// ---- the cards, state by state -------------------------------------------------------------

const MIN = 60_000;
const at = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();

function grid(items: TemplateResult[]): TemplateResult {
  return html`<style>
      .cards {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(20rem, 1fr));
        gap: 1rem;
        align-items: start;
      }
      .label {
        margin: 0 0 0.25rem;
        font: 0.75rem var(--hd-font-mono);
        color: var(--hd-color-text-quiet);
      }
    </style>
    <div class="cards">${items}</div>`;
}

const labelled = (label: string, card: TemplateResult) =>
  html`<div>
    <p class="label">${label}</p>
    ${card}
  </div>`;

/** SLA: on track, at risk (warned), breached, first response stamped, clock stopped. */
export const SlaStates: Story = {
  parameters: { layout: 'padded' },
  render: () =>
    grid([
      labelled(
        'on track',
        html`<hd-peek-sla-card
          label="on track"
          .sla=${{ firstResponseDueAt: at(40 * MIN), resolutionDueAt: at(8 * 60 * MIN) }}
        ></hd-peek-sla-card>`,
      ),
      labelled(
        'at risk (warned), seconds ticking',
        html`<hd-peek-sla-card
          label="at risk (warned), seconds ticking"
          .sla=${{ firstResponseDueAt: at(12 * MIN), resolutionDueAt: at(90 * MIN), warnedAt: at(-MIN) }}
        ></hd-peek-sla-card>`,
      ),
      labelled(
        'breached',
        html`<hd-peek-sla-card
          label="breached"
          .sla=${{ firstResponseDueAt: at(-25 * MIN), resolutionDueAt: at(60 * MIN) }}
        ></hd-peek-sla-card>`,
      ),
      labelled(
        'first response stamped',
        html`<hd-peek-sla-card
          label="first response stamped"
          .sla=${{ firstResponseDueAt: at(-60 * MIN), firstResponseAt: at(-90 * MIN), resolutionDueAt: at(5 * 60 * MIN) }}
        ></hd-peek-sla-card>`,
      ),
      labelled(
        'resolved (clock stopped)',
        html`<hd-peek-sla-card
          label="resolved (clock stopped)"
          status="resolved"
          .sla=${{ firstResponseAt: at(-3 * 60 * MIN), resolutionDueAt: at(-MIN) }}
        ></hd-peek-sla-card>`,
      ),
    ]),
};

/** Linked asset: healthy, under pressure (warning / danger bars), failing compliance. */
export const AssetStates: Story = {
  parameters: { layout: 'padded' },
  render: () =>
    grid([
      labelled(
        'healthy',
        html`<hd-peek-asset-card
          label="healthy"
          .asset=${{
            id: 'a1',
            name: 'MBP-ADA-01',
            os: 'macOS 15.2',
            cpu: 12,
            ram: 48,
            disk: 35,
            compliance: [
              { label: 'FileVault', ok: true },
              { label: 'Patches current', ok: true },
            ],
          }}
        ></hd-peek-asset-card>`,
      ),
      labelled(
        'under pressure, non-compliant',
        html`<hd-peek-asset-card
          label="under pressure, non-compliant"
          .asset=${{
            id: 'a2',
            name: 'SRV-FS01',
            os: 'Windows Server 2019',
            cpu: 93,
            ram: 81,
            disk: 97,
            compliance: [
              { label: 'Antivirus', ok: false },
              { label: 'Backup', ok: false },
              { label: 'BitLocker', ok: true },
            ],
          }}
        ></hd-peek-asset-card>`,
      ),
    ]),
};

/** RMM-Sentinel: secure, at risk, compromised. */
export const SentinelStates: Story = {
  parameters: { layout: 'padded' },
  render: () =>
    grid([
      labelled(
        'secure',
        html`<hd-peek-sentinel-card
          label="secure"
          .sentinel=${{ posture: 'secure', findings: [] }}
        ></hd-peek-sentinel-card>`,
      ),
      labelled(
        'at risk',
        html`<hd-peek-sentinel-card
          label="at risk"
          .sentinel=${{ posture: 'at_risk', findings: ['3 pending cumulative updates'] }}
        ></hd-peek-sentinel-card>`,
      ),
      labelled(
        'compromised',
        html`<hd-peek-sentinel-card
          label="compromised"
          .sentinel=${{
            posture: 'compromised',
            findings: [
              'Outbound connection to a known phishing domain',
              'Unsigned process running from Downloads',
            ],
          }}
        ></hd-peek-sentinel-card>`,
      ),
    ]),
};

/** AI summary: fresh and older ("Updated N min ago" keeps itself current). */
export const SummaryStates: Story = {
  parameters: { layout: 'padded' },
  render: () =>
    grid([
      labelled(
        'just updated',
        html`<hd-peek-summary-card
          label="just updated"
          .summary=${{ text: 'VPN drops every 10 minutes since client 4.2.1; update pending.', updatedAt: at(0) }}
        ></hd-peek-summary-card>`,
      ),
      labelled(
        '14 minutes old',
        html`<hd-peek-summary-card
          label="14 minutes old"
          .summary=${{ text: 'Customer confirmed the workaround helps.', updatedAt: at(-14 * MIN) }}
        ></hd-peek-summary-card>`,
      ),
    ]),
};

/** Time + contract: running timer (Start / Stop with an adapter), logged entries, contract only. */
export const TimeStates: Story = {
  parameters: { layout: 'padded' },
  render: () => {
    const adapter = memoryAdapter(live());
    return grid([
      labelled(
        'timer running (toggles through the adapter)',
        html`<hd-peek-time-card
          label="timer running (toggles through the adapter)"
          .adapter=${adapter}
          ticket-id=${DEMO_IDS.vpnTicket}
          .time=${{
            runningSince: at(-4 * MIN),
            entries: [
              {
                id: 'e1',
                agentName: 'Sam Rivera',
                minutes: 45,
                note: 'Remote fix',
                at: at(-120 * MIN),
              },
            ],
          }}
          .contract=${{ name: 'Managed services', billing: '40 h / month', hoursIncluded: 40, hoursUsed: 31 }}
        ></hd-peek-time-card>`,
      ),
      labelled(
        'no timer, nothing logged',
        html`<hd-peek-time-card
          label="no timer, nothing logged"
          .adapter=${adapter}
          ticket-id=${DEMO_IDS.printerTicket}
          .time=${{ entries: [] }}
        ></hd-peek-time-card>`,
      ),
      labelled(
        'contract only, hours used up',
        html`<hd-peek-time-card
          label="contract only, hours used up"
          .contract=${{ name: 'Break-fix', billing: 'Billed per hour', hoursIncluded: 10, hoursUsed: 10 }}
        ></hd-peek-time-card>`,
      ),
    ]);
  },
};

/** Related tickets (activating one fires `hd-ticket-open`; in the peek it switches ticket). */
export const RelatedTickets: Story = {
  parameters: { layout: 'padded' },
  render: () => {
    const data = createDemoData({ now: new Date() });
    const related = data.tickets.slice(0, 4);
    return grid([
      labelled(
        'related',
        html`<hd-peek-related-card label="related" .related=${related}></hd-peek-related-card>`,
      ),
    ]);
  },
};

/** Resolves once `get()` returns something (polls; stories have no test helpers). */
async function waitFor<T>(get: () => T | null | undefined, timeout = 5000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = get();
    if (value) return value;
    if (Date.now() - started > timeout) throw new Error('waitFor timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}
