import { html } from 'lit';
import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/provider/define.js';
import '../src/components/inbox/define.js';
import type { HdInbox } from '../src/components/inbox/inbox.js';
import { createMemoryAdapter, type MemoryAdapter } from '../src/adapter/memory/index.js';
import { createDemoData, DEMO_IDS } from '../src/mocks/demo-data.js';
import { createMemoryStore } from '../src/model/state-store.js';
import type { Flags } from '../src/model/flags.js';
import {
  dataControls,
  memoryAdapter,
  withDataArgs,
  type DataArgs,
  type StoryDataOptions,
} from './helpers.js';

/**
 * `<hd-inbox>`, the agent home screen: view chips with live counts (built-in views, then the
 * agent's saved views), a page of tickets, a selection that survives paging, view switches
 * and reloads, and audited bulk actions. Keyboard: `j`/`k` or arrows, `x`/Space, Shift+x,
 * Enter, `n` (next unread), `/` (view chips), `?` (help).
 *
 * The demo data is generated for the current time so relative times and SLA flags read right.
 */
interface InboxArgs extends DataArgs {
  view: string;
  pageSize: number;
}

const meta: Meta<InboxArgs> = {
  title: 'Elements/Inbox',
  component: 'hd-inbox',
  decorators: [(story, context) => withLiveData(story, context)],
  args: { view: 'my_open', pageSize: 10 },
  argTypes: {
    view: {
      control: 'select',
      options: ['my_open', 'unassigned', 'overdue', 'high_priority', 'all_open', 'saved:sv-vpn'],
    },
    pageSize: { name: 'page-size', control: { type: 'number', min: 1, max: 200 } },
  },
  render: ({ view, pageSize }) => html`<hd-inbox view=${view} page-size=${pageSize}></hd-inbox>`,
  parameters: {
    docs: {
      description: {
        component:
          'Needs an adapter (`<hd-provider>` or `.adapter`) and the `agentInbox` flag. ' +
          'Listen for `hd-ticket-open` to open a ticket (cancelable), `hd-view-change`, ' +
          '`hd-selection-change`, `hd-action-executed` and `hd-bulk-action-started/completed`.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<InboxArgs>;

/** Demo data relative to now (the memory adapter's clock starts at `data.now`). */
const liveData = (tickets = 60) => createDemoData({ now: Date.now(), tickets });

/** What a story asks {@link withLiveData} for (kept small: parameters travel to the manager). */
interface LiveDataParameters {
  options?: Omit<StoryDataOptions, 'data'>;
  flags?: Partial<Flags>;
  tickets?: number;
}

const params = (
  options: LiveDataParameters['options'] = {},
  flags?: Partial<Flags>,
  tickets = 60,
) => ({ inbox: { options, flags, tickets } satisfies LiveDataParameters });

const adapters = new Map<string, { key: string; adapter: MemoryAdapter }>();
const flagSets = new Map<string, Partial<Flags>>();

/**
 * Wraps a story in `<hd-provider>` with a memory adapter over demo data made for the current
 * time, built when the story is first shown (and again when its data controls change).
 */
const withLiveData: Decorator<InboxArgs> = (story, context) => {
  const live = context.parameters.inbox as LiveDataParameters | undefined;
  if (!live) return story();
  const key = JSON.stringify([context.args.latencyMs, context.args.failureRate]);
  let entry = adapters.get(context.id);
  if (!entry || entry.key !== key) {
    entry?.adapter.dispose();
    const options = withDataArgs({ ...live.options, data: liveData(live.tickets) }, context.args);
    entry = { key, adapter: memoryAdapter(options) };
    adapters.set(context.id, entry);
  }
  const flagsKey = JSON.stringify(live.flags ?? {});
  if (!flagSets.has(flagsKey)) flagSets.set(flagsKey, { agentInbox: true, ...live.flags });
  const flags = flagSets.get(flagsKey);
  return html`<hd-provider .adapter=${entry.adapter} .flags=${flags}>${story()}</hd-provider>`;
};

/** The inbox over the demo data; try the latency and failure controls. */
export const Default: Story = {
  ...dataControls({ latencyMs: 150 }),
  parameters: params({ liveFeedMs: 6000 }),
};

/** All open tickets, including the backend's saved views as chips after the built-ins. */
export const AllOpen: Story = {
  name: 'All open',
  args: { view: 'all_open' },
  parameters: params(),
};

/** The first page is on its way: a skeleton, not a blank box. */
export const Loading: Story = {
  parameters: params({ latencyMs: 1_000_000 }),
};

/** A view with nothing in it. */
export const Empty: Story = {
  args: { view: 'by_tag:nothing-has-this-tag' },
  parameters: params(),
};

/** The backend fails: the adapter's message and a Retry button. */
export const AdapterFailure: Story = {
  name: 'Error',
  parameters: params({
    failures: { methods: ['listTickets'], code: 'network', message: 'The helpdesk is unreachable' },
  }),
};

/**
 * Five tickets selected (a persisted selection); closing them fails for one: the footer says
 * "Bulk close: 4 ok, 1 failed" with the ticket number and the adapter's message.
 */
export const PartialBulkFailure: Story = {
  name: 'Partial bulk failure',
  render: ({ view, pageSize }) => {
    const data = liveData();
    const adapter = createMemoryAdapter({
      data,
      failures: {
        methods: ['updateTicket'],
        ticketIds: [DEMO_IDS.printerTicket],
        code: 'conflict',
        message: 'Ticket was changed by someone else',
      },
    });
    // a selection persisted earlier: the printer ticket and four other open ones
    const open = data.tickets.filter((t) => t.status === 'open' || t.status === 'pending');
    const picked = [
      ...open.filter((t) => t.id !== DEMO_IDS.printerTicket).slice(0, 4),
      open.find((t) => t.id === DEMO_IDS.printerTicket)!,
    ];
    const store = createMemoryStore();
    store.set(`selection:${data.meId}`, {
      ids: picked.map((t) => t.id),
      numbers: Object.fromEntries(picked.map((t) => [t.id, t.number])),
    });
    return html`<hd-provider feature-agent-inbox .adapter=${adapter} .store=${store}>
      <hd-inbox view=${view === 'my_open' ? 'all_open' : view} page-size=${pageSize}></hd-inbox>
    </hd-provider>`;
  },
  play: async ({ canvasElement }) => {
    const inbox = canvasElement.querySelector<HdInbox>('hd-inbox')!;
    const closeButton = await new Promise<HTMLButtonElement>((resolve) => {
      const look = () => {
        const found = [...(inbox.shadowRoot?.querySelectorAll('button') ?? [])].find(
          (b) => b.textContent?.trim() === 'Close',
        );
        if (found) resolve(found);
        else setTimeout(look, 50);
      };
      look();
    });
    closeButton.click();
  },
};

/** No adapter anywhere: the inline error instead of a blank box. */
export const NoAdapter: Story = {
  name: 'No adapter',
  render: () => html`<hd-provider feature-agent-inbox><hd-inbox></hd-inbox></hd-provider>`,
};

/** `agentInbox` off: the host's legacy queue from the `legacy` slot, and no adapter calls. */
export const FlagOff: Story = {
  name: 'Flag off (legacy slot)',
  parameters: params({}, { agentInbox: false }),
  render: () =>
    html`<hd-inbox>
      <div slot="legacy">
        <h2>Legacy queue</h2>
        <p>The old ticket list stays here until the agent inbox is switched on.</p>
      </div>
    </hd-inbox>`,
};

/** `agentInbox` off and nothing slotted: a short notice. */
export const FlagOffNotice: Story = {
  name: 'Flag off (notice)',
  parameters: params({}, { agentInbox: false }),
};

/** 10,000 open tickets: only the page is rendered; paging and view switches stay instant. */
export const ManyTickets: Story = {
  name: 'Many tickets (10,000)',
  args: { view: 'all_open', pageSize: 25 },
  parameters: params({}, undefined, 10_000),
};

/** A phone-sized container: contact and time move under the subject. */
export const Narrow: Story = {
  parameters: params(),
  render: ({ view, pageSize }) =>
    html`<div style="max-width: 360px">
      <hd-inbox view=${view} page-size=${pageSize}></hd-inbox>
    </div>`,
};

/** The dark theme (any ancestor's `data-theme` picks it). */
export const Dark: Story = {
  parameters: params(),
  render: ({ view, pageSize }) =>
    html`<div data-theme="dark" style="padding: 1rem; background: var(--hd-color-page)">
      <hd-inbox view=${view} page-size=${pageSize}></hd-inbox>
    </div>`,
};
