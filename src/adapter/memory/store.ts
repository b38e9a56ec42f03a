import {
  PRIORITIES,
  TICKET_STATUSES,
  type ActionContext,
  type Attachment,
  type CustomerMessage,
  type EventItem,
  type Note,
  type OutgoingMessage,
  type ThreadItem,
  type TicketPatch,
  type TimeInfo,
} from '../types.js';
import type { DemoData, DemoTicket } from '../../mocks/demo-types.js';
import { findTicket } from './queries.js';
import { invalid } from './errors.js';

const ORIGINS = ['bulk', 'peek', 'composer', 'api'];

/** Throws `validation` unless `ctx` names an origin and an actor. */
export function checkContext(ctx: ActionContext | undefined): void {
  if (!ctx || !ORIGINS.includes(ctx.origin) || typeof ctx.actorId !== 'string' || !ctx.actorId) {
    throw invalid('Missing action context (origin and actorId)');
  }
}

/** Turns `File`s into attachment metadata; copies attachment objects. */
export function toAttachments(list: OutgoingMessage['attachments']): Attachment[] {
  return (list ?? []).map((a) => {
    if (typeof Blob !== 'undefined' && a instanceof Blob) {
      const file = a as File;
      return {
        name: file.name ?? 'attachment',
        size: file.size,
        type: file.type || 'application/octet-stream',
      };
    }
    const { name, size, type, url } = a as Attachment;
    return url === undefined ? { name, size, type } : { name, size, type, url };
  });
}

/**
 * The mutable side of the memory adapter: it owns a private copy of the demo data and
 * applies writes to it. Methods return internal objects; the adapter clones on the way out.
 */
export class MemoryStore {
  private seq = 0;

  constructor(
    readonly data: DemoData,
    private readonly clock: () => number,
  ) {}

  now(): number {
    return this.clock();
  }

  nowIso(): string {
    return new Date(this.clock()).toISOString();
  }

  nextId(prefix: string): string {
    return `${prefix}-m${++this.seq}`;
  }

  agentName(id: string): string {
    return this.data.agents.find((a) => a.id === id)?.name ?? id;
  }

  ticket(id: string): DemoTicket {
    return findTicket(this.data, id);
  }

  append(ticket: DemoTicket, item: ThreadItem): ThreadItem {
    (this.data.threads[ticket.id] ??= []).push(item);
    ticket.updatedAt = item.at;
    return item;
  }

  /** Applies a validated patch; returns the event items it appended (none when nothing changed). */
  update(
    id: string,
    patch: TicketPatch,
    ctx: ActionContext,
  ): { ticket: DemoTicket; events: EventItem[] } {
    const ticket = this.ticket(id);
    const { status, priority, assigneeId } = patch ?? {};
    if (status !== undefined && !TICKET_STATUSES.includes(status)) {
      throw invalid(`"${String(status)}" is not a valid status`);
    }
    if (priority !== undefined && !PRIORITIES.includes(priority)) {
      throw invalid(`"${String(priority)}" is not a valid priority`);
    }
    if (
      assigneeId !== undefined &&
      assigneeId !== null &&
      !this.data.agents.some((a) => a.id === assigneeId)
    ) {
      throw invalid('Unknown assignee');
    }
    const actor = this.agentName(ctx.actorId);
    const texts: [string, string][] = [];
    if (status !== undefined && status !== ticket.status) {
      texts.push(['status_changed', `${actor} changed status from ${ticket.status} to ${status}`]);
      ticket.status = status;
    }
    if (priority !== undefined && priority !== ticket.priority) {
      texts.push([
        'priority_changed',
        `${actor} changed priority from ${ticket.priority} to ${priority}`,
      ]);
      ticket.priority = priority;
    }
    if (assigneeId !== undefined && assigneeId !== ticket.assigneeId) {
      const text =
        assigneeId === null
          ? `${actor} unassigned the ticket`
          : assigneeId === ctx.actorId
            ? `${actor} took ownership`
            : `${actor} assigned the ticket to ${this.agentName(assigneeId)}`;
      texts.push(['assigned', text]);
      ticket.assigneeId = assigneeId;
    }
    const at = this.nowIso();
    const events = texts.map(([event, text]) => {
      const item: EventItem = { kind: 'event', id: this.nextId('event'), at, event, text };
      this.append(ticket, item);
      return item;
    });
    return { ticket, events };
  }

  addNote(
    id: string,
    message: OutgoingMessage,
    ctx: ActionContext,
  ): { ticket: DemoTicket; note: Note } {
    const ticket = this.ticket(id);
    const body = checkBody(message, 'The note is empty');
    const note: Note = {
      id: this.nextId('note'),
      at: this.nowIso(),
      author: this.agentName(ctx.actorId),
      body,
      attachments: toAttachments(message.attachments),
    };
    ticket.internalNotes.push(note);
    this.append(ticket, { kind: 'note', ...structuredClone(note) });
    return { ticket, note };
  }

  reply(
    id: string,
    message: OutgoingMessage,
    ctx: ActionContext,
  ): { ticket: DemoTicket; item: ThreadItem } {
    const ticket = this.ticket(id);
    const body = checkBody(message, 'The reply is empty');
    const item: ThreadItem = {
      kind: 'reply',
      id: this.nextId('reply'),
      at: this.nowIso(),
      author: this.agentName(ctx.actorId),
      body,
      attachments: toAttachments(message.attachments),
    };
    if (!ticket.firstResponseAt) {
      ticket.firstResponseAt = item.at;
      ticket.sla.firstResponseAt = item.at;
    }
    this.append(ticket, item);
    return { ticket, item };
  }

  customerMessage(id: string, body: string): { ticket: DemoTicket; item: CustomerMessage } {
    const ticket = this.ticket(id);
    const item: CustomerMessage = {
      kind: 'customer',
      id: this.nextId('customer'),
      at: this.nowIso(),
      author: ticket.contactName,
      body,
      channel: ticket.contact.email ? 'email' : 'portal',
      attachments: [],
    };
    ticket.unread = true;
    this.append(ticket, item);
    return { ticket, item };
  }

  /** Starts the actor's timer, or stops it and books the elapsed minutes (at least 1). */
  toggleTimer(id: string, ctx: ActionContext): TimeInfo {
    const ticket = this.ticket(id);
    const context = (this.data.contexts[id] ??= {});
    const time = (context.time ??= { entries: [] });
    const now = this.now();
    if (time.runningSince) {
      const minutes = Math.max(1, Math.round((now - Date.parse(time.runningSince)) / 60_000));
      time.entries.push({
        id: this.nextId('time'),
        agentName: this.agentName(ctx.actorId),
        minutes,
        at: new Date(now).toISOString(),
      });
      delete time.runningSince;
      // the logged time counts against the customer's contract, as a PSA books it
      const contract = this.data.customers.find((c) => c.id === ticket.customerId)?.contract;
      if (contract?.hoursUsed !== undefined) {
        contract.hoursUsed = Math.round((contract.hoursUsed + minutes / 60) * 100) / 100;
      }
    } else {
      time.runningSince = new Date(now).toISOString();
    }
    return time;
  }
}

function checkBody(message: OutgoingMessage | undefined, emptyMessage: string): string {
  const body = typeof message?.body === 'string' ? message.body : '';
  if (!body.trim() && !message?.attachments?.length) throw invalid(emptyMessage);
  return body;
}
