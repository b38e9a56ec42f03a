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
import { normalizeHistory } from '../../model/normalize.js';
import { numberOr, subjectOr } from '../base/placeholders.js';
import { messagesFor, type Messages, useEnglish } from '../../i18n/index.js';
import { enHistory } from '../../i18n/en.js';

// registers this element's English texts (src/i18n/en.ts is split into one part per element)
useEnglish(enHistory);

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
  /** Language of the texts and numbers (a BCP 47 tag; default `en`). */
  locale?: string;
}

export interface CustomerHistoryTextOptions {
  /** Language of the texts and numbers (a BCP 47 tag; default `en`, exactly DESIGN.md). */
  locale?: string;
}

export const COMPACT_LIMIT = 3;

/** Collapses whitespace (incl. line breaks) so untrusted text stays on one line. */
function oneLine(text: string): string {
  return String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "Customer history — Ada" (without the name when there is none). */
export function customerHistoryTitle(
  history: Pick<CustomerHistory, 'name'>,
  locale = 'en',
): string {
  return messagesFor(locale).history.title(oneLine(history.name));
}

/** "7 tickets total (6 closed)", "1 ticket total (0 closed)", "No tickets yet". */
export function ticketCountText(
  history: Pick<CustomerHistory, 'ticketsTotal' | 'ticketsClosed'>,
  locale = 'en',
) {
  const m = messagesFor(locale);
  const total = Math.max(0, Math.trunc(history.ticketsTotal || 0));
  if (total === 0) return m.history.noTickets;
  const closed = Math.max(0, Math.trunc(history.ticketsClosed || 0));
  return m.history.tickets(total, closed);
}

/** "4.8 CSAT avg" — one decimal; `undefined` when there are no ratings. */
export function csatText(csatAvg: number | undefined, locale = 'en'): string | undefined {
  return typeof csatAvg === 'number' && Number.isFinite(csatAvg)
    ? messagesFor(locale).history.csat(csatAvg)
    : undefined;
}

/** "12m first response", "3h 5m first response"; `undefined` when unknown. */
export function firstResponseText(ms: number | undefined, locale = 'en'): string | undefined {
  if (typeof ms !== 'number') return undefined;
  const m = messagesFor(locale);
  const duration = formatDuration(ms, locale, m.format.unitStyle);
  return duration ? m.history.firstResponse(duration) : undefined;
}

/** The status label of a last ticket ("closed"; translated, lower case). */
function statusText(m: Messages, status: string): string {
  return m.common.statusLower[status as TicketStatus] ?? status;
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
 * `{locale: 'de'}` gives the German form (numbers and durations formatted for the locale).
 */
export function customerHistoryText(
  data: CustomerHistory,
  opts: CustomerHistoryTextOptions = {},
): string {
  // host data is untrusted about shape too (model/normalize.ts)
  const history = normalizeHistory(data);
  const locale = opts.locale ?? 'en';
  const m = messagesFor(locale);
  const lines = [`👤 ${customerHistoryTitle(history, locale)}`];
  const id = oneLine(history.id);
  if (id) lines.push(m.history.id(id));
  if (history.vip) lines.push(`💎 ${m.history.vip}`);
  const stats = [ticketCountText(history, locale)];
  const csat = csatText(history.csatAvg, locale);
  if (csat) stats.push(`⭐ ${csat}`);
  const frt = firstResponseText(history.firstResponseMs, locale);
  if (frt) stats.push(`⏱ ${frt}`);
  lines.push(stats.join(' · '));
  const tickets = history.lastTickets ?? [];
  if (tickets.length) {
    lines.push(m.history.lastTickets);
    for (const t of tickets) {
      lines.push(`• [${oneLine(statusText(m, t.status))}] ${oneLine(subjectOr(t.subject, m))}`);
    }
  }
  return lines.join('\n');
}

/**
 * The card as a lit template (no styles: `<hd-customer-history>` brings them; a host reusing
 * the template styles the classes `card`, `title`, `meta`, `vip`, `stats`, `tickets`, `status`).
 */
export function renderCustomerHistory(
  data: CustomerHistory,
  opts: RenderCustomerHistoryOptions = {},
): TemplateResult {
  const history = normalizeHistory(data);
  const { variant = 'compact', onOpen, headingLevel = 3, locale = 'en' } = opts;
  const m = messagesFor(locale);
  const limit = Math.max(0, opts.compactLimit ?? COMPACT_LIMIT);
  const title = customerHistoryTitle(history, locale);
  const all = history.lastTickets ?? [];
  const shown = variant === 'full' ? all : all.slice(0, limit);
  const more = all.length - shown.length;
  const csat = csatText(history.csatAvg, locale);
  const frt = firstResponseText(history.firstResponseMs, locale);
  return html`<section class="card ${variant}" part="card" aria-label=${title}>
    <div class="title" part="title" role="heading" aria-level=${headingLevel}>
      <span aria-hidden="true">👤</span> ${title}
    </div>
    <div class="meta" part="meta">
      ${history.id ? html`<span class="id">${m.history.id(history.id)}</span>` : nothing}
      ${history.vip ? html`<span class="vip" part="vip-badge">💎 ${m.history.vip}</span>` : nothing}
    </div>
    <ul class="stats" part="stats" aria-label=${m.history.stats}>
      <li>${ticketCountText(history, locale)}</li>
      ${csat ? html`<li><span aria-hidden="true">⭐</span> ${csat}</li>` : nothing}
      ${frt ? html`<li><span aria-hidden="true">⏱</span> ${frt}</li>` : nothing}
    </ul>
    ${
      shown.length
        ? html`<div class="tickets-label" part="tickets-label">${m.history.lastTickets}</div>
            <ul class="tickets" part="tickets" aria-label=${m.history.lastTickets}>
              ${shown.map((t) => {
                const body = html`<span class="status status-${t.status}" part="status"
                    >${statusText(m, t.status)}</span
                  >
                  <span class="number">#${numberOr(t.number)}</span>
                  <span class="subject" dir="auto" title=${subjectOr(t.subject, m)}
                    >${subjectOr(t.subject, m)}</span
                  >`;
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
              more > 0 ? html`<div class="more" part="more">${m.history.more(more)}</div>` : nothing
            }`
        : nothing
    }
  </section>`;
}
