/** `<hd-peek-sentinel-card>`: the RMM-Sentinel security posture and its findings. */
import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { Sentinel } from '../../../adapter/types.js';
import { hostStyles } from '../../../tokens/host-styles.js';
import { cardFrame, cardStyles } from './card.styles.js';
import { LocaleController } from '../../../i18n/controller.js';
import { useEnglish } from '../../../i18n/index.js';
import { enPeek } from '../../../i18n/en.js';

// registers this element's English texts (src/i18n/en.ts is split into one part per element)
useEnglish(enPeek);

const POSTURE = {
  secure: { cls: 'ok', icon: '✓' },
  at_risk: { cls: 'warn', icon: '⚠' },
  compromised: { cls: 'danger', icon: '✕' },
} as const;

export class HdPeekSentinelCard extends LitElement {
  static override styles = [
    hostStyles,
    cardStyles,
    css`
      .findings {
        display: grid;
        gap: var(--hd-space-1);
        margin-top: var(--hd-space-2);
      }
      .findings li {
        padding-inline-start: var(--hd-space-3);
        border-inline-start: 3px solid var(--_finding-color, var(--hd-color-border-strong));
      }
      :host([posture='compromised']) .findings li {
        --_finding-color: var(--hd-color-danger);
      }
      :host([posture='at_risk']) .findings li {
        --_finding-color: var(--hd-color-warning);
      }
    `,
  ];

  /**
   * Words added to the card's region name for a page with several cards of this kind (landmarks
   * need distinct names): `label="T-1008"` names it "RMM-Sentinel T-1008".
   * The peek shows one card of each kind and does not set it.
   */
  @property() label = '';
  @property({ attribute: false }) sentinel?: Sentinel;

  private readonly i18n = new LocaleController(this);

  protected override willUpdate(): void {
    // only on a change: re-setting the same value is still a DOM mutation on every render
    const posture = this.sentinel?.posture;
    if (posture === undefined) this.removeAttribute('posture');
    else if (this.getAttribute('posture') !== posture) this.setAttribute('posture', posture);
  }

  protected override render() {
    const s = this.sentinel;
    if (!s) return nothing;
    const posture = s.posture in POSTURE ? s.posture : 'at_risk';
    const p = POSTURE[posture];
    const m = this.i18n.msg.cards.sentinel;
    return cardFrame(
      'sentinel',
      m.title,
      html`<p>
          <span class="pill ${p.cls}" part="posture" data-posture=${s.posture}
            ><span aria-hidden="true">${p.icon}</span>${m.posture[posture]}</span
          >
        </p>
        ${
          s.findings.length
            ? html`<ul class="findings" aria-label=${m.findings}>
                ${s.findings.map((f) => html`<li><bdi>${f}</bdi></li>`)}
              </ul>`
            : html`<p class="quiet findings">${m.noFindings}</p>`
        }`,
      undefined,
      this.label,
    );
  }
}
