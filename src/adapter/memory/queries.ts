import type {
  CustomerHistory,
  ListThreadOptions,
  ListTicketsQuery,
  Page,
  ThreadItem,
  ThreadPage,
  Ticket,
  TicketContext,
  TicketSummary,
} from '../types.js';
import type { DemoData, DemoTicket } from '../../mocks/demo-types.js';
import { isClosedStatus, type TimeInput } from '../../model/sla.js';
import { compareTicketsForList, viewPredicate, type ViewContext } from '../../model/views.js';
import { invalid, notFound } from './errors.js';

/**
 * Read queries over a `DemoData` set, shared by the memory adapter and the msw REST mock so
 * both answer identically. They return fresh objects but may share nested values with the
 * data: clone before handing results to callers that may mutate them.
 */

/** Default and maximum page size of `listTickets`. */
export const MAX_PAGE_SIZE = 200;
/** Default `limit` of `listThread`. */
export const DEFAULT_THREAD_LIMIT = 50;
/** How many tickets `getCustomerHistory` lists in `lastTickets`. */
export const CUSTOMER_HISTORY_LAST_TICKETS = 2;
/** How many related tickets `getTicketContext` returns. */
export const MAX_RELATED = 5;

/** The inbox-row projection of a stored ticket (no contact, notes or thread). */
export function toSummary(t: DemoTicket): TicketSummary {
  const summary: TicketSummary = {
    id: t.id,
    number: t.number,
    subject: t.subject,
    status: t.status,
    priority: t.priority,
    assigneeId: t.assigneeId,
    customerId: t.customerId,
    contactName: t.contactName,
    updatedAt: t.updatedAt,
    createdAt: t.createdAt,
    sla: t.sla,
    unread: t.unread,
    tags: t.tags,
  };
  if (t.teamId !== undefined) summary.teamId = t.teamId;
  if (t.projectId !== undefined) summary.projectId = t.projectId;
  return summary;
}

/** The stored ticket, or `not_found` ("Ticket not found"). */
export function findTicket(data: DemoData, id: string): DemoTicket {
  const ticket = data.tickets.find((t) => t.id === id);
  if (!ticket) throw notFound('Ticket');
  return ticket;
}

/** The full ticket with `assignee` resolved from `assigneeId`. */
export function toTicket(data: DemoData, t: DemoTicket): Ticket {
  const ticket: Ticket = { ...t };
  const assignee = data.agents.find((a) => a.id === t.assigneeId);
  if (assignee) ticket.assignee = assignee;
  return ticket;
}

/** The context view predicates need. */
export function viewContext(data: DemoData, now: TimeInput): ViewContext {
  return { meId: data.meId, now, savedViews: data.savedViews };
}

function checkPaging(page: number, pageSize: number): void {
  if (!Number.isInteger(page) || page < 1) throw invalid('Page must be a whole number from 1');
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw invalid(`Page size must be between 1 and ${MAX_PAGE_SIZE}`);
  }
}

/** One page of a view, in list order; a page past the end is empty with the same total. */
export function listTicketsFromData(
  data: DemoData,
  query: ListTicketsQuery,
  now: TimeInput,
): Page<TicketSummary> {
  checkPaging(query.page, query.pageSize);
  const matches = viewPredicate(query.view, viewContext(data, now));
  const all = data.tickets.filter((t) => matches(t)).sort(compareTicketsForList);
  const start = (query.page - 1) * query.pageSize;
  return { items: all.slice(start, start + query.pageSize).map(toSummary), total: all.length };
}

/** The number of tickets in each view. Any unknown view rejects the whole call. */
export function countViewsFromData(
  data: DemoData,
  views: string[],
  now: TimeInput,
): Record<string, number> {
  const ctx = viewContext(data, now);
  const counts: Record<string, number> = {};
  for (const view of views) {
    const matches = viewPredicate(view, ctx);
    counts[view] = data.tickets.reduce((n, t) => (matches(t) ? n + 1 : n), 0);
  }
  return counts;
}

/**
 * The newest `limit` items strictly older than `before` (or the newest overall), oldest first.
 * `hasMore` is true when older items remain.
 */
export function threadPage(
  items: readonly ThreadItem[],
  { before, limit = DEFAULT_THREAD_LIMIT }: Pick<ListThreadOptions, 'before' | 'limit'> = {},
): ThreadPage {
  if (!Number.isInteger(limit) || limit < 1) throw invalid('Limit must be a whole number from 1');
  let end = items.length;
  if (before !== undefined) {
    end = items.findIndex((item) => item.id === before);
    if (end < 0) throw invalid('Unknown thread item');
  }
  const start = Math.max(0, end - limit);
  return { items: items.slice(start, end), hasMore: start > 0 };
}

/**
 * A customer's history: counts over the customer's tickets ("closed" counts resolved and
 * closed), CSAT mean of the customer's ratings rounded to one decimal, the stored first
 * response time, and the newest tickets by creation time.
 */
export function customerHistoryFromData(data: DemoData, customerId: string): CustomerHistory {
  const customer = data.customers.find((c) => c.id === customerId);
  if (!customer) throw notFound('Customer');
  const tickets = data.tickets
    .filter((t) => t.customerId === customerId)
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.number - a.number);
  const history: CustomerHistory = {
    id: customer.id,
    name: customer.name,
    vip: customer.vip,
    ticketsTotal: tickets.length,
    ticketsClosed: tickets.filter((t) => isClosedStatus(t.status)).length,
    lastTickets: tickets
      .slice(0, CUSTOMER_HISTORY_LAST_TICKETS)
      .map(({ id, number, subject, status }) => ({ id, number, subject, status })),
  };
  const ratings = customer.csatRatings;
  if (ratings.length) {
    history.csatAvg = Math.round((ratings.reduce((a, b) => a + b, 0) / ratings.length) * 10) / 10;
  }
  if (customer.firstResponseMs !== undefined) history.firstResponseMs = customer.firstResponseMs;
  return history;
}

/** Other tickets of the same customer or the same asset, in list order, at most 5. */
export function relatedTickets(data: DemoData, ticket: DemoTicket): TicketSummary[] {
  return data.tickets
    .filter(
      (t) =>
        t.id !== ticket.id &&
        (t.customerId === ticket.customerId || (!!ticket.assetId && t.assetId === ticket.assetId)),
    )
    .sort(compareTicketsForList)
    .slice(0, MAX_RELATED)
    .map(toSummary);
}

/** The context stack of a ticket. */
export function ticketContextFromData(data: DemoData, id: string): TicketContext {
  const ticket = findTicket(data, id);
  const stored = data.contexts[id] ?? {};
  const context: TicketContext = { sla: ticket.sla, related: relatedTickets(data, ticket) };
  const demoAsset = data.assets.find((a) => a.id === ticket.assetId);
  if (demoAsset) {
    const { customerId: _owner, sentinel, ...asset } = demoAsset;
    context.asset = asset;
    context.sentinel = sentinel;
  }
  if (stored.time) context.time = stored.time;
  const contract = data.customers.find((c) => c.id === ticket.customerId)?.contract;
  if (contract) context.contract = contract;
  if (stored.summary) context.summary = stored.summary;
  return context;
}
