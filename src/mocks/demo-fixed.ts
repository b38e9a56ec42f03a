import type {
  Attachment,
  CustomerChannel,
  Priority,
  ThreadEventKind,
  TicketStatus,
} from '../adapter/types.js';

/** One scripted thread step. Reply and note authors are agent ids (default: the assignee). */
export type StepSpec =
  | {
      kind: 'customer';
      body: string;
      bodyHtml?: string;
      channel?: CustomerChannel;
      attachments?: Attachment[];
      /** Defaults to the ticket's contact name. */
      author?: string;
    }
  | { kind: 'reply' | 'note'; body: string; by?: string; attachments?: Attachment[] }
  | { kind: 'event'; event: ThreadEventKind; text: string };

/** A hand-written ticket. Times are minutes before the data set's `now`. */
export interface FixedTicketSpec {
  number: number;
  subject: string;
  customerId: string;
  /** Index into the customer's contacts. */
  contact: number;
  status: TicketStatus;
  priority: Priority;
  assigneeId: string | null;
  createdAgo: number;
  /** Text of the `created` event; default "Ticket created from <channel>". */
  createdVia?: string;
  tags?: string[];
  teamId?: string;
  projectId?: string;
  unread?: boolean;
  assetId?: string;
  steps: [ago: number, step: StepSpec][];
  /** First response stamped without a reply item (e.g. a phone call back). */
  firstResponseAgo?: number;
  warnedAgo?: number;
  /** Resolution due time in minutes from now (negative = past); default from the priority. */
  resolutionDueIn?: number;
  businessHours?: boolean;
  summary?: [text: string, ago: number];
  time?: {
    entries: [agentId: string, minutes: number, note: string, ago: number][];
    runningAgo?: number;
  };
}

const H = 60;
const D = 24 * H;

const file = (name: string, size: number, type: string): Attachment => ({ name, size, type });

/** Email HTML as a real mail client sends it, including what the sanitizer must strip. */
export const PHISHING_EMAIL_HTML = `<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hi support,</p>
<p>I got the email below this morning and <b>clicked the link</b> before I noticed the sender looked odd. It asked for my Microsoft password and I typed it in.</p>
<p>Forwarded message:</p>
<blockquote style="border-left:2px solid #ccc;margin:0;padding-left:8px">
<p><b>From:</b> Microsoft 365 &lt;no-reply@login-m1crosoft.example&gt;<br><b>Subject:</b> Action required: mailbox storage full</p>
<p>Your mailbox is full. <a href="https://login-m1crosoft.example/verify" onclick="trackClick(event)" target="_blank">Verify your account</a> within 24 hours to keep receiving email.</p>
<img src="https://tracker.login-m1crosoft.example/open.gif?id=8841" width="1" height="1" alt="">
</blockquote>
<script>document.location = 'https://login-m1crosoft.example/x';</script>
<p>Should I be worried? The PC at chair 7 is also very slow since then.</p>
<p>Dr. Nora Quinn<br>Brightline Dental<br><img src="https://cdn.brightlinedental.example/signature-logo.png" alt="Brightline Dental logo" onerror="alert(1)"></p>
</div>`;

const PHISHING_EMAIL_TEXT = `Hi support,

I got the email below this morning and clicked the link before I noticed the sender looked odd. It asked for my Microsoft password and I typed it in.

Forwarded message:
> From: Microsoft 365 <no-reply@login-m1crosoft.example>
> Subject: Action required: mailbox storage full
> Your mailbox is full. Verify your account within 24 hours to keep receiving email.

Should I be worried? The PC at chair 7 is also very slow since then.

Dr. Nora Quinn
Brightline Dental`;

const adaClosed = (
  number: number,
  subject: string,
  createdAgo: number,
  body: string,
  reply: string,
): FixedTicketSpec => ({
  number,
  subject,
  customerId: '42',
  contact: 0,
  status: 'closed',
  priority: 'normal',
  assigneeId: 'agent-mei',
  createdAgo,
  steps: [
    [createdAgo, { kind: 'customer', body }],
    [createdAgo - 12, { kind: 'reply', body: reply }],
    [
      createdAgo - 3 * H,
      {
        kind: 'event',
        event: 'status_changed',
        text: 'Mei Chen changed status from open to resolved',
      },
    ],
    [
      createdAgo - 2 * D,
      {
        kind: 'event',
        event: 'status_changed',
        text: 'Status changed from resolved to closed (auto-close after 2 days)',
      },
    ],
  ],
});

/** Id of the ticket whose thread `createDemoData({ longThread })` makes long. */
export const LONG_THREAD_NUMBER = 1013;

/** The hand-written tickets; generated ones are added after them. */
export const FIXED_TICKETS: FixedTicketSpec[] = [
  adaClosed(
    1001,
    'New laptop setup',
    120 * D,
    'Hi, my new MacBook arrived. Can you set up email and the VPN on it?',
    "Hi Ada, sure — I'll enrol it remotely this afternoon.",
  ),
  adaClosed(
    1002,
    'Outlook keeps asking for password',
    90 * D,
    'Outlook asks for my password every few minutes since yesterday.',
    "Hi Ada, I've reset your cached credentials; please restart Outlook.",
  ),
  adaClosed(
    1003,
    'Shared calendar not syncing',
    60 * D,
    "The team calendar hasn't updated on my phone for two days.",
    'Hi Ada, I re-added the calendar permission; it should sync within 10 minutes.',
  ),
  adaClosed(
    1004,
    'Invoice copy for October',
    35 * D,
    'Could you send me a copy of the October invoice?',
    'Hi Ada, attached is the October invoice. Let me know if you need anything else.',
  ),
  adaClosed(
    1005,
    'Wi-Fi slow in home office',
    14 * D,
    'Video calls keep freezing in my home office.',
    'Hi Ada, your router firmware was outdated; I sent you the update steps.',
  ),
  {
    number: 1006,
    subject: 'Password reset',
    customerId: '42',
    contact: 0,
    status: 'open',
    priority: 'normal',
    assigneeId: 'agent-sam',
    createdAgo: 20 * H,
    assetId: 'asset-mbp-ada',
    tags: ['account'],
    teamId: 'team-service-desk',
    steps: [
      [
        20 * H,
        {
          kind: 'customer',
          body: "Hi, I changed my password yesterday and now I'm locked out of the portal and my email on the phone. Can you reset it?",
        },
      ],
      [
        20 * H - 12,
        {
          kind: 'reply',
          body: "Hi Ada, I've sent a reset link to your recovery address. Once you've set a new password, remove and re-add the account on your phone.",
        },
      ],
      [
        3 * H,
        {
          kind: 'customer',
          body: 'The link says it expired. Could you send another one?',
          channel: 'portal',
        },
      ],
    ],
    unread: true,
    summary: [
      'Ada is locked out after a password change; the first reset link expired and she asked for a new one.',
      2 * H,
    ],
  },
  {
    number: 1007,
    subject: 'Refund issue',
    customerId: '42',
    contact: 0,
    status: 'closed',
    priority: 'normal',
    assigneeId: 'agent-diego',
    createdAgo: 6 * H,
    tags: ['billing'],
    steps: [
      [
        6 * H,
        {
          kind: 'customer',
          body: 'I was charged twice for the November support plan. Can you refund one of them?',
          attachments: [file('statement-nov.pdf', 88_412, 'application/pdf')],
        },
      ],
      [
        6 * H - 10,
        {
          kind: 'reply',
          body: "Hi Ada, you're right — the duplicate charge is refunded; you'll see it in 3–5 days.",
        },
      ],
      [
        5 * H,
        {
          kind: 'event',
          event: 'status_changed',
          text: 'Diego Alvarez changed status from open to resolved',
        },
      ],
      [
        1 * H,
        {
          kind: 'event',
          event: 'status_changed',
          text: 'Diego Alvarez changed status from resolved to closed',
        },
      ],
    ],
  },
  {
    number: 1008,
    subject: 'VPN drops every 10 minutes',
    customerId: '11',
    contact: 0,
    status: 'open',
    priority: 'urgent',
    assigneeId: 'agent-sam',
    createdAgo: 10 * H,
    tags: ['vpn', 'network'],
    teamId: 'team-network',
    assetId: 'asset-lt-0142',
    warnedAgo: 4 * H,
    steps: [
      [
        10 * H,
        {
          kind: 'customer',
          body: 'Hi,\n\nSince this morning my VPN disconnects roughly every 10 minutes and I lose the connection to the warehouse system. Log and screenshot attached.\n\nMarcus',
          attachments: [
            file('vpn-client.log', 48_213, 'text/plain'),
            file('screenshot.png', 184_322, 'image/png'),
          ],
        },
      ],
      [
        10 * H - 25,
        {
          kind: 'reply',
          body: "Hi Marcus, thanks for the log. The disconnects line up with the VPN client's keep-alive. I'll push the updated client to your laptop — please keep it on and plugged in.",
        },
      ],
      [
        10 * H - 40,
        {
          kind: 'note',
          body: 'Client 4.2.1 has the known reconnect bug; 4.3.0 is approved. Patches also pending on this laptop (Sentinel flags it).',
        },
      ],
      [
        4 * H,
        { kind: 'event', event: 'sla_warning', text: 'SLA warning: resolution due in 2 hours' },
      ],
      [
        3 * H,
        {
          kind: 'customer',
          channel: 'agent',
          body: 'Sent from the help button on LT-HARBOR-0142: it dropped again at 06:12 while I was on a call.',
        },
      ],
      [
        2 * H,
        { kind: 'event', event: 'sla_breached', text: 'SLA breached: resolution target missed' },
      ],
      [
        90,
        {
          kind: 'note',
          body: 'Update deployment failed twice (laptop went to sleep). Asked Jonas to check the firewall side too.',
          by: 'agent-sam',
        },
      ],
    ],
    summary: [
      "Marcus's VPN drops about every 10 minutes (client 4.2.1 reconnect bug). Client update pending; deployment failed twice because the laptop slept. SLA breached.",
      80,
    ],
    time: {
      entries: [
        ['agent-sam', 35, 'Log analysis', 9 * H],
        ['agent-jonas', 20, 'Firewall keep-alive check', 2 * H],
      ],
      runningAgo: 20,
    },
  },
  {
    number: 1009,
    subject: 'Printer on 3rd floor offline',
    customerId: '17',
    contact: 0,
    status: 'open',
    priority: 'high',
    assigneeId: null,
    createdAgo: 3.5 * H,
    tags: ['printer'],
    teamId: 'team-service-desk',
    assetId: 'asset-prn-kes-3f',
    unread: true,
    warnedAgo: 10,
    steps: [
      [
        3.5 * H,
        {
          kind: 'customer',
          channel: 'portal',
          body: "The printer on the 3rd floor shows as offline for everyone since this morning. Its display says 'Ready'. We have plans to print for a client meeting at 2.",
        },
      ],
      [
        10,
        {
          kind: 'event',
          event: 'sla_warning',
          text: 'SLA warning: first response due in 30 minutes',
        },
      ],
    ],
  },
  {
    number: 1010,
    subject: 'Phishing email — I clicked the link',
    customerId: '23',
    contact: 0,
    status: 'open',
    priority: 'urgent',
    assigneeId: 'agent-priya',
    createdAgo: 45,
    tags: ['security', 'phishing'],
    teamId: 'team-security',
    assetId: 'asset-ws-brd-07',
    unread: true,
    steps: [
      [
        45,
        {
          kind: 'customer',
          body: PHISHING_EMAIL_TEXT,
          bodyHtml: PHISHING_EMAIL_HTML,
          attachments: [file('Action required mailbox storage full.eml', 48_901, 'message/rfc822')],
        },
      ],
      [
        25,
        {
          kind: 'reply',
          body: 'Hi Dr. Quinn, thank you for telling us right away. Please do not use that PC for now; we are resetting your password and isolating the workstation.',
          by: 'agent-priya',
        },
      ],
      [
        20,
        {
          kind: 'note',
          body: 'Password reset + sessions revoked. Sentinel shows outbound traffic to the phishing domain — isolating WS-BRIGHTLINE-07.',
          by: 'agent-priya',
        },
      ],
    ],
    summary: [
      'Credential phishing: the user entered her M365 password on a fake page. Password reset, sessions revoked; WS-BRIGHTLINE-07 shows compromise indicators and is being isolated.',
      15,
    ],
    time: { entries: [['agent-priya', 25, 'Incident response', 15]] },
  },
  {
    number: 1011,
    subject: 'Disk almost full on SRV-FS01',
    customerId: '31',
    contact: 1,
    status: 'open',
    priority: 'high',
    assigneeId: 'agent-sam',
    createdAgo: 22 * H,
    tags: ['server', 'storage'],
    teamId: 'team-service-desk',
    assetId: 'asset-srv-fs01',
    warnedAgo: 60,
    steps: [
      [
        22 * H,
        {
          kind: 'customer',
          channel: 'agent',
          body: 'Submitted from the help button on SRV-FS01: the shared drive says it is almost full and saving files takes ages.',
          attachments: [file('disk-usage.csv', 3_412, 'text/csv')],
        },
      ],
      [
        22 * H - 30,
        {
          kind: 'reply',
          body: "Hi Raj, I can see D: at 94%. I'll clear old shadow copies tonight and we should talk about archiving the 2019 case files.",
        },
      ],
      [60, { kind: 'event', event: 'sla_warning', text: 'SLA warning: resolution due in 2 hours' }],
    ],
  },
  {
    number: 1012,
    subject: 'Phones: voicemail to email not working',
    customerId: '36',
    contact: 0,
    status: 'pending',
    priority: 'normal',
    assigneeId: 'agent-sam',
    createdAgo: 2 * D,
    createdVia: 'Ticket created from a phone call (logged by Mei Chen)',
    tags: ['phones', 'voip'],
    teamId: 'team-network',
    assetId: 'asset-pc-pio-rec',
    firstResponseAgo: 2 * D - 50,
    steps: [
      [
        2 * D,
        {
          kind: 'customer',
          channel: 'portal',
          author: 'Front desk',
          body: '(phone call) Voicemails are no longer arriving by email since Monday. Patients say they left messages.',
        },
      ],
      [
        2 * D - 50,
        {
          kind: 'note',
          body: 'Called the front desk back. Carrier changed the SMTP relay; opened a case with them (#CX-55821).',
          by: 'agent-sam',
        },
      ],
      [
        2 * D - 60,
        {
          kind: 'event',
          event: 'status_changed',
          text: 'Sam Rivera changed status from open to pending',
        },
      ],
    ],
  },
  {
    number: LONG_THREAD_NUMBER,
    subject: 'File server slow every morning',
    customerId: '48',
    contact: 0,
    status: 'open',
    priority: 'normal',
    assigneeId: 'agent-sam',
    createdAgo: 9 * D,
    tags: ['server', 'performance'],
    teamId: 'team-service-desk',
    assetId: 'asset-srv-oak-fs02',
    resolutionDueIn: 2 * D,
    businessHours: true,
    steps: [
      [
        9 * D,
        {
          kind: 'customer',
          body: 'Every morning between 8 and 9 opening files from the S: drive takes over a minute.',
        },
      ],
      [
        9 * D - 40,
        { kind: 'reply', body: "Hi Ben, I'll watch the server tomorrow morning and report back." },
      ],
      [8 * D, { kind: 'note', body: 'Antivirus full scan scheduled at 07:30 — likely culprit.' }],
      [
        8 * D - 60,
        {
          kind: 'reply',
          body: 'We moved the antivirus scan to 02:00. Please let us know how tomorrow goes.',
        },
      ],
      [7 * D, { kind: 'customer', body: 'Better, but still slow around 8:30.' }],
      [
        5 * D,
        {
          kind: 'note',
          body: 'RAM at 88% during logon storm. Proposed a RAM upgrade to the customer.',
        },
      ],
      [
        5 * D - 30,
        {
          kind: 'reply',
          body: 'The server runs out of memory when everyone logs in. We recommend adding 32 GB RAM; quote attached.',
          attachments: [file('quote-ram-upgrade.pdf', 120_044, 'application/pdf')],
        },
      ],
      [2 * D, { kind: 'customer', body: 'Approved. When can you install it?' }],
      [
        1 * D,
        {
          kind: 'event',
          event: 'priority_changed',
          text: 'Sam Rivera changed priority from low to normal',
        },
      ],
    ],
    time: {
      entries: [
        ['agent-sam', 45, 'Morning monitoring', 8 * D],
        ['agent-sam', 30, 'Capacity review', 5 * D],
      ],
    },
  },
  {
    number: 1014,
    subject: 'Onboard new hire: J. Patel (starts Dec 1)',
    customerId: '11',
    contact: 1,
    status: 'open',
    priority: 'low',
    assigneeId: null,
    createdAgo: 3 * H,
    tags: ['onboarding'],
    teamId: 'team-service-desk',
    projectId: 'proj-onboarding',
    unread: true,
    steps: [
      [
        3 * H,
        {
          kind: 'customer',
          body: 'Jay Patel joins dispatch on Dec 1. Needs a laptop, M365 account, VPN and access to the dispatch share.',
        },
      ],
    ],
  },
  {
    number: 1015,
    subject: 'M365 license renewal quote',
    customerId: '17',
    contact: 1,
    status: 'resolved',
    priority: 'low',
    assigneeId: 'agent-sam',
    createdAgo: 4 * D,
    tags: ['m365', 'billing'],
    projectId: 'proj-m365',
    steps: [
      [
        4 * D,
        { kind: 'customer', body: 'Can we get a quote for renewing 18 Business Premium licenses?' },
      ],
      [
        4 * D - 3 * H,
        {
          kind: 'reply',
          body: 'Hi Tom, quote attached — pricing is unchanged from last year.',
          attachments: [file('quote-m365-renewal.pdf', 96_230, 'application/pdf')],
        },
      ],
      [
        2 * D,
        {
          kind: 'event',
          event: 'status_changed',
          text: 'Sam Rivera changed status from open to resolved',
        },
      ],
    ],
  },
  {
    number: 1016,
    subject: 'Backup job failed on NAS-OAK-01',
    customerId: '48',
    contact: 1,
    status: 'open',
    priority: 'high',
    assigneeId: 'agent-sam',
    createdAgo: 20 * H,
    tags: ['backup', 'monitoring'],
    teamId: 'team-service-desk',
    assetId: 'asset-nas-oak-01',
    steps: [
      [
        20 * H,
        {
          kind: 'customer',
          channel: 'agent',
          author: 'RMM monitor',
          body: 'Hyper Backup task "Offsite-Weekly" failed: destination unreachable (error 0x0000051F).',
        },
      ],
      [
        20 * H - 45,
        {
          kind: 'reply',
          body: "Hi Alma, last night's offsite backup failed. Local snapshots are fine; I'm checking the offsite target now.",
        },
      ],
    ],
  },
  {
    number: 1017,
    subject: 'Set up MFA for the accounting team',
    customerId: '31',
    contact: 0,
    status: 'open',
    priority: 'normal',
    assigneeId: 'agent-jonas',
    createdAgo: 1 * D,
    tags: ['mfa', 'security'],
    teamId: 'team-security',
    projectId: 'proj-m365',
    steps: [
      [
        1 * D,
        {
          kind: 'customer',
          body: 'Our insurer requires MFA for everyone in accounting by the end of the month. Can you roll it out?',
        },
      ],
      [
        1 * D - 2 * H,
        {
          kind: 'reply',
          body: 'Hi Evelyn, yes — we will enrol the 6 accounting users on Thursday and walk them through the authenticator app.',
          by: 'agent-jonas',
        },
      ],
    ],
  },
];
