/** Render helpers for the inbox's tools, ticket panel and pagination. */
import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { AdapterError } from '../../adapter/types.js';
import { pageSelectionState } from '../../model/selection.js';
import { HELP_ID } from './help.js';
import { EDITOR_ID } from './view-editor.js';
import { renderRow, renderSkeleton, type RowState } from './row.js';
import type { ViewChip } from './views.js';
import type { HdInbox } from './inbox.js';

export function renderTools(host: HdInbox, active: ViewChip | undefined) {
  const m = host.msg.inbox;
  const custom = active && (active.source === 'adapter' || active.source === 'local');
  return html`<div class="tools" part="tools">
    <button
      type="button"
      class="hd-button new-view"
      popovertarget=${EDITOR_ID}
      @click=${host.ui.onNewView}
    >
      ${m.newView}
    </button>
    ${
      custom
        ? html`<button
            type="button"
            class="hd-button edit-view"
            popovertarget=${EDITOR_ID}
            @click=${(e: Event) => host.ui.onEditView(e, active.saved)}
          >
            ${m.editView}
          </button>`
        : nothing
    }
    <button type="button" class="hd-button next-unread" @click=${host.ui.onNextUnread}>
      ${m.nextUnread}
    </button>
    <button
      type="button"
      class="hd-button help-button"
      popovertarget=${HELP_ID}
      aria-label=${m.shortcuts}
      title=${m.shortcutsTitle}
    >
      ?
    </button>
  </div>`;
}

/** The tabpanel's content: error, first-load skeleton, empty view, or the rows. */
export function renderPanel(host: HdInbox, error: unknown) {
  const m = host.msg.inbox;
  if (error !== undefined) {
    const retry = () => host.retry();
    return html`<div class="hd-error list-error" part="error" role="alert">
      <span>${AdapterError.from(error).message}</span>
      <button type="button" class="hd-button" @click=${retry}>${host.msg.common.retry}</button>
    </div>`;
  }
  if (host.shownKey === undefined) {
    return html`<p class="visually-hidden">${m.loading}</p>
      ${renderSkeleton(host.pageSize)}`;
  }
  const pageIds = host.rows.map((t) => t.id);
  const state = pageSelectionState(host.selection, pageIds);
  return html`<div class="list-header">
      <input
        type="checkbox"
        class="select-page"
        aria-label=${m.selectPage}
        ?disabled=${!pageIds.length}
        .checked=${state === 'all'}
        .indeterminate=${state === 'some'}
        @click=${host.ui.onSelectPage}
      />
      <span class="total">${m.ticketCount(host.total)}</span>
    </div>
    ${host.rows.length ? renderRows(host) : html`<p class="empty" part="empty">${m.empty}</p>`}`;
}

function renderRows(host: HdInbox) {
  const selected = new Set(host.selection.ids);
  const tabStop = Math.min(host.focusIndex, host.rows.length - 1);
  const msg = host.msg;
  const locale = host.resolvedLocale;
  return html`<ul
    class="list"
    part="list"
    aria-label=${msg.inbox.list}
    @click=${host.ui.onListClick}
    @keydown=${host.ui.onListKeydown}
    @focusin=${host.ui.onListFocusin}
  >
    ${repeat(
      host.rows,
      (t) => t.id,
      (t, i) => {
        const s: RowState = {
          selected: selected.has(t.id),
          tabStop: i === tabStop,
          current: t.id === host.openedId,
          watched: host.isWatched(t.id),
          now: host.now,
          msg,
          locale,
        };
        // a row is rebuilt only when its ticket (a new object on every change) or its state
        // changed: selecting one row re-evaluates that row, not the page. (A click on a box
        // always flips its row's `selected`, so the box's `live` binding still runs then.)
        return guard([t, s.selected, s.tabStop, s.current, s.watched, s.now, msg, locale], () =>
          renderRow(t, s),
        );
      },
    )}
  </ul>`;
}

export function renderPagination(host: HdInbox) {
  if (host.total <= host.pageSize) return nothing;
  const page = host.currentPage;
  const pages = host.pageCount;
  const m = host.msg.inbox;
  return html`<nav class="pagination" part="pagination" aria-label=${m.pagination}>
    <button
      type="button"
      class="hd-button"
      data-page="prev"
      @click=${host.ui.onPageClick}
      aria-disabled=${page <= 1 ? 'true' : 'false'}
    >
      ${m.previousPage}
    </button>
    <span class="page-label">${m.pageOf(page, pages)}</span>
    <button
      type="button"
      class="hd-button"
      data-page="next"
      @click=${host.ui.onPageClick}
      aria-disabled=${page >= pages ? 'true' : 'false'}
    >
      ${m.nextPage}
    </button>
    <span class="page-total">${m.ticketCount(host.total)}</span>
  </nav>`;
}
