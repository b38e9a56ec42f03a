import type { AdapterEvent } from '../types.js';
import { chance, pick, type Rng } from '../../mocks/prng.js';
import { isOpenTicket } from '../../model/views.js';
import type { MemoryStore } from './store.js';
import { toTicket } from './queries.js';

/** Options of `adapter.startLiveFeed()`. */
export interface LiveFeedOptions {
  /** Time between simulated events. Default 5000 ms. */
  intervalMs?: number;
  /** Limit the simulation to these tickets (default: every open ticket). */
  ticketIds?: string[];
}

export type PresenceState = 'viewing' | 'typing' | 'left';

const FOLLOW_UPS = [
  'Any update on this? It is still happening.',
  'Quick follow-up: two more colleagues have the same problem now.',
  'I restarted as suggested, same result.',
  'Thanks, that seems to have helped. I will keep an eye on it.',
];

/**
 * Simulates other people working: a customer message arriving, another agent viewing /
 * typing / leaving a ticket, or an AI summary refresh. Each `step()` mutates the store and
 * returns the events to emit.
 */
export class LiveFeedSimulator {
  private readonly presence = new Map<string, PresenceState>();

  constructor(
    private readonly store: MemoryStore,
    private readonly rng: Rng,
  ) {}

  step(ticketIds?: string[]): AdapterEvent[] {
    const { data } = this.store;
    const candidates = ticketIds?.length
      ? data.tickets.filter((t) => ticketIds.includes(t.id))
      : data.tickets.filter(isOpenTicket);
    if (!candidates.length) return [];
    const ticket = pick(this.rng, candidates);
    const roll = this.rng();
    if (roll < 0.25) {
      const { item } = this.store.customerMessage(ticket.id, pick(this.rng, FOLLOW_UPS));
      return [
        { type: 'thread.appended', ticketId: ticket.id, item },
        { type: 'ticket.updated', ticket: toTicket(data, ticket) },
      ];
    }
    if (roll < 0.8) {
      const others = data.agents.filter((a) => a.id !== data.meId);
      const agent = pick(this.rng, others.length ? others : data.agents);
      const key = `${ticket.id}|${agent.id}`;
      const before = this.presence.get(key);
      const state: PresenceState =
        before === undefined || before === 'left'
          ? 'viewing'
          : chance(this.rng, 0.6)
            ? 'typing'
            : 'left';
      this.presence.set(key, state);
      return [{ type: 'presence', ticketId: ticket.id, agentId: agent.id, state }];
    }
    const thread = data.threads[ticket.id] ?? [];
    const summary = {
      text: `${ticket.contactName} reports "${ticket.subject}". ${thread.length} messages so far; status ${ticket.status}, priority ${ticket.priority}.`,
      updatedAt: this.store.nowIso(),
    };
    (data.contexts[ticket.id] ??= {}).summary = summary;
    return [{ type: 'summary.updated', ticketId: ticket.id, summary }];
  }
}
