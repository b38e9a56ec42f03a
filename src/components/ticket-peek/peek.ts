import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import { HdElement } from '../base/hd-element.js';
import { guardAdapter } from '../../model/normalize.js';
import { hostStyles } from '../../tokens/host-styles.js';
import {
  AdapterError,
  type AdapterEvent,
  type Agent,
  type CustomerHistory,
  type ThreadItem,
  type Ticket,
  type TicketContext,
  type TicketPatch,
} from '../../adapter/types.js';
import {
  HdPeekCloseEvent,
  HdPeekOpenEvent,
  type ActionName,
  type HdActionExecutedEvent,
  type HdReplySentEvent,
  type HdTicketOpenEvent,
  type PeekCloseReason,
} from '../../events/index.js';
import { ModalController } from './modal.js';
import { FocusKeeper } from '../base/focus-keeper.js';
import { renderHeader, type PeekField, type PresenceState } from './header.js';
import {
  renderLoadError,
  renderMessageBody,
  renderSkeleton,
  renderTicketLayout,
} from './layout.js';
import { SubscriptionController } from './subscription.js';
import { Announcer } from './announcer.js';
import { numberOr, subjectOr } from '../base/placeholders.js';
import { loadPeekData } from './load.js';
import { peekStyles } from './peek.styles.js';
import type { HdPeekThread } from './thread.js';
import type { HdPeekRemoteCard } from './cards/remote-card.js';
import type { HdPeekPicker } from './picker.js';
import { definePeekElements } from './internals.js';
import '../composer/define.js';
import '../customer-history/define.js';
import { useEnglish } from '../../i18n/index.js';
import { enPeek } from '../../i18n/en.js';

// registers this element's English texts (src/i18n/en.ts is split into one part per element)
useEnglish(enPeek);

const FIELD_ACTION: Record<PeekField, ActionName> = {
  status: 'set_status',
  priority: 'set_priority',
  assignee: 'set_assignee',
};

/**
 * The slide-out for working one ticket: a modal dialog (native `<dialog>` + `showModal()`:
 * top layer, inert page, Escape) holding a contained, inset, rounded panel over a scrim.
 * Identity header with inline-edit popovers; the thread (left, hero-sized) with the composer
 * under it; the context stack (right). The two panes stack into one column when the panel is
 * narrower than 680px (a container query, so a narrow `--hd-peek-width` collapses it too).
 * In two panes the conversation keeps at least half the column (or 22rem); a taller composer
 * (a suggestion, attachments) scrolls inside the `footer` part. In one column the body scrolls.
 * A used control that goes away (Take ownership, Retry, Start session) hands keyboard focus on
 * to the control that replaced it or the nearest heading, never to `<body>`.
 *
 * Every change (status, priority, assignee, notes, replies, `subscribe` events) re-renders in
 * place: the thread, its scroll position and the composer (and its draft) are kept.
 *
 * @summary Ticket slide-out dialog.
 * @csspart base - The `<dialog>` (fills the viewport).
 * @csspart scrim - The click-to-dismiss backdrop.
 * @csspart panel - The rounded panel.
 * @csspart header - Identity header (number, subject, contact, client, pickers, notes).
 * @csspart thread - The conversation pane (customer-history pin + thread).
 * @csspart context - The context stack (cards).
 * @csspart footer - The composer area under the thread.
 * @csspart close-button - The "Close" button.
 * @cssproperty [--hd-peek-width=72rem] - Width of the panel (capped by the viewport).
 * @cssproperty [--hd-peek-inset=var(--hd-space-4)] - Gap between the panel and the viewport edges.
 * @cssproperty [--hd-peek-context-width=22rem] - Width of the context stack (two-pane layout).
 * @fires hd-peek-open - The peek opened or switched ticket (`detail.ticketId`).
 * @fires hd-peek-close - The peek closed (`detail.reason`: scrim, escape, close or api).
 * @fires hd-action-executed - After every write (origin `peek`).
 * @fires hd-ticket-open - A related ticket was activated (cancelable; else the peek switches).
 * @fires hd-remote-session-change - The remote session changed state.
 * @fires hd-remote-action - "Remote desktop" or "Shell" was launched.
 */
export class HdTicketPeek extends HdElement {
  static override styles = [hostStyles, peekStyles];

  /** The ticket shown. Changing it while open switches the peek (the last one wins). */
  @property({ attribute: 'ticket-id', reflect: true }) ticketId?: string;
  /** Whether the dialog is open. Prefer `show()` / `hide()`. */
  @property({ type: Boolean, reflect: true }) open = false;

  @state() private ticket?: Ticket;
  @state() private context?: TicketContext;
  @state() private agents: Agent[] = [];
  @state() private me?: Agent;
  @state() private history?: CustomerHistory;
  @state() private errors: Partial<Record<PeekField, string>> = {};
  @state() private presence: ReadonlyMap<string, PresenceState> = new Map();
  /** Who replied since the agent opened the ticket (the composer warns before sending). */
  @state() private staleAuthor = '';
  @state() private notesOpen = false;

  @query('dialog') private dialog?: HTMLDialogElement;
  @query('.panel') private panel?: HTMLElement;
  @query('.close') private closeButton?: HTMLButtonElement;
  @query('hd-peek-thread') private thread?: HdPeekThread;
  @query('hd-peek-remote-card') private remoteCard?: HdPeekRemoteCard;

  private closeReason: PeekCloseReason = 'api';

  private readonly modal = new ModalController(this, {
    dialog: () => this.dialog,
    container: () => this.panel,
    initialFocus: () => this.closeButton,
  });

  /**
   * Says "Ticket #1008 loaded: <subject>" when a ticket has loaded: focus stays on "Close" and
   * the dialog's name changes from "Loading ticket…" to the subject silently.
   */
  private readonly loadNotice = new Announcer(this);

  /** A used control that went away hands focus on (never to `<body>`). */
  protected readonly focusKeeper = new FocusKeeper(this, (lost) => this.focusAfterLoss(lost));

  private readonly load = new Task(this, {
    task: ([adapter, id, open], { signal }) =>
      adapter && id && open
        ? loadPeekData(
            adapter,
            id,
            signal,
            () => this.currentAgent(),
            this.flags.customerHistoryPin,
          )
        : Promise.resolve(initialState),
    args: () => [this.guardedAdapter, this.ticketId, this.open] as const,
    onComplete: (data) => {
      if (data.id !== this.ticketId) return;
      this.ticket = data.ticket;
      this.context = data.context;
      this.me = data.me;
      this.agents = data.agents;
      this.history = data.history;
      const m = this.msg;
      this.loadNotice.announce(
        m.peek.loaded(numberOr(data.ticket.number), subjectOr(data.ticket.subject, m)),
      );
    },
  });

  /** The `adapter.subscribe()` listener, held while open. */
  protected readonly live = new SubscriptionController(
    this,
    () => (this.open && this.isConnected ? this.guardedAdapter : undefined),
    (event) => this.onAdapterEvent(event),
  );

  private abortedOnDisconnect = false;
  /** Counters of the background re-reads: only the newest one may write. */
  private contextRun = 0;
  private historyRun = 0;

  /** The adapter in effect with every answer normalised (model/normalize.ts). */
  private get guardedAdapter() {
    return guardAdapter(this.effectiveAdapter);
  }

  override connectedCallback(): void {
    definePeekElements();
    super.connectedCallback();
    if (this.abortedOnDisconnect) {
      this.abortedOnDisconnect = false;
      this.load.run();
    }
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.load.status === TaskStatus.PENDING) {
      this.load.abort();
      this.abortedOnDisconnect = true;
    }
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('ticketId') || (changed.has('open') && !this.open)) {
      this.errors = {};
      this.presence = new Map();
      this.staleAuthor = '';
      this.notesOpen = false;
      this.loadNotice.clear();
      if (!this.open || this.ticket?.id !== this.ticketId) {
        this.ticket = undefined;
        this.context = undefined;
        this.history = undefined;
      }
    }
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    if (this.open) {
      this.modal.ensureOpen();
      if ((changed.has('open') || changed.has('ticketId')) && this.ticketId) {
        // switching tickets removes the focused control (a related ticket): keep focus inside
        if (!changed.has('open')) this.modal.refocusIfLost();
        this.dispatchEvent(new HdPeekOpenEvent({ ticketId: this.ticketId }));
      }
    } else if (changed.get('open') === true) {
      this.finishClose();
    }
  }

  /** Opens the peek on a ticket (or switches to it when already open). */
  show(ticketId?: string): void {
    if (!this.open) this.modal.rememberOpener();
    if (ticketId !== undefined) this.ticketId = ticketId;
    this.open = true;
  }

  /** Closes the peek (`hd-peek-close` with reason `api`). */
  hide(): void {
    if (this.open) this.requestClose('api');
  }

  /** Loads the ticket again (what Retry does). */
  reload(): void {
    this.load.run();
  }

  private requestClose(reason: PeekCloseReason) {
    if (!this.open) return;
    this.closeReason = reason;
    this.open = false;
  }

  private finishClose() {
    this.modal.close();
    const reason = this.closeReason;
    this.closeReason = 'api';
    this.dispatchEvent(new HdPeekCloseEvent({ reason, ticketId: this.ticketId }));
  }

  // ---- live updates ----------------------------------------------------------------------

  private onAdapterEvent(event: AdapterEvent) {
    const id = this.ticketId;
    switch (event.type) {
      case 'ticket.updated':
        if (event.ticket.id === id && this.ticket?.id === id) {
          if (event.ticket.status !== this.ticket.status) this.refreshHistory();
          this.ticket = event.ticket;
        }
        break;
      case 'thread.appended':
        if (event.ticketId === id) this.onItemArrived(event.item);
        break;
      case 'summary.updated':
        if (event.ticketId === id && this.context) {
          this.context = { ...this.context, summary: event.summary };
        }
        break;
      case 'session.updated':
        this.remoteCard?.receive(event.session);
        break;
      case 'presence':
        if (event.ticketId === id && event.agentId !== this.me?.id) {
          const next = new Map(this.presence);
          if (event.state === 'left') next.delete(event.agentId);
          else next.set(event.agentId, event.state);
          this.presence = next;
        }
        break;
    }
  }

  /**
   * A reply or note of the signed-in agent (sent from this composer, or elsewhere): the thread
   * does not announce it, the composer's confirmation ("✓ Reply sent to the customer.") does.
   */
  private isOwn(item: ThreadItem): boolean {
    return (
      (item.kind === 'reply' || item.kind === 'note') && !!this.me && item.author === this.me.name
    );
  }

  private onItemArrived(item: ThreadItem) {
    this.thread?.appendItem(item, !this.isOwn(item));
    const t = this.ticket;
    if (!t) return;
    if (item.kind === 'note' && !t.internalNotes.some((n) => n.id === item.id)) {
      const { kind: _kind, ...note } = item;
      this.ticket = { ...t, internalNotes: [...t.internalNotes, note] };
    }
    if (item.kind === 'reply' && this.me && item.author !== this.me.name) {
      this.staleAuthor = item.author;
    }
  }

  private onReplySent(e: HdReplySentEvent) {
    if (e.detail.ticketId !== this.ticketId) return;
    this.thread?.appendItem(e.detail.item, false);
    this.staleAuthor = '';
    this.refreshTicket();
  }

  private onNoteAdded() {
    // the note just added is confirmed by the composer (also when `me` is unknown)
    this.thread?.refreshLatest((item) => item.kind !== 'note' && !this.isOwn(item));
    this.refreshTicket();
  }

  /** Re-reads the ticket in the background and patches it in place (no skeleton). */
  private async refreshTicket() {
    const adapter = this.guardedAdapter;
    const id = this.ticketId;
    if (!adapter || !id) return;
    try {
      const ticket = await adapter.getTicket(id);
      if (this.ticket?.id === id && this.open) {
        if (ticket.status !== this.ticket.status) this.refreshHistory();
        this.ticket = ticket;
      }
    } catch {
      // the shown ticket stays; the next event or reopen brings it up to date
    }
  }

  /**
   * Re-reads the context stack in the background after a write it shows (a stopped timer books
   * time on the contract) and swaps it in place: the cards keep their elements, no skeleton.
   */
  private async refreshContext() {
    const adapter = this.guardedAdapter;
    const id = this.ticketId;
    if (!adapter || !id) return;
    const run = ++this.contextRun;
    try {
      const context = await adapter.getTicketContext(id);
      if (run === this.contextRun && this.context && this.ticket?.id === id && this.open) {
        this.context = context;
      }
    } catch {
      // the shown context stays
    }
  }

  /**
   * Re-reads the pinned customer history after the ticket's status changed (it lists the
   * customer's tickets with their status and counts the closed ones). Only the newest read
   * may write; a failure keeps the card as it was.
   */
  private async refreshHistory() {
    const adapter = this.guardedAdapter;
    const id = this.ticketId;
    const customerId = this.ticket?.customerId;
    if (!adapter || !id || !customerId || !this.history) return;
    const run = ++this.historyRun;
    try {
      const history = await adapter.getCustomerHistory(customerId);
      if (run === this.historyRun && this.ticket?.id === id && this.open) this.history = history;
    } catch {
      // the shown history stays
    }
  }

  /** A write from inside the panel (a card) that changes what the context stack shows. */
  private onInnerAction(e: HdActionExecutedEvent) {
    const d = e.detail;
    if (d.ok && d.ticketId === this.ticketId && d.action === 'toggle_timer') this.refreshContext();
  }

  private onInnerTicketOpen(e: HdTicketOpenEvent) {
    const ticketId = e.detail.ticketId;
    // decide after every listener (host apps may cancel) has seen the event
    queueMicrotask(() => {
      if (!e.defaultPrevented && this.open) this.show(ticketId);
    });
  }

  // ---- edits -----------------------------------------------------------------------------

  private async change(field: PeekField, value: string | null, action = FIELD_ACTION[field]) {
    const adapter = this.guardedAdapter;
    const before = this.ticket;
    if (!adapter || !before) return;
    const key = field === 'assignee' ? 'assigneeId' : field;
    const patch = { [key]: value } as TicketPatch;
    const previous = before[key];
    this.errors = { ...this.errors, [field]: undefined };
    let ctx;
    try {
      ctx = await this.actionContext('peek');
    } catch (err) {
      this.errors = { ...this.errors, [field]: AdapterError.from(err).message };
      return;
    }
    const assignee = field === 'assignee' ? this.agents.find((a) => a.id === value) : undefined;
    this.ticket = { ...this.ticket!, ...patch, ...(field === 'assignee' ? { assignee } : {}) };
    const outcome = await this.executor.execute(action, before.id, ctx, (c) =>
      adapter.updateTicket(before.id, patch, c),
    );
    const now = this.ticket;
    if (!now || now.id !== before.id) return;
    if (outcome.ok) {
      this.ticket = outcome.value;
      if (outcome.value.status !== before.status) this.refreshHistory();
    } else {
      if (now[key] === value) {
        this.ticket = {
          ...now,
          [key]: previous,
          ...(field === 'assignee' ? { assignee: before.assignee } : {}),
        };
      }
      this.errors = { ...this.errors, [field]: outcome.error.message };
    }
  }

  private takeOwnership = () => {
    if (this.me) this.change('assignee', this.me.id, 'take_ownership');
  };

  // ---- keyboard --------------------------------------------------------------------------

  /**
   * Where focus goes when the focused control disappears: after "Take ownership" to the
   * assignee picker that now shows the agent; otherwise to the ticket heading, else "Close".
   */
  private focusAfterLoss(lost: Element): HTMLElement | null {
    const root = this.renderRoot;
    if (lost.classList.contains('take')) {
      const picker = root.querySelector<HdPeekPicker>('hd-peek-picker[data-field="assignee"]');
      if (picker) return picker;
    }
    return root.querySelector<HTMLElement>('#peek-title[tabindex]') ?? this.closeButton ?? null;
  }

  private onCancel(e: Event) {
    // Escape: close the peek ourselves to report the reason (and never while a popover is open)
    e.preventDefault();
    const pickers = this.renderRoot.querySelectorAll<HdPeekPicker>('hd-peek-picker');
    const popover = [...pickers].find((p) => p.isOpen);
    if (popover) popover.closePopover(true);
    else this.requestClose('escape');
  }

  private onDialogClose() {
    // the browser closed the dialog on its own (e.g. a repeated Escape): treat it as Escape
    if (this.open && !this.dialog?.open) this.requestClose('escape');
  }

  // ---- render ----------------------------------------------------------------------------

  /* eslint-disable lit-a11y/click-events-have-key-events, lit-a11y/no-redundant-role -- the scrim
     is a pointer affordance (Escape and "Close" are its keyboard equivalents); role="dialog" is
     spelled out for hosts and tests that query [role="dialog"] */
  protected override render() {
    return html`<dialog
      part="base"
      class="base"
      role="dialog"
      aria-modal="true"
      aria-labelledby="peek-title"
      @cancel=${this.onCancel}
      @close=${this.onDialogClose}
      @keydown=${(e: KeyboardEvent) => this.modal.onKeydown(e)}
    >
      ${
        this.open
          ? html`<div class="scrim" part="scrim" @click=${() => this.requestClose('scrim')}></div>
              <div
                class="panel"
                part="panel"
                @hd-ticket-open=${this.onInnerTicketOpen}
                @hd-reply-sent=${this.onReplySent}
                @hd-note-added=${this.onNoteAdded}
                @hd-action-executed=${this.onInnerAction}
              >
                <button
                  type="button"
                  class="close"
                  part="close-button"
                  aria-label=${this.msg.common.close}
                  @click=${() => this.requestClose('close')}
                >
                  <svg viewBox="0 0 16 16" aria-hidden="true">
                    <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" stroke-width="1.75" />
                  </svg>
                </button>
                <div class="visually-hidden" role="status">${this.loadNotice.regionContent()}</div>
                ${this.renderBody()}
              </div>`
          : nothing
      }
    </dialog>`;
  }

  /* eslint-enable lit-a11y/click-events-have-key-events, lit-a11y/no-redundant-role */

  private renderBody() {
    const m = this.msg;
    if (!this.effectiveAdapter) return renderMessageBody(m.peek.ticket, this.renderNoAdapter());
    const t = this.ticket;
    const failed = this.load.status === TaskStatus.ERROR;
    const error = failed ? AdapterError.from(this.load.error).message : '';
    const retry = () => this.reload();
    if (t && this.context && t.id === this.ticketId) {
      return renderTicketLayout({
        msg: m,
        ticket: t,
        context: this.context,
        adapter: this.effectiveAdapter,
        ownAdapter: this.adapter,
        header: this.renderHeader(t),
        refreshError: failed ? { message: error, retry } : undefined,
        pin:
          this.flags.customerHistoryPin && this.history && this.history.ticketsTotal > 1
            ? this.history
            : undefined,
        staleWarning: this.staleAuthor ? m.peek.staleReply(this.staleAuthor) : '',
      });
    }
    if (failed) return renderMessageBody(m.peek.loadFailed, renderLoadError(error, retry, m));
    return renderSkeleton(m);
  }

  private renderHeader(t: Ticket) {
    const names = new Map(this.agents.map((a) => [a.id, a.name]));
    const presence = [...this.presence].map(([id, s]) => ({ name: names.get(id) ?? id, state: s }));
    return renderHeader(
      {
        ticket: t,
        agents: this.agents,
        me: this.me,
        msg: this.msg,
        locale: this.resolvedLocale,
        presence,
        errors: this.errors,
        notesOpen: this.notesOpen,
      },
      {
        change: (field, value) => this.change(field, value),
        takeOwnership: this.takeOwnership,
        toggleNotes: () => (this.notesOpen = !this.notesOpen),
      },
    );
  }
}
