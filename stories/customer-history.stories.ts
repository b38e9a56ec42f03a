import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { DEMO_IDS } from '../src/mocks/demo-data.js';
import type { CustomerHistory } from '../src/adapter/types.js';
import '../src/components/provider/define.js';
import '../src/components/customer-history/define.js';
import { customerHistoryText } from '../src/components/customer-history/render.js';
import { dataControls, memoryParams, type DataArgs } from './helpers.js';
import { ADA_HISTORY } from '../src/mocks/demo-data.js';

/**
 * `<hd-customer-history>`: the customer card. Give it `.history` (no adapter needed) or a
 * `customer-id` to load it through `getCustomerHistory`. The same data also renders as plain text
 * with `customerHistoryText()` for chat and bot channels.
 */
const meta: Meta<DataArgs> = {
  title: 'Elements/Customer history',
  component: 'hd-customer-history',
  parameters: {
    docs: {
      description: {
        component:
          'Compact by default (three last tickets); `variant="full"` lists all. Activating a ' +
          'last ticket dispatches the cancelable `hd-ticket-open`.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<DataArgs>;

const ada = ADA_HISTORY;

const busy: CustomerHistory = {
  id: 'c-7781',
  name: 'Northwind Dental Group',
  vip: false,
  ticketsTotal: 12_480,
  ticketsClosed: 12_377,
  csatAvg: 4.25,
  firstResponseMs: (3 * 60 + 5) * 60_000,
  lastTickets: [
    { id: 'a', number: 4411, subject: 'Phones: voicemail to email not working', status: 'pending' },
    { id: 'b', number: 4409, subject: 'New hire laptop for reception', status: 'open' },
    { id: 'c', number: 4398, subject: 'Printer on 3rd floor offline', status: 'resolved' },
    { id: 'd', number: 4390, subject: 'Backup job failed on SRV-FS01', status: 'closed' },
    { id: 'e', number: 4381, subject: 'M365 license renewal quote', status: 'closed' },
  ],
};

const log = (e: Event) => console.info('hd-ticket-open', (e as CustomEvent).detail);

export const Compact: Story = {
  name: 'Compact (VIP)',
  render: () =>
    html`<hd-customer-history .history=${ada} @hd-ticket-open=${log}></hd-customer-history>`,
};

export const Full: Story = {
  name: 'Full variant, huge counts',
  render: () => html`<hd-customer-history variant="full" .history=${busy}></hd-customer-history>`,
};

export const CompactManyTickets: Story = {
  name: 'Compact with "+N more"',
  render: () => html`<hd-customer-history .history=${busy}></hd-customer-history>`,
};

export const RegularCustomer: Story = {
  name: 'Regular customer, no ratings',
  render: () =>
    html`<hd-customer-history
      .history=${{ ...ada, name: 'Bob', vip: false, csatAvg: undefined, firstResponseMs: undefined }}
    ></hd-customer-history>`,
};

export const NoTickets: Story = {
  name: 'No tickets yet',
  render: () =>
    html`<hd-customer-history
      .history=${{
        id: '9',
        name: 'New Co',
        vip: false,
        ticketsTotal: 0,
        ticketsClosed: 0,
        lastTickets: [],
      }}
    ></hd-customer-history>`,
};

export const UntrustedName: Story = {
  name: 'Untrusted name (rendered as text)',
  render: () =>
    html`<hd-customer-history
      .history=${{ ...ada, name: '<img src=x onerror=alert(1)> Mallory' }}
    ></hd-customer-history>`,
};

export const FromAdapter: Story = {
  name: 'Loaded by customer-id',
  ...dataControls({ latencyMs: 400 }),
  parameters: memoryParams(),
  render: () =>
    html`<hd-customer-history customer-id=${DEMO_IDS.adaCustomerId}></hd-customer-history>`,
};

export const Loading: Story = {
  ...dataControls({ latencyMs: 600_000 }),
  parameters: memoryParams(),
  render: () =>
    html`<hd-customer-history customer-id=${DEMO_IDS.adaCustomerId}></hd-customer-history>`,
};

export const LoadError: Story = {
  name: 'Error (Retry)',
  parameters: memoryParams({
    failures: { methods: ['getCustomerHistory'], code: 'network' },
  }),
  render: () =>
    html`<hd-customer-history customer-id=${DEMO_IDS.adaCustomerId}></hd-customer-history>`,
};

export const NoAdapter: Story = {
  name: 'No adapter',
  render: () => html`<hd-customer-history customer-id="42"></hd-customer-history>`,
};

export const Narrow: Story = {
  name: 'Narrow width',
  render: () =>
    html`<div style="max-width:16rem">
      <hd-customer-history variant="full" .history=${busy}></hd-customer-history>
    </div>`,
};

export const PlainText: Story = {
  name: 'Plain text (customerHistoryText)',
  render: () =>
    html`<pre style="margin:0;font:inherit;white-space:pre-wrap">${customerHistoryText(ada)}</pre>`,
};
