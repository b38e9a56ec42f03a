/**
 * `<hd-peek-related-card>`: other tickets of the same contact or asset. Activating one fires a
 * cancelable `hd-ticket-open`; unless a listener cancels it, the peek switches to that ticket.
 */
import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { TicketSummary } from '../../../adapter/types.js';
import { HdTicketOpenEvent } from '../../../events/index.js';
import { hostStyles } from '../../../tokens/host-styles.js';
import { cardFrame, cardStyles } from './card.styles.js';
import { LocaleController } from '../../../i18n/controller.js';
import { numberOr, subjectOr } from '../../base/placeholders.js';
import { useEnglish } from '../../../i18n/index.js';
import { enPeek } from '../../../i18n/en.js';

// registers this element's English texts (src/i18n/en.ts is split into one part per element)
useEnglish(enPeek);

export class HdPeekRelatedCard extends LitElement {
  static override styles = [
    hostStyles,
    cardStyles,
    css`
      ul {
        display: grid;
        gap: var(--hd-space-1);
      }
      button {
        display: grid;
        grid-template-columns: auto 1fr auto;
        align-items: baseline;
        gap: var(--hd-space-2);
        width: 100%;
        padding: var(--hd-space-2);
        border: 1px solid transparent;
        border-radius: var(--hd-radius-s);
        background: none;
        text-align: start;
        cursor: pointer;
      }
      button:hover {
        border-color: var(--hd-color-border);
        background: var(--hd-color-surface-sunken);
      }
      .number {
        color: var(--hd-color-text-quiet);
        font-variant-numeric: tabular-nums;
      }
      .subject {
        /* own base direction (dir="auto"), aligned to the row's start (rtl too) */
        text-align: -webkit-match-parent; /* Chromium */
        text-align: match-parent;
        /* the context column is narrow: two lines before the subject is cut */
        display: -webkit-box;
        -webkit-box-orient: vertical;
        -webkit-line-clamp: 2;
        line-clamp: 2;
        overflow: hidden;
        overflow-wrap: anywhere;
      }
    `,
  ];

  /**
   * Words added to the card's region name for a page with several cards of this kind (landmarks
   * need distinct names): `label="T-1008"` names it "Related tickets T-1008".
   * The peek shows one card of each kind and does not set it.
   */
  @property() label = '';
  @property({ attribute: false }) related: TicketSummary[] = [];

  private readonly i18n = new LocaleController(this);

  private open(ticketId: string) {
    this.dispatchEvent(new HdTicketOpenEvent({ ticketId }));
  }

  protected override render() {
    if (!this.related?.length) return nothing;
    const m = this.i18n.msg;
    return cardFrame(
      'related',
      m.cards.related.title,
      html`<ul>
        ${this.related.map(
          (t) =>
            html`<li>
              <button type="button" @click=${() => this.open(t.id)}>
                <span class="number">#${numberOr(t.number)}</span>
                <span class="subject" dir="auto" title=${subjectOr(t.subject, m)}
                  >${subjectOr(t.subject, m)}</span
                >
                <span class="pill">${m.common.statusLower[t.status] ?? t.status}</span>
              </button>
            </li>`,
        )}
      </ul>`,
      undefined,
      this.label,
    );
  }
}
