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
import { LocaleController } from '../../../i18n/controller.js';
import { useEnglish } from '../../../i18n/index.js';
import { enPeek } from '../../../i18n/en.js';

// registers this element's English texts (src/i18n/en.ts is split into one part per element)
useEnglish(enPeek);

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

  /**
   * Words added to the card's region name for a page with several cards of this kind (landmarks
   * need distinct names): `label="T-1008"` names it "AI summary T-1008".
   * The peek shows one card of each kind and does not set it.
   */
  @property() label = '';
  @property({ attribute: false }) summary?: TicketSummaryText;

  readonly clock = new ClockController(this, 30_000, () => !!this.summary);
  private readonly i18n = new LocaleController(this);

  protected override render() {
    const s = this.summary;
    if (!s?.text) return nothing;
    const msg = this.i18n.msg;
    const m = msg.cards.summary;
    const locale = this.i18n.locale;
    const ago = formatUpdatedAgo(s.updatedAt, this.clock.now, locale, msg);
    return cardFrame(
      'summary',
      m.title,
      html`<p class="text" dir="auto">${s.text}</p>
        <p class="quiet updated">
          ${
            ago
              ? html`<time datetime=${s.updatedAt} title=${formatAbsoluteTime(s.updatedAt, locale)}
                  >${m.updated(ago)}</time
                >`
              : html`<span title=${msg.common.noDate}>${m.updated('—')}</span>`
          }
        </p>`,
      html`<span class="pill info">${m.badge}</span>`,
      this.label,
    );
  }
}
