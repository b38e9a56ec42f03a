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

/** True when an Sla has any target to show. */
export function hasSlaData(sla: Sla | undefined): sla is Sla {
  return !!sla && !!(sla.firstResponseDueAt || sla.resolutionDueAt);
}

const STATE_TEXT = { ok: 'On track', at_risk: 'At risk', breached: 'Breached' } as const;
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

  @property({ attribute: false }) sla?: Sla;
  @property() status: TicketStatus = 'open';
  /** The ticket's creation time (lets "at risk" use the 25%-left rule). */
  @property({ attribute: false }) createdAt?: string;

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
    const badge = stopped
      ? html`<span class="pill" part="state">Clock stopped</span>`
      : html`<span class="pill ${STATE_CLASS[state]}" part="state" data-state=${state}
          >${state === 'ok' ? '' : html`<span aria-hidden="true">⚠</span>`}${STATE_TEXT[state]}</span
        >`;
    const firstResponseAt = sla.firstResponseAt;
    return cardFrame(
      'sla',
      'SLA',
      html`<dl>
        ${
          sla.firstResponseDueAt || firstResponseAt
            ? html`<dt>First response</dt>
                <dd class="target" data-target="first-response">
                  ${
                    firstResponseAt
                      ? html`<span class="pill ok"><span aria-hidden="true">✓</span>Responded</span>
                          <span class="quiet">${formatAbsoluteTime(firstResponseAt)}</span>`
                      : html`<span class="pill">Pending</span> ${this.renderDue(
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
            ? html`<dt>Resolution</dt>
                <dd class="target" data-target="resolution">
                  ${
                    stopped
                      ? html`<span class="quiet">Met — ticket ${this.status}</span>`
                      : this.renderDue(sla.resolutionDueAt, now, false)
                  }
                </dd>`
            : nothing
        }
      </dl>`,
      badge,
    );
  }

  private renderDue(dueAt: string, now: number, stopped: boolean) {
    const left = toMs(dueAt) - now;
    const text = stopped
      ? ''
      : left >= 0
        ? `Due in ${formatCountdown(left)}`
        : `Overdue by ${formatCountdown(left)}`;
    return html`<span role="timer" class=${left < 0 ? 'countdown overdue' : 'countdown'}
        >${text}</span
      >
      <span class="quiet target-time">Target ${formatAbsoluteTime(dueAt)}</span>`;
  }
}
