/**
 * `<hd-peek-time-card>`: time tracking and contract context — the agent's running timer (ticks
 * every second; Start / Stop through `adapter.toggleTimer` when the adapter has it), logged
 * entries with their total, and the contract with its billing terms and hours used.
 */
import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleProps } from '../../base/style-props.js';
import { AdapterError, type Contract, type TimeInfo } from '../../../adapter/types.js';
import { formatAbsoluteTime } from '../../../model/format.js';
import { HdElement } from '../../base/hd-element.js';
import { hostStyles } from '../../../tokens/host-styles.js';
import { formatClock, formatMinutes } from '../time-text.js';
import { ClockController } from './clock.js';
import { nameOr, timeOr } from '../../base/placeholders.js';
import { cardFrame, cardStyles } from './card.styles.js';
import { FocusKeeper } from '../../base/focus-keeper.js';

export class HdPeekTimeCard extends HdElement {
  static override styles = [
    hostStyles,
    cardStyles,
    css`
      .timer {
        display: flex;
        align-items: center;
        justify-content: space-between;
        gap: var(--hd-space-2);
        padding: var(--hd-space-2);
        border-radius: var(--hd-radius-s);
        background: var(--hd-color-surface-sunken);
      }
      .clock {
        font-family: var(--hd-font-mono);
        font-size: var(--hd-font-size-l);
        font-variant-numeric: tabular-nums;
      }
      .entries {
        display: grid;
        gap: var(--hd-space-1);
        margin: var(--hd-space-2) 0;
      }
      .entry {
        display: grid;
        grid-template-columns: 1fr auto;
        gap: 0 var(--hd-space-2);
      }
      .entry .quiet {
        grid-column: 1 / -1;
      }
      /* the agent's name has its own base direction (dir="auto"), aligned to the row's start */
      .entry > [dir='auto'] {
        text-align: -webkit-match-parent; /* Chromium */
        text-align: match-parent;
      }
      .contract {
        display: grid;
        gap: var(--hd-space-1);
        padding-top: var(--hd-space-2);
        border-top: 1px solid var(--hd-color-border);
      }
      /* the contract alone (no time tracking): no divider under the heading */
      .card-head + .contract {
        padding-top: 0;
        border-top: 0;
      }
      h4 {
        margin: var(--hd-space-2) 0 0;
        font-size: var(--hd-font-size-s);
        color: var(--hd-color-text-quiet);
      }
    `,
  ];

  /**
   * Words added to the card's region name for a page with several cards of this kind (landmarks
   * need distinct names): `label="T-1008"` names it "Time + contract T-1008".
   * The peek shows one card of each kind and does not set it.
   */
  @property() label = '';
  @property({ attribute: 'ticket-id' }) ticketId?: string;
  @property({ attribute: false }) time?: TimeInfo;
  @property({ attribute: false }) contract?: Contract;

  /** The adapter's answer to the last toggle (wins over `.time` until `.time` changes). */
  @state() private localTime?: TimeInfo;
  @state() private busy = false;
  @state() private error?: string;

  readonly clock = new ClockController(this, 1000, () => !!this.effectiveTime?.runningSince);

  /** Focus stays on the timer button (Start ↔ Stop) or, without it, the card heading. */
  protected readonly focusKeeper = new FocusKeeper(
    this,
    () =>
      this.renderRoot.querySelector<HTMLElement>('.toggle') ??
      this.renderRoot.querySelector<HTMLElement>('h3'),
  );

  private get effectiveTime(): TimeInfo | undefined {
    return this.localTime ?? this.time;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('time') || changed.has('ticketId')) this.localTime = undefined;
    if (changed.has('ticketId')) this.error = undefined;
  }

  /** Starts or stops the agent's timer on this ticket. */
  async toggle(): Promise<void> {
    const adapter = this.effectiveAdapter;
    const ticketId = this.ticketId;
    if (!adapter?.toggleTimer || !ticketId || this.busy) return;
    this.busy = true;
    this.error = undefined;
    try {
      const ctx = await this.actionContext('peek');
      const outcome = await this.executor.execute('toggle_timer', ticketId, ctx, (c) =>
        adapter.toggleTimer!(ticketId, c),
      );
      if (ticketId !== this.ticketId) return;
      if (outcome.ok) this.localTime = outcome.value;
      else this.error = outcome.error.message;
    } catch (err) {
      this.error = AdapterError.from(err).message;
    } finally {
      this.busy = false;
    }
  }

  protected override render() {
    const time = this.effectiveTime;
    const contract = this.contract;
    if (!time && !contract) return nothing;
    const canToggle = !!this.effectiveAdapter?.toggleTimer;
    const running = time?.runningSince;
    const entries = time?.entries ?? [];
    // unknown minutes (NaN after normalisation) are shown as "—" and not added up
    const total = entries.reduce((sum, e) => sum + (Number.isFinite(e.minutes) ? e.minutes : 0), 0);
    const msg = this.msg;
    const m = msg.cards.time;
    const locale = this.resolvedLocale;
    return cardFrame(
      'time',
      m.title,
      html`${
        time || canToggle
          ? html`<div class="timer">
              ${
                running
                  ? html`<span>
                      <span class="visually-hidden">${m.running}</span
                      ><span class="clock" role="timer"
                        >${formatClock(this.clock.now - Date.parse(running))}</span
                      >
                    </span>`
                  : html`<span class="quiet">${m.noTimer}</span>`
              }
              ${
                canToggle
                  ? html`<button
                      type="button"
                      class="hd-button toggle ${running ? '' : 'primary'}"
                      aria-disabled=${this.busy ? 'true' : 'false'}
                      @click=${() => this.toggle()}
                    >
                      ${running ? m.stop : m.start}
                    </button>`
                  : nothing
              }
            </div>`
          : nothing
      }
      ${this.error ? html`<p class="hd-error" role="alert">${this.error}</p>` : nothing}
      ${
        entries.length
          ? html`<h4>${m.logged(formatMinutes(total, locale, msg))}</h4>
              <ul class="entries">
                ${entries.map(
                  (e) =>
                    html`<li class="entry">
                      <span dir="auto">${nameOr(e.agentName, msg)}</span
                      ><span>${formatMinutes(e.minutes, locale, msg) || '—'}</span>
                      <span class="quiet"
                        >${e.note ? html`<bdi>${e.note}</bdi> · ` : ''}${timeOr(
                          e.at,
                          formatAbsoluteTime(e.at, locale),
                          msg,
                        )}</span
                      >
                    </li>`,
                )}
              </ul>`
          : time
            ? html`<p class="quiet entries">${m.noTime}</p>`
            : nothing
      }
      ${contract ? this.renderContract(contract) : nothing}`,
      undefined,
      this.label,
    );
  }

  private renderContract(c: Contract) {
    const hasHours = c.hoursIncluded !== undefined && c.hoursIncluded > 0;
    const used = c.hoursUsed ?? 0;
    const pct = hasHours ? Math.min(100, Math.round((used / c.hoursIncluded!) * 100)) : 0;
    return html`<div class="contract">
      <p><strong dir="auto">${nameOr(c.name, this.msg)}</strong></p>
      ${c.billing ? html`<p class="quiet">${c.billing}</p>` : nothing}
      ${
        hasHours
          ? html`<p>${this.msg.cards.time.hoursUsed(used, c.hoursIncluded!)}</p>
              <span
                class="bar ${pct >= 100 ? 'danger' : pct >= 80 ? 'warn' : ''}"
                aria-hidden="true"
                ><span ${styleProps({ '--_value': `${pct}%` })}></span
              ></span>`
          : nothing
      }
    </div>`;
  }
}
