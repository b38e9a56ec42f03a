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
import type { HdPickerChangeEvent, PickerOption } from './picker.js';

export type PeekField = 'status' | 'priority' | 'assignee';
export type PresenceState = 'viewing' | 'typing';

export interface HeaderModel {
  ticket: Ticket;
  agents: Agent[];
  me?: Agent;
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

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const STATUS_OPTIONS: PickerOption[] = TICKET_STATUSES.map((s) => ({
  value: s,
  label: capital(s),
}));
const PRIORITY_OPTIONS: PickerOption[] = PRIORITIES.map((p) => ({ value: p, label: capital(p) }));
/** The assignee picker's value for "nobody". */
export const UNASSIGNED = '';

export function assigneeName(ticket: Ticket, agents: Agent[]): string {
  if (!ticket.assigneeId) return 'Unassigned';
  return (
    agents.find((a) => a.id === ticket.assigneeId)?.name ??
    (ticket.assignee?.id === ticket.assigneeId ? ticket.assignee.name : undefined) ??
    ticket.assigneeId
  );
}

function presenceText(p: HeaderModel['presence']) {
  return p.map((x) => (x.state === 'typing' ? `${x.name} is typing…` : `${x.name} is viewing`));
}

function renderNotes(notes: Note[]) {
  if (!notes.length) return html`<p class="quiet">No internal notes.</p>`;
  return html`<ul class="notes-list">
    ${notes.map(
      (n) =>
        html`<li class="note-entry">
          <p class="note-meta">
            <strong>${n.author}</strong> · <time datetime=${n.at}>${formatAbsoluteTime(n.at)}</time>
          </p>
          <p class="note-body">${n.body}</p>
        </li>`,
    )}
  </ul>`;
}

export function renderHeader(m: HeaderModel, act: HeaderActions) {
  const t = m.ticket;
  const agents = m.agents.length ? m.agents : t.assignee ? [t.assignee] : [];
  const assigneeOptions: PickerOption[] = [
    { value: UNASSIGNED, label: 'Unassigned' },
    ...agents.map((a) => ({ value: a.id, label: a.name })),
  ];
  const mine = !!m.me && t.assigneeId === m.me.id;
  const notes = t.internalNotes ?? [];
  const presence = presenceText(m.presence);
  const onPick = (field: PeekField) => (e: HdPickerChangeEvent) =>
    act.change(field, field === 'assignee' && e.value === UNASSIGNED ? null : e.value);
  return html`<div class="identity">
      <p class="number">#${t.number}</p>
      <h2 id="peek-title" class="subject" tabindex="-1">${t.subject}</h2>
      <p class="who">
        <span class="contact">${t.contact?.name ?? t.contactName}</span>
        ${t.contact?.email ? html`<span class="quiet">&lt;${t.contact.email}&gt;</span>` : nothing}
        ${t.client ? html`<span class="client">· ${t.client}</span>` : nothing}
      </p>
      <p class="presence" part="presence" aria-live="polite">
        ${presence.map((text) => html`<span class="presence-chip">${text}</span>`)}
      </p>
    </div>
    <div class="fields" role="group" aria-label="Ticket fields">
      <hd-peek-picker
        label="Status"
        .value=${t.status}
        .options=${STATUS_OPTIONS}
        data-field="status"
        @hd-picker-change=${onPick('status')}
      ></hd-peek-picker>
      <hd-peek-picker
        label="Priority"
        .value=${t.priority}
        .options=${PRIORITY_OPTIONS}
        data-field="priority"
        @hd-picker-change=${onPick('priority')}
      ></hd-peek-picker>
      <hd-peek-picker
        label="Assignee"
        .value=${t.assigneeId ?? UNASSIGNED}
        .valueLabel=${assigneeName(t, m.agents)}
        .options=${assigneeOptions}
        data-field="assignee"
        @hd-picker-change=${onPick('assignee')}
      ></hd-peek-picker>
      ${
        m.me && !mine
          ? html`<button type="button" class="hd-button take" @click=${act.takeOwnership}>
              Take ownership
            </button>`
          : nothing
      }
    </div>
    ${(['status', 'priority', 'assignee'] as const).map((f) =>
      m.errors[f]
        ? html`<p class="hd-error field-error" role="alert" data-field=${f}>
            ${capital(f)} not changed: ${m.errors[f]}
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
        Internal notes (${notes.length})
      </button>
      <div id="internal-notes" class="notes-panel" ?hidden=${!m.notesOpen}>
        ${m.notesOpen ? renderNotes(notes) : nothing}
      </div>
    </div>`;
}
