/**
 * `<hd-peek-summary-card>`: the AI summary text (as text) and "Updated N min ago", which stays
 * current on its own (ticks every 30 s) and changes when the peek passes a new summary from a
 * `summary.updated` event.
 */
import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { formatAbsoluteTime } from '../../../model/format.js';
import { hostStyles } from '../../../tokens/host-styles.js';
import { formatUpdatedAgo } from '../time-text.js';
import { ClockController } from './clock.js';
import { cardFrame, cardStyles } from './card.styles.js';

export interface TicketSummaryText {
  text: string;
  updatedAt: string;
}

export class HdPeekSummaryCard extends LitElement {
  static override styles = [
    hostStyles,
    cardStyles,
    css`
      .text {
        white-space: pre-line;
        overflow-wrap: anywhere;
      }
      .updated {
        margin-top: var(--hd-space-2);
      }
    `,
  ];

  @property({ attribute: false }) summary?: TicketSummaryText;

  readonly clock = new ClockController(this, 30_000, () => !!this.summary);

  protected override render() {
    const s = this.summary;
    if (!s?.text) return nothing;
    return cardFrame(
      'summary',
      'AI summary',
      html`<p class="text">${s.text}</p>
        <p class="quiet updated">
          <time datetime=${s.updatedAt} title=${formatAbsoluteTime(s.updatedAt)}
            >Updated ${formatUpdatedAgo(s.updatedAt, this.clock.now)}</time
          >
        </p>`,
      html`<span class="pill info">AI</span>`,
    );
  }
}
