/** The saved-view editor popover: create, rename (and refilter) or delete a custom view. */
import { html, nothing } from 'lit';
import { PRIORITIES, TICKET_STATUSES, type SavedView } from '../../adapter/types.js';
import type { Messages } from '../../i18n/en.js';

export const EDITOR_ID = 'view-editor';

export interface EditorProps {
  msg: Messages;
  /** False until the editor is first opened: its fields are only built then. */
  built: boolean;
  /** The view being edited; undefined = a new view. */
  editing?: SavedView;
  /** The backend stores views (all filter fields); else personal views (one filter). */
  full: boolean;
  /** The view may be deleted (personal, or the backend has `deleteView`). */
  deletable: boolean;
  busy: boolean;
  error?: string;
  onSubmit: (e: SubmitEvent) => void;
  onDelete: () => void;
  onToggle: (e: Event) => void;
  onBeforeToggle: (e: Event) => void;
}

const checkboxes = <V extends string>(
  name: string,
  values: readonly V[],
  labels: Record<V, string>,
  checked: readonly string[] = [],
) =>
  values.map(
    (v) =>
      html`<label class="check-option"
        ><input type="checkbox" name=${name} value=${v} ?checked=${checked.includes(v)} />
        ${labels[v]}</label
      >`,
  );

export function renderViewEditor(p: EditorProps) {
  const m = p.msg.editor;
  const title = p.editing ? m.editView : m.newView;
  return html`<div
    id=${EDITOR_ID}
    class="popover editor"
    part="view-editor"
    popover="auto"
    role="dialog"
    aria-labelledby="editor-title"
    @beforetoggle=${p.onBeforeToggle}
    @toggle=${p.onToggle}
  >
    <form @submit=${p.onSubmit} novalidate>
      <h2 id="editor-title">${title}</h2>
      ${p.built ? renderFields(p) : nothing}
    </form>
  </div>`;
}

/** The form's fields; attribute bindings set the defaults (the inbox resets the form on open). */
function renderFields(p: EditorProps) {
  const f = p.editing?.filter ?? {};
  const m = p.msg.editor;
  return html`<label class="field"
      >${m.name} <input name="name" autocomplete="off" required value=${p.editing?.name ?? ''}
    /></label>
    ${p.full ? nothing : html`<p class="hint">${m.personalHint}</p>`}
    <label class="field"
      >${m.tags}${p.full ? m.commaSeparated : ''}
      <input name="tags" autocomplete="off" value=${(f.tags ?? []).join(', ')}
    /></label>
    <label class="field"
      >${m.team} <input name="team" autocomplete="off" value=${f.teamId ?? ''}
    /></label>
    <label class="field"
      >${m.project} <input name="project" autocomplete="off" value=${f.projectId ?? ''}
    /></label>
    ${
      p.full
        ? html`<fieldset>
              <legend>${m.status}</legend>
              ${checkboxes('status', TICKET_STATUSES, p.msg.common.statusLower, f.status)}
            </fieldset>
            <fieldset>
              <legend>${m.priority}</legend>
              ${checkboxes('priority', PRIORITIES, p.msg.common.priorityLower, f.priority)}
            </fieldset>`
        : nothing
    }
    ${p.error ? html`<p class="hd-error" role="alert">${p.error}</p>` : nothing}
    <div class="editor-actions">
      <button type="submit" class="hd-button primary" ?disabled=${p.busy}>${m.save}</button>
      <button type="button" class="hd-button" popovertarget=${EDITOR_ID} popovertargetaction="hide">
        ${p.msg.common.cancel}
      </button>
      ${
        p.editing && p.deletable
          ? html`<button
              type="button"
              class="hd-button danger"
              ?disabled=${p.busy}
              @click=${p.onDelete}
            >
              ${m.delete}
            </button>`
          : nothing
      }
    </div>`;
}
