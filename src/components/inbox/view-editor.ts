/** The saved-view editor popover: create, rename (and refilter) or delete a custom view. */
import { html, nothing } from 'lit';
import { PRIORITIES, TICKET_STATUSES, type SavedView } from '../../adapter/types.js';

export const EDITOR_ID = 'view-editor';

export interface EditorProps {
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

const checkboxes = (name: string, values: readonly string[], checked: readonly string[] = []) =>
  values.map(
    (v) =>
      html`<label class="check-option"
        ><input type="checkbox" name=${name} value=${v} ?checked=${checked.includes(v)} />
        ${v}</label
      >`,
  );

export function renderViewEditor(p: EditorProps) {
  const f = p.editing?.filter ?? {};
  const title = p.editing ? 'Edit view' : 'New view';
  // attribute bindings set the defaults; the inbox calls form.reset() when it opens the editor
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
      <label class="field"
        >View name <input name="name" autocomplete="off" required value=${p.editing?.name ?? ''}
      /></label>
      ${
        p.full
          ? nothing
          : html`<p class="hint">Personal views filter by one tag, one team or one project.</p>`
      }
      <label class="field"
        >Tags${p.full ? ' (comma-separated)' : ''}
        <input name="tags" autocomplete="off" value=${(f.tags ?? []).join(', ')}
      /></label>
      <label class="field"
        >Team <input name="team" autocomplete="off" value=${f.teamId ?? ''}
      /></label>
      <label class="field"
        >Project <input name="project" autocomplete="off" value=${f.projectId ?? ''}
      /></label>
      ${
        p.full
          ? html`<fieldset>
                <legend>Status</legend>
                ${checkboxes('status', TICKET_STATUSES, f.status)}
              </fieldset>
              <fieldset>
                <legend>Priority</legend>
                ${checkboxes('priority', PRIORITIES, f.priority)}
              </fieldset>`
          : nothing
      }
      ${p.error ? html`<p class="hd-error" role="alert">${p.error}</p>` : nothing}
      <div class="editor-actions">
        <button type="submit" class="hd-button primary" ?disabled=${p.busy}>Save view</button>
        <button
          type="button"
          class="hd-button"
          popovertarget=${EDITOR_ID}
          popovertargetaction="hide"
        >
          Cancel
        </button>
        ${
          p.editing && p.deletable
            ? html`<button
                type="button"
                class="hd-button danger"
                ?disabled=${p.busy}
                @click=${p.onDelete}
              >
                Delete view
              </button>`
            : nothing
        }
      </div>
    </form>
  </div>`;
}
