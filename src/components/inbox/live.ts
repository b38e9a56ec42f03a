/**
 * Live updates for `<hd-inbox>`: subscribes to the adapter while connected (and enabled),
 * patches changed rows in place, reloads counts and the page shortly after (so tickets that
 * enter or leave the view show up), tracks which tickets other agents are viewing, and ticks
 * the clock behind relative times. Everything stops on disconnect.
 */
import type { ReactiveController } from 'lit';
import type { AdapterEvent, HelpdeskAdapter } from '../../adapter/types.js';
import { toSummary } from './row.js';
import type { HdInbox } from './inbox.js';

/** Delay before reloading after a burst of live changes. */
export const LIVE_REFRESH_DELAY_MS = 200;
/** How often relative times ("5m ago") are re-evaluated. */
export const CLOCK_INTERVAL_MS = 30_000;

export class LiveController implements ReactiveController {
  private subscribedTo?: HelpdeskAdapter;
  private unsubscribe?: () => void;
  private refreshTimer?: ReturnType<typeof setTimeout>;
  private clock?: ReturnType<typeof setInterval>;

  constructor(private readonly host: HdInbox) {
    host.addController(this);
  }

  hostUpdated(): void {
    this.sync();
  }

  hostDisconnected(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = undefined;
    this.sync();
  }

  /**
   * Subscribes to the adapter in effect and ticks the clock while there is one (neither while
   * disconnected or while the agentInbox flag is off: the legacy slot shows no times).
   */
  private sync() {
    const adapter = this.host.isConnected ? this.host.enabledAdapter : undefined;
    if (adapter && !this.clock) {
      this.clock = setInterval(() => (this.host.now = Date.now()), CLOCK_INTERVAL_MS);
    } else if (!adapter && this.clock) {
      clearInterval(this.clock);
      this.clock = undefined;
    }
    if (adapter === this.subscribedTo) return;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.subscribedTo = adapter;
    if (adapter?.subscribe) this.unsubscribe = adapter.subscribe(this.onEvent);
  }

  private readonly onEvent = (e: AdapterEvent) => {
    const host = this.host;
    if (e.type === 'ticket.updated') {
      const index = host.rows.findIndex((t) => t.id === e.ticket.id);
      if (index >= 0) host.rows = host.rows.with(index, toSummary(e.ticket));
      clearTimeout(this.refreshTimer);
      this.refreshTimer = setTimeout(() => host.refresh(), LIVE_REFRESH_DELAY_MS);
    } else if (e.type === 'presence' && e.agentId !== host.agent?.id) {
      const agents = new Set(host.watchers.get(e.ticketId));
      if (e.state === 'left') agents.delete(e.agentId);
      else agents.add(e.agentId);
      const next = new Map(host.watchers);
      if (agents.size) next.set(e.ticketId, agents);
      else next.delete(e.ticketId);
      host.watchers = next;
    }
  };
}
