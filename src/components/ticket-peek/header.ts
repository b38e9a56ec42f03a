/**
 * The peek's identity header (a render helper, so the subject heading lives in the same shadow
 * root as the dialog it labels): ticket number, subject, contact, client, presence, the
 * Status / Priority / Assignee pickers, "Take ownership", per-field errors and the collapsible
 * "Internal notes (N)" section.
 */
import { html, nothing } from 'lit';
import {
  PRIORITIES,
  TICKET_STATUSES,
  type Agent,
  type Note,
  type Ticket,
} from '../../adapter/types.js';
import { formatAbsoluteTime } from '../../model/format.js';
import type { PickerChangeEvent, PickerOption } from './picker.js';
import type { Messages } from '../../i18n/en.js';
import { nameOr, numberOr, subjectOr, timeOr } from '../base/placeholders.js';

export type PeekField = 'status' | 'priority' | 'assignee';
export type PresenceState = 'viewing' | 'typing';

export interface HeaderModel {
  ticket: Ticket;
  agents: Agent[];
  me?: Agent;
  /** The translation table and the locale for dates. */
  msg: Messages;
  locale: string;
  /** Other agents on this ticket, by display name. */
  presence: { name: string; state: PresenceState }[];
  errors: Partial<Record<PeekField, string>>;
  notesOpen: boolean;
}

export interface HeaderActions {
  change(field: PeekField, value: string | null): void;
  takeOwnership(): void;
  toggleNotes(): void;
}

/** The assignee picker's value for "nobody". */
export const UNASSIGNED = '';

export function assigneeName(ticket: Ticket, agents: Agent[], unassigned = 'Unassigned'): string {
  if (!ticket.assigneeId) return unassigned;
  return (
    agents.find((a) => a.id === ticket.assigneeId)?.name ||
    (ticket.assignee?.id === ticket.assigneeId ? ticket.assignee.name : undefined) ||
    ticket.assigneeId
  );
}

function presenceText(p: HeaderModel['presence'], m: Messages) {
  return p.map((x) => (x.state === 'typing' ? m.peek.typing(x.name) : m.peek.viewing(x.name)));
}

function renderNotes(notes: Note[], m: Messages, locale: string) {
  if (!notes.length) return html`<p class="quiet">${m.peek.noNotes}</p>`;
  return html`<ul class="notes-list">
    ${notes.map(
      (n) =>
        html`<li class="note-entry">
          <p class="note-meta">
            <strong dir="auto">${nameOr(n.author, m)}</strong> ·
            ${timeOr(n.at, formatAbsoluteTime(n.at, locale), m)}
          </p>
          <p class="note-body" dir="auto">${n.body}</p>
        </li>`,
    )}
  </ul>`;
}

export function renderHeader(m: HeaderModel, act: HeaderActions) {
  const t = m.ticket;
  const msg = m.msg;
  const agents = m.agents.length ? m.agents : t.assignee ? [t.assignee] : [];
  const statusOptions: PickerOption[] = TICKET_STATUSES.map((s) => ({
    value: s,
    label: msg.common.status[s],
  }));
  const priorityOptions: PickerOption[] = PRIORITIES.map((p) => ({
    value: p,
    label: msg.common.priority[p],
  }));
  const assigneeOptions: PickerOption[] = [
    { value: UNASSIGNED, label: msg.common.unassigned },
    ...agents.map((a) => ({ value: a.id, label: nameOr(a.name, msg) })),
  ];
  const mine = !!m.me && t.assigneeId === m.me.id;
  const notes = t.internalNotes ?? [];
  const subject = subjectOr(t.subject, msg);
  const presence = presenceText(m.presence, msg);
  const onPick = (field: PeekField) => (e: PickerChangeEvent) =>
    act.change(field, field === 'assignee' && e.value === UNASSIGNED ? null : e.value);
  return html`<div class="identity">
      <p class="number">#${numberOr(t.number)}</p>
      <h2 id="peek-title" class="subject" tabindex="-1" dir="auto" title=${subject}>${subject}</h2>
      <p class="who">
        <span class="contact" dir="auto" title=${nameOr(t.contact?.name || t.contactName, msg)}
          >${nameOr(t.contact?.name || t.contactName, msg)}</span
        >
        ${
          t.contact?.email
            ? html`<span class="quiet" dir="auto">&lt;${t.contact.email}&gt;</span>`
            : nothing
        }
        ${
          t.client
            ? html`<span class="client" title=${t.client}><bdi>${t.client}</bdi></span>`
            : nothing
        }
      </p>
      <p class="presence" part="presence" aria-live="polite">
        ${presence.map(
          // a hidden ", " between chips, or screen readers run them together
          (text, i) =>
            html`${i ? html`<span class="visually-hidden">, </span>` : nothing}<span
                class="presence-chip"
                >${text}</span
              >`,
        )}
      </p>
    </div>
    <div class="fields" role="group" aria-label=${msg.peek.fields}>
      <hd-peek-picker
        label=${msg.peek.status}
        .value=${t.status}
        .valueLabel=${msg.common.statusLower[t.status] ?? t.status}
        .options=${statusOptions}
        data-field="status"
        @picker-change=${onPick('status')}
      ></hd-peek-picker>
      <hd-peek-picker
        label=${msg.peek.priority}
        .value=${t.priority}
        .valueLabel=${msg.common.priorityLower[t.priority] ?? t.priority}
        .options=${priorityOptions}
        data-field="priority"
        @picker-change=${onPick('priority')}
      ></hd-peek-picker>
      <hd-peek-picker
        label=${msg.peek.assignee}
        .value=${t.assigneeId ?? UNASSIGNED}
        .valueLabel=${assigneeName(t, m.agents, msg.common.unassigned)}
        .options=${assigneeOptions}
        data-field="assignee"
        @picker-change=${onPick('assignee')}
      ></hd-peek-picker>
      ${
        m.me && !mine
          ? html`<button type="button" class="hd-button take" @click=${act.takeOwnership}>
              ${msg.peek.takeOwnership}
            </button>`
          : nothing
      }
    </div>
    ${(['status', 'priority', 'assignee'] as const).map((f) =>
      m.errors[f]
        ? html`<p class="hd-error field-error" role="alert" data-field=${f}>
            ${msg.peek.notChanged(f, m.errors[f]!)}
          </p>`
        : nothing,
    )}
    <div class="notes">
      <button
        type="button"
        class="notes-toggle"
        aria-expanded=${m.notesOpen ? 'true' : 'false'}
        aria-controls="internal-notes"
        @click=${act.toggleNotes}
      >
        <span class="disclosure" aria-hidden="true">${m.notesOpen ? '▾' : '▸'}</span>
        ${msg.peek.internalNotes(notes.length)}
      </button>
      <div id="internal-notes" class="notes-panel" ?hidden=${!m.notesOpen}>
        ${m.notesOpen ? renderNotes(notes, msg, m.locale) : nothing}
      </div>
    </div>`;
}
