import type {
  Attachment,
  CustomerHistory,
  CustomerChannel,
  Note,
  Priority,
  Sla,
  ThreadItem,
  TicketStatus,
} from '../adapter/types.js';
import {
  AGENTS,
  ASSETS,
  CUSTOMERS,
  DETAILS,
  MACROS,
  ME_ID,
  NOTES,
  PROJECTS,
  REPLIES,
  SAVED_VIEWS,
  SLA_TARGETS,
  SUBJECTS,
  TEAMS,
} from './demo-content.js';
import {
  FIXED_TICKETS,
  LONG_THREAD_NUMBER,
  type FixedTicketSpec,
  type StepSpec,
} from './demo-fixed.js';
import { chance, intBetween, mulberry32, pick, weighted, type Rng } from './prng.js';
import type { DemoContext, DemoData, DemoTicket } from './demo-types.js';

export type {
  DemoAsset,
  DemoContext,
  DemoCustomer,
  DemoData,
  DemoProject,
  DemoTeam,
  DemoTicket,
} from './demo-types.js';

/** The fixed "now" of the demo data set unless `createDemoData({ now })` says otherwise. */
export const DEMO_NOW = '2026-11-23T09:00:00.000Z';

/** Ticket whose thread `createDemoData({ longThread: n })` makes `n` items long. */
export const DEMO_LONG_THREAD_TICKET_ID = `t-${LONG_THREAD_NUMBER}`;

/** Ids of notable demo records, for tests, stories and docs. */
/**
 * The customer-history example of DESIGN.md ("Plain-text forms"): Ada, VIP, 7 tickets (6
 * closed), CSAT 4.8, 12 minutes first response, two last tickets. Stories and tests render it.
 */
export const ADA_HISTORY: CustomerHistory = {
  id: '42',
  name: 'Ada',
  vip: true,
  ticketsTotal: 7,
  ticketsClosed: 6,
  csatAvg: 4.8,
  firstResponseMs: 12 * 60_000,
  lastTickets: [
    { id: 't-1007', number: 1007, subject: 'Refund issue', status: 'closed' },
    { id: 't-1006', number: 1006, subject: 'Password reset', status: 'open' },
  ],
};

export const DEMO_IDS = {
  /** Sam Rivera, the signed-in agent. */
  me: ME_ID,
  /** VIP customer Ada: 7 tickets, 6 closed, CSAT 4.8, 12 min first response. */
  adaCustomerId: '42',
  /** Ada's open "Password reset" (SLA ok, unread, linked Mac). */
  adaOpenTicket: 't-1006',
  /** Ada's closed "Refund issue", her newest ticket. */
  adaRefundTicket: 't-1007',
  /** "VPN drops every 10 minutes": urgent, SLA breached, linked laptop (remote session), running timer. */
  vpnTicket: 't-1008',
  /** "Printer on 3rd floor offline": unassigned, high, unread, SLA at risk (warned). */
  printerTicket: 't-1009',
  /** "Phishing email — I clicked the link": customer message with `bodyHtml`, compromised device. */
  htmlEmailTicket: 't-1010',
  /** "Disk almost full on SRV-FS01": customer message via the RMM agent (`channel: 'agent'`). */
  agentChannelTicket: 't-1011',
  /** "Phones: voicemail to email not working": pending, contact without email address. */
  noContactEmailTicket: 't-1012',
  /** "File server slow every morning": the long-thread ticket. */
  longThreadTicket: DEMO_LONG_THREAD_TICKET_ID,
  /** "Onboard new hire": unassigned, low, in a project. */
  unassignedTicket: 't-1014',
  /** "M365 license renewal quote": resolved. */
  resolvedTicket: 't-1015',
  /** "Backup job failed": at risk only by time left (< 25%), not warned. */
  atRiskByTimeTicket: 't-1016',
  /** A ticket whose device supports remote sessions. */
  remoteSessionTicket: 't-1008',
} as const;

/** Options of {@link createDemoData}. */
export interface DemoDataOptions {
  /** PRNG seed; same seed (and options) → same data. Default 1. */
  seed?: number;
  /** Total number of tickets (at least the 17 hand-written ones). Default 60. */
  tickets?: number;
  /** Reference time all data is relative to. Default {@link DEMO_NOW}. */
  now?: Date | number | string;
  /** Make the thread of {@link DEMO_LONG_THREAD_TICKET_ID} exactly this many items long. */
  longThread?: number;
  /** `tenant.emailAccountConfigured`. Default true. */
  emailAccountConfigured?: boolean;
}

const MIN = 60_000;

/** Drops keys whose value is undefined, so data survives JSON round trips unchanged. */
function compact<T extends object>(obj: T): T {
  for (const key of Object.keys(obj) as (keyof T)[]) {
    if (obj[key] === undefined) delete obj[key];
  }
  return obj;
}

const agentName = (id: string): string => AGENTS.find((a) => a.id === id)?.name ?? id;

const CHANNEL_LABEL: Record<CustomerChannel, string> = {
  email: 'email',
  portal: 'the customer portal',
  agent: 'the RMM agent',
};

interface Bundle {
  ticket: DemoTicket;
  thread: ThreadItem[];
  context: DemoContext;
}

class DemoBuilder {
  constructor(
    readonly nowMs: number,
    readonly longThread?: number,
  ) {}

  at(ago: number): string {
    return new Date(this.nowMs - Math.round(ago * MIN)).toISOString();
  }

  build(spec: FixedTicketSpec): Bundle {
    const id = `t-${spec.number}`;
    const customer = CUSTOMERS.find((c) => c.id === spec.customerId)!;
    const contact = customer.contacts[spec.contact];
    const firstChannel = spec.steps.find(([, s]) => s.kind === 'customer')?.[1] as
      Extract<StepSpec, { kind: 'customer' }> | undefined;
    const created: ThreadItem = {
      kind: 'event',
      id: `${id}-0`,
      at: this.at(spec.createdAgo),
      event: 'created',
      text:
        spec.createdVia ?? `Ticket created from ${CHANNEL_LABEL[firstChannel?.channel ?? 'email']}`,
    };
    const steps = [...spec.steps].sort((a, b) => b[0] - a[0]);
    let thread: ThreadItem[] = [
      created,
      ...steps.map(([ago, step], i) =>
        this.item(`${id}-${i + 1}`, this.at(ago), step, contact.name, spec.assigneeId),
      ),
    ];
    if (spec.number === LONG_THREAD_NUMBER && this.longThread !== undefined) {
      thread = this.longItems(id, spec, contact.name);
    }
    const notes: Note[] = thread.flatMap((item) =>
      item.kind === 'note' ? [{ ...item, kind: undefined } as unknown as Note] : [],
    );
    for (const n of notes) delete (n as { kind?: unknown }).kind;
    const firstReply = thread.find((item) => item.kind === 'reply')?.at;
    const firstResponseAt =
      firstReply ??
      (spec.firstResponseAgo !== undefined ? this.at(spec.firstResponseAgo) : undefined);
    const createdAt = created.at;
    const sla = this.sla(spec, Date.parse(createdAt), firstResponseAt);
    const ticket: DemoTicket = compact({
      id,
      number: spec.number,
      subject: spec.subject,
      status: spec.status,
      priority: spec.priority,
      assigneeId: spec.assigneeId,
      customerId: customer.id,
      contactName: contact.name,
      updatedAt: thread[thread.length - 1].at,
      sla,
      unread: spec.unread ?? false,
      tags: spec.tags ?? [],
      teamId: spec.teamId,
      projectId: spec.projectId,
      contact: compact({ name: contact.name, email: contact.email }),
      client: customer.name !== contact.name ? customer.name : undefined,
      firstResponseAt,
      internalNotes: notes,
      assetId: spec.assetId,
      createdAt,
    });
    const context: DemoContext = compact({
      summary: spec.summary && { text: spec.summary[0], updatedAt: this.at(spec.summary[1]) },
      time:
        spec.time &&
        compact({
          entries: spec.time.entries.map(([agentId, minutes, note, ago], i) => ({
            id: `${id}-time-${i + 1}`,
            agentName: agentName(agentId),
            minutes,
            note,
            at: this.at(ago),
          })),
          runningSince:
            spec.time.runningAgo !== undefined ? this.at(spec.time.runningAgo) : undefined,
        }),
    });
    return { ticket, thread, context };
  }

  private item(
    id: string,
    at: string,
    step: StepSpec,
    contactName: string,
    assigneeId: string | null,
  ): ThreadItem {
    if (step.kind === 'event') return { kind: 'event', id, at, event: step.event, text: step.text };
    if (step.kind === 'customer') {
      return compact({
        kind: 'customer' as const,
        id,
        at,
        author: step.author ?? contactName,
        body: step.body,
        bodyHtml: step.bodyHtml,
        channel: step.channel ?? 'email',
        attachments: step.attachments ?? [],
      });
    }
    const author = agentName(step.by ?? assigneeId ?? ME_ID);
    return {
      kind: step.kind,
      id,
      at,
      author,
      body: step.body,
      attachments: step.attachments ?? [],
    };
  }

  private sla(spec: FixedTicketSpec, createdMs: number, firstResponseAt?: string): Sla {
    const target = SLA_TARGETS[spec.priority];
    const resolutionMs =
      spec.resolutionDueIn !== undefined
        ? this.nowMs + spec.resolutionDueIn * MIN
        : createdMs + target.resolution * MIN;
    return compact({
      firstResponseDueAt: new Date(createdMs + target.firstResponse * MIN).toISOString(),
      resolutionDueAt: new Date(resolutionMs).toISOString(),
      firstResponseAt,
      warnedAt: spec.warnedAgo !== undefined ? this.at(spec.warnedAgo) : undefined,
      businessHours: spec.businessHours,
    });
  }

  /** A cheap long thread: `n` items spread between creation and 30 minutes ago. */
  private longItems(id: string, spec: FixedTicketSpec, contactName: string): ThreadItem[] {
    const n = Math.max(1, Math.floor(this.longThread ?? 1));
    const start = this.nowMs - spec.createdAgo * MIN;
    const span = this.nowMs - 30 * MIN - start;
    const me = agentName(ME_ID);
    const items: ThreadItem[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const itemId = `${id}-${i}`;
      const at = new Date(start + Math.floor((span * i) / n)).toISOString();
      if (i === 0) {
        items[i] = {
          kind: 'event',
          id: itemId,
          at,
          event: 'created',
          text: 'Ticket created from email',
        };
      } else if (i % 10 === 0) {
        items[i] = {
          kind: 'event',
          id: itemId,
          at,
          event: 'time_logged',
          text: `${me} logged 15 min`,
        };
      } else if (i % 5 === 4) {
        const body = `Internal check ${i}: server load within normal range.`;
        items[i] = { kind: 'note', id: itemId, at, author: me, body, attachments: [] };
      } else if (i % 2 === 1) {
        const body = `Morning report ${i}: opening files took ${20 + (i % 40)} seconds today.`;
        items[i] = {
          kind: 'customer',
          id: itemId,
          at,
          author: contactName,
          body,
          channel: 'email',
          attachments: [],
        };
      } else {
        const body = `Thanks — logged measurement ${i}. We keep monitoring.`;
        items[i] = { kind: 'reply', id: itemId, at, author: me, body, attachments: [] };
      }
    }
    return items;
  }
}

const STATUS_WEIGHTS: [TicketStatus, number][] = [
  ['open', 45],
  ['pending', 15],
  ['resolved', 15],
  ['closed', 25],
];
const PRIORITY_WEIGHTS: [Priority, number][] = [
  ['low', 20],
  ['normal', 45],
  ['high', 25],
  ['urgent', 10],
];
const SCREENSHOT: Attachment = { name: 'screenshot.png', size: 231_904, type: 'image/png' };

/** A random (seeded) ticket script in the same shape as the hand-written ones. */
function randomSpec(rng: Rng, number: number): FixedTicketSpec {
  const [subject, tags, teamId, projectId] = pick(rng, SUBJECTS);
  const customer = pick(
    rng,
    CUSTOMERS.filter((c) => c.id !== DEMO_IDS.adaCustomerId),
  );
  const contact = pick(
    rng,
    customer.contacts.map((c, i) => (c.email ? i : -1)).filter((i) => i >= 0),
  );
  const status = weighted(rng, STATUS_WEIGHTS);
  const priority = weighted(rng, PRIORITY_WEIGHTS);
  const target = SLA_TARGETS[priority];
  const open = status === 'open' || status === 'pending';
  const others = AGENTS.filter((a) => a.id !== ME_ID).map((a) => a.id);
  const assigneeId: string | null =
    open && status === 'open'
      ? weighted<string | null>(rng, [
          [ME_ID, 3],
          [null, 2],
          [pick(rng, others), 5],
        ])
      : pick(rng, [ME_ID, ...others]);
  const createdAgo = open
    ? intBetween(rng, 10, Math.round(target.resolution * 1.15))
    : intBetween(rng, 24 * 60, 30 * 24 * 60);
  const assets = ASSETS.filter((a) => a.customerId === customer.id);
  const assetId = assets.length && chance(rng, 0.4) ? pick(rng, assets).id : undefined;
  const channel = weighted<CustomerChannel>(rng, [
    ['email', 7],
    ['portal', 2.5],
    [assetId ? 'agent' : 'email', 0.5],
  ]);
  const firstName = customer.contacts[contact].name.replace(/^Dr\. /, '').split(' ')[0];
  const steps: FixedTicketSpec['steps'] = [
    [
      createdAgo,
      {
        kind: 'customer',
        channel,
        body: `Hi team,\n\n${subject}. ${pick(rng, DETAILS)}\n\nThanks,\n${firstName}`,
        attachments: chance(rng, 0.2) ? [SCREENSHOT] : [],
      },
    ],
  ];
  const replied =
    assigneeId !== null &&
    (!open || status === 'pending' || (createdAgo > 20 && chance(rng, 0.75)));
  let cursor = createdAgo;
  let warnedAgo: number | undefined;
  if (replied) {
    cursor =
      createdAgo -
      intBetween(rng, 5, Math.max(5, Math.min(target.firstResponse * 1.2, createdAgo - 1)));
    cursor = Math.max(1, cursor);
    steps.push([cursor, { kind: 'reply', body: pick(rng, REPLIES) }]);
    if (chance(rng, 0.35))
      steps.push([
        Math.max(0, cursor - intBetween(rng, 1, 120)),
        { kind: 'note', body: pick(rng, NOTES) },
      ]);
    if (status === 'open' && chance(rng, 0.3)) {
      const ago = Math.max(0, cursor - intBetween(rng, 10, 600));
      steps.push([
        ago,
        { kind: 'customer', channel, body: 'Thanks — I tried that, still the same.' },
      ]);
    }
  }
  const who = agentName(assigneeId ?? ME_ID);
  if (status === 'pending') {
    steps.push([
      Math.max(0, cursor - 5),
      {
        kind: 'event',
        event: 'status_changed',
        text: `${who} changed status from open to pending`,
      },
    ]);
  }
  if (!open) {
    const resolvedAgo = Math.max(2, cursor - intBetween(rng, 30, 8 * 60));
    steps.push([
      resolvedAgo,
      {
        kind: 'event',
        event: 'status_changed',
        text: `${who} changed status from open to resolved`,
      },
    ]);
    if (status === 'closed') {
      const closedAgo = Math.max(1, resolvedAgo - 2 * 24 * 60);
      steps.push([
        closedAgo,
        {
          kind: 'event',
          event: 'status_changed',
          text: 'Status changed from resolved to closed (auto-close after 2 days)',
        },
      ]);
    }
  } else {
    // warn when less than 25% of the nearest pending target is left
    const due = replied ? target.resolution : target.firstResponse;
    const dueAgo = createdAgo - due;
    const warnAgo = dueAgo + due * 0.25;
    if (warnAgo > 0 && chance(rng, 0.6)) {
      warnedAgo = Math.round(warnAgo);
      steps.push([
        warnedAgo,
        {
          kind: 'event',
          event: 'sla_warning',
          text: 'SLA warning: less than 25% of the target left',
        },
      ]);
    }
  }
  const lastIsCustomer = [...steps].sort((a, b) => a[0] - b[0])[0][1].kind === 'customer';
  return {
    number,
    subject,
    customerId: customer.id,
    contact,
    status,
    priority,
    assigneeId,
    createdAgo,
    tags: [...tags],
    teamId,
    projectId,
    assetId,
    unread: status === 'open' && lastIsCustomer && chance(rng, 0.5),
    steps,
    warnedAgo,
    summary:
      open && chance(rng, 0.3)
        ? [
            `${customer.contacts[contact].name} reports: ${subject}. ${replied ? 'A technician replied; waiting for confirmation.' : 'No reply yet.'}`,
            Math.max(0, cursor - 1),
          ]
        : undefined,
    time:
      replied && chance(rng, 0.5)
        ? {
            entries: [
              [
                assigneeId ?? ME_ID,
                intBetween(rng, 1, 6) * 10,
                'Troubleshooting',
                Math.max(0, cursor - 1),
              ],
            ],
          }
        : undefined,
  };
}

/**
 * Builds the deterministic demo data set. Same options → identical data (seeded PRNG; the
 * clock is `now`, default {@link DEMO_NOW}, never the real time). The result is a fresh,
 * plain object the caller owns.
 */
export function createDemoData(options: DemoDataOptions = {}): DemoData {
  const {
    seed = 1,
    tickets = 60,
    now = DEMO_NOW,
    longThread,
    emailAccountConfigured = true,
  } = options;
  const nowMs =
    now instanceof Date ? now.getTime() : typeof now === 'number' ? now : Date.parse(now);
  const rng = mulberry32(seed);
  const builder = new DemoBuilder(nowMs, longThread);
  const specs = [...FIXED_TICKETS];
  const total = Math.max(tickets, FIXED_TICKETS.length);
  for (let number = 1001 + FIXED_TICKETS.length; specs.length < total; number++) {
    specs.push(randomSpec(rng, number));
  }
  const data: DemoData = {
    now: new Date(nowMs).toISOString(),
    meId: ME_ID,
    agents: AGENTS,
    teams: TEAMS,
    projects: PROJECTS,
    customers: CUSTOMERS,
    tickets: [],
    threads: {},
    contexts: {},
    assets: ASSETS,
    macros: MACROS,
    savedViews: SAVED_VIEWS,
    tenant: { emailAccountConfigured },
  };
  for (const spec of specs) {
    const { ticket, thread, context } = builder.build(spec);
    data.tickets.push(ticket);
    data.threads[ticket.id] = thread;
    data.contexts[ticket.id] = context;
  }
  // hand out copies of the shared constants, never the constants themselves
  return structuredClone(data);
}
