import type {
  Agent,
  Asset,
  Contract,
  Macro,
  SavedView,
  Sentinel,
  ThreadItem,
  Ticket,
  TicketContext,
} from '../adapter/types.js';

/** A customer account (a company or a person) with its contacts. */
export interface DemoCustomer {
  id: string;
  name: string;
  vip: boolean;
  email?: string;
  /** CSAT ratings (1..5) of past tickets; `csatAvg` is their mean. */
  csatRatings: number[];
  /** Historical mean time to first response, in ms. */
  firstResponseMs?: number;
  /** People who raise tickets; a contact may have no email address. */
  contacts: { name: string; email?: string }[];
  /** The support contract shown in the "Time + contract" card of this customer's tickets. */
  contract?: Contract;
}

/** A managed device. Its owner and its RMM-Sentinel posture live on the asset. */
export interface DemoAsset extends Asset {
  customerId: string;
  sentinel: Sentinel;
}

/**
 * A stored ticket: a full `Ticket` whose `createdAt` is always set. `assignee` is not stored
 * (derive it from `assigneeId`).
 */
export interface DemoTicket extends Ticket {
  createdAt: string;
}

/**
 * The per-ticket part of a `TicketContext` that is not derived: time entries and the AI
 * summary. `sla` comes from the ticket, `asset` and `sentinel` from `assets` via
 * `ticket.assetId`, `contract` from the ticket's customer, `related` is computed.
 */
export type DemoContext = Pick<TicketContext, 'time' | 'summary'>;

export interface DemoTeam {
  id: string;
  name: string;
}

export interface DemoProject {
  id: string;
  name: string;
}

/**
 * The whole demo data set: a plain, JSON-serialisable object that both the memory adapter
 * and the msw REST mock work over. Every id is a string.
 */
export interface DemoData {
  /** The reference time the data was generated for (ISO). */
  now: string;
  /** Id of the signed-in agent (the first of `agents`). */
  meId: string;
  agents: Agent[];
  teams: DemoTeam[];
  projects: DemoProject[];
  customers: DemoCustomer[];
  tickets: DemoTicket[];
  /** Thread of each ticket, oldest first. Note items mirror `ticket.internalNotes`. */
  threads: Record<string, ThreadItem[]>;
  contexts: Record<string, DemoContext>;
  assets: DemoAsset[];
  macros: Macro[];
  savedViews: SavedView[];
  tenant: { emailAccountConfigured: boolean };
}
