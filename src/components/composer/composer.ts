import { html, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { HdElement } from '../base/hd-element.js';
import { guardAdapter, normalizeTicket } from '../../model/normalize.js';
import { hostStyles } from '../../tokens/host-styles.js';
import {
  AdapterError,
  type ActionContext,
  type HelpdeskAdapter,
  type Macro,
  type OutgoingMessage,
  type ThreadItem,
  type Ticket,
} from '../../adapter/types.js';
import { HdNoteAddedEvent, HdReplySentEvent, HdSendFailedEvent } from '../../events/index.js';
import { draftKey, normalizeMode, routeMessage, type ComposerMode } from './routing.js';
import { AttachmentsController, DEFAULT_MAX_FILE_SIZE, DEFAULT_MAX_FILES } from './attachments.js';
import { AssistController } from './assist.js';
import { describeMacroActions, hasMacroActions, MacroController } from './macros.js';
import { noteConfirmation } from './parts.js';
import { renderComposer } from './composer-view.js';
import { focusAfterLoss } from './focus.js';
import { FocusKeeper } from '../base/focus-keeper.js';
import { composerStyles } from './composer.styles.js';
import { enComposer, type Messages } from '../../i18n/en.js';
import { useEnglish } from '../../i18n/index.js';

// registers this element's English texts (src/i18n/en.ts is split into one part per element)
useEnglish(enComposer);

/** A message shown later: rendered in the language in effect at render time. */
type Text = (m: Messages) => string;

type Delivery =
  | { ok: true; kind: 'note'; total: number }
  | { ok: true; kind: 'reply'; item: ThreadItem }
  | { ok: false; error: AdapterError };

/**
 * Writes a reply to the customer or an internal note on a ticket.
 *
 * - Reply goes only through `sendReply`, note only through `addInternalNote` (both through the
 *   ActionExecutor, origin `composer`). Success is shown only after the adapter resolved.
 * - `/note <text>` typed in Reply mode posts an internal note instead; near-misses (`/nte …`)
 *   are blocked rather than emailed.
 * - A failed send shows the adapter's message next to the Send button with Retry; the draft and
 *   attachments stay. Drafts persist per ticket and mode in the StateStore
 *   (`draft:<ticketId>:<mode>`) and are removed only after a confirmed send.
 * - Without a contact email on the ticket, Reply is disabled with an explanation (Internal
 *   note still works). The ticket comes from `.ticket` (no fetch) or `getTicket`.
 * - Macros (adapter `listMacros`): inserting puts the text in the draft; the macro's field
 *   changes are applied **when the message is sent successfully** (`apply_macro`,
 *   `updateTicket`), so the agent can still drop them before sending.
 *
 * Keyboard: Alt+R → Reply, Alt+N → Internal note (anywhere in the composer; ←/→ also move
 * between the tabs); Ctrl+Enter / Cmd+Enter sends; `/` at the start of a line opens the macro
 * picker (↑/↓, Enter, Esc); Esc closes popovers without closing an enclosing dialog. Focus never
 * falls to `<body>`: busy buttons are `aria-disabled`, and a control that goes away hands focus
 * on (focus.ts). While `/note …` is typed in Reply, the submit button reads "Add note".
 *
 * @summary Reply / internal-note composer.
 * @csspart base - The wrapper (carries `data-mode`).
 * @csspart tabs - The mode tablist. @csspart tab - Each tab (also `tab-reply`, `tab-note`).
 * @csspart form - The form. @csspart textarea - The message field.
 * @csspart toolbar - Attach / macros / AI buttons and the Send area.
 * @csspart send - The submit button. @csspart send-error - Send failure with Retry.
 * @csspart attachments - The attached files. @csspart assist - The AI preview area.
 * @csspart macro-popover - The macro picker. @csspart pending-macro - Macro changes to apply.
 * @csspart stale-warning - The stale-reply warning. @csspart confirmation - Sent / added.
 * @cssproperty [--hd-composer-min-height=7rem] - Minimum height of the textarea.
 * @fires hd-reply-sent - After `sendReply` resolved (`detail: {ticketId, item}`).
 * @fires hd-note-added - After `addInternalNote` resolved (`detail: {ticketId, total}`).
 * @fires hd-send-failed - A reply or note failed (`detail: {ticketId, mode, error}`).
 * @fires hd-action-executed - Audit event of every write (send_reply, add_note, apply_macro).
 */
export class HdComposer extends HdElement {
  static override styles = [hostStyles, composerStyles];

  /** The ticket written to (defaults to `.ticket.id`). */
  @property({ attribute: 'ticket-id' }) ticketId?: string;

  /**
   * `reply` (to the customer, default) or `note` (internal). Case-insensitive; any other value
   * (`"internal"`, `""`, a removed attribute) means `note`, so only an explicit reply mode can
   * send to the customer (docs/decisions.md).
   */
  @property({ reflect: true })
  get mode(): ComposerMode {
    return this._mode;
  }
  set mode(value: ComposerMode) {
    this._mode = normalizeMode(value);
    // the attribute is corrected in willUpdate even when the mode in effect did not change
    if (value !== this._mode) this.requestUpdate();
  }
  private _mode!: ComposerMode;

  /** The ticket, when the host already has it (saves a `getTicket`). */
  @property({ attribute: false }) ticket?: Ticket;

  /** Shown above the Send button, e.g. "Grace replied 2 minutes ago — reload before sending". */
  @property({ attribute: false }) staleWarning?: string;

  /** Attachments per message. */
  @property({ type: Number, attribute: 'max-files' }) maxFiles = DEFAULT_MAX_FILES;

  /** Bytes per attachment. */
  @property({ type: Number, attribute: 'max-file-size' }) maxFileSize = DEFAULT_MAX_FILE_SIZE;

  @query('textarea.message') private textarea?: HTMLTextAreaElement;
  @query('form') private form?: HTMLFormElement;

  @state() private text = '';
  @state() private sending = false;
  @state() private sendError?: { key: string; error: AdapterError; kind: 'reply' | 'note' };
  @state() private validation?: Text;
  @state() private confirmation?: Text;
  @state() private pendingMacro?: { key: string; macro: Macro };
  @state() private macroError?: { ticketId: string; macro: Macro; message: string };

  /** The draft key / ticket whose draft `text` holds. */
  private loadedKey?: string;
  private normalized?: { raw: Ticket; ticket: Ticket };
  private loadedTicket?: string;
  private readonly assist = new AssistController(this);
  private readonly macros = new MacroController(this);
  /** A used control that went away hands focus on (composer/focus.ts), never to `<body>`. */
  protected readonly focusKeeper = new FocusKeeper(this, (lost) => focusAfterLoss(this, lost));
  private readonly attachments = new AttachmentsController(this);

  private readonly ticketTask = new Task(this, {
    task: async ([adapter, id, given], { signal }) => {
      if (given) return given;
      if (!adapter || !id) return undefined;
      return guardAdapter(adapter).getTicket(id, { signal });
    },
    args: () => [this.effectiveAdapter, this.effectiveTicketId, this.givenTicket] as const,
  });

  constructor() {
    super();
    // through the setter, so the default is reflected like any other value
    this.mode = 'reply';
  }

  /** The ticket id in effect. */
  get effectiveTicketId(): string | undefined {
    return this.ticketId || this.ticket?.id;
  }

  private get givenTicket(): Ticket | undefined {
    const t = this.normalizedTicket();
    return t && (!this.ticketId || t.id === this.ticketId) ? t : undefined;
  }

  /** `.ticket` normalised like an adapter answer (model/normalize.ts), once per object. */
  private normalizedTicket(): Ticket | undefined {
    const raw = this.ticket;
    if (!raw) return undefined;
    if (this.normalized?.raw !== raw) this.normalized = { raw, ticket: normalizeTicket(raw) };
    return this.normalized.ticket;
  }

  private get knownTicket(): Ticket | undefined {
    const t = this.givenTicket ?? this.ticketTask.value;
    return t && t.id === this.effectiveTicketId ? t : undefined;
  }

  /** True when the ticket is known to have no contact email (Reply cannot be delivered). */
  get replyUnavailable(): boolean {
    const t = this.knownTicket;
    return !!t && !t.contact?.email?.trim();
  }

  // AssistHost / MacroHost
  get assistAdapter(): HelpdeskAdapter | undefined {
    return guardAdapter(this.effectiveAdapter);
  }
  get macroAdapter(): HelpdeskAdapter | undefined {
    return guardAdapter(this.effectiveAdapter);
  }
  get assistTicketId(): string | undefined {
    return this.effectiveTicketId;
  }
  get draftText(): string {
    return this.text;
  }

  private get currentKey(): string | undefined {
    const id = this.effectiveTicketId;
    return id ? draftKey(id, this.mode) : undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ticketTask.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // an attribute Lit does not reflect back ("Note", "internal") shows the mode in effect
    if (this.hasAttribute('mode') && this.getAttribute('mode') !== this.mode) {
      this.setAttribute('mode', this.mode);
    }
    const key = this.currentKey;
    if (key !== this.loadedKey || changed.has('contextStore' as keyof HdComposer)) {
      const previousTicket = this.loadedTicket;
      this.loadedKey = key;
      this.loadedTicket = this.effectiveTicketId;
      this.text = (key && this.store.get<string>(key)) || '';
      this.validation = undefined;
      this.confirmation = undefined;
      this.attachments.clearErrors();
      this.assist.reset();
      this.macros.close(false);
      if (previousTicket !== this.effectiveTicketId) {
        this.attachments.reset();
        this.sendError = undefined;
        this.macroError = undefined;
        this.pendingMacro = undefined;
      }
    }
  }

  /** Switches between Reply and Internal note (ignored while sending). */
  setMode(mode: ComposerMode, focusTab = false): void {
    if (this.sending || mode === this.mode) return;
    this.mode = mode;
    if (focusTab) {
      this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>(`#tab-${mode}`)?.focus(),
      );
    }
  }

  /** Adds files within the `max-files` / `max-file-size` limits; problems are shown inline. */
  addFiles(incoming: Iterable<File>): void {
    this.attachments.add(incoming);
  }

  /** Replaces the draft text and persists it. */
  replaceDraft(text: string): void {
    this.text = text;
    this.persist(text);
  }

  /** MacroHost: inserts the macro text (replacing `range`) and remembers its field changes. */
  insertMacro(macro: Macro, range?: { start: number; end: number }): void {
    const ta = this.textarea;
    const start = range?.start ?? ta?.selectionStart ?? this.text.length;
    const end = range?.end ?? ta?.selectionEnd ?? start;
    this.replaceDraft(this.text.slice(0, start) + macro.body + this.text.slice(end));
    this.assist.draftEdited();
    const key = this.currentKey;
    if (key && hasMacroActions(macro)) this.pendingMacro = { key, macro };
    const caret = start + macro.body.length;
    this.updateComplete.then(() => {
      this.textarea?.focus();
      this.textarea?.setSelectionRange(caret, caret);
    });
  }

  /** Submits like the Send button / Ctrl+Enter. */
  send(): Promise<void> {
    return this.submit();
  }

  private persist(text: string): void {
    const key = this.currentKey;
    if (!key) return;
    if (text) this.store.set(key, text);
    else this.store.delete(key);
  }

  private async submit(e?: Event): Promise<void> {
    e?.preventDefault();
    const adapter = this.effectiveAdapter;
    const ticketId = this.effectiveTicketId;
    if (this.sending || !adapter || !ticketId) return;
    const mode = this.mode;
    const key = draftKey(ticketId, mode);
    const route = routeMessage(mode, this.text);
    const files = this.attachments.files(mode);
    this.confirmation = undefined;
    this.validation =
      route.kind === 'blocked'
        ? (m) => m.composer.notACommand(route.command)
        : route.kind === 'reply' && this.replyUnavailable
          ? (m) => m.composer.noEmailShort
          : !route.body && (route.kind === 'note' || !files.length)
            ? route.kind === 'note'
              ? (m) => m.composer.writeNote
              : (m) => m.composer.writeReply
            : undefined;
    if (route.kind === 'blocked' || this.validation) {
      this.textarea?.focus();
      void this.revealToolbar();
      return;
    }
    this.sending = true;
    this.sendError = undefined;
    const message: OutgoingMessage = files.length
      ? { body: route.body, attachments: [...files] }
      : { body: route.body };
    let ctx: ActionContext | undefined;
    let result: Delivery;
    try {
      ctx = await this.actionContext('composer');
      result = await this.deliver(adapter, route.kind, ticketId, message, ctx);
    } catch (err) {
      result = { ok: false, error: AdapterError.from(err) };
    }
    this.sending = false;
    const here = this.currentKey === key;
    if (!result.ok) {
      if (this.effectiveTicketId === ticketId) {
        this.sendError = { key, error: result.error, kind: route.kind };
      }
      this.dispatchEvent(
        new HdSendFailedEvent({ ticketId, mode: route.kind, error: result.error }),
      );
      void this.revealToolbar();
      return;
    }
    // confirmed by the adapter: now the draft may go
    this.store.delete(key);
    if (this.effectiveTicketId === ticketId) this.attachments.sent(mode);
    if (here) {
      this.text = '';
      this.assist.reset();
    }
    if (result.kind === 'note') {
      const total = result.total;
      if (here) this.confirmation = (m) => noteConfirmation(total, m);
      this.dispatchEvent(new HdNoteAddedEvent({ ticketId, total: result.total }));
    } else {
      if (here) this.confirmation = (m) => m.composer.replySent;
      this.dispatchEvent(new HdReplySentEvent({ ticketId, item: result.item }));
    }
    if (here) void this.revealToolbar();
    const pending = this.pendingMacro;
    if (pending?.key === key) {
      this.pendingMacro = undefined;
      await this.applyMacro(ticketId, pending.macro, ctx!);
    }
  }

  /**
   * After a send (or a refusal) the result line grows the toolbar: in a short scrolling area (the
   * peek) it would push Send and the message itself under the fold. Brought into view.
   */
  private async revealToolbar(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector('[part="toolbar"]')?.scrollIntoView({ block: 'nearest' });
  }

  /** The only two write paths of a message: notes never reach `sendReply`. */
  private async deliver(
    adapter: HelpdeskAdapter,
    kind: 'reply' | 'note',
    ticketId: string,
    message: OutgoingMessage,
    ctx: ActionContext,
  ): Promise<Delivery> {
    if (kind === 'note') {
      const out = await this.executor.execute('add_note', ticketId, ctx, (c) =>
        adapter.addInternalNote(ticketId, message, c),
      );
      return out.ok ? { ok: true, kind, total: out.value.total } : out;
    }
    const out = await this.executor.execute('send_reply', ticketId, ctx, (c) =>
      adapter.sendReply(ticketId, message, c),
    );
    return out.ok ? { ok: true, kind, item: out.value } : out;
  }

  private async applyMacro(ticketId: string, macro: Macro, ctx: ActionContext): Promise<void> {
    const adapter = this.effectiveAdapter;
    if (!adapter || !macro.actions) return;
    this.macroError = undefined;
    const actions = { ...macro.actions };
    const outcome = await this.executor.execute('apply_macro', ticketId, ctx, (c) =>
      adapter.updateTicket(ticketId, actions, c),
    );
    if (this.effectiveTicketId !== ticketId) return;
    if (outcome.ok) {
      const before = this.confirmation;
      const name = this.macros.agentName;
      this.confirmation = (m) =>
        `${before?.(m) ?? ''} ${m.composer.macroApplied(
          macro.title,
          describeMacroActions(actions, name, m).join(', '),
        )}`;
    } else {
      this.macroError = { ticketId, macro, message: outcome.error.message };
    }
  }

  private async retryMacro(): Promise<void> {
    const failed = this.macroError;
    if (!failed) return;
    try {
      await this.applyMacro(failed.ticketId, failed.macro, await this.actionContext('composer'));
    } catch (err) {
      this.macroError = { ...failed, message: AdapterError.from(err).message };
    }
  }

  private onInput(e: Event): void {
    const ta = e.target as HTMLTextAreaElement;
    this.text = ta.value;
    this.persist(ta.value);
    this.validation = undefined;
    this.confirmation = undefined;
    this.assist.draftEdited();
    this.macros.syncWithText(ta.value, ta.selectionStart ?? ta.value.length);
  }

  private onTextareaKey(e: KeyboardEvent): void {
    if (this.macros.handleTextareaKey(e)) return;
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      this.form?.requestSubmit();
    }
  }

  private onKeydown(e: KeyboardEvent): void {
    if (!e.altKey || e.ctrlKey || e.metaKey) return;
    const mode = e.code === 'KeyN' ? 'note' : e.code === 'KeyR' ? 'reply' : undefined;
    if (!mode) return;
    e.preventDefault();
    this.setMode(mode);
  }

  /** "Don't apply": the pending macro row goes away, focus moves to the draft. */
  private dropMacro(): void {
    this.pendingMacro = undefined;
  }

  protected override render() {
    if (!this.effectiveAdapter) return this.renderNoAdapter();
    if (!this.effectiveTicketId) {
      return html`<p class="quiet" part="empty">${this.msg.composer.noTicket}</p>`;
    }
    const key = this.currentKey;
    const number = this.knownTicket?.number;
    return renderComposer({
      mode: this.mode,
      ticketRef: Number.isFinite(number) ? number : undefined,
      text: this.text,
      routeKind: routeMessage(this.mode, this.text).kind,
      sending: this.sending,
      replyUnavailable: this.replyUnavailable,
      staleWarning: this.staleWarning,
      msg: this.msg,
      validation: this.validation?.(this.msg),
      confirmation: this.confirmation?.(this.msg),
      sendError: this.sendError && this.sendError.key === key ? this.sendError : undefined,
      macroError: this.macroError,
      pendingMacro:
        this.pendingMacro && this.pendingMacro.key === key ? this.pendingMacro.macro : undefined,
      assist: this.assist,
      macros: this.macros,
      attachments: this.attachments,
      on: {
        keydown: (e) => this.onKeydown(e),
        setMode: (mode, focus) => this.setMode(mode, focus),
        submit: (e) => this.submit(e),
        input: (e) => this.onInput(e),
        textareaKey: (e) => this.onTextareaKey(e),
        retry: () => this.form?.requestSubmit(),
        retryMacro: () => this.retryMacro(),
        dropMacro: () => this.dropMacro(),
      },
    });
  }
}
