/**
 * `<hd-peek-remote-card>`: remote actions on the linked asset. "Start session" asks the adapter
 * for a remote session (through the ActionExecutor, origin `peek`); the card then follows it
 * live — awaiting consent → active / denied / expired — by polling `getRemoteSession` every
 * `poll-interval` ms while the session is live, and by `receive()` for `session.updated`
 * events. The poll timer and any request in flight are torn down when the card disconnects,
 * which happens on every way of closing the peek.
 *
 * "Remote desktop" and "Shell" become available once the session is active and fire
 * `hd-remote-action` for the host to launch its tool.
 */
import { css, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { AdapterError, isAbortError, type RemoteSession } from '../../../adapter/types.js';
import { HdRemoteActionEvent, HdRemoteSessionEvent } from '../../../events/index.js';
import { HdElement } from '../../base/hd-element.js';
import { hostStyles } from '../../../tokens/host-styles.js';
import { cardFrame, cardStyles } from './card.styles.js';
import { FocusKeeper } from '../../base/focus-keeper.js';

const LIVE = new Set<RemoteSession['status']>(['awaiting_consent', 'active']);

/** Pill class per status (texts: `msg.cards.remote`). */
const STATUS_CLASS = {
  awaiting_consent: 'warn',
  active: 'ok',
  denied: 'danger',
  expired: '',
  ended: '',
} as const;

export class HdPeekRemoteCard extends HdElement {
  static override styles = [
    hostStyles,
    cardStyles,
    css`
      .status {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--hd-space-2);
      }
      .tools .hd-button svg {
        width: 1rem;
        height: 1rem;
      }
    `,
  ];

  /**
   * Words added to the card's region name for a page with several cards of this kind (landmarks
   * need distinct names): `label="T-1008"` names it "Remote actions T-1008".
   * The peek shows one card of each kind and does not set it.
   */
  @property() label = '';
  @property({ attribute: 'ticket-id' }) ticketId?: string;
  /** Milliseconds between `getRemoteSession` polls while a session is live. */
  @property({ type: Number, attribute: 'poll-interval' }) pollInterval = 2000;

  @state() private session?: RemoteSession;
  @state() private starting = false;
  @state() private error?: string;

  /**
   * "Start session" is disabled once a session is live: focus moves on to the next state's main
   * control ("Remote desktop" when active, "Start session" again after it ended), else the heading.
   */
  protected readonly focusKeeper = new FocusKeeper(this, () => {
    const root = this.renderRoot;
    const usable = [...root.querySelectorAll<HTMLButtonElement>('.tools button, .start')].find(
      (b) => !b.disabled,
    );
    return usable ?? root.querySelector<HTMLElement>('h3');
  });

  private pollTimer?: ReturnType<typeof setTimeout>;
  private pollAbort?: AbortController;

  /** True while a poll is scheduled or in flight. */
  get polling(): boolean {
    return this.pollTimer !== undefined || this.pollAbort !== undefined;
  }

  /** The session this card follows, if one was started. */
  get currentSession(): RemoteSession | undefined {
    return this.session;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.session && LIVE.has(this.session.status)) this.schedule();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopPolling();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('ticketId') && changed.get('ticketId') !== undefined) {
      this.stopPolling();
      this.session = undefined;
      this.error = undefined;
    }
  }

  /** Applies a `session.updated` event if it is about this card's session. */
  receive(session: RemoteSession): void {
    if (this.session && session.id === this.session.id) this.apply(session);
  }

  /** Starts a remote session on the ticket's asset. */
  async start(): Promise<void> {
    const adapter = this.effectiveAdapter;
    const ticketId = this.ticketId;
    if (!adapter || !ticketId || this.starting) return;
    this.starting = true;
    this.error = undefined;
    try {
      const ctx = await this.actionContext('peek');
      const outcome = await this.executor.execute('start_remote_session', ticketId, ctx, (c) =>
        adapter.startRemoteSession(ticketId, c),
      );
      if (ticketId !== this.ticketId) return;
      if (outcome.ok) this.apply(outcome.value);
      else this.error = outcome.error.message;
    } catch (err) {
      this.error = AdapterError.from(err).message;
    } finally {
      this.starting = false;
    }
  }

  private apply(session: RemoteSession) {
    const changed = session.status !== this.session?.status || session.id !== this.session?.id;
    this.session = session;
    if (changed) this.dispatchEvent(new HdRemoteSessionEvent({ session }));
    if (LIVE.has(session.status)) this.schedule();
    else this.stopPolling();
  }

  private schedule() {
    if (this.pollTimer !== undefined || this.pollAbort || !this.isConnected) return;
    this.pollTimer = setTimeout(() => this.poll(), this.pollInterval);
  }

  private async poll() {
    this.pollTimer = undefined;
    const adapter = this.effectiveAdapter;
    const session = this.session;
    if (!adapter || !session || !this.isConnected) return;
    const controller = new AbortController();
    this.pollAbort = controller;
    try {
      const next = await adapter.getRemoteSession(session.id, { signal: controller.signal });
      if (controller.signal.aborted) return;
      this.pollAbort = undefined;
      this.error = undefined;
      if (next.id === this.session?.id) this.apply(next);
    } catch (err) {
      if (controller.signal.aborted || isAbortError(err)) return;
      this.pollAbort = undefined;
      this.error = AdapterError.from(err).message;
      this.schedule();
    } finally {
      if (this.pollAbort === controller) this.pollAbort = undefined;
    }
  }

  private stopPolling() {
    if (this.pollTimer !== undefined) clearTimeout(this.pollTimer);
    this.pollTimer = undefined;
    this.pollAbort?.abort();
    this.pollAbort = undefined;
  }

  private launch(tool: 'desktop' | 'shell') {
    if (!this.session || !this.ticketId) return;
    this.dispatchEvent(
      new HdRemoteActionEvent({ ticketId: this.ticketId, sessionId: this.session.id, tool }),
    );
  }

  protected override render() {
    const s = this.session;
    const m = this.msg.cards.remote;
    const info =
      s && s.status in STATUS_CLASS
        ? { cls: STATUS_CLASS[s.status], pill: m.pill[s.status], text: m.text[s.status] }
        : undefined;
    const live = !!s && LIVE.has(s.status);
    const active = s?.status === 'active';
    return cardFrame(
      'remote',
      m.title,
      html`<p class="status" role="status">
          ${
            info
              ? html`<span class="text">${info.text}</span>`
              : html`<span class="quiet">${m.none}</span>`
          }
        </p>
        <div class="actions tools">
          <button
            type="button"
            class="hd-button"
            ?disabled=${!active}
            aria-describedby=${ifDefined(active ? undefined : 'remote-hint')}
            @click=${() => this.launch('desktop')}
          >
            <svg viewBox="0 0 16 16" aria-hidden="true">
              <rect
                x="1.5"
                y="2.5"
                width="13"
                height="9"
                rx="1"
                fill="none"
                stroke="currentColor"
              />
              <path d="M5 14h6M8 11.5V14" stroke="currentColor" />
            </svg>
            ${m.desktop}
          </button>
          <button
            type="button"
            class="hd-button"
            ?disabled=${!active}
            aria-describedby=${ifDefined(active ? undefined : 'remote-hint')}
            @click=${() => this.launch('shell')}
          >
            <svg viewBox="0 0 16 16" aria-hidden="true">
              <path d="M3 4l4 4-4 4M8 12h5" fill="none" stroke="currentColor" stroke-width="1.5" />
            </svg>
            ${m.shell}
          </button>
        </div>
        ${active ? '' : html`<p id="remote-hint" class="quiet">${m.hint}</p>`}
        <div class="actions">
          <button
            type="button"
            class="hd-button primary start"
            ?disabled=${live}
            aria-disabled=${this.starting ? 'true' : 'false'}
            aria-busy=${this.starting ? 'true' : 'false'}
            @click=${() => this.start()}
          >
            ${m.start}
          </button>
        </div>
        ${this.error ? html`<p class="hd-error" role="alert">${this.error}</p>` : ''}`,
      info
        ? html`<span class="pill ${info.cls}" part="session-status" data-status=${s!.status}
            >${info.pill}</span
          >`
        : undefined,
      this.label,
    );
  }
}
