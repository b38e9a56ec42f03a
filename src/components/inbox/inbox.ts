import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import {
  isAbortError,
  type Agent,
  type HelpdeskAdapter,
  type SavedView,
  type TicketSummary,
} from '../../adapter/types.js';
import { HdTicketOpenEvent, HdViewChangeEvent } from '../../events/index.js';
import {
  EMPTY_SELECTION,
  parseSelection,
  selectionKey,
  setSelected,
  type Selection,
} from '../../model/selection.js';
import { guardAdapter } from '../../model/normalize.js';
import { HdElement } from '../base/hd-element.js';
import { hostStyles } from '../../tokens/host-styles.js';
import { inboxStyles } from './inbox.styles.js';
import { popoverStyles } from './popover.styles.js';
import { LiveController } from './live.js';
import { renderPagination, renderPanel, renderTools } from './panel.js';
import { PANEL_ID, chipId, renderViewsBar } from './views-bar.js';
import { runBulkAction } from './bulk-run.js';
import {
  renderBulkFooter,
  renderBulkResult,
  type BulkAction,
  type BulkProgress,
  type BulkResult,
} from './bulk-footer.js';
import { HELP_ID, renderHelp } from './help.js';
import { EDITOR_ID, renderViewEditor } from './view-editor.js';
import { backendSavesViews, buildChips, readLocalViews, type ViewChip } from './views.js';
import { anchorPopover } from './popover.js';
import { InboxInteractions } from './interactions.js';
import { useEnglish } from '../../i18n/index.js';
import { enInbox } from '../../i18n/en.js';

// registers this element's English texts (src/i18n/en.ts is split into one part per element)
useEnglish(enInbox);

type ListResult = { items: TicketSummary[]; total: number; key: string };

/**
 * The agent home screen: view chips with live counts, a page of tickets, persistent
 * selection with audited bulk actions, custom saved views, a "next unread" walker and full
 * keyboard control. Shows its `legacy` slot (and calls nothing) while the `agentInbox` flag
 * is off.
 *
 * @summary Agent inbox with saved views, selection and bulk actions.
 * @slot legacy - Shown instead of the inbox while the `agentInbox` feature flag is off.
 * @csspart base - The whole inbox.
 * @csspart header - The bar with the view chips and tools.
 * @csspart views - The tablist of view chips.
 * @csspart chip - One view chip.
 * @csspart tools - "New view", "Next unread" and help buttons.
 * @csspart list - The list of tickets.
 * @csspart row - One ticket row.
 * @csspart empty - The "Nothing here — all caught up" message.
 * @csspart error - Error messages (adapter error, no adapter).
 * @csspart pagination - Previous / next page and "Page N of M".
 * @csspart footer - The bulk-action footer.
 * @csspart status - The live region with bulk results and notices.
 * @csspart help - The keyboard shortcut popover.
 * @csspart view-editor - The saved-view editor popover.
 * @csspart notice - The notice shown when the flag is off and no legacy content is slotted.
 * @cssproperty [--hd-inbox-row-height=2.75rem] - Minimum height of a row.
 * @cssproperty [--hd-inbox-max-height=none] - Max height of the list (it scrolls beyond).
 * @fires hd-ticket-open - A row was activated (cancelable). `{ticketId}`
 * @fires hd-view-change - The agent picked another view. `{view}`
 * @fires hd-selection-change - The selection changed. `{ticketIds}`
 * @fires hd-action-executed - Once per ticket of a bulk action.
 * @fires hd-bulk-action-started - A bulk action began. `{action, ticketIds}`
 * @fires hd-bulk-action-completed - A bulk action ended. `{action, ok, failed, results}`
 */
export class HdInbox extends HdElement {
  static override styles = [hostStyles, inboxStyles, popoverStyles];

  /** @internal */
  @query(`#${HELP_ID}`) helpEl?: HTMLElement;
  /** @internal */
  @query('#view-editor') editorEl?: HTMLElement;

  /** The current view key (`my_open`, `unassigned`, `overdue`, `high_priority`, `all_open`,
   * `by_tag:<tag>`, `by_team:<id>`, `by_project:<id>`, `saved:<id>`). */
  @property({ reflect: true }) view = 'my_open';
  /** The current page, 1-based. */
  @property({ type: Number }) page = 1;
  /** Tickets per page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;

  /** @internal */ @state() rows: TicketSummary[] = [];
  /** @internal */ @state() total = 0;
  /** `<query>|<page>|<size>` of the rows on screen; undefined until the first page arrived.
   * @internal */
  @state() shownKey?: string;
  /** @internal */ @state() counts: Record<string, number> = {};
  /** @internal */ @state() agent?: Agent;
  /** @internal */ @state() selection: Selection = EMPTY_SELECTION;
  /** @internal */ @state() adapterViews: SavedView[] = [];
  /** @internal */ @state() localViews: SavedView[] = [];
  /** @internal */ @state() focusIndex = 0;
  /** @internal */ @state() chipFocus?: string;
  /** @internal */ @state() openedId?: string;
  /** @internal */ @state() watchers = new Map<string, Set<string>>();
  /** @internal */ @state() progress?: BulkProgress;
  /** @internal */ @state() bulkResult?: BulkResult;
  /** @internal */ @state() notice = '';
  /** The selection count for screen readers (its own live region). @internal */
  @state() selectionNote = '';
  /** @internal */ @state() editing?: SavedView;
  /** @internal */ @state() editorBusy = false;
  /** @internal */ @state() editorError?: string;
  /** @internal */ @state() now = Date.now();
  /** Popovers opened at least once: their content is built on first open. @internal */
  @state() builtPopovers: ReadonlySet<string> = new Set();

  /** Keyboard, pointer, walker and editor behaviour. @internal */
  readonly ui = new InboxInteractions(this);
  /** Set when a row should take focus once its page has rendered. @internal */
  pendingFocusId?: string;
  private focusAfterRender = false;
  /** Subscription, presence and clock; all stopped on disconnect. @internal */
  protected readonly live = new LiveController(this);
  private readonly popoverCleanups = new Map<string, () => void>();
  private readonly returnFocus = new Map<string, HTMLElement>();

  private readonly agentTask = new Task(this, {
    args: () => [this.enabledAdapter, this.contextAgent] as const,
    task: async ([adapter], { signal }) => {
      if (!adapter) return initialState;
      const agent = await this.currentAgent();
      signal.throwIfAborted();
      return agent;
    },
    onComplete: (agent) => this.adoptAgent(agent),
  });

  private readonly savedViewsTask = new Task(this, {
    args: () => [this.enabledAdapter] as const,
    task: async ([adapter], { signal }) => {
      if (!adapter) return initialState;
      return adapter.listSavedViews ? adapter.listSavedViews({ signal }) : [];
    },
    onComplete: (views) => (this.adapterViews = [...views]),
  });

  private readonly listTask = new Task(this, {
    args: () => [this.enabledAdapter, this.queryView, this.currentPage, this.pageSize] as const,
    task: async ([adapter, view, page, pageSize], { signal }): Promise<ListResult> => {
      if (!adapter || view === undefined) return initialState as never;
      const res = await adapter.listTickets({ view, page, pageSize }, { signal });
      return { items: res.items, total: res.total, key: `${view}|${page}|${pageSize}` };
    },
    onComplete: (res) => this.showPage(res),
  });

  private readonly countsTask = new Task(this, {
    args: () => [this.enabledAdapter, this.chips.map((c) => c.query).join('\n')] as const,
    task: async ([adapter, keys], { signal }) => {
      if (!adapter) return initialState as never;
      return adapter.countViews(keys.split('\n'), { signal });
    },
    onComplete: (counts: Record<string, number>) => (this.counts = counts),
  });

  /**
   * The adapter, while the inbox is enabled (else nothing is ever called), with every answer
   * normalised (`guardAdapter`, model/normalize.ts). @internal
   */
  get enabledAdapter(): HelpdeskAdapter | undefined {
    return this.flags.agentInbox ? guardAdapter(this.effectiveAdapter) : undefined;
  }

  /** @internal */
  get currentPage(): number {
    return Math.max(1, Math.floor(Number(this.page)) || 1);
  }

  /** @internal */
  get pageCount(): number {
    return Math.max(1, Math.ceil(this.total / Math.max(1, this.pageSize)));
  }

  /** Built-in chips, then saved views (plus the current view when it is no chip). @internal */
  get chips(): ViewChip[] {
    // read several times per update (the tasks' arguments, render): built once per change
    const inputs = [this.adapterViews, this.localViews, this.view, this.msg] as const;
    const last = this.chipsMemo;
    if (last && inputs.every((v, i) => v === last.inputs[i])) return last.chips;
    const chips = buildChips(...inputs);
    this.chipsMemo = { inputs, chips };
    return chips;
  }
  private chipsMemo?: { inputs: readonly unknown[]; chips: ViewChip[] };

  /**
   * The key sent to the adapter for the current view; undefined while it cannot be known.
   * @internal
   */
  get queryView(): string | undefined {
    const chip = this.chips.find((c) => c.key === this.view);
    if (chip && chip.source !== 'other') return chip.query;
    const waiting =
      this.view.startsWith('saved:') &&
      (this.agentTask.status <= TaskStatus.PENDING ||
        this.savedViewsTask.status <= TaskStatus.PENDING);
    return waiting ? undefined : this.view;
  }

  /** @internal */
  get requestedKey(): string {
    return `${this.queryView}|${this.currentPage}|${this.pageSize}`;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.refresh();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const task of [this.agentTask, this.savedViewsTask, this.listTask, this.countsTask]) {
      task.abort();
    }
    this.ui.teardown();
    for (const cleanup of this.popoverCleanups.values()) cleanup();
    this.popoverCleanups.clear();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('view') && this.hasUpdated) {
      if (!changed.has('page')) this.page = 1;
      this.focusIndex = 0;
      this.chipFocus = undefined;
      this.ui.resetCursor();
    }
  }

  protected override update(changed: PropertyValues<this>): void {
    const root = this.shadowRoot;
    const hadFocus = !!root?.activeElement;
    super.update(changed);
    // a focused row, footer button or view chip that just left the DOM: never drop focus
    if (root && hadFocus && !root.activeElement) this.ui.restoreFocus();
  }

  protected override updated(): void {
    if (this.focusAfterRender) {
      this.focusAfterRender = false;
      this.ui.focusRow(this.focusIndex);
    }
  }

  /**
   * Focuses the current row (the list's roving tab stop), else the active view chip; before the
   * first render, the element itself. A dialog whose opener row has left the view (the ticket
   * was closed or reassigned meanwhile) returns focus here.
   */
  override focus(options?: FocusOptions): void {
    if (this.hasUpdated) this.ui.restoreFocus();
    else super.focus(options);
  }

  /** Reloads the counts and the current page in place (rows stay until new ones arrive). */
  refresh(): void {
    void this.listTask.run();
    void this.countsTask.run();
  }

  /** Re-fetches the custom saved views and then the rest. @internal */
  retry(): void {
    void this.savedViewsTask.run();
    void this.agentTask.run();
    this.refresh();
  }

  /**
   * Replaces the selection, persists it for the agent and announces it: the
   * `hd-selection-change` event, and for screen readers the new count (a keyboard `x` is
   * otherwise silent). `announce: false` when a bulk action empties it (its result speaks).
   * @internal
   */
  setSelection(next: Selection, announce = true): void {
    if (next === this.selection) return;
    this.selection = next;
    if (announce) {
      const count = next.ids.length;
      this.selectionNote = count ? this.msg.bulk.selected(count) : this.msg.bulk.cleared;
    }
    if (this.agent) {
      const key = selectionKey(this.agent.id);
      if (next.ids.length) this.store.set(key, next);
      else this.store.delete(key);
    }
    this.ui.announceSelection(next);
  }

  /** Switches to a view as the agent did (emits `hd-view-change`). @internal */
  selectView(key: string): void {
    this.chipFocus = key;
    if (key === this.view) return;
    this.view = key;
    this.page = 1;
    this.notice = '';
    this.dispatchEvent(new HdViewChangeEvent({ view: key }));
  }

  /**
   * Dispatches `hd-ticket-open`; unless cancelled the row is marked as the current one.
   * @internal
   */
  openTicket(ticketId: string): void {
    if (this.dispatchEvent(new HdTicketOpenEvent({ ticketId }))) this.openedId = ticketId;
  }

  /**
   * Runs a bulk action over the selection through this element's ActionExecutor (origin
   * `bulk`); see {@link runBulkAction}.
   * @internal
   */
  runBulk(action: BulkAction): Promise<void> {
    return runBulkAction(this, action, this.executor, () => this.actionContext('bulk'));
  }

  /**
   * Whether another agent is viewing or typing in the ticket (from `presence` events).
   * @internal
   */
  isWatched(ticketId: string): boolean {
    return (this.watchers.get(ticketId)?.size ?? 0) > 0;
  }

  /** Remembers where focus was before a popover opens (`beforetoggle`). @internal */
  rememberFocus(e: Event): void {
    const el = e.target as HTMLElement;
    if ((e as ToggleEvent).newState !== 'open') return;
    // rendered before the popover paints (the update runs in a microtask)
    if (!this.builtPopovers.has(el.id)) this.builtPopovers = new Set(this.builtPopovers).add(el.id);
    const active = this.shadowRoot?.activeElement;
    if (active instanceof HTMLElement && !el.contains(active)) this.returnFocus.set(el.id, active);
  }

  /**
   * Keeps an open popover next to its anchor (`toggle`); on close, focus goes back to where
   * it was (or to the current row) when it was inside the popover.
   * @internal
   */
  trackPopover(e: Event, anchor: HTMLElement | null | undefined): void {
    const el = e.target as HTMLElement;
    this.popoverCleanups.get(el.id)?.();
    this.popoverCleanups.delete(el.id);
    if ((e as ToggleEvent).newState === 'open') {
      // `toggle` comes a task after showPopover(): the inbox may be gone (or the popover shut)
      // by then, and positioning listeners started now would never be stopped
      if (!this.isConnected || !el.matches(':popover-open')) return;
      if (anchor) this.popoverCleanups.set(el.id, anchorPopover(anchor, el));
      // move focus into the popover (the editor focuses its name field itself)
      if (el.id === HELP_ID) el.querySelector<HTMLElement>('.close-help')?.focus();
      return;
    }
    const back = this.returnFocus.get(el.id);
    this.returnFocus.delete(el.id);
    const active = this.shadowRoot?.activeElement;
    if (active && !el.contains(active)) return;
    if (back?.isConnected) back.focus();
    else this.ui.restoreFocus();
  }

  private adoptAgent(agent: Agent) {
    if (this.agent?.id === agent.id) return;
    const stored = parseSelection(this.store.get(selectionKey(agent.id)));
    // picks made before the agent was known are kept; another agent's selection is not
    const picked = this.agent
      ? []
      : this.selection.ids.map((id) => ({ id, number: this.selection.numbers[id] }));
    this.agent = agent;
    this.selection = setSelected(stored, picked, true);
    if (picked.length) this.store.set(selectionKey(agent.id), this.selection);
    this.localViews = backendSavesViews(this.effectiveAdapter)
      ? []
      : readLocalViews(this.store, agent.id);
  }

  private showPage(res: ListResult) {
    const pages = Math.max(1, Math.ceil(res.total / Math.max(1, this.pageSize)));
    if (this.currentPage > pages) {
      // the page emptied (e.g. after a bulk close): keep showing it until the last one loads
      this.page = pages;
      return;
    }
    this.rows = res.items;
    this.total = res.total;
    this.shownKey = res.key;
    if (this.pendingFocusId) {
      const index = res.items.findIndex((t) => t.id === this.pendingFocusId);
      if (index >= 0) {
        this.pendingFocusId = undefined;
        this.focusIndex = index;
        this.focusAfterRender = true;
      }
    }
    this.focusIndex = Math.min(this.focusIndex, Math.max(0, res.items.length - 1));
  }

  protected override render() {
    const m = this.msg;
    if (!this.flags.agentInbox) {
      return html`<slot name="legacy"
        ><p class="notice" part="notice">${m.inbox.notEnabled}</p></slot
      >`;
    }
    if (!this.effectiveAdapter) return this.renderNoAdapter();
    const chips = this.chips;
    const activeIndex = chips.findIndex((c) => c.key === this.view);
    const busy = this.listTask.status === TaskStatus.PENDING && this.requestedKey !== this.shownKey;
    const failed = this.listTask.status === TaskStatus.ERROR && !isAbortError(this.listTask.error);
    const listError = failed ? this.listTask.error : undefined;
    return html`<section
      class="base"
      part="base"
      aria-label=${m.inbox.region}
      @keydown=${this.ui.onKeydown}
    >
      <header class="header" part="header">
        ${guard([chips, this.view, this.chipFocus, this.counts, m], () =>
          renderViewsBar({
            label: m.inbox.views,
            chips,
            active: this.view,
            tabStop: this.chipFocus ?? this.view,
            counts: this.counts,
            onClick: this.ui.onChipClick,
            onKeydown: this.ui.onChipKeydown,
          }),
        )}
        ${guard([chips[activeIndex], m], () => renderTools(this, chips[activeIndex]))}
      </header>
      <div
        id=${PANEL_ID}
        class="panel ${busy ? 'busy' : ''}"
        role="tabpanel"
        aria-labelledby=${chipId(activeIndex)}
        aria-busy=${busy ? 'true' : 'false'}
      >
        ${renderPanel(this, listError)}
      </div>
      ${guard([this.total, this.pageSize, this.currentPage, m], () => renderPagination(this))}
      ${
        this.selection.ids.length
          ? renderBulkFooter({
              msg: m,
              count: this.selection.ids.length,
              progress: this.progress,
              onClick: this.ui.onFooterClick,
            })
          : nothing
      }
      <div class="status" part="status" role="status">
        ${renderBulkResult(this.bulkResult, () => (this.bulkResult = undefined), m)}
        ${this.notice ? html`<p class="notice-line">${this.notice}</p>` : nothing}
      </div>
      <span class="visually-hidden selection-note" role="status">${this.selectionNote}</span>
      ${renderHelp({
        msg: m,
        built: this.builtPopovers.has(HELP_ID),
        onBeforeToggle: (e) => this.rememberFocus(e),
        onToggle: (e) =>
          this.trackPopover(e, this.renderRoot.querySelector<HTMLElement>('.help-button')),
      })}
      ${renderViewEditor({
        msg: m,
        built: this.builtPopovers.has(EDITOR_ID),
        editing: this.editing,
        full: backendSavesViews(this.effectiveAdapter),
        deletable: this.ui.canDelete(this.editing),
        busy: this.editorBusy,
        error: this.editorError,
        onSubmit: this.ui.onEditorSubmit,
        onDelete: this.ui.onDeleteView,
        onToggle: this.ui.onEditorToggle,
        onBeforeToggle: (e) => this.rememberFocus(e),
      })}
    </section>`;
  }
}
