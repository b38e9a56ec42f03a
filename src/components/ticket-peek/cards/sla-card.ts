/**
 * `<hd-peek-sla-card>`: first-response and resolution targets with a live countdown (ticks
 * every second from the data it has — no refetch), the derived state (on track / at risk /
 * breached, from `model/sla.ts`) and whether the first response is stamped or pending.
 */
import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { Sla, TicketStatus } from '../../../adapter/types.js';
import { isClosedStatus, pendingDueTimes, ticketSlaState, toMs } from '../../../model/sla.js';
import { formatAbsoluteTime } from '../../../model/format.js';
import { hostStyles } from '../../../tokens/host-styles.js';
import { formatCountdown } from '../time-text.js';
import { ClockController } from './clock.js';
import { cardFrame, cardStyles } from './card.styles.js';
import { LocaleController } from '../../../i18n/controller.js';
import { useEnglish } from '../../../i18n/index.js';
import { enPeek } from '../../../i18n/en.js';

// registers this element's English texts (src/i18n/en.ts is split into one part per element)
useEnglish(enPeek);

/** True when an Sla has any target to show. */
export function hasSlaData(sla: Sla | undefined): sla is Sla {
  return !!sla && !!(sla.firstResponseDueAt || sla.resolutionDueAt);
}

const STATE_CLASS = { ok: 'ok', at_risk: 'warn', breached: 'danger' } as const;

export class HdPeekSlaCard extends LitElement {
  static override styles = [
    hostStyles,
    cardStyles,
    css`
      dd {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--hd-space-1) var(--hd-space-2);
      }
      .countdown {
        font-variant-numeric: tabular-nums;
        font-weight: var(--hd-font-weight-strong);
      }
      .overdue {
        color: var(--hd-color-danger);
      }
      .target-time {
        flex-basis: 100%;
      }
    `,
  ];

  /**
   * Words added to the card's region name for a page with several cards of this kind (landmarks
   * need distinct names): `label="T-1008"` names it "SLA T-1008".
   * The peek shows one card of each kind and does not set it.
   */
  @property() label = '';
  @property({ attribute: false }) sla?: Sla;
  @property() status: TicketStatus = 'open';
  /** The ticket's creation time (lets "at risk" use the 25%-left rule). */
  @property({ attribute: false }) createdAt?: string;

  private readonly i18n = new LocaleController(this);

  /** Ticks while a target is still pending and the clock runs (not resolved / closed). */
  readonly clock = new ClockController(
    this,
    1000,
    () =>
      hasSlaData(this.sla) && !isClosedStatus(this.status) && pendingDueTimes(this.sla).length > 0,
  );

  protected override render() {
    const sla = this.sla;
    if (!hasSlaData(sla)) return nothing;
    const now = this.clock.now;
    const stopped = isClosedStatus(this.status);
    const state = ticketSlaState({ status: this.status, sla, createdAt: this.createdAt }, now);
    const m = this.i18n.msg.cards.sla;
    const locale = this.i18n.locale;
    const badge = stopped
      ? html`<span class="pill" part="state">${m.clockStopped}</span>`
      : html`<span class="pill ${STATE_CLASS[state]}" part="state" data-state=${state}
          >${state === 'ok' ? '' : html`<span aria-hidden="true">⚠</span>`}${m.state[state]}</span
        >`;
    const firstResponseAt = sla.firstResponseAt;
    return cardFrame(
      'sla',
      m.title,
      html`<dl>
        ${
          sla.firstResponseDueAt || firstResponseAt
            ? html`<dt>${m.firstResponse}</dt>
                <dd class="target" data-target="first-response">
                  ${
                    firstResponseAt
                      ? html`<span class="pill ok"
                            ><span aria-hidden="true">✓</span>${m.responded}</span
                          >
                          <span class="quiet">${formatAbsoluteTime(firstResponseAt, locale)}</span>`
                      : html`<span class="pill">${m.pending}</span> ${this.renderDue(
                            sla.firstResponseDueAt!,
                            now,
                            stopped,
                          )}`
                  }
                </dd>`
            : nothing
        }
        ${
          sla.resolutionDueAt
            ? html`<dt>${m.resolution}</dt>
                <dd class="target" data-target="resolution">
                  ${
                    stopped
                      ? html`<span class="quiet">${m.met(this.status)}</span>`
                      : this.renderDue(sla.resolutionDueAt, now, false)
                  }
                </dd>`
            : nothing
        }
      </dl>`,
      badge,
      this.label,
    );
  }

  private renderDue(dueAt: string, now: number, stopped: boolean) {
    const left = toMs(dueAt) - now;
    const msg = this.i18n.msg;
    const m = msg.cards.sla;
    const locale = this.i18n.locale;
    const countdown = formatCountdown(left, locale, msg);
    const text = stopped ? '' : left >= 0 ? m.dueIn(countdown) : m.overdueBy(countdown);
    return html`<span role="timer" class=${left < 0 ? 'countdown overdue' : 'countdown'}
        >${text}</span
      >
      <span class="quiet target-time">${m.target(formatAbsoluteTime(dueAt, locale))}</span>`;
  }
}
