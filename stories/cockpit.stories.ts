import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/cockpit/define.js';
import type { HdCockpit } from '../src/components/cockpit/cockpit.js';
import { createDemoData, DEMO_IDS } from '../src/mocks/demo-data.js';
import { createMemoryStore } from '../src/model/state-store.js';
import { dataControls, memoryParams, type DataArgs, type StoryDataOptions } from './helpers.js';

/**
 * `<hd-cockpit>`: the inbox and the ticket peek wired together in one tag, with their own
 * provider (here it takes the adapter of the story's `<hd-provider>`). Activating a row opens
 * the peek, unless a host listener cancels `hd-ticket-open`.
 */
const meta: Meta<DataArgs> = {
  title: 'Elements/Cockpit',
  component: 'hd-cockpit',
  parameters: {
    layout: 'padded',
    // the peek is a modal dialog: each story in its own iframe on the docs page
    docs: { story: { inline: false, iframeHeight: 760 } },
  },
};
export default meta;

type Story = StoryObj<DataArgs>;

/** Demo data generated for the real clock, so SLA flags and relative times read naturally. */
const live = (options: StoryDataOptions = {}): StoryDataOptions => ({
  data: () => createDemoData({ now: new Date() }),
  ...options,
});

// every story starts without a remembered selection or draft
const cockpit = () =>
  html`<hd-cockpit feature-agent-inbox .store=${createMemoryStore()}></hd-cockpit>`;

/** The agent's home screen: "My open" with counts; a row opens the peek. */
export const Default: Story = {
  ...dataControls(),
  parameters: memoryParams(live()),
  render: cockpit,
};

/** A ticket opened from the inbox: the peek slides out over it. */
export const TicketOpen: Story = {
  parameters: memoryParams(live()),
  render: cockpit,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<HdCockpit>('hd-cockpit')!;
    await el.updateComplete;
    el.openTicket(DEMO_IDS.vpnTicket);
  },
};

/** The agent inbox switched off: the host's old queue (the `legacy` slot) shows instead. */
export const AgentInboxOff: Story = {
  parameters: memoryParams(live(), { agentInbox: false }),
  render: () =>
    html`<hd-cockpit feature-agent-inbox="false" .store=${createMemoryStore()}>
      <div slot="legacy">
        <h2>Legacy queue</h2>
        <p>The host's old ticket list stays here until the agent inbox is switched on.</p>
      </div>
    </hd-cockpit>`,
};

/** In German (`lang="de"` on the cockpit): every text from the German table, dates by `Intl`. */
export const German: Story = {
  parameters: memoryParams(live()),
  render: () =>
    html`<hd-cockpit lang="de" feature-agent-inbox .store=${createMemoryStore()}></hd-cockpit>`,
};

/** Right-to-left (`dir="rtl"`): the layout mirrors; the peek slides in from the left. */
export const RightToLeft: Story = {
  parameters: memoryParams(live()),
  render: () =>
    html`<hd-cockpit dir="rtl" feature-agent-inbox .store=${createMemoryStore()}></hd-cockpit>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<HdCockpit>('hd-cockpit')!;
    await el.updateComplete;
    el.openTicket(DEMO_IDS.vpnTicket);
  },
};
