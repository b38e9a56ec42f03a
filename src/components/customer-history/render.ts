/**
 * Pure renderers of a `CustomerHistory`, exported for hosts and plugins:
 * `renderCustomerHistory()` (a lit template, the markup `<hd-customer-history>` shows) and
 * `customerHistoryText()` (the plain-text form of DESIGN.md for chat / bot channels).
 * Customer data is untrusted: the template only binds it as text, the text form flattens line
 * breaks so a name or subject cannot forge extra lines.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CustomerHistory, TicketStatus } from '../../adapter/types.js';
import { formatDuration } from '../../model/format.js';

export type CustomerHistoryVariant = 'compact' | 'full';

export interface RenderCustomerHistoryOptions {
  /** `compact` (default) lists the first `compactLimit` last tickets, `full` lists all. */
  variant?: CustomerHistoryVariant;
  /** How many last tickets the compact variant lists (default 3). */
  compactLimit?: number;
  /** When given, last tickets render as buttons that call it with the ticket id. */
  onOpen?: (ticketId: string, event: Event) => void;
  /** `aria-level` of the card heading (default 3). */
  headingLevel?: number;
}

export const COMPACT_LIMIT = 3;

const numberFormat = new Intl.NumberFormat('en-US');

/** Collapses whitespace (incl. line breaks) so untrusted text stays on one line. */
function oneLine(text: string): string {
  return String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "Customer history — Ada" (without the name when there is none). */
export function customerHistoryTitle(history: Pick<CustomerHistory, 'name'>): string {
  const name = oneLine(history.name);
  return name ? `Customer history — ${name}` : 'Customer history';
}

/** "7 tickets total (6 closed)", "1 ticket total (0 closed)", "No tickets yet". */
export function ticketCountText(history: Pick<CustomerHistory, 'ticketsTotal' | 'ticketsClosed'>) {
  const total = Math.max(0, Math.trunc(history.ticketsTotal || 0));
  if (total === 0) return 'No tickets yet';
  const closed = Math.max(0, Math.trunc(history.ticketsClosed || 0));
  const noun = total === 1 ? 'ticket' : 'tickets';
  return `${numberFormat.format(total)} ${noun} total (${numberFormat.format(closed)} closed)`;
}

/** "4.8" — one decimal; `undefined` when there are no ratings. */
export function csatText(csatAvg: number | undefined): string | undefined {
  return typeof csatAvg === 'number' && Number.isFinite(csatAvg) ? csatAvg.toFixed(1) : undefined;
}

/** "12m", "3h 5m"; `undefined` when unknown. */
export function firstResponseText(ms: number | undefined): string | undefined {
  if (typeof ms !== 'number') return undefined;
  return formatDuration(ms) || undefined;
}

/**
 * The plain-text card, exactly as DESIGN.md shows it:
 * ```
 * 👤 Customer history — Ada
 * ID 42
 * 💎 VIP
 * 7 tickets total (6 closed) · ⭐ 4.8 CSAT avg · ⏱ 12m first response
 * Last tickets
 * • [closed] Refund issue
 * • [open] Password reset
 * ```
 * Lines without data are left out (no VIP line for a regular customer, no CSAT part without
 * ratings, no "Last tickets" block without tickets). Every last ticket is listed.
 */
export function customerHistoryText(history: CustomerHistory): string {
  const lines = [`👤 ${customerHistoryTitle(history)}`];
  const id = oneLine(history.id);
  if (id) lines.push(`ID ${id}`);
  if (history.vip) lines.push('💎 VIP');
  const stats = [ticketCountText(history)];
  const csat = csatText(history.csatAvg);
  if (csat) stats.push(`⭐ ${csat} CSAT avg`);
  const frt = firstResponseText(history.firstResponseMs);
  if (frt) stats.push(`⏱ ${frt} first response`);
  lines.push(stats.join(' · '));
  const tickets = history.lastTickets ?? [];
  if (tickets.length) {
    lines.push('Last tickets');
    for (const t of tickets) lines.push(`• [${oneLine(t.status)}] ${oneLine(t.subject)}`);
  }
  return lines.join('\n');
}

const STATUS_LABEL: Record<TicketStatus, string> = {
  open: 'open',
  pending: 'pending',
  resolved: 'resolved',
  closed: 'closed',
};

/**
 * The card as a lit template (no styles: `<hd-customer-history>` brings them; a host reusing
 * the template styles the classes `card`, `title`, `meta`, `vip`, `stats`, `tickets`, `status`).
 */
export function renderCustomerHistory(
  history: CustomerHistory,
  opts: RenderCustomerHistoryOptions = {},
): TemplateResult {
  const { variant = 'compact', onOpen, headingLevel = 3 } = opts;
  const limit = Math.max(0, opts.compactLimit ?? COMPACT_LIMIT);
  const title = customerHistoryTitle(history);
  const all = history.lastTickets ?? [];
  const shown = variant === 'full' ? all : all.slice(0, limit);
  const more = all.length - shown.length;
  const csat = csatText(history.csatAvg);
  const frt = firstResponseText(history.firstResponseMs);
  return html`<section class="card ${variant}" part="card" aria-label=${title}>
    <div class="title" part="title" role="heading" aria-level=${headingLevel}>
      <span aria-hidden="true">👤</span> ${title}
    </div>
    <div class="meta" part="meta">
      <span class="id">ID ${history.id}</span>
      ${history.vip ? html`<span class="vip" part="vip-badge">💎 VIP</span>` : nothing}
    </div>
    <ul class="stats" part="stats" aria-label="Customer stats">
      <li>${ticketCountText(history)}</li>
      ${csat ? html`<li><span aria-hidden="true">⭐</span> ${csat} CSAT avg</li>` : nothing}
      ${frt ? html`<li><span aria-hidden="true">⏱</span> ${frt} first response</li>` : nothing}
    </ul>
    ${
      shown.length
        ? html`<div class="tickets-label" part="tickets-label">Last tickets</div>
            <ul class="tickets" part="tickets" aria-label="Last tickets">
              ${shown.map((t) => {
                const body = html`<span class="status status-${t.status}" part="status"
                    >${STATUS_LABEL[t.status] ?? t.status}</span
                  >
                  <span class="number">#${t.number}</span>
                  <span class="subject">${t.subject}</span>`;
                return html`<li>
                  ${
                    onOpen
                      ? html`<button
                          type="button"
                          class="ticket"
                          part="ticket"
                          @click=${(e: Event) => onOpen(t.id, e)}
                        >
                          ${body}
                        </button>`
                      : html`<span class="ticket" part="ticket">${body}</span>`
                  }
                </li>`;
              })}
            </ul>
            ${
              more > 0
                ? html`<div class="more" part="more">+${numberFormat.format(more)} more</div>`
                : nothing
            }`
        : nothing
    }
  </section>`;
}
