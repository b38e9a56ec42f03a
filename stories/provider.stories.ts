import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { DEMO_IDS } from '../src/mocks/demo-data.js';
import '../src/components/provider/define.js';
import '../src/components/inbox/define.js';
import '../src/components/customer-history/define.js';
import { dataControls, memoryParams, mswParams, type DataArgs } from './helpers.js';

/**
 * `<hd-provider>` hands the data adapter, the signed-in agent, feature flags and the state store
 * to every hd-* element inside it. It renders nothing of its own (`display: contents`).
 */
const meta: Meta<DataArgs> = {
  title: 'Elements/Provider',
  component: 'hd-provider',
  parameters: {
    docs: {
      description: {
        component:
          'Wrap the cockpit elements in `<hd-provider>` and set its `.adapter` once. ' +
          'Flags: `feature-agent-inbox` (default off) and `feature-customer-history-pin` (default on).',
      },
    },
  },
};
export default meta;

type Story = StoryObj<DataArgs>;

/** Without an adapter every element says so inline instead of rendering a blank box. */
export const NoAdapter: Story = {
  name: 'No adapter',
  render: () =>
    html`<hd-provider feature-agent-inbox>
      <hd-inbox></hd-inbox>
    </hd-provider>`,
};

/** With the `agentInbox` flag off the inbox shows the host's legacy queue from its `legacy` slot. */
export const AgentInboxFlagOff: Story = {
  name: 'agentInbox flag off (legacy slot)',
  render: () =>
    html`<hd-provider>
      <hd-inbox>
        <div slot="legacy">
          <h2>Legacy queue</h2>
          <p>The host's old ticket list stays here until the agent inbox is switched on.</p>
        </div>
      </hd-inbox>
    </hd-provider>`,
};

/** The provider's memory adapter feeds a customer-history card; try the latency control. */
export const MemoryAdapter: Story = {
  name: 'Memory adapter',
  ...dataControls({ latencyMs: 400 }),
  parameters: memoryParams(),
  render: () =>
    html`<hd-customer-history customer-id=${DEMO_IDS.adaCustomerId}></hd-customer-history>`,
};

/**
 * Same card over HTTP: the REST adapter talks to the mock REST API, answered by msw in a service worker.
 * Raise `failureRate` to see the error state with its Retry button.
 */
export const RestAdapterOverMsw: Story = {
  name: 'REST adapter (msw)',
  ...dataControls({ latencyMs: 600 }),
  parameters: mswParams(),
  render: () =>
    html`<hd-customer-history customer-id=${DEMO_IDS.adaCustomerId}></hd-customer-history>`,
};

/** Every call fails: the element shows the adapter's message and a Retry button. */
export const RestAdapterFailing: Story = {
  name: 'REST adapter (msw), every call failing',
  ...dataControls({ latencyMs: 300, failureRate: 1 }),
  parameters: mswParams(),
  render: () =>
    html`<hd-customer-history customer-id=${DEMO_IDS.adaCustomerId}></hd-customer-history>`,
};
