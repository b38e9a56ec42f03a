/** Render helpers for the inbox's tools, ticket panel and pagination. */
import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { AdapterError } from '../../adapter/types.js';
import { pageSelectionState } from '../../model/selection.js';
import { HELP_ID } from './help.js';
import { EDITOR_ID } from './view-editor.js';
import { renderRow, renderSkeleton } from './row.js';
import type { ViewChip } from './views.js';
import type { HdInbox } from './inbox.js';

export function renderTools(host: HdInbox, active: ViewChip | undefined) {
  const custom = active && (active.source === 'adapter' || active.source === 'local');
  return html`<div class="tools" part="tools">
    <button
      type="button"
      class="hd-button new-view"
      popovertarget=${EDITOR_ID}
      @click=${host.ui.onNewView}
    >
      New view
    </button>
    ${
      custom
        ? html`<button
            type="button"
            class="hd-button edit-view"
            popovertarget=${EDITOR_ID}
            @click=${(e: Event) => host.ui.onEditView(e, active.saved)}
          >
            Edit view
          </button>`
        : nothing
    }
    <button type="button" class="hd-button next-unread" @click=${host.ui.onNextUnread}>
      Next unread
    </button>
    <button
      type="button"
      class="hd-button help-button"
      popovertarget=${HELP_ID}
      aria-label="Keyboard shortcuts"
      title="Keyboard shortcuts (?)"
    >
      ?
    </button>
  </div>`;
}

/** The tabpanel's content: error, first-load skeleton, empty view, or the rows. */
export function renderPanel(host: HdInbox, error: unknown) {
  if (error !== undefined) {
    return html`<div class="hd-error list-error" part="error" role="alert">
      <span>${AdapterError.from(error).message}</span>
      <button type="button" class="hd-button" @click=${() => host.retry()}>Retry</button>
    </div>`;
  }
  if (host.shownKey === undefined) {
    return html`<p class="visually-hidden">Loading tickets…</p>
      ${renderSkeleton(host.pageSize)}`;
  }
  const pageIds = host.rows.map((t) => t.id);
  const state = pageSelectionState(host.selection, pageIds);
  return html`<div class="list-header">
      <input
        type="checkbox"
        class="select-page"
        aria-label="Select all on this page"
        ?disabled=${!pageIds.length}
        .checked=${state === 'all'}
        .indeterminate=${state === 'some'}
        @click=${host.ui.onSelectPage}
      />
      <span class="total">${host.total} ${host.total === 1 ? 'ticket' : 'tickets'}</span>
    </div>
    ${
      host.rows.length
        ? renderRows(host)
        : html`<p class="empty" part="empty">Nothing here — all caught up</p>`
    }`;
}

function renderRows(host: HdInbox) {
  const selected = new Set(host.selection.ids);
  const tabStop = Math.min(host.focusIndex, host.rows.length - 1);
  return html`<ul
    class="list"
    part="list"
    aria-label="Tickets"
    @click=${host.ui.onListClick}
    @keydown=${host.ui.onListKeydown}
    @focusin=${host.ui.onListFocusin}
  >
    ${repeat(
      host.rows,
      (t) => t.id,
      (t, i) =>
        renderRow(t, {
          selected: selected.has(t.id),
          tabStop: i === tabStop,
          current: t.id === host.openedId,
          watched: host.isWatched(t.id),
          now: host.now,
        }),
    )}
  </ul>`;
}

export function renderPagination(host: HdInbox) {
  if (host.total <= host.pageSize) return nothing;
  const page = host.currentPage;
  const pages = host.pageCount;
  return html`<nav class="pagination" part="pagination" aria-label="Pagination">
    <button
      type="button"
      class="hd-button"
      data-page="prev"
      @click=${host.ui.onPageClick}
      aria-disabled=${page <= 1 ? 'true' : 'false'}
    >
      Previous page
    </button>
    <span class="page-label">Page ${page} of ${pages}</span>
    <button
      type="button"
      class="hd-button"
      data-page="next"
      @click=${host.ui.onPageClick}
      aria-disabled=${page >= pages ? 'true' : 'false'}
    >
      Next page
    </button>
    <span class="page-total">${host.total} tickets</span>
  </nav>`;
}
