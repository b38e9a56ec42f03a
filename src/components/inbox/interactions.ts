/**
 * What the agent does in `<hd-inbox>`: keys, clicks (all delegated, so rows carry no
 * listeners), the "next unread" walker and the saved-view editor. Split from inbox.ts to
 * keep each file readable; it reads and writes the inbox's reactive state.
 */
import { AdapterError, isAbortError, type SavedView } from '../../adapter/types.js';
import { HdSelectionChangeEvent } from '../../events/index.js';
import {
  selectRange,
  setSelected,
  toggle,
  togglePage,
  type Selection,
} from '../../model/selection.js';
import type { BulkAction } from './bulk-footer.js';
import { hidePopover } from './popover.js';
import { backendSavesViews, newViewId, viewFromForm, writeLocalViews } from './views.js';
import { findNextUnread } from './walker.js';
import type { HdInbox } from './inbox.js';
import { dirOf } from '../../i18n/locale.js';

const upsert = (views: SavedView[], view: SavedView) =>
  views.some((v) => v.id === view.id)
    ? views.map((v) => (v.id === view.id ? view : v))
    : [...views, view];

export class InboxInteractions {
  /** Anchor of Shift+x / Shift+click ranges. */
  private anchorId?: string;
  /** True once the agent moved through the rows: the walker starts after the focused row. */
  private cursorSet = false;
  private walk?: AbortController;
  private editorAnchor?: HTMLElement;

  constructor(private readonly host: HdInbox) {}

  teardown(): void {
    this.walk?.abort();
    this.walk = undefined;
  }

  resetCursor(): void {
    this.cursorSet = false;
    this.anchorId = undefined;
  }

  announceSelection(selection: Selection): void {
    this.host.dispatchEvent(new HdSelectionChangeEvent({ ticketIds: [...selection.ids] }));
  }

  private get root(): ShadowRoot | HTMLElement {
    return this.host.renderRoot as ShadowRoot;
  }

  rowButton(index: number): HTMLElement | null {
    return this.root.querySelectorAll<HTMLElement>('.list > li .open')[index] ?? null;
  }

  focusRow(index: number): void {
    const rows = this.host.rows;
    if (!rows.length) return;
    const i = Math.max(0, Math.min(index, rows.length - 1));
    this.host.focusIndex = i;
    this.rowButton(i)?.focus();
  }

  focusActiveChip(): void {
    this.root.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus();
  }

  /** After the focused element left the DOM: the current row, else the active chip. */
  restoreFocus(): void {
    if (this.host.rows.length && this.rowButton(0)) this.focusRow(this.host.focusIndex);
    else this.focusActiveChip();
  }

  private rowIndex(el: Element | null): number {
    const id = (el?.closest('li[data-id]') as HTMLElement | null)?.dataset.id;
    return id === undefined ? -1 : this.host.rows.findIndex((t) => t.id === id);
  }

  private toggleRow(index: number, range: boolean): void {
    const { rows, selection } = this.host;
    const ticket = rows[index];
    if (!ticket) return;
    const next = range
      ? selectRange(selection, rows, this.anchorId, ticket.id)
      : toggle(selection, ticket);
    this.anchorId = ticket.id;
    this.host.setSelection(next);
  }

  private open(index: number): void {
    const ticket = this.host.rows[index];
    if (!ticket) return;
    this.host.focusIndex = index;
    this.cursorSet = true;
    this.host.openTicket(ticket.id);
  }

  /** Keys on a row (the list's own listener): move, select, open. */
  readonly onListKeydown = (e: KeyboardEvent): void => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
    const index = this.rowIndex(e.target as HTMLElement);
    if (index >= 0 && this.onRowKey(e, index)) e.preventDefault();
  };

  /** Inbox-wide shortcuts while focus is anywhere inside it (except text fields, popovers). */
  readonly onKeydown = (e: KeyboardEvent): void => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
    const target = e.composedPath()[0] as HTMLElement;
    if (target.closest?.('.popover')) return;
    const typing =
      (target instanceof HTMLInputElement && target.type !== 'checkbox') ||
      target instanceof HTMLTextAreaElement ||
      target instanceof HTMLSelectElement ||
      target.isContentEditable;
    if (typing) return;
    if (e.key === '/') this.focusActiveChip();
    else if (e.key === '?') this.host.helpEl?.togglePopover();
    else if (e.key === 'n' && !e.shiftKey) void this.nextUnread();
    else return;
    e.preventDefault();
  };

  private onRowKey(e: KeyboardEvent, index: number): boolean {
    switch (e.key) {
      case 'j':
      case 'ArrowDown':
        this.cursorSet = true;
        this.focusRow(index + 1);
        return true;
      case 'k':
      case 'ArrowUp':
        this.cursorSet = true;
        this.focusRow(index - 1);
        return true;
      case 'Home':
        this.focusRow(0);
        return true;
      case 'End':
        this.focusRow(this.host.rows.length - 1);
        return true;
      case 'x':
      case 'X':
      case ' ':
        this.toggleRow(index, e.shiftKey);
        return true;
      case 'Enter':
        this.open(index);
        return true;
    }
    return false;
  }

  readonly onListClick = (e: MouseEvent): void => {
    const target = e.target as HTMLElement;
    const index = this.rowIndex(target);
    if (index < 0) return;
    this.host.focusIndex = index;
    if (target.matches('input.check')) {
      this.toggleRow(index, e.shiftKey);
    } else if (e.shiftKey) {
      e.preventDefault();
      this.toggleRow(index, true);
    } else {
      this.open(index);
    }
  };

  readonly onListFocusin = (e: FocusEvent): void => {
    const index = this.rowIndex(e.target as HTMLElement);
    if (index >= 0 && index !== this.host.focusIndex) this.host.focusIndex = index;
  };

  readonly onSelectPage = (): void => {
    this.host.setSelection(togglePage(this.host.selection, this.host.rows));
  };

  readonly onChipClick = (e: MouseEvent): void => {
    const chip = (e.target as HTMLElement).closest<HTMLElement>('[data-key]');
    if (chip?.dataset.key) this.host.selectView(chip.dataset.key);
  };

  readonly onChipKeydown = (e: KeyboardEvent): void => {
    const chips = [...this.root.querySelectorAll<HTMLElement>('[role="tab"]')];
    const from = chips.indexOf(e.target as HTMLElement);
    if (from < 0) return;
    // arrows follow the reading direction: in right-to-left text ← is "next"
    const rtl = dirOf(this.host) === 'rtl';
    const next = rtl ? 'ArrowLeft' : 'ArrowRight';
    const to =
      e.key === next
        ? (from + 1) % chips.length
        : e.key === (rtl ? 'ArrowRight' : 'ArrowLeft')
          ? (from - 1 + chips.length) % chips.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? chips.length - 1
              : -1;
    if (to < 0) return;
    e.preventDefault();
    e.stopPropagation();
    this.host.chipFocus = chips[to].dataset.key;
    chips[to].focus();
  };

  readonly onPageClick = (e: MouseEvent): void => {
    const button = e.currentTarget as HTMLElement;
    if (button.getAttribute('aria-disabled') === 'true') return;
    const { currentPage, pageCount } = this.host;
    const next = button.dataset.page === 'next' ? currentPage + 1 : currentPage - 1;
    if (next < 1 || next > pageCount) return;
    this.host.page = next;
    this.host.focusIndex = 0;
    this.cursorSet = false;
  };

  readonly onFooterClick = (e: MouseEvent): void => {
    const button = e.currentTarget as HTMLElement;
    if (button.getAttribute('aria-disabled') === 'true') return;
    const action = button.dataset.action;
    if (action === 'clear') {
      this.host.setSelection(setSelected(this.host.selection, this.selectedItems(), false));
    } else if (action) {
      void this.host.runBulk(action as BulkAction);
    }
  };

  private selectedItems() {
    const { ids, numbers } = this.host.selection;
    return ids.map((id) => ({ id, number: numbers[id] }));
  }

  readonly onNextUnread = (): void => void this.nextUnread();

  /** Opens the next unread ticket after the focused row (wrapping, across pages). */
  async nextUnread(): Promise<void> {
    const host = this.host;
    const adapter = host.enabledAdapter;
    const view = host.queryView;
    if (!adapter || view === undefined) return;
    this.walk?.abort();
    const walk = (this.walk = new AbortController());
    const offset = (host.currentPage - 1) * host.pageSize;
    const onScreen = host.shownKey === host.requestedKey;
    host.notice = '';
    try {
      const hit = await findNextUnread(adapter, {
        view,
        start: offset + (this.cursorSet && onScreen ? host.focusIndex + 1 : 0),
        known: onScreen ? { offset, items: host.rows } : undefined,
        skip: (t) => host.isWatched(t.id),
        signal: walk.signal,
      });
      if (walk.signal.aborted) return;
      if (!hit) {
        host.notice = host.msg.inbox.noUnread;
        return;
      }
      const page = Math.floor(hit.index / host.pageSize) + 1;
      const index = hit.index - (page - 1) * host.pageSize;
      this.cursorSet = true;
      if (page === host.currentPage && onScreen) {
        this.focusRow(index);
      } else {
        host.pendingFocusId = hit.ticket.id;
        host.focusIndex = index;
        host.page = page;
      }
      host.openTicket(hit.ticket.id);
    } catch (err) {
      if (!isAbortError(err)) host.notice = AdapterError.from(err).message;
    }
  }

  // --- saved-view editor --------------------------------------------------------------

  canDelete(view: SavedView | undefined): boolean {
    if (!view) return false;
    const fromBackend = this.host.adapterViews.some((v) => v.id === view.id);
    return !fromBackend || typeof this.host.effectiveAdapter?.deleteView === 'function';
  }

  readonly onNewView = (e: Event): void => {
    this.editorAnchor = e.currentTarget as HTMLElement;
    this.host.editing = undefined;
  };

  onEditView(e: Event, view: SavedView | undefined): void {
    this.editorAnchor = e.currentTarget as HTMLElement;
    this.host.editing = view;
  }

  readonly onEditorToggle = async (e: Event): Promise<void> => {
    this.host.trackPopover(e, this.editorAnchor);
    if ((e as ToggleEvent).newState !== 'open') return;
    this.host.editorError = undefined;
    await this.host.updateComplete;
    const form = this.host.editorEl?.querySelector('form');
    form?.reset();
    form?.querySelector<HTMLInputElement>('input[name="name"]')?.focus();
  };

  readonly onEditorSubmit = async (e: SubmitEvent): Promise<void> => {
    e.preventDefault();
    const host = this.host;
    const adapter = host.enabledAdapter;
    if (!adapter || host.editorBusy) return;
    const full = backendSavesViews(adapter);
    const form = e.target as HTMLFormElement;
    const id = host.editing?.id ?? newViewId();
    const parsed = viewFromForm(new FormData(form), id, full, host.msg);
    if ('error' in parsed) {
      host.editorError = parsed.error;
      return;
    }
    host.editorBusy = true;
    host.editorError = undefined;
    try {
      let saved = parsed.view;
      if (full) {
        saved = await adapter.saveView!(parsed.view);
        host.adapterViews = upsert(host.adapterViews, saved);
      } else {
        if (!host.agent) throw new AdapterError('unavailable', host.msg.inbox.agentUnknown);
        host.localViews = upsert(host.localViews, saved);
        writeLocalViews(host.store, host.agent.id, host.localViews);
      }
      hidePopover(host.editorEl);
      const key = `saved:${saved.id}`;
      if (host.view === key) host.refresh();
      else host.selectView(key);
    } catch (err) {
      host.editorError = AdapterError.from(err).message;
    } finally {
      host.editorBusy = false;
    }
  };

  readonly onDeleteView = async (): Promise<void> => {
    const host = this.host;
    const view = host.editing;
    const adapter = host.enabledAdapter;
    if (!view || !adapter || host.editorBusy) return;
    host.editorBusy = true;
    try {
      if (host.adapterViews.some((v) => v.id === view.id)) {
        await adapter.deleteView!(view.id);
        host.adapterViews = host.adapterViews.filter((v) => v.id !== view.id);
      } else if (host.agent) {
        host.localViews = host.localViews.filter((v) => v.id !== view.id);
        writeLocalViews(host.store, host.agent.id, host.localViews);
      }
      hidePopover(host.editorEl);
      host.editing = undefined;
      if (host.view === `saved:${view.id}`) host.selectView('my_open');
    } catch (err) {
      host.editorError = AdapterError.from(err).message;
    } finally {
      host.editorBusy = false;
    }
  };
}
