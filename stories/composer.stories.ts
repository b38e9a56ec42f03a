import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { DEMO_IDS } from '../src/mocks/demo-data.js';
import { createMemoryStore } from '../src/model/state-store.js';
import '../src/components/provider/define.js';
import '../src/components/composer/define.js';
import type { HdComposer } from '../src/components/composer/composer.js';
import {
  dataControls,
  memoryAdapter,
  withDataArgs,
  type DataArgs,
  type StoryDataOptions,
} from './helpers.js';

/**
 * `<hd-composer>` writes a reply to the customer (through `sendReply`) or an internal note
 * (through `addInternalNote`). Alt+R / Alt+N switch modes, Ctrl/Cmd+Enter sends, `/` at the start
 * of a line opens the macros, `/note <text>` in Reply mode posts a note.
 */
const meta: Meta<DataArgs> = {
  title: 'Elements/Composer',
  component: 'hd-composer',
  parameters: {
    docs: {
      description: {
        component:
          'Reply / internal-note composer. Success is shown only after the adapter resolved; a ' +
          'failure shows the adapter message next to Send with Retry and keeps the draft. Drafts ' +
          'persist per ticket and mode (`draft:<ticketId>:<mode>` in the StateStore).',
      },
    },
  },
};
export default meta;

type Story = StoryObj<DataArgs>;

interface Setup {
  data?: StoryDataOptions;
  ticketId?: string;
  mode?: 'reply' | 'note';
  draft?: string;
  staleWarning?: string;
  width?: string;
}

/** A composer with its own memory adapter and a fresh in-memory draft store. */
function composer(setup: Setup, args: DataArgs) {
  const ticketId = setup.ticketId ?? DEMO_IDS.adaOpenTicket;
  const mode = setup.mode ?? 'reply';
  const store = createMemoryStore();
  if (setup.draft) store.set(`draft:${ticketId}:${mode}`, setup.draft);
  const adapter = memoryAdapter(withDataArgs(setup.data, args));
  return html`<div style="max-width:${setup.width ?? '44rem'}">
    <hd-provider .adapter=${adapter} .store=${store}>
      <hd-composer
        ticket-id=${ticketId}
        mode=${mode}
        .staleWarning=${setup.staleWarning}
      ></hd-composer>
    </hd-provider>
  </div>`;
}

/** The composer of a story, once rendered. */
async function composerIn(canvas: HTMLElement): Promise<HdComposer> {
  const el = canvas.querySelector('hd-composer')!;
  await el.updateComplete;
  return el;
}

/** Clicks a button of the composer by its visible text. */
async function click(el: HdComposer, text: string) {
  const button = [...el.shadowRoot!.querySelectorAll('button')].find((b) =>
    b.textContent!.trim().endsWith(text),
  );
  button?.click();
  await el.updateComplete;
}

const until = async (check: () => unknown, ms = 3000) => {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 30));
};

export const Reply: Story = {
  ...dataControls(),
  render: (args) => composer({}, args),
};

export const InternalNote: Story = {
  name: 'Internal note (amber)',
  ...dataControls(),
  render: (args) =>
    composer({ mode: 'note', draft: 'Checked the logs: cached credentials.' }, args),
};

export const NoteAdded: Story = {
  name: 'Internal note added (confirmation)',
  render: (args) => composer({ mode: 'note', draft: 'Called the customer, waiting on IT.' }, args),
  play: async ({ canvasElement }) => {
    const el = await composerIn(canvasElement);
    await el.send();
  },
};

export const SlashNote: Story = {
  name: '/note in Reply mode',
  render: (args) => composer({ draft: '/note customer sounded upset, be gentle' }, args),
};

export const Sending: Story = {
  name: 'Sending (slow adapter)',
  ...dataControls({ latencyMs: 600_000 }),
  render: (args) => composer({ draft: 'Hi Ada, a reset link is on its way.' }, args),
  play: async ({ canvasElement }) => {
    const el = await composerIn(canvasElement);
    void el.send();
  },
};

export const ReplySent: Story = {
  name: 'Reply sent',
  render: (args) => composer({ draft: 'Hi Ada, a reset link is on its way.' }, args),
  play: async ({ canvasElement }) => {
    const el = await composerIn(canvasElement);
    await el.send();
  },
};

export const SendFailed: Story = {
  name: 'Failure: dispatch failed (Retry, draft kept)',
  render: (args) =>
    composer(
      {
        draft: 'Hi Ada, a reset link is on its way.',
        data: {
          failures: {
            methods: ['sendReply'],
            code: 'dispatch_failed',
            message: 'SMTP relay refused the message (550 5.7.1)',
          },
        },
      },
      args,
    ),
  play: async ({ canvasElement }) => {
    const el = await composerIn(canvasElement);
    await el.send();
  },
};

export const NetworkFailure: Story = {
  name: 'Failure: network',
  render: (args) =>
    composer(
      {
        mode: 'note',
        draft: 'Note that could not be saved',
        data: { failures: { methods: ['addInternalNote'], code: 'network' } },
      },
      args,
    ),
  play: async ({ canvasElement }) => {
    const el = await composerIn(canvasElement);
    await el.send();
  },
};

export const NoEmailAccount: Story = {
  name: 'No email account is configured',
  render: (args) =>
    composer({ draft: 'Hi Ada, all done.', data: { emailAccountConfigured: false } }, args),
  play: async ({ canvasElement }) => {
    const el = await composerIn(canvasElement);
    await el.send();
  },
};

export const NoContactEmail: Story = {
  name: 'No contact email (Reply disabled)',
  render: (args) => composer({ ticketId: DEMO_IDS.noContactEmailTicket }, args),
};

export const StaleReplyWarning: Story = {
  name: 'Stale reply warning',
  render: (args) =>
    composer(
      {
        draft: 'Hi Ada, could you try again?',
        staleWarning: 'Jonas replied 2 minutes ago — read it before sending.',
      },
      args,
    ),
};

export const Attachments: Story = {
  name: 'Attachments (with limit errors)',
  render: (args) => composer({ draft: 'Logs attached.' }, args),
  play: async ({ canvasElement }) => {
    const el = await composerIn(canvasElement);
    const file = (name: string, size: number) => new File([new Uint8Array(size)], name);
    el.addFiles([
      file('vpn-client.log', 48_213),
      file('<b>screenshot</b>.png', 812_000),
      file('full-disk-image.zip', 24 * 1024 * 1024),
    ]);
  },
};

export const AiPreview: Story = {
  name: 'AI assist: preview',
  render: (args) => composer({ draft: 'i reset the password, try again pls' }, args),
  play: async ({ canvasElement }) => {
    const el = await composerIn(canvasElement);
    await click(el, 'Refine');
    await until(() => el.shadowRoot!.querySelector('section[aria-label="AI suggestion"]'));
  },
};

export const AiError: Story = {
  name: 'AI assist: error',
  render: (args) =>
    composer(
      {
        draft: 'my draft stays',
        data: {
          failures: { methods: ['assist'], code: 'unavailable', message: 'AI quota exceeded' },
        },
      },
      args,
    ),
  play: async ({ canvasElement }) => {
    const el = await composerIn(canvasElement);
    await click(el, 'Draft');
  },
};

export const MacroPicker: Story = {
  name: 'Macros: picker with preview',
  render: (args) => composer({}, args),
  play: async ({ canvasElement }) => {
    const el = await composerIn(canvasElement);
    await click(el, 'Macros');
  },
};

export const MacroPending: Story = {
  name: 'Macros: inserted, field changes pending',
  render: (args) => composer({}, args),
  play: async ({ canvasElement }) => {
    const el = await composerIn(canvasElement);
    await click(el, 'Macros');
    const option = () =>
      [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')].find((o) =>
        o.textContent!.includes('Escalate'),
      );
    await until(option);
    option()?.click();
  },
};

export const Narrow: Story = {
  name: 'Narrow width',
  render: (args) => composer({ width: '20rem', draft: 'Short reply' }, args),
};

export const NoAdapter: Story = {
  name: 'No adapter',
  render: () => html`<hd-composer ticket-id="t-1006"></hd-composer>`,
};
