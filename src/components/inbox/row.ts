/**
 * Render helpers for inbox rows. Rows carry no per-row listeners (the list delegates clicks
 * and keys), so re-rendering unchanged data leaves the DOM untouched.
 */
import { html, nothing } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { live } from 'lit/directives/live.js';
import type { Priority, TicketSummary } from '../../adapter/types.js';
import { ticketSlaState } from '../../model/sla.js';
import { formatAbsoluteTime, formatRelativeTime } from '../../model/format.js';
import { enInbox, type Messages } from '../../i18n/en.js';
import { useEnglish } from '../../i18n/index.js';
import { nameOr, numberOr, subjectOr, timeOr } from '../base/placeholders.js';

/** The English table, with the texts of this element (the default of the helpers below). */
const en = useEnglish(enInbox);

const SUMMARY_FIELDS = [
  'id',
  'number',
  'subject',
  'status',
  'priority',
  'assigneeId',
  'customerId',
  'contactName',
  'updatedAt',
  'createdAt',
  'sla',
  'unread',
  'tags',
  'teamId',
  'projectId',
] as const satisfies readonly (keyof TicketSummary)[];

/** Just the summary fields of a (full) ticket, e.g. from a live `ticket.updated` event. */
export function toSummary(ticket: TicketSummary): TicketSummary {
  const summary: Partial<Record<keyof TicketSummary, unknown>> = {};
  for (const key of SUMMARY_FIELDS) if (key in ticket) summary[key] = ticket[key];
  return summary as unknown as TicketSummary;
}

export interface RowState {
  selected: boolean;
  /** The row that holds the list's single tab stop (roving tabindex). */
  tabStop: boolean;
  /** The ticket last opened from this list. */
  current: boolean;
  /** Another agent is viewing or typing in this ticket. */
  watched: boolean;
  /** Epoch ms used for relative times and SLA state. */
  now: number;
  /** The translation table and the locale for dates. */
  msg: Messages;
  locale: string;
}

const PRIORITY_GLYPHS: Record<Priority, string> = {
  urgent: '⇈',
  high: '↑',
  normal: '–',
  low: '↓',
};

export function renderPriority(priority: Priority, m: Messages = en) {
  const label = m.inbox.priorityIcon(priority);
  return html`<span class="priority ${priority}" role="img" aria-label=${label} title=${label}
    >${PRIORITY_GLYPHS[priority] ?? '?'}</span
  >`;
}

function flag(kind: string, label: string, text: string) {
  return html`<span class="flag ${kind}" role="img" aria-label=${label} title=${label}
    >${text}</span
  >`;
}

export function renderRow(t: TicketSummary, s: RowState) {
  const m = s.msg;
  const f = m.inbox.flags;
  const sla = ticketSlaState(t, s.now);
  const flags = [];
  if (sla === 'breached') flags.push(flag('danger', f.breached.label, f.breached.text));
  if (sla === 'at_risk') flags.push(flag('warning', f.atRisk.label, f.atRisk.text));
  if (t.assigneeId === null) flags.push(flag('quiet', f.unassigned.label, f.unassigned.text));
  if (s.watched) flags.push(flag('accent', f.watched.label, f.watched.text));
  // the full subject is a tooltip on the (trimmed) text, not on the button: there it would be
  // read again as the button's description
  return html`<li
    part="row"
    class=${classMap({ row: true, selected: s.selected, unread: t.unread, current: s.current })}
    data-id=${t.id}
  >
    <input
      class="check"
      type="checkbox"
      tabindex="-1"
      .checked=${live(s.selected)}
      aria-label=${m.inbox.selectTicket(numberOr(t.number), subjectOr(t.subject, m))}
    />
    ${renderPriority(t.priority, m)}
    <span class="main">
      <button
        class="open"
        type="button"
        tabindex=${s.tabStop ? 0 : -1}
        aria-current=${s.current ? 'true' : 'false'}
      >
        <span class="number">#${numberOr(t.number)}</span>
        <span class="subject" dir="auto" title=${subjectOr(t.subject, m)}
          >${subjectOr(t.subject, m)}</span
        >
      </button>
      ${flags.length ? html`<span class="flags">${flags}</span>` : nothing}
    </span>
    <span class="contact" dir="auto">${nameOr(t.contactName, m)}</span>
    ${timeOr(t.updatedAt, formatRelativeTime(t.updatedAt, s.now, s.locale, m.format.unitStyle), m, {
      className: 'updated',
      title: formatAbsoluteTime(t.updatedAt, s.locale),
    })}
    <span class="marker"
      >${t.unread ? html`<span class="unread-dot" role="img" aria-label=${m.inbox.unread}></span>` : nothing}</span
    >
  </li>`;
}

/** Placeholder rows while the first page loads. */
export function renderSkeleton(count: number) {
  return html`<ul class="list skeleton" part="list skeleton" aria-hidden="true">
    ${Array.from(
      { length: Math.min(Math.max(count, 1), 10) },
      () =>
        html`<li class="row">
          <span class="bone check-bone"></span>
          <span class="bone long"></span>
          <span class="bone short"></span>
        </li>`,
    )}
  </ul>`;
}
